//! Replays every file of the fuzz corpora (fuzz/corpus/<target>/ at the
//! repository root) through the engine's real entry point, `read_bytes`,
//! with PDFs read by the isolated child process, and through `analyse`
//! when a file reads. Each file must be read, or refused with one clear,
//! typed error that names it; a case mixing good and broken files must
//! still be analysed from the good ones.
//!
//! Hand-written seeds (`fuzz/seeds.py`) say in their name what reading
//! them must give (`ok-`, `empty-`, `scanned-`, ...); files the fuzzers
//! found are named by hash and may give any clear result.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tandem_engine::ingest::{read_bytes, PdfReader, MAX_FILE_BYTES};
use tandem_engine::{analyse, Document, IngestError};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fuzz/corpus");

/// Each fuzz target and the extension its files are cited with when the
/// fuzzer named them by hash, so that `read_bytes` can fall back on the
/// name as it does for a real upload.
const TARGETS: [(&str, &str); 5] = [
    ("text", "txt"),
    ("docx", "docx"),
    ("pdf", "pdf"),
    ("odt", "odt"),
    ("rtf", "rtf"),
];

/// The bar: a thousand malformed files, no crash, a clear error
/// each (files the fuzzers found that still read are replayed on top).
const MIN_FILES: usize = 1_000;

fn child() -> PdfReader {
    let mut reader = PdfReader::new(env!("CARGO_BIN_EXE_tandem-pdf-child"), Vec::new());
    // The debug build is slower than the service's; a file that still
    // takes this long is reported as timed out, which is a clear result.
    reader.timeout = Duration::from_secs(10);
    reader
}

/// The files of one corpus, by name, each cited as an upload would be.
fn corpus(target: &str, extension: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(CORPUS).join(target);
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let name = if file.contains('.') {
                file
            } else {
                format!("{file}.{extension}")
            };
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, bytes)
        })
        .collect()
}

/// The clear kinds a file may be refused with, by name; `None` for errors
/// that mean the test itself is wrong (no PDF reader, unreadable file).
fn kind(error: &IngestError) -> Option<&'static str> {
    Some(match error {
        IngestError::Empty { .. } => "empty",
        IngestError::Scanned { .. } => "scanned",
        IngestError::Encrypted { .. } => "encrypted",
        IngestError::Corrupt { detail, .. } if !detail.trim().is_empty() => "corrupt",
        IngestError::TooLarge { .. } => "too large",
        IngestError::Bomb { .. } => "bomb",
        IngestError::Unsupported { .. } => "unsupported",
        IngestError::TimedOut { .. } => "timed out",
        IngestError::Corrupt { .. }
        | IngestError::PdfUnavailable { .. }
        | IngestError::Io { .. } => return None,
    })
}

/// What a hand-written seed's name promises, if anything.
fn promised(name: &str) -> Option<&'static str> {
    let prefix = name.split('-').next()?;
    Some(match prefix {
        "ok" => "read",
        "empty" => "empty",
        "scanned" => "scanned",
        "encrypted" => "encrypted",
        "corrupt" => "corrupt",
        "bomb" => "bomb",
        "unsupported" => "unsupported",
        _ => return None,
    })
}

/// Reads one file as the service would and checks the result; returns the
/// outcome's kind ("read" or an error kind).
fn replay(name: &str, bytes: &[u8], reader: &PdfReader) -> &'static str {
    let outcome = match read_bytes(name, bytes, Some(reader)) {
        Ok(document) => {
            assert_eq!(document.name, name);
            assert!(!document.blocks.is_empty(), "{name}: read with no blocks");
            assert!(
                document.blocks.iter().all(|b| !b.text.trim().is_empty()),
                "{name}: an empty block"
            );
            let analysis = analyse(&[document]);
            assert_eq!(analysis.metrics.len(), 20, "{name}");
            "read"
        }
        Err(error) => {
            let message = error.to_string();
            assert!(
                message.starts_with(&format!("{name}: ")),
                "the message does not name the file: {message}"
            );
            kind(&error).unwrap_or_else(|| panic!("{name}: not a clear kind: {message}"))
        }
    };
    if let Some(promise) = promised(name) {
        assert_eq!(outcome, promise, "{name}");
    }
    outcome
}

