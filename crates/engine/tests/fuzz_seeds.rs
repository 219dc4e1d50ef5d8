//! Replays the fuzz targets' seed corpus (fuzz/corpus at the repository
//! root), so every parser meets the awkward inputs on every `cargo test`.

use std::path::{Path, PathBuf};

use tandem_engine::ingest::document_from_text;
use tandem_engine::ingest::docx::read_docx;
use tandem_engine::ingest::pdf::ChildReply;
use tandem_engine::ingest::pdf_child::extract;
use tandem_engine::IngestError;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/corpus");

fn seeds(target: &str) -> Option<Vec<(String, Vec<u8>)>> {
    let dir = Path::new(SEEDS).join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: no seed corpus at {}", dir.display());
        return None;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    Some(
        paths
            .into_iter()
            .map(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (name, std::fs::read(&p).unwrap_or_else(|e| panic!("{e}")))
            })
            .collect(),
    )
}

#[test]
fn text_seeds_run_through_the_whole_engine() {
    let Some(seeds) = seeds("text") else { return };
    assert!(!seeds.is_empty());
    for (name, bytes) in seeds {
        match document_from_text(&name, &bytes) {
            Ok(document) => {
                let analysis = tandem_engine::analyse(&[document]);
                assert!(analysis.metrics.len() == 20, "{name}");
            }
            Err(error) => assert!(
                matches!(error, IngestError::Empty { .. }),
                "{name}: {error}"
            ),
        }
    }
}

#[test]
fn docx_seeds_are_read_or_refused_with_a_typed_error() {
    let Some(seeds) = seeds("docx") else { return };
    for (name, bytes) in seeds {
        let result = read_docx(&name, &bytes);
        match name.as_str() {
            "simple.docx" => assert!(result.is_ok(), "{name}"),
            "deep.docx" => assert!(matches!(result, Err(IngestError::Bomb { .. })), "{name}"),
            _ => assert!(result.is_err(), "{name}"),
        }
    }
}

#[test]
fn pdf_seeds_are_extracted_or_refused_with_a_typed_reply() {
    let Some(seeds) = seeds("pdf") else { return };
    for (name, bytes) in seeds {
        let reply = extract(&bytes);
        match name.as_str() {
            "text.pdf" => match reply {
                ChildReply::Blocks(blocks) => {
                    assert!(
                        blocks.iter().any(|b| b.text.contains("autism")),
                        "{blocks:?}"
                    )
                }
                other => panic!("{name}: {other:?}"),
            },
            "no_text.pdf" => assert!(matches!(reply, ChildReply::Scanned), "{name}: {reply:?}"),
            "truncated.pdf" | "not_a_pdf.pdf" => {
                assert!(!matches!(reply, ChildReply::Blocks(_)), "{name}: {reply:?}")
            }
            // Inputs found by fuzzing: any reply will do, as long as the
            // parsers' panics stay inside `extract`.
            _ => {}
        }
    }
}
