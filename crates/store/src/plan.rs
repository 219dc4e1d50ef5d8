//! The EHC plan's tables: versions, comments with answers, issues with
//! their check and funding, the panel's bands, and each authority's own
//! drafting data. The plan's content is JSON the web layer owns.

use jiff::Timestamp;
use tandem_domain::ids::PersonId;

/// A version of a plan without its content, for the list of versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanVersionSummary {
    pub version: i64,
    pub note: String,
    /// How many faults the quality check found when it was saved.
    pub faults: i64,
    pub saved_by: Option<String>,
    pub saved_at: Timestamp,
}

/// One saved version of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanVersion {
    pub summary: PlanVersionSummary,
    pub content: String,
}

/// A version to save after `after` (0 for the first).
#[derive(Debug, Clone)]
pub struct NewPlanVersion {
    pub after: i64,
    pub content: String,
    pub note: String,
    pub faults: i64,
    pub by: Option<PersonId>,
    pub at: Timestamp,
}

/// A comment on one section of an issued draft.
#[derive(Debug, Clone)]
pub struct NewPlanComment {
    pub version: i64,
    /// "A" to "K", or "plan" for the plan as a whole.
    pub section: String,
    /// "comment", "change", "school" or "meeting": the web layer's words.
    pub kind: String,
    pub body: String,
    pub author: PersonId,
    pub at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanComment {
    pub id: i64,
    pub version: i64,
    pub section: String,
    pub kind: String,
    pub body: String,
    pub author: PersonId,
    pub author_name: String,
    pub at: Timestamp,
    pub answer: Option<PlanAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanAnswer {
    pub text: String,
    pub by: String,
    pub at: Timestamp,
}

/// A version going out as a draft or final.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanIssue {
    pub version: i64,
    /// "draft", "final" or "amended_final".
    pub stage: String,
    pub faults: i64,
    /// Why it went out although the check found faults.
    pub override_reason: Option<String>,
    pub school_invited: bool,
    pub band: Option<String>,
    /// The band's indicative amount a year: the "idealised" cost.
    pub idealised_pence: Option<i64>,
    /// The cost a year of the provision as planned.
    pub planned_pence: i64,
    pub by: Option<PersonId>,
    pub at: Timestamp,
}

/// A plan issue with the case it belongs to, for the authority's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedPlan {
    pub reference: String,
    pub issue: PlanIssue,
}

/// The panel setting a band other than the one the points give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandDecision {
    pub band: String,
    pub reason: String,
    pub by: Option<String>,
    pub at: Timestamp,
}

/// An authority's own drafting data, each kept as the TOML it edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanDataKind {
    Catalogue,
    Outcomes,
    FundingBands,
}

impl PlanDataKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanDataKind::Catalogue => "catalogue",
            PlanDataKind::Outcomes => "outcomes",
            PlanDataKind::FundingBands => "funding_bands",
        }
    }
}
