//! The engine's latest reading of each case's documents, kept so that the
//! case page and the similar-case search need not read every document
//! again. The findings are JSON the web layer owns; beside them sit the few
//! values the similar-case search compares, so that search reads no JSON.

use jiff::Timestamp;
use tandem_domain::case::FindingDecision;
use tandem_domain::ids::CaseId;

/// What an analysis was made from, as one value to compare: the engine
/// that read (its `reader_version`) and the documents it read. A new or
/// removed document, or an engine that reads differently, gives a
/// different key.
pub fn documents_key(reader: &str, ids: &[i64]) -> String {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
    format!("{reader}:{}", ids.join(","))
}

/// What the similar-case search compares: the primary need, the levels of
/// the 20 questions in the engine's order, and the provision elements.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NeedsProfile {
    /// A SEN2 code such as "ASD".
    pub primary_need: Option<String>,
    /// Each 0-9 (the engine uses 0-3).
    pub levels: Vec<u8>,
    /// Codes such as "SP4".
    pub provision: Vec<String>,
}

/// An analysis to keep as the case's latest.
#[derive(Debug, Clone)]
pub struct NewCaseAnalysis {
    pub case: CaseId,
    /// The engine's `reader_version` when it read.
    pub reader: String,
    /// Every document on the case when it was read, read or not.
    pub documents: Vec<i64>,
    pub findings: String,
    pub profile: NeedsProfile,
    /// When the documents were read. An analysis made from an earlier
    /// reading never replaces one made from a later one.
    pub made_at: Timestamp,
}

/// A case's latest analysis, read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseAnalysis {
    pub case: CaseId,
    pub documents_key: String,
    pub findings: String,
    pub profile: NeedsProfile,
    pub made_at: Timestamp,
}

impl CaseAnalysis {
    /// Whether this engine made it from exactly these documents.
    pub fn is_current(&self, reader: &str, documents: &[i64]) -> bool {
        self.documents_key == documents_key(reader, documents)
    }
}

/// An analysed case of the authority, for the similar-case search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysedCase {
    pub case: CaseId,
    pub reference: String,
    pub profile: NeedsProfile,
    /// The decisions of the latest review of its suggestions, if any.
    pub review: Option<Vec<FindingDecision>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_the_same_whatever_the_order() {
        assert_eq!(documents_key("e1", &[9, 3, 12]), "e1:3,9,12");
        assert_eq!(
            documents_key("e1", &[12, 9, 3, 3]),
            documents_key("e1", &[3, 9, 12])
        );
        assert_ne!(
            documents_key("e1", &[3, 9]),
            documents_key("e1", &[3, 9, 12])
        );
        assert_ne!(documents_key("e1", &[3]), documents_key("e2", &[3]));
        assert_eq!(documents_key("e1", &[]), "e1:");
    }
}
