//! The engine's one entry point: documents in, findings with evidence out.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::assess::metrics::assess_metrics;
use crate::assess::need::{choose_needs, score_needs};
use crate::assess::profiles::Profiles;
use crate::assess::provision::assess_provision;
use crate::assess::warranted::assess_warranted;
use crate::context::Polarity;
use crate::document::Document;
use crate::metric::{Levels, Metric};
use crate::need_code::NeedCode;
use crate::reading::{Quote, Reading};
use crate::summary::model::SentenceModel;
use crate::summary::{summarise, DocumentSummary, SummaryLine};

/// What a piece of evidence supports, for callers that file it by finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finding {
    Need(NeedCode),
    Warranted(bool),
    Metric(Metric, u8),
    Provision(&'static str),
}

impl Finding {
    /// How the finding reads in `tandem analyse --json`: "need ASD",
    /// "ehcp_warranted true", "asd 2", "provision SP4".
    pub fn label(self) -> String {
        match self {
            Finding::Need(code) => format!("need {}", code.code()),
            Finding::Warranted(value) => format!("ehcp_warranted {value}"),
            Finding::Metric(metric, level) => format!("{} {level}", metric.key()),
            Finding::Provision(code) => format!("provision {code}"),
        }
    }
}

/// One finding and the sentences that support it.
#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub finding: String,
    #[serde(skip)]
    pub about: Finding,
    pub sources: Vec<Quote>,
}

impl Evidence {
    fn new(about: Finding, sources: Vec<Quote>) -> Evidence {
        Evidence {
            finding: about.label(),
            about,
            sources,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    pub primary_need: Option<NeedCode>,
    pub secondary_needs: Vec<NeedCode>,
    pub ehcp_warranted: bool,
    pub metrics: BTreeMap<&'static str, u8>,
    pub provision: Vec<&'static str>,
    pub key_terms: Vec<String>,
    pub summary: Vec<SummaryLine>,
    pub document_summaries: Vec<DocumentSummary>,
    pub evidence: Vec<Evidence>,
    /// Words read, so callers can check the summary's share.
    pub word_count: usize,
    #[serde(skip)]
    pub levels: Levels,
}

/// Analyses a case with the shipped dictionary and profiles.
pub fn analyse(documents: &[Document]) -> Analysis {
    analyse_with(documents, Profiles::shipped(), None)
}

/// Analyses a case with given need profiles and, if given, a fitted
/// sentence model for the summary (both used for leave-one-out figures).
pub fn analyse_with(
    documents: &[Document],
    profiles: &Profiles,
    sentence_model: Option<&SentenceModel>,
) -> Analysis {
    analyse_reading(&Reading::new(documents), profiles, sentence_model)
}

/// Analyses a case already read, for callers that also look at the
/// reading themselves (the plan's drafting does) and should not read the
/// documents twice.
pub fn analyse_reading(
    reading: &Reading<'_>,
    profiles: &Profiles,
    sentence_model: Option<&SentenceModel>,
) -> Analysis {
    let scores = score_needs(reading);
    let (primary, secondary) = choose_needs(&scores);
    let warranted = assess_warranted(reading, primary);
    let metric_findings =
        assess_metrics(reading, primary, &secondary, warranted.warranted, profiles);
    let provision = assess_provision(reading);

    let quotes = |sentences: &[usize]| -> Vec<Quote> {
        sentences
            .iter()
            .take(3)
            .map(|s| reading.quote(*s))
            .collect()
    };
    let mut evidence = Vec::new();
    for need in primary.iter().chain(secondary.iter()) {
        evidence.push(Evidence::new(
            Finding::Need(*need),
            quotes(&scores.evidence[need.index()]),
        ));
    }
    evidence.push(Evidence::new(
        Finding::Warranted(warranted.warranted),
        quotes(&warranted.evidence),
    ));
    for metric in Metric::ALL {
        let sentences = &metric_findings.evidence[metric.index()];
        if metric_findings.levels.get(metric) > 0 && !sentences.is_empty() {
            evidence.push(Evidence::new(
                Finding::Metric(metric, metric_findings.levels.get(metric)),
                quotes(sentences),
            ));
        }
    }
    for element in &provision {
        evidence.push(Evidence::new(
            Finding::Provision(element.code),
            quotes(&element.evidence),
        ));
    }

    let summaries = summarise(reading, sentence_model);
    Analysis {
        primary_need: primary,
        secondary_needs: secondary,
        ehcp_warranted: warranted.warranted,
        metrics: metric_findings.levels.to_map(),
        provision: provision.iter().map(|p| p.code).collect(),
        key_terms: key_terms(reading),
        summary: summaries.case,
        document_summaries: summaries.documents,
        evidence,
        word_count: reading.word_count,
        levels: metric_findings.levels,
    }
}

/// Dictionary terms the documents use about the child, in their own words,
/// first use first, each once.
fn key_terms(reading: &Reading<'_>) -> Vec<String> {
    let mut seen_terms = Vec::new();
    let mut terms = Vec::new();
    for mention in &reading.mentions {
        if matches!(mention.polarity, Polarity::Negated | Polarity::OtherPerson) {
            continue;
        }
        if !reading.term(mention).key_term {
            continue;
        }
        let term = with_abbreviation(&reading.sentences[mention.sentence].text, &mention.surface);
        let seen = term.to_lowercase();
        if seen_terms.contains(&seen) {
            continue;
        }
        seen_terms.push(seen);
        terms.push(term);
    }
    terms
}

/// Longest abbreviation kept after a term, as in "developmental language
/// disorder (DLD)".
const ABBREVIATION_MAX: usize = 12;

/// The term as the document writes it, with the abbreviation it introduces
/// in brackets straight after it: advice defines its abbreviations once,
/// and a reader looks for the term with them.
fn with_abbreviation(sentence: &str, surface: &str) -> String {
    let inner = sentence
        .find(surface)
        .map(|at| &sentence[at + surface.len()..])
        .and_then(|rest| rest.strip_prefix(" ("))
        .and_then(|rest| rest.split_once(')'))
        .map(|(inner, _)| inner);
    match inner {
        Some(inner)
            if !inner.is_empty()
                && inner.len() <= ABBREVIATION_MAX
                && inner.split_whitespace().count() <= 2
                && inner.chars().filter(|c| c.is_uppercase()).count() >= 2 =>
        {
            format!("{surface} ({inner})")
        }
        _ => surface.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::with_abbreviation;

    #[test]
    fn a_term_keeps_the_abbreviation_the_document_gives_it() {
        let sentence = "He has developmental language disorder (DLD) and a stammer (since age 3).";
        assert_eq!(
            with_abbreviation(sentence, "developmental language disorder"),
            "developmental language disorder (DLD)"
        );
        assert_eq!(with_abbreviation(sentence, "stammer"), "stammer");
    }
}
