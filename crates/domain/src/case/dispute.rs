//! Mediation and appeals to the SEND Tribunal, recorded against a decision.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The decisions a family can appeal (Section 51).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Disputed {
    NotToAssess,
    NotToIssue,
    PlanContents,
    ReviewDecision,
    Cease,
}

impl Disputed {
    pub fn describe(self) -> &'static str {
        match self {
            Disputed::NotToAssess => "the decision not to assess",
            Disputed::NotToIssue => "the decision not to issue a plan",
            Disputed::PlanContents => "the contents of the plan",
            Disputed::ReviewDecision => "the decision after the annual review",
            Disputed::Cease => "the decision to stop the plan",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DisputeKind {
    Mediation,
    Appeal,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dispute {
    pub on: Date,
    pub kind: DisputeKind,
    pub about: Disputed,
    pub note: String,
}
