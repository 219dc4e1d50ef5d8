//! `tandem demo`, and the demo load that `tandem serve` does on first start.
//! The demo passwords are random per installation, so they are written to a
//! file in the data directory (readable by its owner only) to print again.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use tandem_demo::{load_demo, DemoOptions, DemoSignIn};
use tandem_store::Store;

use crate::cli::DemoArgs;

const SIGN_INS_FILE: &str = "demo-sign-ins.txt";

pub async fn run(args: DemoArgs) -> anyhow::Result<()> {
    let store = tandem_store::open(&args.database.url()?).await?;
    if !store.authorities().await?.is_empty() {
        anyhow::bail!(
            "the database already holds an authority; the demo loads only into an empty one"
        );
    }
    load(&store, &args.database.data_dir, args.seed).await?;
    print_sign_ins(&args.database.data_dir);
    Ok(())
}

pub async fn load(store: &dyn Store, data_dir: &Path, seed: u64) -> anyhow::Result<()> {
    let started = Instant::now();
    let today = tandem_domain::clock::london_date(jiff::Timestamp::now());
    // The cases follow the seed; the passwords must not be guessable from it.
    let options = DemoOptions {
        secrets_seed: rand::random(),
        ..DemoOptions::full(seed, today)
    };
    let bar = ProgressBar::new(1);
    bar.set_style(
        ProgressStyle::with_template("{msg:24} [{bar:40}] {pos}/{len} ({eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let hash = |password: &str| tandem_web::auth::password::hash(password).unwrap_or_default();
    let mut progress = |p: tandem_demo::DemoProgress| {
        bar.set_length(p.total);
        bar.set_position(p.done);
        bar.set_message(p.what);
    };
    eprintln!("Loading the demo authority (first start only)...");
    let demo = load_demo(store, &options, &hash, &mut progress).await?;
    bar.finish_and_clear();
    write_sign_ins(data_dir, &demo.sign_ins)?;
    eprintln!(
        "Loaded the demo authority: {} cases in {:.1} s",
        store.count_cases(demo.authority).await?,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn sign_ins_path(data_dir: &Path) -> PathBuf {
    data_dir.join(SIGN_INS_FILE)
}

fn write_sign_ins(data_dir: &Path, sign_ins: &[DemoSignIn]) -> anyhow::Result<()> {
    std::fs::create_dir_all(data_dir)?;
    let mut text = String::from(
        "Demo sign-ins (fictional people; passwords are random for this installation)\n\n",
    );
    for s in sign_ins {
        text.push_str(&format!(
            "  {:<24} {:<40} {}\n",
            s.role.label(),
            s.email,
            s.password
        ));
    }
    text.push_str(
        "\nStaff also enter a one-time code. Add the account to an authenticator app,\n\
         or for the demo run:  cargo run --release -- code EMAIL\n",
    );
    let path = sign_ins_path(data_dir);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(&path)?.write_all(text.as_bytes())?;
    Ok(())
}

pub fn print_sign_ins(data_dir: &Path) {
    if let Ok(text) = std::fs::read_to_string(sign_ins_path(data_dir)) {
        println!("{text}");
    }
}
