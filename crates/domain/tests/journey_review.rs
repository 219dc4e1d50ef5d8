//! Plans in force: annual reviews, amendments, ceasing, transfers and disputes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod journey_support;

use jiff::civil::date;
use journey_support::*;
use tandem_domain::case::{
    allowed_commands, CaseState, CeaseReason, Closure, Command, CommandKind, Disputed, Refusal,
    ReviewOutcome, Stage,
};

fn reviewed(outcome: ReviewOutcome) -> Case {
    let mut case = planned();
    case.run(Command::HoldReview {
        on: date(2027, 5, 10),
    });
    case.run(Command::ReceiveReviewReport {
        on: date(2027, 5, 20),
    });
    case.run(Command::DecideReview {
        on: date(2027, 6, 1),
        outcome,
        reasons: "Progress reviewed".into(),
    });
    case
}

#[test]
fn a_review_runs_meeting_then_report_then_decision() {
    let case = reviewed(ReviewOutcome::Maintain);
    let state = case.state();
    let review = state.current_review().unwrap();
    assert!(review.is_finished());
    assert_eq!(review.report_on, Some(date(2027, 5, 20)));
    assert!(allowed_commands(&state).contains(&CommandKind::HoldReview));
}

#[test]
fn a_review_decision_needs_the_report_first() {
    let mut case = planned();
    case.run(Command::HoldReview {
        on: date(2027, 5, 10),
    });
    let refusal = case
        .try_run(Command::DecideReview {
            on: date(2027, 5, 11),
            outcome: ReviewOutcome::Maintain,
            reasons: "x".into(),
        })
        .unwrap_err();
    assert_eq!(refusal, Refusal::ReportNotReceived);
    let second = case
        .try_run(Command::HoldReview {
            on: date(2027, 5, 12),
        })
        .unwrap_err();
    assert_eq!(second, Refusal::ReviewInProgress);
}

#[test]
fn a_review_cannot_predate_the_plan() {
    let mut case = planned();
    let refusal = case
        .try_run(Command::HoldReview {
            on: date(2026, 5, 17),
        })
        .unwrap_err();
    assert!(matches!(refusal, Refusal::TooEarly { .. }));
}

#[test]
fn a_second_review_decision_is_refused() {
    let mut case = reviewed(ReviewOutcome::Maintain);
    let refusal = case
        .try_run(Command::DecideReview {
            on: date(2027, 6, 2),
            outcome: ReviewOutcome::Amend,
            reasons: "x".into(),
        })
        .unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "The decision after the annual review was already recorded on 1 June 2027."
    );
}

#[test]
fn amending_runs_proposal_then_15_days_then_amended_plan() {
    let mut case = reviewed(ReviewOutcome::Amend);
    case.today = date(2027, 9, 1);
    let early = case.try_run(Command::IssueAmendedFinal {
        on: date(2027, 6, 3),
        placement: placement("Elm", None),
    });
    assert_eq!(early.unwrap_err(), Refusal::AmendmentsNotProposed);
    case.run(Command::ProposeAmendments {
        on: date(2027, 6, 8),
        summary: "More speech therapy".into(),
    });
    let within = case.try_run(Command::IssueAmendedFinal {
        on: date(2027, 6, 22),
        placement: placement("Elm", None),
    });
    assert_eq!(
        within.unwrap_err().to_string(),
        "The family has until 23 June 2027 to comment on the proposed amendments. The amended plan can be issued after that."
    );
    case.run(Command::IssueAmendedFinal {
        on: date(2027, 6, 23),
        placement: placement("Elm Academy", Some(9)),
    });
    let state = case.state();
    assert!(state.current_review().unwrap().is_finished());
    assert_eq!(state.placement.unwrap().name, "Elm Academy");
    assert_eq!(state.plan.unwrap().placement.name, "Oak Primary");
}

