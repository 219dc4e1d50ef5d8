//! The engine's findings on a case in the form the store keeps (as JSON):
//! each citation names the document's id on the case as well as its file
//! name, so a page can link to the sentence, and the evidence is filed by
//! the finding it supports.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use tandem_engine::area::Area;
use tandem_engine::metric::Metric;
use tandem_engine::need_code::NeedCode;
use tandem_engine::reading::Quote;
use tandem_engine::{Analysis, Finding};
use tandem_store::NeedsProfile;

/// A sentence of a document on the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cited {
    /// The document's id on the case.
    pub document: i64,
    pub name: String,
    /// Its place in the document, from 0, as `sentences_of` counts.
    pub sentence: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryLine {
    pub area: Area,
    pub cited: Cited,
}

/// A document the engine could not read, with its message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unread {
    pub document: i64,
    pub message: String,
}

/// The sentences behind each finding, at most three each.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub needs: BTreeMap<String, Vec<Cited>>,
    pub warranted: Vec<Cited>,
    pub metrics: BTreeMap<String, Vec<Cited>>,
    pub provision: BTreeMap<String, Vec<Cited>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredFindings {
    /// How many documents were read.
    pub read: usize,
    pub unread: Vec<Unread>,
    pub primary_need: Option<NeedCode>,
    pub secondary_needs: Vec<NeedCode>,
    pub warranted: bool,
    /// The 20 questions by key, each 0-3 (flags 0-1).
    pub metrics: BTreeMap<String, u8>,
    pub provision: Vec<String>,
    pub key_terms: Vec<String>,
    pub summary: Vec<SummaryLine>,
    pub evidence: Evidence,
}

impl StoredFindings {
    /// Builds the stored form of `analysis`. `ids` gives each document's
    /// id by the (unique) name it was read under.
    pub fn new(analysis: &Analysis, ids: &HashMap<String, i64>, unread: Vec<Unread>) -> Self {
        let cite = |quote: &Quote| -> Option<Cited> {
            Some(Cited {
                document: *ids.get(&quote.source.document)?,
                name: quote.source.document.clone(),
                sentence: quote.source.sentence,
                text: quote.text.clone(),
            })
        };
        let mut evidence = Evidence::default();
        for found in &analysis.evidence {
            let quotes: Vec<Cited> = found.sources.iter().filter_map(cite).collect();
            match found.about {
                Finding::Need(code) => {
                    evidence.needs.insert(code.code().to_owned(), quotes);
                }
                Finding::Warranted(_) => evidence.warranted = quotes,
                Finding::Provision(code) => {
                    evidence.provision.insert(code.to_owned(), quotes);
                }
                Finding::Metric(metric, _) => {
                    evidence.metrics.insert(metric.key().to_owned(), quotes);
                }
            }
        }
        StoredFindings {
            read: ids.len(),
            unread,
            primary_need: analysis.primary_need,
            secondary_needs: analysis.secondary_needs.clone(),
            warranted: analysis.ehcp_warranted,
            metrics: analysis
                .metrics
                .iter()
                .map(|(k, v)| ((*k).to_owned(), *v))
                .collect(),
            provision: analysis.provision.iter().map(|c| (*c).to_owned()).collect(),
            key_terms: analysis.key_terms.clone(),
            summary: analysis
                .summary
                .iter()
                .filter_map(|line| {
                    let quote = Quote {
                        source: line.source.clone(),
                        text: line.text.clone(),
                    };
                    Some(SummaryLine {
                        area: line.area,
                        cited: cite(&quote)?,
                    })
                })
                .collect(),
            evidence,
        }
    }

    pub fn level(&self, metric: Metric) -> u8 {
        self.metrics.get(metric.key()).copied().unwrap_or(0)
    }

    /// What the similar-case search compares, as the store keeps it.
    pub fn profile(&self) -> NeedsProfile {
        NeedsProfile {
            primary_need: self.primary_need.map(|n| n.code().to_owned()),
            levels: Metric::ALL.iter().map(|m| self.level(*m)).collect(),
            provision: self.provision.clone(),
        }
    }
}
