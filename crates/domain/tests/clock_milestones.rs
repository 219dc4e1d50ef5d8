//! The statutory clock: due dates, statuses, exceptions and wording.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod journey_support;

use jiff::civil::{date, Date};
use journey_support::*;
use tandem_domain::case::{AdviceId, Command, ExceptionReason, ExceptionScope, ReviewOutcome};
use tandem_domain::clock::{
    family_sentence, milestones, milestones_from_events, next_due, rag, Milestone, MilestoneKind,
    Rag, Responsible, Status,
};

fn find(ms: &[Milestone], kind: MilestoneKind) -> &Milestone {
    ms.iter()
        .find(|m| m.kind == kind)
        .unwrap_or_else(|| panic!("no {kind:?} in {ms:#?}"))
}

fn at(case: &Case, today: Date) -> Vec<Milestone> {
    milestones(&case.state(), today)
}

#[test]
fn a_new_request_shows_the_assessment_milestones() {
    let ms = at(&requested(), date(2026, 1, 6));
    let kinds: Vec<_> = ms.iter().map(|m| m.kind).collect();
    assert_eq!(
        kinds,
        vec![
            MilestoneKind::DecisionToAssess,
            MilestoneKind::DecisionToIssue,
            MilestoneKind::FinalPlan
        ]
    );
    assert_eq!(
        find(&ms, MilestoneKind::DecisionToAssess).due,
        date(2026, 2, 16)
    );
    assert_eq!(
        find(&ms, MilestoneKind::DecisionToIssue).due,
        date(2026, 4, 27)
    );
    assert_eq!(find(&ms, MilestoneKind::FinalPlan).due, date(2026, 5, 25));
    assert!(ms.iter().all(|m| m.status == Status::OnTrack));
}

#[test]
fn each_advice_is_due_6_weeks_from_its_request() {
    let ms = at(&advice_requested(), date(2026, 2, 11));
    let advice = find(
        &ms,
        MilestoneKind::Advice {
            advice_id: AdviceId(1),
            kind: tandem_domain::case::AdviceKind::ParentOrYoungPerson,
        },
    );
    assert_eq!(advice.due, date(2026, 3, 24));
    assert_eq!(advice.responsible, Responsible::Adviser);
    assert_eq!(
        advice.subject.as_deref(),
        Some("ParentOrYoungPerson adviser")
    );
    assert_eq!(
        ms.iter()
            .filter(|m| matches!(m.kind, MilestoneKind::Advice { .. }))
            .count(),
        5
    );
}

#[test]
fn statuses_follow_today() {
    let case = requested();
    let decision = |today| find(&at(&case, today), MilestoneKind::DecisionToAssess).status;
    assert_eq!(decision(date(2026, 2, 8)), Status::OnTrack);
    assert_eq!(decision(date(2026, 2, 9)), Status::DueWithinWeek);
    assert_eq!(decision(date(2026, 2, 16)), Status::DueWithinWeek);
    assert_eq!(decision(date(2026, 2, 17)), Status::Overdue);
}

#[test]
fn done_on_time_and_done_late_are_told_apart() {
    let on_time = at(&assessing(), date(2026, 6, 1));
    assert_eq!(
        find(&on_time, MilestoneKind::DecisionToAssess).status,
        Status::Done
    );
    let mut late = requested();
    late.run(Command::DecideWhetherToAssess {
        on: date(2026, 2, 17),
        assess: true,
        reasons: "x".into(),
    });
    let ms = at(&late, date(2026, 6, 1));
    let m = find(&ms, MilestoneKind::DecisionToAssess);
    assert_eq!(
        (m.status, m.done),
        (Status::DoneLate, Some(date(2026, 2, 17)))
    );
    assert_eq!(m.rag(), Rag::Red);
}

#[test]
fn the_whole_journey_is_on_time() {
    let ms = at(&planned(), date(2026, 6, 1));
    let final_plan = find(&ms, MilestoneKind::FinalPlan);
    assert_eq!(
        (final_plan.status, final_plan.done),
        (Status::Done, Some(date(2026, 5, 18)))
    );
    let window = find(&ms, MilestoneKind::FamilyCommentsOnDraft);
    assert_eq!(
        (window.due, window.status),
        (date(2026, 4, 28), Status::Done)
    );
    let school = find(&ms, MilestoneKind::SchoolConsultation { school_id: 7 });
    assert_eq!(
        (school.due, school.done),
        (date(2026, 4, 29), Some(date(2026, 4, 24)))
    );
    let review = find(&ms, MilestoneKind::AnnualReview { number: 1 });
    assert_eq!(
        (review.due, review.status),
        (date(2027, 5, 18), Status::OnTrack)
    );
    assert_eq!(next_due(&ms), Some(date(2027, 5, 18)));
    assert_eq!(rag(&ms), Rag::Green);
}

