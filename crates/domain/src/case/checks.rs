//! The checks on a command's details once its stage allows it: required
//! text, dates in order, and the waiting periods the law gives people.

use jiff::civil::Date;

use super::closure::Closure;
use super::command::Command;
use super::dates::{not_before, not_future, required};
use super::dispute::Disputed;
use super::exception::ExceptionScope;
use super::plan::Placement;
use super::refusal::Refusal;
use super::review::ReviewOutcome;
use super::state::CaseState;
use crate::clock::timescale::{self, days_after, months_after};

pub(crate) fn check_details(state: &CaseState, command: &Command) -> Result<(), Refusal> {
    let review = state.current_review();
    match command {
        Command::RecordRequest { .. } | Command::AllocateCoordinator { .. } => Ok(()),
        Command::RecordTransferIn {
            on,
            from_authority,
            plan_dated,
            placement,
        } => {
            required("the council the plan came from", from_authority)?;
            check_placement(placement)?;
            not_future("of the plan", *plan_dated, *on)
        }
        Command::DecideWhetherToAssess { reasons, .. } | Command::DecideReview { reasons, .. }
            if reasons.trim().is_empty() =>
        {
            required("the reasons for the decision", reasons)
        }
        Command::DecideWhetherToAssess { .. } => Ok(()),
        Command::RequestAdvice { on, adviser, .. } => {
            required("who the advice is from", adviser)?;
            let decided = state.assess_decision.as_ref().map(|d| d.on);
            not_before(
                "of the advice request",
                *on,
                "the decision to assess",
                decided,
            )
        }
        Command::ReceiveAdvice { on, advice_id } => {
            let advice = state
                .advice_by_id(*advice_id)
                .ok_or(Refusal::UnknownAdvice(*advice_id))?;
            if let Some(received) = advice.received_on {
                return Err(Refusal::AdviceAlreadyReceived { on: received });
            }
            not_before(
                "the advice arrived",
                *on,
                "it was requested",
                advice.requested_on,
            )
        }
        Command::ReuseAdvice {
            on,
            adviser,
            given_on,
            everyone_agrees,
            ..
        } => {
            if !everyone_agrees {
                return Err(Refusal::ReuseNotAgreed);
            }
            required("who gave the existing advice", adviser)?;
            not_future("of the existing advice", *given_on, *on)?;
            if months_after(*given_on, 12) <= *on {
                return Err(Refusal::AdviceTooOld {
                    given_on: *given_on,
                });
            }
            Ok(())
        }
        Command::RecordException {
            applies_to, note, ..
        } => {
            required("why the exception applies", note)?;
            match applies_to {
                ExceptionScope::Advice { advice_id } => match state.advice_by_id(*advice_id) {
                    Some(a) if a.requested_on.is_some() => Ok(()),
                    _ => Err(Refusal::ExceptionTargetUnknown),
                },
                _ => Ok(()),
            }
        }
        Command::DecideWhetherToIssue { on, reasons, .. } => {
            required("the reasons for the decision", reasons)?;
            let last_advice = state.advice.iter().filter_map(|a| a.received_on).max();
            not_before(
                "of the decision",
                *on,
                "the last advice arrived",
                last_advice,
            )
        }
        Command::IssueDraft { on } => {
            let decided = state.issue_decision.as_ref().map(|d| d.on);
            not_before("of the draft", *on, "the decision to issue a plan", decided)
        }
        Command::RecordComments { on, summary } => {
            required("a summary of the comments", summary)?;
            after_draft(state, *on)
        }
        Command::RecordPreference {
            on, school_name, ..
        } => {
            required("the name of the preferred school", school_name)?;
            after_draft(state, *on)
        }
        Command::RecordMeetingRequest { on } => after_draft(state, *on),
        Command::ConsultSchool {
            on,
            school_id,
            school_name,
        } => {
            required("the name of the school", school_name)?;
            if let Some(c) = state.consultation(*school_id) {
                return Err(Refusal::AlreadyConsulted {
                    school_name: c.school_name.clone(),
                });
            }
            after_draft(state, *on)
        }
        Command::RecordSchoolResponse { on, school_id, .. } => {
            let c = state
                .consultation(*school_id)
                .ok_or(Refusal::NotConsulted)?;
            if c.response.is_some() {
                return Err(Refusal::AlreadyResponded {
                    school_name: c.school_name.clone(),
                });
            }
            not_before(
                "of the response",
                *on,
                "the school was consulted",
                Some(c.consulted_on),
            )
        }
        Command::IssueFinal { on, placement } => {
            check_placement(placement)?;
            check_final_timing(state, *on, placement)
        }
        Command::NotePhaseTransfer { on, year, .. } => {
            let start = state.started_on().map_or(on.year(), |d| d.year());
            if *year < start || *year > start.saturating_add(25) {
                return Err(Refusal::ImplausibleTransferYear { year: *year });
            }
            Ok(())
        }
        Command::HoldReview { on } => not_before(
            "of the review meeting",
            *on,
            "the last plan or review",
            state.last_plan_or_review(),
        ),
        Command::ReceiveReviewReport { on } => not_before(
            "of the report",
            *on,
            "the review meeting",
            review.map(|r| r.meeting_on),
        ),
        Command::DecideReview { on, .. } => not_before(
            "of the decision",
            *on,
            "the review report",
            review.and_then(|r| r.report_on),
        ),
        Command::ProposeAmendments { on, summary } => {
            required("a summary of the proposed amendments", summary)?;
            let decided = review.and_then(|r| r.decision.as_ref()).map(|d| d.on);
            not_before(
                "of the amendment notice",
                *on,
                "the review decision",
                decided,
            )
        }
        Command::IssueAmendedFinal { on, placement } => {
            check_placement(placement)?;
            match review.and_then(|r| r.amendments_proposed_on) {
                Some(proposed) if *on < days_after(proposed, timescale::FAMILY_DAYS) => {
                    let until = days_after(proposed, timescale::FAMILY_DAYS);
                    Err(Refusal::FamilyStillHasTimeOnAmendments { until })
                }
                _ => Ok(()),
            }
        }
        Command::CeasePlan { on, .. } => not_before(
            "the plan stopped",
            *on,
            "the last plan or review",
            state.last_plan_or_review(),
        ),
        Command::WithdrawRequest { reason, .. } => {
            required("why the request was withdrawn", reason)
        }
        Command::TransferOut { to_authority, .. } => {
            required("the council the case moves to", to_authority)
        }
        Command::RecordMediation { on, about, .. } | Command::RecordAppeal { on, about, .. } => {
            let decided = disputed_decision(state, *about)?;
            not_before(
                "of the mediation or appeal",
                *on,
                "the decision",
                Some(decided),
            )
        }
    }
}

