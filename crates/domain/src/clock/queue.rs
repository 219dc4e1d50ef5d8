//! What a work queue needs from the clock: when a case next falls due and
//! how worried to be about it.

use jiff::civil::Date;

use super::milestone::{Milestone, Rag, Responsible};

/// The earliest due date among milestones not yet done; cases sort by it.
pub fn next_due(milestones: &[Milestone]) -> Option<Date> {
    milestones
        .iter()
        .filter(|m| m.is_open())
        .map(|m| m.due)
        .min()
}

/// The case's rating: the worst of its open milestones. Milestones already
/// done, even late, are history and do not colour today's work; the
/// family's own windows are theirs to use, not work running late.
pub fn rag(milestones: &[Milestone]) -> Rag {
    milestones
        .iter()
        .filter(|m| m.is_open() && m.responsible != Responsible::Family)
        .map(Milestone::rag)
        .max()
        .unwrap_or(Rag::Green)
}
