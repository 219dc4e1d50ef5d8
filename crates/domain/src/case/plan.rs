//! The issued plan as the journey sees it: when, and which placement it names.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedPlan {
    pub issued_on: Date,
    pub placement: Placement,
}

/// Section I of the plan: the school, college or other setting named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    pub school_id: Option<i64>,
    /// The name as printed in section I, also for settings Tandem has no record of.
    pub name: String,
}
