//! Scoring summaries made elsewhere (sumy's TextRank, say) with the same
//! key-fact measure as Tandem's own, so a comparison is like for like.

use std::collections::BTreeMap;
use std::path::Path;

use crate::evaluate::labels::load_corpus;
use crate::evaluate::scores::fact_covered;
use crate::evaluate::EvaluateError;
use crate::reading::Reading;

/// Key-fact recall and length of another summariser's case summaries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BaselineFigures {
    pub cases: usize,
    /// Cases of the corpus the file had no summary for.
    pub missing: usize,
    pub key_fact_recall: f64,
    pub summary_length_ratio: f64,
}

/// Scores `summaries` (case id to its summary sentences) against the
/// corpus's key facts. A case without a summary counts as covering none.
pub fn score_summaries(
    corpus: &Path,
    summaries: &BTreeMap<String, Vec<String>>,
) -> Result<BaselineFigures, EvaluateError> {
    let cases = load_corpus(corpus)?;
    if cases.is_empty() {
        return Err(EvaluateError::NoCases);
    }
    let mut figures = BaselineFigures {
        cases: cases.len(),
        ..BaselineFigures::default()
    };
    let (mut found, mut total, mut summary_words, mut input_words) = (0, 0, 0, 0);
    for case in &cases {
        let lines = summaries.get(&case.labels.case_id);
        if lines.is_none() {
            figures.missing += 1;
        }
        let lines: &[String] = lines.map_or(&[], Vec::as_slice);
        found += case
            .labels
            .key_facts
            .iter()
            .filter(|fact| fact_covered(fact, lines))
            .count();
        total += case.labels.key_facts.len();
        summary_words += lines
            .iter()
            .map(|l| l.split_whitespace().count())
            .sum::<usize>();
        input_words += Reading::new(&case.documents).word_count;
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    figures.key_fact_recall = ratio(found, total);
    figures.summary_length_ratio = ratio(summary_words, input_words);
    Ok(figures)
}

/// Reads a JSON object of case id to a list of summary sentences.
pub fn read_summaries(path: &Path) -> Result<BTreeMap<String, Vec<String>>, EvaluateError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| EvaluateError::Io(path.display().to_string(), e.to_string()))?;
    serde_json::from_str(&text)
        .map_err(|e| EvaluateError::Summaries(path.display().to_string(), e.to_string()))
}
