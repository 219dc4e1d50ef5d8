//! How a case ends: a plan ceased, a request withdrawn, a move away.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Why a plan ceased, as the DfE SEN2 return counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CeaseReason {
    MaximumAge,
    NeedsMetWithoutPlan,
    MovedToHigherEducation,
    MovedToPaidEmployment,
    TransferredToAnotherAuthority,
    NoLongerWishesToEngage,
    MovedOutsideEngland,
    Deceased,
    Other,
}

impl CeaseReason {
    /// The reason's code in the SEN2 return.
    pub fn sen2_code(self) -> u8 {
        match self {
            CeaseReason::MaximumAge => 1,
            CeaseReason::NeedsMetWithoutPlan => 2,
            CeaseReason::MovedToHigherEducation => 3,
            CeaseReason::MovedToPaidEmployment => 4,
            CeaseReason::TransferredToAnotherAuthority => 5,
            CeaseReason::NoLongerWishesToEngage => 6,
            CeaseReason::MovedOutsideEngland => 7,
            CeaseReason::Deceased => 8,
            CeaseReason::Other => 9,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            CeaseReason::MaximumAge => "reached the maximum age",
            CeaseReason::NeedsMetWithoutPlan => "needs are being met without a plan",
            CeaseReason::MovedToHigherEducation => "moved on to higher education",
            CeaseReason::MovedToPaidEmployment => "moved on to paid employment",
            CeaseReason::TransferredToAnotherAuthority => "moved to another council",
            CeaseReason::NoLongerWishesToEngage => {
                "no longer wishes to take part in education or training"
            }
            CeaseReason::MovedOutsideEngland => "moved outside England",
            CeaseReason::Deceased => "died",
            CeaseReason::Other => "another reason",
        }
    }
}

/// Why a case is closed. A closed case takes no more journey steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Closure {
    NotAssessed {
        on: Date,
    },
    NoPlan {
        on: Date,
    },
    Withdrawn {
        on: Date,
        reason: String,
    },
    Ceased {
        on: Date,
        reason: CeaseReason,
        note: String,
    },
    TransferredOut {
        on: Date,
        to_authority: String,
    },
}

impl Closure {
    pub fn on(&self) -> Date {
        match self {
            Closure::NotAssessed { on }
            | Closure::NoPlan { on }
            | Closure::Withdrawn { on, .. }
            | Closure::Ceased { on, .. }
            | Closure::TransferredOut { on, .. } => *on,
        }
    }
}