fn after_draft(state: &CaseState, on: Date) -> Result<(), Refusal> {
    not_before(
        "it happened",
        on,
        "the draft was issued",
        state.draft_issued_on,
    )
}

fn check_placement(placement: &Placement) -> Result<(), Refusal> {
    required("the school or setting the plan names", &placement.name)
}

/// The family has at least 15 days on the draft, and a school being named
/// has 15 days to answer its consultation unless it already has.
fn check_final_timing(state: &CaseState, on: Date, placement: &Placement) -> Result<(), Refusal> {
    if let Some(draft) = state.draft_issued_on {
        let until = days_after(draft, timescale::FAMILY_DAYS);
        if on < until {
            return Err(Refusal::FamilyStillHasTime { until });
        }
    }
    let named = placement.school_id.and_then(|id| state.consultation(id));
    if let Some(c) = named {
        let until = days_after(c.consulted_on, timescale::SCHOOL_DAYS);
        if c.response.is_none() && on < until {
            return Err(Refusal::SchoolStillHasTime {
                school_name: c.school_name.clone(),
                until,
            });
        }
    }
    Ok(())
}

/// The date of the decision being disputed, or a refusal if there is none.
fn disputed_decision(state: &CaseState, about: Disputed) -> Result<Date, Refusal> {
    let last_review_decision = state.reviews.iter().rev().find_map(|r| r.decision.as_ref());
    let found = match about {
        Disputed::NotToAssess => state
            .assess_decision
            .as_ref()
            .filter(|d| !d.yes)
            .map(|d| d.on),
        Disputed::NotToIssue => state
            .issue_decision
            .as_ref()
            .filter(|d| !d.yes)
            .map(|d| d.on),
        Disputed::PlanContents => state.plan.as_ref().map(|p| p.issued_on),
        Disputed::ReviewDecision => last_review_decision.map(|d| d.on),
        Disputed::Cease => match &state.closure {
            Some(Closure::Ceased { on, .. }) => Some(*on),
            _ => last_review_decision
                .filter(|d| d.outcome == ReviewOutcome::Cease)
                .map(|d| d.on),
        },
    };
    found.ok_or(Refusal::NothingToDispute(about))
}
