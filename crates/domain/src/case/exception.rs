//! Lawful exceptions to the timescales (Regulations 8(2), 10(4) and 13(3)).
//!
//! An exception explains a delay; it never moves a due date. The clock shows
//! it next to the milestone it explains.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::advice::AdviceId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExceptionReason {
    /// The school or setting was closed for 4 weeks or more when advice was requested.
    SettingClosed,
    /// The child, parent or young person was away for 4 weeks or more.
    FamilyAway,
    /// Exceptional personal circumstances affected the child, parent or young person.
    ExceptionalCircumstances,
    /// The family missed an appointment for assessment.
    MissedAppointment,
}

impl ExceptionReason {
    pub fn describe(self) -> &'static str {
        match self {
            ExceptionReason::SettingClosed => {
                "the school or setting was closed for 4 weeks or more"
            }
            ExceptionReason::FamilyAway => "the family was away for 4 weeks or more",
            ExceptionReason::ExceptionalCircumstances => "exceptional personal circumstances",
            ExceptionReason::MissedAppointment => "an appointment for the assessment was missed",
        }
    }
}

/// Which timescale an exception explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "milestone")]
pub enum ExceptionScope {
    DecisionToAssess,
    Advice { advice_id: AdviceId },
    DecisionToIssue,
    FinalPlan,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exception {
    pub recorded_on: Date,
    pub applies_to: ExceptionScope,
    pub reason: ExceptionReason,
    /// The coordinator's explanation, shown to the family.
    pub note: String,
}
