//! When a plan may be changed. The final plan is locked: once it is in
//! force, changes go through an annual review that decides to amend it
//! (Code of Practice 9.193-9.196), until the amended plan is issued.

use crate::case::{CaseState, ReviewOutcome, Stage};

/// Why the plan cannot be changed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Locked {
    #[error("the final plan has been issued; change it through an annual review that decides to amend it")]
    FinalIssued,
    #[error("the case is closed")]
    Closed,
    #[error("the request has not been recorded yet")]
    NotStarted,
}

pub fn open_for_changes(state: &CaseState) -> Result<(), Locked> {
    match state.stage {
        Stage::NotStarted => Err(Locked::NotStarted),
        Stage::Closed => Err(Locked::Closed),
        Stage::Requested | Stage::Assessing | Stage::Drafting | Stage::DraftIssued => Ok(()),
        Stage::PlanInForce => {
            let amending = state.current_review().is_some_and(|r| {
                r.decision.as_ref().map(|d| d.outcome) == Some(ReviewOutcome::Amend)
                    && r.amended_plan_on.is_none()
            });
            if amending {
                Ok(())
            } else {
                Err(Locked::FinalIssued)
            }
        }
    }
}
