//! The isolated PDF reader on its own, for tests and for callers that do
//! not embed the tandem binary's hidden `extract-pdf` subcommand.
#![forbid(unsafe_code)]

fn main() -> std::process::ExitCode {
    match tandem_engine::ingest::pdf_child::run_child() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{error}");
            std::process::ExitCode::FAILURE
        }
    }
}
