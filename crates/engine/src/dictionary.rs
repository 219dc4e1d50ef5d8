//! The SEND reference dictionary, shipped as data in `data/dictionary.toml`.
//!
//! Each term names a condition, difficulty, intervention, assessment,
//! professional or service, with its synonyms and abbreviations, and links
//! to the areas of need, the types of need, the 20Q metrics and the
//! provision elements it bears on.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use thiserror::Error;

use crate::area::Area;
use crate::metric::Metric;
use crate::need_code::NeedCode;

const DICTIONARY_TOML: &str = include_str!("../data/dictionary.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermKind {
    Condition,
    Difficulty,
    Intervention,
    Assessment,
    Professional,
    Medication,
    Equipment,
    Service,
    /// Phrases that signal something (a first language, a care order) but
    /// are not themselves SEND terms a reader would look for.
    Cue,
}

impl TermKind {
    /// Whether a mention is evidence of the child's needs only when it is
    /// about the child now (conditions), rather than also when it is
    /// recommended (interventions).
    pub fn describes_need(self) -> bool {
        matches!(
            self,
            TermKind::Condition | TermKind::Difficulty | TermKind::Medication | TermKind::Cue
        )
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Term {
    pub name: String,
    pub kind: TermKind,
    #[serde(default)]
    pub forms: Vec<String>,
    /// Matched with their exact case ("ASC", "SALT"), so they do not fire on
    /// ordinary words.
    #[serde(default)]
    pub abbreviations: Vec<String>,
    #[serde(default)]
    pub area: Option<Area>,
    /// Weight of evidence for each type of need.
    #[serde(default)]
    pub needs: BTreeMap<NeedCode, f32>,
    /// The least level of each metric that a current mention implies.
    #[serde(default)]
    pub metrics: BTreeMap<Metric, u8>,
    #[serde(default)]
    pub provision: Vec<String>,
    /// Whether the term is reported among the case's key terms.
    #[serde(default = "yes")]
    pub key_term: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
struct DictionaryFile {
    term: Vec<Term>,
}

#[derive(Debug, Error)]
#[error("the SEND dictionary is malformed: {0}")]
pub struct DictionaryError(String);

#[derive(Debug)]
pub struct Dictionary {
    pub terms: Vec<Term>,
}

impl Dictionary {
    pub fn parse(text: &str) -> Result<Dictionary, DictionaryError> {
        let file: DictionaryFile =
            toml::from_str(text).map_err(|e| DictionaryError(e.to_string()))?;
        Ok(Dictionary { terms: file.term })
    }

    /// The dictionary shipped with the engine, parsed once.
    pub fn shipped() -> &'static Dictionary {
        static SHIPPED: OnceLock<Dictionary> = OnceLock::new();
        SHIPPED.get_or_init(|| {
            // The shipped file is checked by a unit test, so failing here
            // would mean a broken build; an empty dictionary keeps the
            // service up rather than panicking.
            Dictionary::parse(DICTIONARY_TOML).unwrap_or(Dictionary { terms: Vec::new() })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_dictionary_parses_and_covers_every_kind_of_term() {
        let dictionary = Dictionary::parse(DICTIONARY_TOML).unwrap();
        assert!(dictionary.terms.len() > 150);
        for kind in [
            TermKind::Condition,
            TermKind::Intervention,
            TermKind::Assessment,
            TermKind::Professional,
        ] {
            assert!(dictionary.terms.iter().any(|t| t.kind == kind));
        }
    }
}