/// Replays files two at a time: the machine has two cores, and each PDF
/// costs a process start.
fn replay_all(files: &[(String, Vec<u8>)], reader: &PdfReader) -> Vec<&'static str> {
    let (first, second) = files.split_at(files.len() / 2);
    let run = |part: &[(String, Vec<u8>)]| -> Vec<&'static str> {
        part.iter()
            .map(|(name, bytes)| replay(name, bytes, reader))
            .collect()
    };
    std::thread::scope(|scope| {
        let other = scope.spawn(|| run(second));
        let mut outcomes = run(first);
        match other.join() {
            Ok(rest) => outcomes.extend(rest),
            Err(panic) => std::panic::resume_unwind(panic),
        }
        outcomes
    })
}

#[test]
fn every_corpus_file_is_read_or_refused_with_a_clear_error() {
    let started = Instant::now();
    let reader = child();
    let mut per_target: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut total = 0;
    for (target, extension) in TARGETS {
        let files = corpus(target, extension);
        assert!(!files.is_empty(), "no corpus for {target}");
        let outcomes = replay_all(&files, &reader);
        let counts = per_target.entry(target).or_default();
        for outcome in outcomes {
            *counts.entry(outcome).or_default() += 1;
            total += 1;
        }
    }
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for (target, counts) in &per_target {
        let files: usize = counts.values().sum();
        println!("{target}: {files} files, {counts:?}");
        for (kind, n) in counts {
            *per_kind.entry(kind).or_default() += n;
        }
    }
    println!("all: {total} files, {per_kind:?}");
    println!("replayed in {:.1} s", started.elapsed().as_secs_f64());
    let refused = total - per_kind.get("read").copied().unwrap_or(0);
    assert!(
        refused >= MIN_FILES,
        "only {refused} of {total} files refused"
    );
}

#[test]
fn a_case_with_broken_files_still_analyses_the_good_ones() {
    let reader = child();
    let file = |target: &str, name: &str| {
        let path = Path::new(CORPUS).join(target).join(name);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        (name.to_string(), bytes)
    };
    let good = [
        file("docx", "ok-structure.docx"),
        file("odt", "ok-structure.odt"),
        file("rtf", "ok-structure.rtf"),
        file("pdf", "ok-structure.pdf"),
    ];
    let broken = [
        file("docx", "bomb-zip-expansion.docx"),
        file("docx", "encrypted-ole-container.docx"),
        file("odt", "corrupt-truncated.odt"),
        file("rtf", "bomb-deep-groups.rtf"),
        file("pdf", "scanned-image-only.pdf"),
        file("pdf", "encrypted-standard-handler.pdf"),
        file("text", "empty-file.txt"),
        (
            "huge.txt".to_string(),
            vec![b'a'; usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX) + 1],
        ),
        (
            "photo.png".to_string(),
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01".to_vec(),
        ),
    ];
    let mut documents: Vec<Document> = Vec::new();
    let mut errors: Vec<IngestError> = Vec::new();
    for (name, bytes) in good.iter().chain(broken.iter()) {
        match read_bytes(name, bytes, Some(&reader)) {
            Ok(document) => documents.push(document),
            Err(error) => errors.push(error),
        }
    }
    let read: Vec<&str> = documents.iter().map(|d| d.name.as_str()).collect();
    let expected: Vec<&str> = good.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(read, expected, "{errors:?}");
    assert_eq!(errors.len(), broken.len());
    for ((name, _), error) in broken.iter().zip(&errors) {
        assert!(
            error.to_string().starts_with(&format!("{name}: ")),
            "{error}"
        );
        assert!(kind(error).is_some(), "{error}");
    }
    let kinds: Vec<&str> = errors.iter().filter_map(kind).collect();
    assert_eq!(
        kinds,
        vec![
            "bomb",
            "encrypted",
            "corrupt",
            "bomb",
            "scanned",
            "encrypted",
            "empty",
            "too large",
            "unsupported"
        ]
    );

    let analysis = analyse(&documents);
    assert!(!analysis.summary.is_empty());
    for line in &analysis.summary {
        assert!(
            expected.contains(&line.source.document.as_str()),
            "{line:?}"
        );
    }
    assert!(
        analysis.key_terms.iter().any(|t| t.contains("autism")),
        "{:?}",
        analysis.key_terms
    );
}
