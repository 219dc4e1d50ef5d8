//! Loads the full demo into a fresh SQLite file and prints how long it took:
//! `cargo run --release -p tandem-demo --example load_time`.

use std::time::Instant;

use tandem_demo::{load_demo, DemoOptions};
use tandem_store::{SqlStore, Store};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}", dir.path().join("demo.db").display());
    let store = SqlStore::open(&url).await?;
    let today = jiff::civil::date(2026, 3, 16);
    let started = Instant::now();
    let mut last = String::new();
    let demo = load_demo(
        &store,
        &DemoOptions::full(1, today),
        &|p| format!("hashed:{p}"),
        &mut |p| {
            last = format!("{}/{} {}", p.done, p.total, p.what);
        },
    )
    .await?;
    let elapsed = started.elapsed();
    let cases = store.count_cases(demo.authority).await?;
    println!(
        "loaded {cases} cases in {:.1} s (last progress {last})",
        elapsed.as_secs_f64()
    );
    Ok(())
}
