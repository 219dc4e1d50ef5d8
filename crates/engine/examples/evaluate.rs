//! Prints the evaluation figures for a corpus: `cargo run --example evaluate -- DIR`.
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev").to_string()
    });
    match tandem_engine::evaluate::evaluate_corpus(std::path::Path::new(&dir)) {
        Ok(report) => println!("{report}"),
        Err(e) => eprintln!("{e}"),
    }
}
