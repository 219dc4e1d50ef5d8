//! Measuring the engine against a labelled corpus, as `tandem evaluate`
//! prints it. Profiles are also re-derived leaving each case out, so the
//! figures show how far they depend on the corpus they were checked on.

pub mod baseline;
pub mod labels;
mod report;
pub mod scores;

use std::path::Path;
use std::time::Instant;

use thiserror::Error;

use crate::advice_kind::AdviceKind;
use crate::analysis::analyse;
use crate::analysis::{analyse_with, Analysis};
use crate::assess::profiles::Profiles;
use crate::cohort::{cluster, nearest, usual_provision, Cluster, PastCase, CLUSTER_COUNT};
use crate::metric::{Levels, Metric};
use crate::need_code::NeedCode;
use crate::reading::Reading;
use crate::summary::candidate_features;
use crate::summary::model::SentenceModel;
use labels::{load_corpus, LabelledCase};
use scores::{
    accuracy_and_macro_f1, balanced_accuracy, fact_covered, key_terms_found, ratio, MicroF1,
    SummaryTally,
};

#[derive(Debug, Error)]
pub enum EvaluateError {
    #[error("cannot read {0}: {1}")]
    Io(String, String),
    #[error("labels in {0} are malformed: {1}")]
    Labels(String, String),
    #[error("the summaries in {0} are not a JSON object of case id to sentences: {1}")]
    Summaries(String, String),
    #[error("the corpus has no cases")]
    NoCases,
}

#[derive(Debug, Clone, Default)]
pub struct Figures {
    pub cases: usize,
    pub primary_accuracy: f64,
    pub primary_macro_f1: f64,
    pub warranted_balanced_accuracy: f64,
    pub metrics_mae: f64,
    pub provision_micro_f1: f64,
    pub key_term_recall: f64,
    pub key_fact_recall: f64,
    pub summary_length_ratio: f64,
    /// Share of documents whose writer (psychologist, school, family, …)
    /// the engine tells from the file alone.
    pub advice_kind_accuracy: f64,
    pub ms_per_case: f64,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub shipped: Figures,
    pub leave_one_out: Figures,
    /// Key-fact recall when the summary uses a sentence model fitted
    /// leaving each case out, instead of the hand-set scoring.
    pub fitted_summary_fact_recall: f64,
    /// The share of key facts that any single sentence of the documents
    /// covers: the most an extractive summary can reach on this measure.
    pub fact_recall_ceiling: f64,
    pub similar: SimilarFigures,
    /// The corpus grouped into need clusters by its labelled profiles.
    pub clusters: Vec<Cluster>,
    /// One line per case where the primary need was wrong.
    pub misses: Vec<String>,
}

/// Every figure: with what is shipped, leaving each case out of what was
/// fitted or derived, nearest cases and clusters.
pub fn evaluate_corpus(corpus: &Path) -> Result<Report, EvaluateError> {
    let cases = load_corpus(corpus)?;
    if cases.is_empty() {
        return Err(EvaluateError::NoCases);
    }
    let (shipped, misses) = figures(&cases, |_| (Profiles::shipped().clone(), None));
    let (leave_one_out, _) = figures(&cases, |held_out| {
        (profiles_without(&cases, held_out), None)
    });
    let examples: Vec<Vec<(Vec<f32>, bool)>> = cases.iter().map(case_examples).collect();
    let (fitted_summary, _) = figures(&cases, |held_out| {
        let others: Vec<(Vec<f32>, bool)> = examples
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != held_out)
            .flat_map(|(_, e)| e.iter().cloned())
            .collect();
        (
            profiles_without(&cases, held_out),
            Some(SentenceModel::fit(&others)),
        )
    });
    let past: Vec<PastCase> = cases.iter().map(|c| c.labels.past_case()).collect();
    Ok(Report {
        shipped,
        leave_one_out,
        fitted_summary_fact_recall: fitted_summary.key_fact_recall,
        fact_recall_ceiling: fact_recall_ceiling(&cases),
        similar: similar_figures(&cases, &past),
        clusters: cluster(&past, CLUSTER_COUNT),
        misses,
    })
}

/// The figures with what is shipped only: quick enough for a test.
pub fn evaluate_shipped(corpus: &Path) -> Result<Figures, EvaluateError> {
    let cases = load_corpus(corpus)?;
    if cases.is_empty() {
        return Err(EvaluateError::NoCases);
    }
    Ok(figures(&cases, |_| (Profiles::shipped().clone(), None)).0)
}

fn fact_recall_ceiling(cases: &[LabelledCase]) -> f64 {
    let (mut coverable, mut total) = (0usize, 0usize);
    for case in cases {
        let reading = Reading::new(&case.documents);
        for fact in &case.labels.key_facts {
            total += 1;
            let found = reading
                .sentences
                .iter()
                .any(|s| fact_covered(fact, std::slice::from_ref(&s.text)));
            coverable += usize::from(found);
        }
    }
    coverable as f64 / total.max(1) as f64
}

/// Each summary candidate of a case, marked by whether it carries a fact.
fn case_examples(case: &LabelledCase) -> Vec<(Vec<f32>, bool)> {
    let reading = Reading::new(&case.documents);
    candidate_features(&reading)
        .into_iter()
        .map(|(id, x)| {
            let text = std::slice::from_ref(&reading.sentences[id].text);
            let carries = case.labels.key_facts.iter().any(|f| fact_covered(f, text));
            (x, carries)
        })
        .collect()
}