#[test]
fn a_decision_not_to_assess_ends_the_clock() {
    let mut case = requested();
    case.run(Command::DecideWhetherToAssess {
        on: date(2026, 2, 9),
        assess: false,
        reasons: "x".into(),
    });
    let ms = at(&case, date(2026, 9, 1));
    assert_eq!(ms.len(), 1);
    assert_eq!(next_due(&ms), None);
}

#[test]
fn a_decision_not_to_issue_is_due_within_16_weeks() {
    let mut case = advice_complete();
    case.run(Command::DecideWhetherToIssue {
        on: date(2026, 4, 28),
        issue: false,
        reasons: "x".into(),
    });
    let ms = at(&case, date(2026, 9, 1));
    let m = find(&ms, MilestoneKind::DecisionToIssue);
    assert_eq!((m.due, m.status), (date(2026, 4, 27), Status::DoneLate));
    assert!(ms.iter().all(|m| m.kind != MilestoneKind::FinalPlan));
}

#[test]
fn the_family_window_on_a_draft_is_15_days_and_never_overdue() {
    let case = drafted();
    let open = at(&case, date(2026, 4, 21));
    let window = find(&open, MilestoneKind::FamilyCommentsOnDraft);
    assert_eq!(
        (window.due, window.status),
        (date(2026, 4, 28), Status::DueWithinWeek)
    );
    assert_eq!(window.responsible, Responsible::Family);
    assert_eq!(family_sentence(window), "You have until 28 April 2026 to comment on the draft plan and tell us which school you prefer.");
    let closed = at(&case, date(2026, 5, 1));
    assert_eq!(
        find(&closed, MilestoneKind::FamilyCommentsOnDraft).status,
        Status::Done
    );
}

#[test]
fn review_milestones_count_from_the_meeting() {
    let mut case = planned();
    case.run(Command::HoldReview {
        on: date(2027, 5, 10),
    });
    let ms = at(&case, date(2027, 5, 11));
    assert_eq!(
        find(&ms, MilestoneKind::AnnualReview { number: 1 }).status,
        Status::Done
    );
    assert_eq!(
        find(&ms, MilestoneKind::ReviewReport { number: 1 }).due,
        date(2027, 5, 24)
    );
    assert_eq!(
        find(&ms, MilestoneKind::ReviewDecision { number: 1 }).due,
        date(2027, 6, 7)
    );
    assert_eq!(
        find(&ms, MilestoneKind::AnnualReview { number: 2 }).due,
        date(2028, 5, 10)
    );
    assert_eq!(next_due(&ms), Some(date(2027, 5, 24)));
}

#[test]
fn an_amendment_has_a_15_day_window_and_a_12_week_limit() {
    let mut case = planned();
    case.run(Command::HoldReview {
        on: date(2027, 5, 10),
    });
    case.run(Command::ReceiveReviewReport {
        on: date(2027, 5, 20),
    });
    case.run(Command::DecideReview {
        on: date(2027, 5, 30),
        outcome: ReviewOutcome::Amend,
        reasons: "x".into(),
    });
    case.run(Command::ProposeAmendments {
        on: date(2027, 5, 31),
        summary: "y".into(),
    });
    let ms = at(&case, date(2027, 6, 1));
    assert_eq!(
        find(&ms, MilestoneKind::FamilyCommentsOnAmendments { number: 1 }).due,
        date(2027, 6, 15)
    );
    let amended = find(&ms, MilestoneKind::AmendedPlan { number: 1 });
    assert_eq!(
        (amended.due, amended.status),
        (date(2027, 8, 2), Status::OnTrack)
    );
    assert_eq!(
        family_sentence(amended),
        "We will send you the amended plan by 2 August 2027."
    );
}

#[test]
fn phase_transfers_finish_by_15_february_or_31_march() {
    let mut case = planned();
    case.run(Command::NotePhaseTransfer {
        on: date(2026, 9, 1),
        year: 2027,
        into_post16: false,
    });
    let ms = at(&case, date(2027, 2, 16));
    let m = find(&ms, MilestoneKind::PhaseTransfer { year: 2027 });
    assert_eq!((m.due, m.status), (date(2027, 2, 15), Status::Overdue));
    case.run(Command::HoldReview {
        on: date(2027, 1, 10),
    });
    case.run(Command::ReceiveReviewReport {
        on: date(2027, 1, 15),
    });
    case.run(Command::DecideReview {
        on: date(2027, 1, 20),
        outcome: ReviewOutcome::Maintain,
        reasons: "x".into(),
    });
    let ms = at(&case, date(2027, 2, 16));
    assert_eq!(
        find(&ms, MilestoneKind::PhaseTransfer { year: 2027 }).status,
        Status::Done
    );
    let mut post16 = planned();
    post16.run(Command::NotePhaseTransfer {
        on: date(2026, 9, 1),
        year: 2028,
        into_post16: true,
    });
    let ms = at(&post16, date(2026, 9, 2));
    assert_eq!(
        find(&ms, MilestoneKind::PhaseTransfer { year: 2028 }).due,
        date(2028, 3, 31)
    );
}

