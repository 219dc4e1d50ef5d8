//! What each section of the plan holds.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The four broad areas of need of the SEND Code of Practice (6.28).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NeedArea {
    CommunicationAndInteraction,
    CognitionAndLearning,
    SocialEmotionalMentalHealth,
    SensoryPhysical,
}

impl NeedArea {
    pub const ALL: [NeedArea; 4] = [
        NeedArea::CommunicationAndInteraction,
        NeedArea::CognitionAndLearning,
        NeedArea::SocialEmotionalMentalHealth,
        NeedArea::SensoryPhysical,
    ];

    pub fn label(self) -> &'static str {
        match self {
            NeedArea::CommunicationAndInteraction => "Communication and interaction",
            NeedArea::CognitionAndLearning => "Cognition and learning",
            NeedArea::SocialEmotionalMentalHealth => "Social, emotional and mental health",
            NeedArea::SensoryPhysical => "Sensory and/or physical",
        }
    }
}

/// Where a statement came from: a document of the case and the sentence in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub document: String,
    pub sentence: usize,
}

/// A sentence of sections A to D, with the evidence behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub text: String,
    pub source: Option<Source>,
}

/// Section B: one numbered special educational need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    pub number: u32,
    pub area: NeedArea,
    pub text: String,
    pub source: Option<Source>,
}

/// Section E: what the child should achieve, by when, with steps on the way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub number: u32,
    /// The needs in B it answers.
    pub needs: Vec<u32>,
    pub text: String,
    /// The end of the key stage or phase it is set to.
    pub by: Option<Date>,
    pub steps: Vec<String>,
    /// A preparing-for-adulthood outcome (from Year 9).
    pub adulthood: bool,
}

/// Who provides something, and how often, for how long, in what group:
/// what a tribunal needs to enforce it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delivery {
    pub who: String,
    pub expertise: String,
    pub frequency: String,
    pub duration: String,
    pub group_size: String,
}

/// Sections F, G and H: one item of provision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provision {
    pub number: u32,
    pub what: String,
    pub delivery: Delivery,
    /// The needs (B, C or D) it meets.
    pub needs: Vec<u32>,
    /// The outcomes (E) it works towards.
    pub outcomes: Vec<u32>,
    /// The cost a year in pence, from the provision catalogue.
    pub annual_cost_pence: Option<i64>,
    /// The catalogue entry it was drafted from, if any.
    pub catalogue_id: Option<String>,
}

/// Section K: one piece of advice or information the plan rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdviceGiven {
    pub author: String,
    pub role: String,
    pub dated: Date,
}

/// Section J.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalBudget {
    pub requested: bool,
    pub details: String,
}

/// Section I: the school or type of setting named.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedPlacement {
    pub school_id: Option<i64>,
    pub name: String,
    pub kind: String,
}

/// The whole plan. Needs in B are numbered 1, 2, …; health needs in C and
/// social care needs in D carry their own numbers in the same sequence, so
/// that provision can name any of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// A: views, interests and aspirations.
    pub views: Vec<Statement>,
    /// B.
    pub needs: Vec<Need>,
    /// C: health needs, numbered with the needs.
    pub health_needs: Vec<Need>,
    /// D: social care needs, numbered with the needs.
    pub social_care_needs: Vec<Need>,
    /// E.
    pub outcomes: Vec<Outcome>,
    /// F.
    pub provision: Vec<Provision>,
    /// G.
    pub health_provision: Vec<Provision>,
    /// H1: under section 2 of the Chronically Sick and Disabled Persons Act.
    pub social_care_provision_h1: Vec<Provision>,
    /// H2: any other social care provision.
    pub social_care_provision_h2: Vec<Provision>,
    /// I.
    pub placement: NamedPlacement,
    /// J.
    pub personal_budget: PersonalBudget,
    /// K.
    pub advice: Vec<AdviceGiven>,
    /// From Year 9 the plan must prepare for adulthood.
    pub from_year_9: bool,
}

impl Plan {
    /// The actual cost a year of the provision as planned, in pence.
    pub fn planned_cost_pence(&self) -> i64 {
        self.provision
            .iter()
            .chain(&self.health_provision)
            .chain(&self.social_care_provision_h1)
            .chain(&self.social_care_provision_h2)
            .filter_map(|p| p.annual_cost_pence)
            .sum()
    }
}
