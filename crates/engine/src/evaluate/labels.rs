//! A labelled case of the corpus (layout in the corpus's SCHEMA.md).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::cohort::PastCase;
use crate::document::Document;
use crate::evaluate::EvaluateError;
use crate::ingest::document_from_text;
use crate::metric::Levels;
use crate::need_code::NeedCode;

#[derive(Debug, Clone, Deserialize)]
pub struct Labels {
    pub case_id: String,
    pub primary_need: String,
    #[serde(default)]
    pub secondary_needs: Vec<String>,
    pub ehcp_warranted: bool,
    pub metrics: BTreeMap<String, u8>,
    #[serde(default)]
    pub provision: Vec<String>,
    #[serde(default)]
    pub key_terms: Vec<String>,
    #[serde(default)]
    pub key_facts: Vec<String>,
    pub documents: Vec<LabelledDocument>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LabelledDocument {
    pub file: String,
    pub kind: String,
}

pub struct LabelledCase {
    pub labels: Labels,
    pub documents: Vec<Document>,
}

/// Every case folder under `corpus/cases` with its labels, in name order;
/// no document is read.
pub fn load_labels(corpus: &Path) -> Result<Vec<(PathBuf, Labels)>, EvaluateError> {
    let cases_dir = corpus.join("cases");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&cases_dir)
        .map_err(|e| io(&cases_dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("labels.json").is_file())
        .collect();
    dirs.sort();
    let mut cases = Vec::new();
    for dir in dirs {
        let labels_path = dir.join("labels.json");
        let text = std::fs::read_to_string(&labels_path).map_err(|e| io(&labels_path, e))?;
        let labels: Labels = serde_json::from_str(&text)
            .map_err(|e| EvaluateError::Labels(labels_path.display().to_string(), e.to_string()))?;
        cases.push((dir, labels));
    }
    Ok(cases)
}

/// Every case of the corpus with its documents, in name order.
pub fn load_corpus(corpus: &Path) -> Result<Vec<LabelledCase>, EvaluateError> {
    let mut cases = Vec::new();
    for (dir, labels) in load_labels(corpus)? {
        let mut documents = Vec::new();
        for doc in &labels.documents {
            let path = dir.join(&doc.file);
            let bytes = std::fs::read(&path).map_err(|e| io(&path, e))?;
            // A document the engine cannot read counts against it, as it
            // would for an officer; it does not stop the evaluation.
            if let Ok(document) = document_from_text(&doc.file, &bytes) {
                documents.push(document);
            }
        }
        cases.push(LabelledCase { labels, documents });
    }
    Ok(cases)
}

fn io(path: &Path, e: std::io::Error) -> EvaluateError {
    EvaluateError::Io(path.display().to_string(), e.to_string())
}

impl Labels {
    /// The case as a past case: its labelled needs and what it received.
    pub fn past_case(&self) -> PastCase {
        PastCase {
            id: self.case_id.clone(),
            primary_need: NeedCode::from_code(&self.primary_need),
            levels: Levels::from_map(&self.metrics),
            provision: self.provision.clone(),
        }
    }
}