#[test]
fn a_plan_transferred_in_is_reviewed_12_months_from_its_date() {
    let mut case = Case::new(date(2026, 9, 1));
    case.run(Command::RecordTransferIn {
        on: date(2026, 8, 1),
        from_authority: "Northshire".into(),
        plan_dated: date(2025, 11, 3),
        placement: placement("Ash", None),
    });
    let ms = milestones_from_events(&case.events, date(2026, 9, 1));
    assert_eq!(ms.len(), 1);
    assert_eq!(
        find(&ms, MilestoneKind::AnnualReview { number: 1 }).due,
        date(2026, 11, 3)
    );
}

#[test]
fn an_exception_is_shown_but_never_moves_the_date() {
    let mut case = advice_requested();
    let before = find(&at(&case, date(2026, 4, 1)), MilestoneKind::FinalPlan).clone();
    case.run(Command::RecordException {
        on: date(2026, 3, 1),
        applies_to: ExceptionScope::FinalPlan,
        reason: ExceptionReason::FamilyAway,
        note: "Family abroad for 6 weeks".into(),
    });
    case.run(Command::RecordException {
        on: date(2026, 3, 1),
        applies_to: ExceptionScope::Advice {
            advice_id: AdviceId(3),
        },
        reason: ExceptionReason::SettingClosed,
        note: "Clinic closed".into(),
    });
    let ms = at(&case, date(2026, 6, 1));
    let after = find(&ms, MilestoneKind::FinalPlan);
    assert_eq!(after.due, before.due);
    assert_eq!(after.status, Status::Overdue);
    let note = after.exception.as_ref().unwrap();
    assert_eq!(
        (note.reason, note.note.as_str()),
        (ExceptionReason::FamilyAway, "Family abroad for 6 weeks")
    );
    assert_eq!(after.rag(), Rag::Amber);
    let medical = ms
        .iter()
        .find(|m| {
            matches!(
                m.kind,
                MilestoneKind::Advice {
                    advice_id: AdviceId(3),
                    ..
                }
            )
        })
        .unwrap();
    assert!(medical.exception.is_some());
    assert_eq!(medical.due, date(2026, 3, 24));
    assert!(family_sentence(after).ends_with(
        "The time limit does not apply because the family was away for 4 weeks or more."
    ));
    assert_eq!(rag(&ms), Rag::Red, "other advice is late with no exception");
}

#[test]
fn the_rating_is_the_worst_open_milestone() {
    let case = requested();
    assert_eq!(rag(&at(&case, date(2026, 1, 6))), Rag::Green);
    assert_eq!(rag(&at(&case, date(2026, 2, 10))), Rag::Amber);
    assert_eq!(rag(&at(&case, date(2026, 2, 17))), Rag::Red);
}

#[test]
fn next_due_orders_work_by_the_earliest_open_date() {
    let case = advice_requested();
    let ms = at(&case, date(2026, 2, 11));
    assert_eq!(next_due(&ms), Some(date(2026, 3, 24)));
    assert_eq!(next_due(&[]), None);
}

#[test]
fn closed_cases_drop_what_is_no_longer_owed() {
    let mut case = advice_requested();
    case.run(Command::WithdrawRequest {
        on: date(2026, 2, 20),
        reason: "Moved away".into(),
    });
    let ms = at(&case, date(2026, 9, 1));
    assert!(ms.iter().all(|m| m.done.is_some()));
    assert_eq!(next_due(&ms), None);
}

#[test]
fn families_read_a_plain_sentence_for_each_milestone() {
    let case = requested();
    let ms = at(&case, date(2026, 1, 6));
    let lines: Vec<String> = ms.iter().map(family_sentence).collect();
    assert_eq!(
        lines,
        vec![
            "We will decide whether to assess by 16 February 2026.",
            "We will decide whether to issue an EHC plan by 27 April 2026.",
            "We will send you the final EHC plan by 25 May 2026.",
        ]
    );
    let late = at(&case, date(2026, 3, 1));
    assert_eq!(
        family_sentence(&late[0]),
        "We will decide whether to assess by 16 February 2026. This is late, and we are sorry."
    );
    let done = at(&assessing(), date(2026, 3, 1));
    assert_eq!(
        family_sentence(&done[0]),
        "We decided whether to assess on 9 February 2026."
    );
}
