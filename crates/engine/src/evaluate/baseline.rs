//! Scoring summaries made elsewhere (sumy's TextRank, say) with the same
//! key-fact measure as Tandem's own, so a comparison is like for like.

use std::collections::BTreeMap;
use std::path::Path;

use crate::evaluate::labels::load_corpus;
use crate::evaluate::scores::SummaryTally;
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
    let mut tally = SummaryTally::default();
    for case in &cases {
        let lines = summaries.get(&case.labels.case_id);
        if lines.is_none() {
            figures.missing += 1;
        }
        tally.add(
            &case.labels.key_facts,
            lines.map_or(&[], Vec::as_slice),
            Reading::new(&case.documents).word_count,
        );
    }
    figures.key_fact_recall = tally.key_fact_recall();
    figures.summary_length_ratio = tally.length_ratio();
    Ok(figures)
}

/// Reads a JSON object of case id to a list of summary sentences.
pub fn read_summaries(path: &Path) -> Result<BTreeMap<String, Vec<String>>, EvaluateError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| EvaluateError::Io(path.display().to_string(), e.to_string()))?;
    serde_json::from_str(&text)
        .map_err(|e| EvaluateError::Summaries(path.display().to_string(), e.to_string()))
}