fn figures(
    cases: &[LabelledCase],
    calibration_for: impl Fn(usize) -> (Profiles, Option<SentenceModel>),
) -> (Figures, Vec<String>) {
    let mut primary = Vec::new();
    let mut warranted = Vec::new();
    let mut abs_error = 0u64;
    let mut provision = MicroF1::default();
    let (mut terms_found, mut terms_total) = (0usize, 0usize);
    let mut summaries = SummaryTally::default();
    let (mut kinds_right, mut kinds_total) = (0usize, 0usize);
    let mut elapsed = 0.0;
    let mut misses = Vec::new();
    for (index, case) in cases.iter().enumerate() {
        let (profiles, sentence_model) = calibration_for(index);
        let started = Instant::now();
        let analysis: Analysis = analyse_with(&case.documents, &profiles, sentence_model.as_ref());
        elapsed += started.elapsed().as_secs_f64() * 1000.0;
        let labels = &case.labels;
        let predicted = analysis
            .primary_need
            .map_or("none", |n| n.code())
            .to_string();
        if predicted != labels.primary_need {
            misses.push(format!(
                "{}: {} predicted {}",
                labels.case_id, labels.primary_need, predicted
            ));
        }
        primary.push((labels.primary_need.clone(), predicted));
        warranted.push((labels.ehcp_warranted, analysis.ehcp_warranted));
        let truth = Levels::from_map(&labels.metrics);
        for metric in Metric::ALL {
            abs_error += u64::from(truth.get(metric).abs_diff(analysis.levels.get(metric)));
        }
        let predicted_provision: Vec<String> =
            analysis.provision.iter().map(|s| s.to_string()).collect();
        provision.add(&labels.provision, &predicted_provision);
        terms_found += key_terms_found(&labels.key_terms, &analysis.key_terms);
        terms_total += labels.key_terms.len();
        let lines: Vec<String> = analysis.summary.iter().map(|l| l.text.clone()).collect();
        summaries.add(&labels.key_facts, &lines, analysis.word_count);
        for document in &case.documents {
            let labelled = labels.documents.iter().find(|d| d.file == document.name);
            if let Some(labelled) = labelled {
                kinds_total += 1;
                kinds_right += usize::from(AdviceKind::of(document).code() == labelled.kind);
            }
        }
    }
    let (primary_accuracy, primary_macro_f1) = accuracy_and_macro_f1(&primary);
    let figures = Figures {
        cases: cases.len(),
        primary_accuracy,
        primary_macro_f1,
        warranted_balanced_accuracy: balanced_accuracy(&warranted),
        metrics_mae: abs_error as f64 / (cases.len() * Metric::ALL.len()) as f64,
        provision_micro_f1: provision.f1(),
        key_term_recall: ratio(terms_found, terms_total),
        key_fact_recall: summaries.key_fact_recall(),
        summary_length_ratio: summaries.length_ratio(),
        advice_kind_accuracy: ratio(kinds_right, kinds_total),
        ms_per_case: elapsed / cases.len() as f64,
    };
    (figures, misses)
}

/// How well the nearest past cases (all others, by their labels) match
/// each case as the engine reads it.
#[derive(Debug, Clone, Default)]
pub struct SimilarFigures {
    pub neighbours: usize,
    /// Share of cases whose nearest past case has the same primary need.
    pub same_primary_need: f64,
    /// Micro-F1 of "what most similar cases received" against the labels.
    pub provision_micro_f1: f64,
}

const NEIGHBOURS: usize = 3;

fn similar_figures(cases: &[LabelledCase], past: &[PastCase]) -> SimilarFigures {
    let mut same = 0;
    let mut provision = MicroF1::default();
    for (index, case) in cases.iter().enumerate() {
        let analysis = analyse(&case.documents);
        let others: Vec<PastCase> = past
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != index)
            .map(|(_, p)| p.clone())
            .collect();
        let similar = nearest(&analysis.levels, analysis.primary_need, &others, NEIGHBOURS);
        if similar.first().map(|s| s.primary_need)
            == Some(NeedCode::from_code(&case.labels.primary_need))
        {
            same += 1;
        }
        provision.add(&case.labels.provision, &usual_provision(&similar));
    }
    SimilarFigures {
        neighbours: NEIGHBOURS,
        same_primary_need: same as f64 / cases.len().max(1) as f64,
        provision_micro_f1: provision.f1(),
    }
}

/// Profiles re-derived from the labels of every case but one: for each
/// type of need, the median level of the cases with that primary need, or
/// the shipped profile when no other case has it.
fn profiles_without(cases: &[LabelledCase], held_out: usize) -> Profiles {
    let mut profiles = Profiles::shipped().clone();
    for need in NeedCode::ALL {
        let others: Vec<Levels> = cases
            .iter()
            .enumerate()
            .filter(|(i, c)| *i != held_out && c.labels.primary_need == need.code())
            .map(|(_, c)| Levels::from_map(&c.labels.metrics))
            .collect();
        if others.is_empty() {
            continue;
        }
        let mut levels = Levels::default();
        for metric in Metric::ALL {
            if matches!(metric, Metric::EalFlag | Metric::SocialCareFlag) {
                continue;
            }
            let mut values: Vec<u8> = others.iter().map(|l| l.get(metric)).collect();
            values.sort_unstable();
            levels.set(metric, values[(values.len() - 1) / 2]);
        }
        profiles.set(need, levels);
    }
    profiles
}
