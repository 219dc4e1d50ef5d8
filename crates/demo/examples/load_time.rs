//! Loads the full demo into a fresh SQLite file and prints how long it took,
//! and how long each step took:
//! `cargo run --release -p tandem-demo --example load_time`.

use std::time::Instant;

use tandem_demo::{load_demo, DemoOptions};
use tandem_store::{SqlStore, Store};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("demo.db");
    let store = SqlStore::open(&format!("sqlite://{}", path.display())).await?;
    let today = jiff::civil::date(2026, 3, 16);
    let started = Instant::now();
    // When each step last reported: the time between reports is the step's.
    let mut steps: Vec<(&'static str, f64)> = Vec::new();
    let demo = load_demo(
        &store,
        &DemoOptions::full(1, today),
        &|p| format!("hashed:{p}"),
        &mut |p| {
            let at = started.elapsed().as_secs_f64();
            match steps.last_mut() {
                Some(last) if last.0 == p.what => last.1 = at,
                _ => steps.push((p.what, at)),
            }
        },
    )
    .await?;
    let elapsed = started.elapsed();
    let cases = store.count_cases(demo.authority).await?;
    store.close().await;
    let mut before = 0.0;
    for (what, at) in &steps {
        println!("  {what:10} {:5.2} s", at - before);
        before = *at;
    }
    println!(
        "loaded {cases} cases in {:.1} s; database {:.1} MB",
        elapsed.as_secs_f64(),
        std::fs::metadata(&path)?.len() as f64 / 1e6
    );
    Ok(())
}
