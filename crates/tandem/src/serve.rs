//! `tandem serve`: opens the store, loads the demo into an empty database,
//! and serves until interrupted.

use std::sync::Arc;

use tandem_store::Store;
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
    let state = AppState::new(store, config, Arc::new(SystemClock))?;
    let listener = tokio::net::TcpListener::bind((args.listen.as_str(), args.port)).await?;
    demo_cmd::print_sign_ins(&args.database.data_dir);
    println!("Tandem is serving at {public_url} (press Ctrl+C to stop)");
    axum::serve(listener, tandem_web::router(state))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
