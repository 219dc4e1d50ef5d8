//! A milestone on the statutory clock and how it stands.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::case::{AdviceId, AdviceKind, Exception, ExceptionReason};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "milestone")]
pub enum MilestoneKind {
    DecisionToAssess,
    Advice {
        advice_id: AdviceId,
        kind: AdviceKind,
    },
    DecisionToIssue,
    /// The family's time to comment on the draft plan.
    FamilyCommentsOnDraft,
    SchoolConsultation {
        school_id: i64,
    },
    FinalPlan,
    /// The annual review meeting; reviews are numbered from 1.
    AnnualReview {
        number: u32,
    },
    ReviewReport {
        number: u32,
    },
    ReviewDecision {
        number: u32,
    },
    /// The family's time to comment on proposed amendments.
    FamilyCommentsOnAmendments {
        number: u32,
    },
    AmendedPlan {
        number: u32,
    },
    PhaseTransfer {
        year: i16,
    },
}

/// Whose move it is. The family's windows are periods they are given, not
/// duties, so they close rather than go overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Responsible {
    Council,
    Adviser,
    School,
    Family,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    OnTrack,
    DueWithinWeek,
    Overdue,
    DoneLate,
    Done,
    /// A school's consultation that never got a reply and was overtaken by
    /// the final plan: the council may name a setting once the school's 15
    /// days are up, so the missing reply no longer holds anything up.
    Lapsed,
}

impl Status {
    /// How a milestone due on `due` stands on `today`.
    pub fn at(due: Date, done: Option<Date>, today: Date) -> Status {
        match done {
            Some(done) if done > due => Status::DoneLate,
            Some(_) => Status::Done,
            None if today > due => Status::Overdue,
            None if super::timescale::days_after(today, 7) >= due => Status::DueWithinWeek,
            None => Status::OnTrack,
        }
    }

    pub fn is_done(self) -> bool {
        matches!(self, Status::Done | Status::DoneLate | Status::Lapsed)
    }

    /// The words staff see beside a milestone.
    pub fn label(self) -> &'static str {
        match self {
            Status::OnTrack => "On track",
            Status::DueWithinWeek => "Due within a week",
            Status::Overdue => "Overdue",
            Status::DoneLate => "Done late",
            Status::Done => "Done",
            Status::Lapsed => "Not needed",
        }
    }
}

/// Red, amber or green, for dashboards and work queues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rag {
    Green,
    Amber,
    Red,
}

/// A lawful exception shown on the milestone it explains.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExceptionNote {
    pub reason: ExceptionReason,
    pub note: String,
    pub recorded_on: Date,
}

impl From<&Exception> for ExceptionNote {
    fn from(e: &Exception) -> ExceptionNote {
        ExceptionNote {
            reason: e.reason,
            note: e.note.clone(),
            recorded_on: e.recorded_on,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub kind: MilestoneKind,
    pub responsible: Responsible,
    /// The adviser or school the milestone waits on, for display.
    pub subject: Option<String>,
    pub due: Date,
    pub done: Option<Date>,
    pub status: Status,
    pub exception: Option<ExceptionNote>,
}

impl Milestone {
    pub fn is_open(&self) -> bool {
        !self.status.is_done()
    }

    /// A missed date is red, unless a lawful exception explains it: then it
    /// is amber, still visible, never green.
    pub fn rag(&self) -> Rag {
        match self.status {
            Status::Done | Status::OnTrack | Status::Lapsed => Rag::Green,
            Status::DueWithinWeek => Rag::Amber,
            Status::Overdue | Status::DoneLate if self.exception.is_some() => Rag::Amber,
            Status::Overdue | Status::DoneLate => Rag::Red,
        }
    }
}
