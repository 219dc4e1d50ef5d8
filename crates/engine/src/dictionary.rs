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

pub(crate) const DICTIONARY_TOML: &str = include_str!("../data/dictionary.toml");

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

    /// A form written the same way (after tokenising and folding case) in
    /// two terms would silently go to whichever comes first.
    #[test]
    fn no_form_or_abbreviation_belongs_to_two_terms() {
        use std::collections::HashMap;

        use crate::matcher::tokenize;

        let dictionary = Dictionary::parse(DICTIONARY_TOML).unwrap();
        let key = |form: &str| -> String {
            tokenize(form)
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut folded: HashMap<String, &str> = HashMap::new();
        let mut exact: HashMap<String, &str> = HashMap::new();
        for term in &dictionary.terms {
            for form in std::iter::once(&term.name).chain(term.forms.iter()) {
                let k = key(&form.to_lowercase());
                if let Some(other) = folded.insert(k.clone(), &term.name) {
                    assert_eq!(
                        other, term.name,
                        "{k:?} is in {other:?} and {:?}",
                        term.name
                    );
                }
            }
            for abbreviation in &term.abbreviations {
                assert!(
                    abbreviation.chars().any(|c| c.is_uppercase()),
                    "{abbreviation:?} would match ordinary words"
                );
                let k = key(abbreviation);
                if let Some(other) = exact.insert(k.clone(), &term.name) {
                    assert_eq!(
                        other, term.name,
                        "{k:?} is in {other:?} and {:?}",
                        term.name
                    );
                }
            }
        }
    }

    fn terms_in(
        matcher: &crate::matcher::Matcher,
        dictionary: &Dictionary,
        sentence: &str,
    ) -> Vec<String> {
        let tokens = crate::matcher::tokenize(sentence);
        matcher
            .find(sentence, &tokens)
            .iter()
            .map(|hit| dictionary.terms[hit.term].name.clone())
            .collect()
    }

    #[test]
    fn reference_terms_match_with_their_spellings_and_variants() {
        let dictionary = Dictionary::parse(DICTIONARY_TOML).unwrap();
        let matcher = crate::matcher::Matcher::new(&dictionary);
        for (sentence, term) in [
            (
                "She has 22q11.2 deletion syndrome.",
                "22q11.2 deletion syndrome",
            ),
            (
                "He was diagnosed with ME/CFS last year.",
                "chronic fatigue syndrome",
            ),
            ("He has Tourette's syndrome.", "Tourette syndrome"),
            ("The ACE 6\u{2013}11 was given.", "ACE 6-11"),
            (
                "He attends 1stClass@Number twice a week.",
                "1stClass@Number",
            ),
            (
                "A bilateral severe to profound sensorineural hearing loss.",
                "profound hearing loss",
            ),
            (
                "She has a moderate sensorineural hearing loss.",
                "moderate hearing loss",
            ),
            (
                "A BSL interpreter supports him in lessons.",
                "sign language interpreter",
            ),
            (
                "Social, emotional and mental health needs",
                "social, emotional and mental health",
            ),
            (
                "Advice from the Educational Psychology Service.",
                "educational psychologist",
            ),
            ("She has hemiplegic migraines.", "headaches"),
            ("He had a mild traumatic brain injury in May.", "concussion"),
            (
                "She has a diagnosis of FASD.",
                "foetal alcohol spectrum disorder",
            ),
            (
                "He meets the criteria for a PDA profile.",
                "pathological demand avoidance",
            ),
            (
                "Cornelia de Lange syndrome was confirmed.",
                "Cornelia de Lange syndrome",
            ),
            ("She uses a Perkins brailler.", "Perkins brailler"),
            ("The orthoptist reviewed her squint.", "orthoptist"),
            (
                "He is on a child protection plan under the category of neglect.",
                "child protection",
            ),
            ("Her dysarthria affects intelligibility.", "dysarthria"),
            ("He needs 2:1 support at all times.", "2:1 support"),
        ] {
            let found = terms_in(&matcher, &dictionary, sentence);
            assert!(
                found.iter().any(|t| t == term),
                "{sentence:?} gave {found:?}"
            );
        }
    }

    #[test]
    fn ordinary_english_does_not_fire_reference_terms() {
        let dictionary = Dictionary::parse(DICTIONARY_TOML).unwrap();
        let matcher = crate::matcher::Matcher::new(&dictionary);
        for sentence in [
            "Her aspirations are to work with animals.",
            "He makes good progress in maths and enjoys stories.",
            "She will thrive in a smaller class.",
            "The deputy head met the family.",
            "The school fostered her love of reading.",
            "He practised each pencil stroke carefully.",
            "We are making headway and she had a brainwave.",
            "The field has a sectioned off area.",
            "She copies short captions into her book.",
            "He showed great restraint when the game ended.",
            "He fled the room and stood by the front door.",
        ] {
            let found = terms_in(&matcher, &dictionary, sentence);
            assert!(found.is_empty(), "{sentence:?} gave {found:?}");
        }
    }
}
