//! Annual reviews of a plan in force (Regulations 18 to 22).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// What the authority decides after a review meeting (Regulation 20(10)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReviewOutcome {
    Maintain,
    Amend,
    Cease,
}

impl ReviewOutcome {
    pub fn describe(self) -> &'static str {
        match self {
            ReviewOutcome::Maintain => "keep the plan as it is",
            ReviewOutcome::Amend => "amend the plan",
            ReviewOutcome::Cease => "stop the plan",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewDecision {
    pub on: Date,
    pub outcome: ReviewOutcome,
    pub reasons: String,
}

/// One review, from its meeting to its outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub meeting_on: Date,
    pub report_on: Option<Date>,
    pub decision: Option<ReviewDecision>,
    /// The amendment notice with the proposed changes went to the family.
    pub amendments_proposed_on: Option<Date>,
    pub amended_plan_on: Option<Date>,
}

impl Review {
    pub fn new(meeting_on: Date) -> Review {
        Review {
            meeting_on,
            report_on: None,
            decision: None,
            amendments_proposed_on: None,
            amended_plan_on: None,
        }
    }

    /// A review is finished once its decision has been carried through: an
    /// amendment only ends with the amended plan.
    pub fn is_finished(&self) -> bool {
        match &self.decision {
            None => false,
            Some(d) => match d.outcome {
                ReviewOutcome::Amend => self.amended_plan_on.is_some(),
                ReviewOutcome::Maintain | ReviewOutcome::Cease => true,
            },
        }
    }

    pub fn outcome(&self) -> Option<ReviewOutcome> {
        self.decision.as_ref().map(|d| d.outcome)
    }
}

/// A review in a year when the child moves between phases of education,
/// which must be finished early (Regulation 18(1)): by 15 February, or
/// 31 March for a move from secondary school into post-16 education.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseTransfer {
    pub noted_on: Date,
    /// The calendar year in which the deadline falls.
    pub year: i16,
    pub into_post16: bool,
}

impl PhaseTransfer {
    /// The deadline, or `None` for a year outside the civil calendar.
    pub fn deadline(&self) -> Option<Date> {
        if self.into_post16 {
            Date::new(self.year, 3, 31).ok()
        } else {
            Date::new(self.year, 2, 15).ok()
        }
    }
}
