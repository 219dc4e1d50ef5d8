//! An authority's provision catalogue (its Local Offer: services, who
//! provides them, how often, in what group, at what cost) and its outcomes
//! library, by need area and phase. Both are data the authority edits;
//! Tandem ships Northbrook's as an example.

use serde::{Deserialize, Serialize};

use super::content::NeedArea;
use super::phase::Phase;

/// Which section of the plan an entry belongs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanSection {
    F,
    G,
    H2,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueEntry {
    pub id: String,
    pub section: PlanSection,
    /// The need areas it serves (empty for health and social care).
    #[serde(default)]
    pub areas: Vec<NeedArea>,
    /// The engine's provision codes (SP1-SP13) it answers.
    #[serde(default)]
    pub codes: Vec<String>,
    pub what: String,
    pub provider: String,
    pub who: String,
    pub expertise: String,
    pub frequency: String,
    pub duration: String,
    pub group_size: String,
    pub annual_cost_pence: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeTemplate {
    pub area: NeedArea,
    pub phase: Phase,
    /// With `{child}` for the child's first name.
    pub text: String,
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub adulthood: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    #[serde(rename = "provision")]
    pub entries: Vec<CatalogueEntry>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomesLibrary {
    #[serde(rename = "outcome")]
    pub outcomes: Vec<OutcomeTemplate>,
}

#[derive(Debug, thiserror::Error)]
#[error("{what} is not valid: {detail}")]
pub struct DataError {
    pub what: &'static str,
    pub detail: String,
}

impl Catalogue {
    pub fn from_toml(text: &str) -> Result<Catalogue, DataError> {
        toml::from_str(text).map_err(|e| DataError {
            what: "the provision catalogue",
            detail: e.to_string(),
        })
    }
}

impl OutcomesLibrary {
    pub fn from_toml(text: &str) -> Result<OutcomesLibrary, DataError> {
        toml::from_str(text).map_err(|e| DataError {
            what: "the outcomes library",
            detail: e.to_string(),
        })
    }

    /// The outcomes for `area` in `phase`.
    pub fn for_area(&self, area: NeedArea, phase: Phase) -> impl Iterator<Item = &OutcomeTemplate> {
        self.outcomes
            .iter()
            .filter(move |o| o.area == area && o.phase == phase)
    }
}