#[test]
fn amendments_are_only_for_a_review_that_decided_to_amend() {
    let mut case = reviewed(ReviewOutcome::Maintain);
    let refusal = case.try_run(Command::ProposeAmendments {
        on: date(2027, 6, 2),
        summary: "x".into(),
    });
    assert_eq!(refusal.unwrap_err(), Refusal::NotAmending);
}

#[test]
fn deciding_to_cease_leads_to_ceasing_with_an_sen2_reason() {
    let mut case = reviewed(ReviewOutcome::Cease);
    let again = case.try_run(Command::HoldReview {
        on: date(2027, 6, 2),
    });
    assert_eq!(again.unwrap_err(), Refusal::CeaseDecided);
    case.run(Command::CeasePlan {
        on: date(2027, 6, 1),
        reason: CeaseReason::NeedsMetWithoutPlan,
        note: String::new(),
    });
    let state = case.state();
    assert_eq!(state.stage, Stage::Closed);
    assert!(matches!(
        state.closure,
        Some(Closure::Ceased {
            reason: CeaseReason::NeedsMetWithoutPlan,
            ..
        })
    ));
    assert_eq!(CeaseReason::NeedsMetWithoutPlan.sen2_code(), 2);
    case.run(Command::RecordAppeal {
        on: date(2027, 6, 1),
        about: Disputed::Cease,
        note: "Appeal lodged".into(),
    });
}

#[test]
fn a_dispute_needs_a_decision_of_that_kind() {
    let mut case = planned();
    let refusal = case.try_run(Command::RecordMediation {
        on: date(2026, 6, 1),
        about: Disputed::NotToIssue,
        note: String::new(),
    });
    assert_eq!(
        refusal.unwrap_err(),
        Refusal::NothingToDispute(Disputed::NotToIssue)
    );
    case.run(Command::RecordMediation {
        on: date(2026, 6, 1),
        about: Disputed::PlanContents,
        note: "Section F".into(),
    });
}

#[test]
fn a_phase_transfer_is_noted_for_a_plausible_year() {
    let mut case = planned();
    case.run(Command::NotePhaseTransfer {
        on: date(2026, 9, 1),
        year: 2027,
        into_post16: false,
    });
    assert_eq!(
        case.state().phase_transfer.unwrap().deadline(),
        Some(date(2027, 2, 15))
    );
    let refusal = case.try_run(Command::NotePhaseTransfer {
        on: date(2026, 9, 1),
        year: 1990,
        into_post16: true,
    });
    assert_eq!(
        refusal.unwrap_err(),
        Refusal::ImplausibleTransferYear { year: 1990 }
    );
}

#[test]
fn a_plan_can_transfer_in_and_out() {
    let mut case = Case::new(date(2026, 9, 1));
    case.run(Command::RecordTransferIn {
        on: date(2026, 8, 1),
        from_authority: "Northshire".into(),
        plan_dated: date(2025, 11, 3),
        placement: placement("Ash School", None),
    });
    let state = case.state();
    assert_eq!(state.stage, Stage::PlanInForce);
    assert_eq!(state.last_plan_or_review(), Some(date(2025, 11, 3)));
    case.run(Command::TransferOut {
        on: date(2026, 8, 20),
        to_authority: "Southshire".into(),
    });
    assert!(matches!(
        case.state().closure,
        Some(Closure::TransferredOut { .. })
    ));
    let refusal = case.try_run(Command::HoldReview {
        on: date(2026, 8, 25),
    });
    assert_eq!(
        refusal.unwrap_err(),
        Refusal::Closed {
            action: CommandKind::HoldReview
        }
    );
}

#[test]
fn closed_cases_allow_nothing_but_disputes() {
    let mut case = planned();
    case.run(Command::CeasePlan {
        on: date(2026, 9, 1),
        reason: CeaseReason::MovedOutsideEngland,
        note: String::new(),
    });
    let allowed = allowed_commands(&case.state());
    assert_eq!(
        allowed,
        vec![CommandKind::RecordMediation, CommandKind::RecordAppeal]
    );
    assert_eq!(allowed_commands(&CaseState::default()).len(), 2);
}
