//! The family's representations on a draft and the consultation of schools.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The school or college the family asked to be named (Section 38(2)(b)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreferredSchool {
    pub on: Date,
    pub school_id: i64,
    pub school_name: String,
}

/// A comment on the draft, kept as a short summary; the full text is a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub on: Date,
    pub summary: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsultationResponse {
    CanMeetNeeds,
    CannotMeetNeeds,
}

/// A school or college consulted on being named in the plan (Section 39).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consultation {
    pub school_id: i64,
    pub school_name: String,
    pub consulted_on: Date,
    pub response: Option<SchoolResponse>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolResponse {
    pub on: Date,
    pub response: ConsultationResponse,
    pub reasons: String,
}
