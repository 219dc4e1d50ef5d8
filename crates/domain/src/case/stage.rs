//! Where a case is on its journey.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stage {
    /// No request recorded yet.
    #[default]
    NotStarted,
    /// Request received; deciding whether to assess.
    Requested,
    /// Gathering advice.
    Assessing,
    /// Decided to issue a plan; the draft is being written.
    Drafting,
    /// Draft with the family; schools being consulted.
    DraftIssued,
    /// A final plan is in force and reviewed every year.
    PlanInForce,
    /// Closed: see `CaseState::closure` for why.
    Closed,
}

impl Stage {
    /// Completes "while the case is …" in messages.
    pub fn describe(self) -> &'static str {
        match self {
            Stage::NotStarted => "no request has been recorded yet",
            Stage::Requested => "we are deciding whether to assess",
            Stage::Assessing => "the assessment is gathering advice",
            Stage::Drafting => "the draft plan is being written",
            Stage::DraftIssued => "the draft plan is with the family",
            Stage::PlanInForce => "the plan is in force",
            Stage::Closed => "the case is closed",
        }
    }

    pub fn is_open(self) -> bool {
        !matches!(self, Stage::NotStarted | Stage::Closed)
    }
}
