//! Who asked for the assessment, and cases that arrive with a plan already.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Who made the request. Section 36(1) of the Children and Families Act 2014
/// lets a parent, a young person (16-25) or a school or college ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Requester {
    Parent,
    YoungPerson,
    School,
}

impl Requester {
    pub fn describe(self) -> &'static str {
        match self {
            Requester::Parent => "a parent or carer",
            Requester::YoungPerson => "the young person",
            Requester::School => "a school or college",
        }
    }
}

/// The request that starts the statutory clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    /// The day the request was received: every assessment week counts from here.
    pub received_on: Date,
    pub requester: Requester,
    /// The requesting or current school, when known.
    pub school_id: Option<i64>,
}

/// A plan maintained by another authority that moved here with the family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransferIn {
    pub on: Date,
    pub from_authority: String,
    /// When the plan was issued (or last reviewed) by the old authority;
    /// the next annual review is due 12 months from it.
    pub plan_dated: Date,
}
