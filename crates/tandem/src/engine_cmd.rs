//! The engine's commands: analyse a case, evaluate against a labelled
//! corpus, time the engine, and the hidden PDF reader the engine runs in a
//! child process.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};
use tandem_engine::ingest::{read_file, PdfReader};
use tandem_engine::{analyse as analyse_case, Document, IngestError};

/// The hidden subcommand that reads a PDF on stdin (wired in main.rs).
pub const EXTRACT_PDF_SUBCOMMAND: &str = "extract-pdf";

/// `tandem analyse PATH... [--json]`: reads the documents (never
/// labels.json) and prints the findings.
pub fn analyse(paths: &[PathBuf], json: bool) -> anyhow::Result<()> {
    let files = document_files(paths)?;
    if files.is_empty() {
        bail!("no documents found in the paths given");
    }
    let reader = pdf_reader();
    let mut documents: Vec<Document> = Vec::new();
    let mut errors: Vec<IngestError> = Vec::new();
    for file in &files {
        match read_file(file, reader.as_ref()) {
            Ok(document) => documents.push(document),
            Err(error) => errors.push(error),
        }
    }
    for error in &errors {
        eprintln!("warning: {error}");
    }
    if documents.is_empty() {
        bail!("none of the {} documents could be read", files.len());
    }
    let analysis = analyse_case(&documents);
    let text = if json {
        let mut value = serde_json::to_value(&analysis)?;
        if let Some(object) = value.as_object_mut() {
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            object.insert("errors".into(), serde_json::json!(errors));
        }
        serde_json::to_string_pretty(&value)?
    } else {
        readable(&analysis)
    };
    // A closed pipe (`| head`) is an error to report, not a panic.
    writeln!(std::io::stdout().lock(), "{text}")?;
    Ok(())
}

fn readable(analysis: &tandem_engine::Analysis) -> String {
    let code = |n: &tandem_engine::need_code::NeedCode| n.code();
    let secondary: Vec<&str> = analysis.secondary_needs.iter().map(code).collect();
    let mut out = vec![
        format!(
            "Primary need: {}",
            analysis.primary_need.as_ref().map_or("none found", code)
        ),
        format!("Secondary needs: {}", secondary.join(", ")),
        format!(
            "EHC plan looks warranted: {}",
            if analysis.ehcp_warranted { "yes" } else { "no" }
        ),
        format!("Provision: {}", analysis.provision.join(", ")),
        format!("Key terms: {}", analysis.key_terms.join("; ")),
        "20Q:".to_string(),
    ];
    for (key, level) in &analysis.metrics {
        out.push(format!("  {key:<26} {level}"));
    }
    out.push("Summary:".to_string());
    for line in &analysis.summary {
        out.push(format!(
            "  [{}] {} ({} #{})",
            line.area.label(),
            line.text,
            line.source.document,
            line.source.sentence
        ));
    }
    out.join("\n")
}

/// Files named directly, and the files of folders named, in name order.
fn document_files(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("cannot read folder {}", path.display()))?
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|p| p.is_file() && is_document(p))
                .collect();
            inside.sort();
            files.extend(inside);
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            bail!("{} does not exist", path.display());
        }
    }
    Ok(files)
}

/// Labels and hidden files are never documents of the case.
fn is_document(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    !name.starts_with('.') && name != "labels.json"
}

pub fn pdf_reader() -> Option<PdfReader> {
    let program = std::env::current_exe().ok()?;
    Some(PdfReader::new(
        program,
        vec![EXTRACT_PDF_SUBCOMMAND.to_string()],
    ))
}

/// `tandem evaluate CORPUS`: the figures against a labelled corpus.
pub fn evaluate(corpus: &Path) -> anyhow::Result<()> {
    let report = tandem_engine::evaluate::evaluate_corpus(corpus)
        .with_context(|| format!("cannot evaluate {}", corpus.display()))?;
    writeln!(std::io::stdout().lock(), "{report}")?;
    Ok(())
}

/// `tandem bench engine`: milliseconds to analyse a four-document case of
/// about 1,500 words, on one core, excluding process start. The best of
/// several batches is reported beside the median, because other work on a
/// shared machine only ever adds time.
pub fn bench_engine() -> anyhow::Result<()> {
    let case = tandem_engine::bench::sample_case();
    let words: usize = case.iter().map(Document::word_count).sum();
    for _ in 0..20 {
        std::hint::black_box(analyse_case(&case));
    }
    let (batches, rounds) = (15, 40);
    let mut per_case: Vec<f64> = (0..batches)
        .map(|_| {
            let started = Instant::now();
            for _ in 0..rounds {
                std::hint::black_box(analyse_case(std::hint::black_box(&case)));
            }
            started.elapsed().as_secs_f64() * 1000.0 / f64::from(rounds)
        })
        .collect();
    per_case.sort_by(f64::total_cmp);
    println!(
        "engine: {:.3} ms per case best, {:.3} ms median ({} documents, {words} words, {batches} batches of {rounds})",
        per_case[0],
        per_case[per_case.len() / 2],
        case.len()
    );
    Ok(())
}

/// The hidden `extract-pdf` subcommand: reads a PDF on stdin and writes
/// its structure as JSON on stdout, under its own memory limit.
pub fn extract_pdf_child() -> anyhow::Result<()> {
    tandem_engine::ingest::pdf_child::run_child()?;
    Ok(())
}
