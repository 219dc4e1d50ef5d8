//! `tandem serve`: opens the store, loads the demo into an empty database,
//! starts the outbox sender when SMTP is configured, reads the documents of
//! cases without a current analysis in the background, and serves until
//! interrupted.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tandem_store::Store;
use tandem_web::notify::{sender::Mailer, worker};
use tandem_web::{AppState, SystemClock, WebConfig};

use crate::cli::ServeArgs;
use crate::demo_cmd;

pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    let url = args.database.url()?;
    let store = Arc::new(tandem_store::open(&url).await?);
    if !args.no_demo && store.authorities().await?.is_empty() {
        demo_cmd::load(store.as_ref(), &args.database.data_dir, 2026).await?;
    }
    let public_url = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://localhost:{}", args.port));
    let config = WebConfig {
        secure_cookies: !args.insecure_cookies,
        public_url: public_url.clone(),
        ..WebConfig::default()
    };
    let sender = start_sender(&args, store.clone())?;
    // PDFs are read by this same binary in a child process (`tandem extract-pdf`).
    let pdf_reader = tandem_engine::ingest::PdfReader::new(
        std::env::current_exe()?,
        vec!["extract-pdf".to_owned()],
    );
    let state = AppState::new(store, config, Arc::new(SystemClock))?.with_pdf_reader(pdf_reader);
    // Cases whose documents have no current analysis are read in the
    // background; pages never wait for it.
    tandem_web::findings::start_catch_up(&state);
    let listener = tokio::net::TcpListener::bind((args.listen.as_str(), args.port)).await?;
    demo_cmd::print_sign_ins(&args.database.data_dir);
    println!("Tandem is serving at {public_url} (press Ctrl+C to stop)");
    axum::serve(listener, tandem_web::router(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    if let Some((stop, task)) = sender {
        // The sender finishes the pass it is in, so nothing is left claimed.
        let _ = stop.send(());
        task.await?;
    }
    Ok(())
}

type Sender = (
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
);

/// Starts the outbox sender and daily reminders if TANDEM_SMTP_URL is set.
fn start_sender(args: &ServeArgs, store: Arc<dyn Store>) -> anyhow::Result<Option<Sender>> {
    let (mailer, from) = match (&args.smtp_url, &args.mail_dir) {
        (Some(url), _) => {
            let from = args
                .mail_from
                .as_deref()
                .context("TANDEM_MAIL_FROM must be set with TANDEM_SMTP_URL")?;
            (Mailer::from_url(url, from)?, from.to_owned())
        }
        (None, Some(folder)) => {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("cannot create {}", folder.display()))?;
            let from = args
                .mail_from
                .clone()
                .unwrap_or_else(|| "Tandem <tandem@localhost>".to_owned());
            println!(
                "Writing email to {} instead of sending it",
                folder.display()
            );
            (Mailer::to_folder(folder, &from)?, from)
        }
        (None, None) => {
            println!("Email is off (set TANDEM_SMTP_URL to send): messages wait in the outbox");
            return Ok(None);
        }
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let every = Duration::from_secs(5);
    let task = tokio::spawn(worker::run(store, mailer, every, async move {
        let _ = stopped.await;
    }));
    println!("Sending email as {from}");
    Ok(Some((stop, task)))
}
