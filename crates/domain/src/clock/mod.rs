//! The statutory clock: every milestone of a case with its due date, done
//! date and status, computed from the case's events and a calendar day.
//!
//! Week and day counts are calendar weeks and days on London civil dates.
//! Lawful exceptions are shown beside a milestone; they never move its date.

#[cfg(test)]
mod consultation_tests;
mod label;
mod london;
mod milestone;
mod queue;
mod schedule;
pub mod timescale;
mod wording;

pub use label::staff_label;
pub use london::{london, london_date};
pub use milestone::{ExceptionNote, Milestone, MilestoneKind, Rag, Responsible, Status};
pub use queue::{next_due, rag};
pub use schedule::{issued_within_20_weeks, milestones, milestones_from_events};
pub use wording::{family_sentence, long_date};
