//! The engine's commands: analyse a case, evaluate against a labelled
//! corpus, time the engine, and the hidden PDF reader the engine runs in a
//! child process.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context};

use crate::cli::{AnalyseArgs, BenchEngineArgs, EvaluateArgs};
use tandem_engine::cohort::{nearest, PastCase, SimilarCase};
use tandem_engine::evaluate::baseline::{read_summaries, score_summaries};
use tandem_engine::evaluate::labels::load_labels;
use tandem_engine::ingest::{read_file, PdfReader};
use tandem_engine::{analyse as analyse_case, Document, IngestError};

/// The hidden subcommand that reads a PDF on stdin (wired in main.rs).
pub const EXTRACT_PDF_SUBCOMMAND: &str = "extract-pdf";

/// How many past cases `analyse` lists.
const SIMILAR_CASES: usize = 5;

/// `tandem analyse PATH... [--json] [--past CORPUS]`: reads the documents
/// (never labels.json) and prints the findings, with the nearest past
/// cases when a past-case corpus is given.
pub fn analyse(args: &AnalyseArgs) -> anyhow::Result<()> {
    let files = document_files(&args.paths)?;
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
    let similar = match &args.past {
        Some(corpus) => similar_cases(&analysis, corpus, &files)?,
        None => Vec::new(),
    };
    let text = if args.json {
        let mut value = serde_json::to_value(&analysis)?;
        if let Some(object) = value.as_object_mut() {
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            object.insert("errors".into(), serde_json::json!(errors));
            object.insert("similar_cases".into(), serde_json::to_value(&similar)?);
        }
        serde_json::to_string_pretty(&value)?
    } else {
        readable(&analysis, &similar)
    };
    // A closed pipe (`| head`) is an error to report, not a panic.
    writeln!(std::io::stdout().lock(), "{text}")?;
    Ok(())
}

/// The past cases of a labelled corpus nearest to this one, leaving out
/// any case whose folder holds a document being analysed (a case is not
/// its own precedent).
fn similar_cases(
    analysis: &tandem_engine::Analysis,
    corpus: &Path,
    files: &[PathBuf],
) -> anyhow::Result<Vec<SimilarCase>> {
    let files: Vec<PathBuf> = files.iter().filter_map(|f| f.canonicalize().ok()).collect();
    let past: Vec<PastCase> = load_labels(corpus)
        .with_context(|| format!("cannot read past cases in {}", corpus.display()))?
        .into_iter()
        .filter(|(dir, _)| {
            let dir = dir.canonicalize().unwrap_or_else(|_| dir.clone());
            !files.iter().any(|f| f.starts_with(&dir))
        })
        .map(|(_, labels)| labels.past_case())
        .collect();
    Ok(nearest(
        &analysis.levels,
        analysis.primary_need,
        &past,
        SIMILAR_CASES,
    ))
}

fn readable(analysis: &tandem_engine::Analysis, similar: &[SimilarCase]) -> String {
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
    if !similar.is_empty() {
        out.push("Similar past cases:".to_string());
        for case in similar {
            out.push(format!(
                "  {} ({}, similarity {:.2}): {}",
                case.id,
                case.primary_need.map_or("none", |n| n.code()),
                case.similarity,
                case.provision.join(", ")
            ));
        }
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

/// `tandem evaluate CORPUS`: the figures against a labelled corpus, or
/// with `--score-summaries FILE` another summariser's figures on it.
pub fn evaluate(args: &EvaluateArgs) -> anyhow::Result<()> {
    let corpus = &args.corpus;
    let text = match &args.score_summaries {
        Some(file) => {
            let summaries = read_summaries(file)?;
            let figures = score_summaries(corpus, &summaries)
                .with_context(|| format!("cannot evaluate {}", corpus.display()))?;
            format!(
                "Summaries from {}:\n  cases                        {}\n  cases without a summary      {}\n  key-fact recall (summary)    {:.3}\n  summary length ratio         {:.3}",
                file.display(),
                figures.cases,
                figures.missing,
                figures.key_fact_recall,
                figures.summary_length_ratio
            )
        }
        None => tandem_engine::evaluate::evaluate_corpus(corpus)
            .with_context(|| format!("cannot evaluate {}", corpus.display()))?
            .to_string(),
    };
    writeln!(std::io::stdout().lock(), "{text}")?;
    Ok(())
}

/// `tandem bench engine`: milliseconds to analyse a four-document case of
/// about 1,500 words, on one core, excluding process start. The best of
/// several batches is reported beside the median, because other work on a
/// shared machine only ever adds time.
pub fn bench_engine(args: &BenchEngineArgs) -> anyhow::Result<()> {
    let case = tandem_engine::bench::sample_case();
    if let Some(dir) = &args.write_texts {
        write_texts(&case, dir)?;
    }
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

/// The timing case as text files, one paragraph per block, so another
/// summariser reads exactly the words Tandem's engine reads.
fn write_texts(case: &[Document], dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for document in case {
        let text: Vec<&str> = document.blocks.iter().map(|b| b.text.as_str()).collect();
        let path = dir.join(&document.name);
        std::fs::write(&path, text.join("\n"))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// The hidden `extract-pdf` subcommand: reads a PDF on stdin and writes
/// its structure as JSON on stdout, under its own memory limit.
pub fn extract_pdf_child() -> anyhow::Result<()> {
    tandem_engine::ingest::pdf_child::run_child()?;
    Ok(())
}
