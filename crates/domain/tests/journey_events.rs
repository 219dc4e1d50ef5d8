//! Events are stored as (type, JSON) and must read back exactly.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod journey_support;

use jiff::civil::date;
use journey_support::*;
use tandem_domain::case::{
    review_findings, CaseEvent, CaseState, CeaseReason, Command, ConsultationResponse, Disputed,
    Finding, FindingDecision, ReviewOutcome,
};

fn every_kind_of_event() -> Vec<CaseEvent> {
    let mut case = planned();
    case.today = date(2028, 1, 1);
    case.run(Command::AllocateCoordinator {
        on: date(2026, 6, 1),
        coordinator_id: 4,
    });
    case.run(Command::NotePhaseTransfer {
        on: date(2026, 6, 1),
        year: 2027,
        into_post16: false,
    });
    case.run(Command::HoldReview {
        on: date(2027, 1, 10),
    });
    case.run(Command::ReceiveReviewReport {
        on: date(2027, 1, 20),
    });
    case.run(Command::DecideReview {
        on: date(2027, 1, 30),
        outcome: ReviewOutcome::Amend,
        reasons: "x".into(),
    });
    case.run(Command::ProposeAmendments {
        on: date(2027, 2, 1),
        summary: "y".into(),
    });
    case.run(Command::IssueAmendedFinal {
        on: date(2027, 2, 16),
        placement: placement("Elm", Some(9)),
    });
    case.run(Command::RecordMediation {
        on: date(2027, 3, 1),
        about: Disputed::ReviewDecision,
        note: "n".into(),
    });
    case.run(Command::RecordAppeal {
        on: date(2027, 3, 2),
        about: Disputed::PlanContents,
        note: "n".into(),
    });
    case.run(Command::CeasePlan {
        on: date(2027, 7, 1),
        reason: CeaseReason::MaximumAge,
        note: String::new(),
    });
    let mut events = case.events;
    let mut drafted = drafted();
    drafted.run(Command::RecordComments {
        on: date(2026, 4, 14),
        summary: "c".into(),
    });
    drafted.run(Command::RecordPreference {
        on: date(2026, 4, 14),
        school_id: 3,
        school_name: "Ash".into(),
    });
    drafted.run(Command::RecordMeetingRequest {
        on: date(2026, 4, 14),
    });
    drafted.run(Command::ConsultSchool {
        on: date(2026, 4, 14),
        school_id: 3,
        school_name: "Ash".into(),
    });
    drafted.run(Command::RecordSchoolResponse {
        on: date(2026, 4, 15),
        school_id: 3,
        response: ConsultationResponse::CannotMeetNeeds,
        reasons: "Full".into(),
    });
    drafted.run(Command::WithdrawRequest {
        on: date(2026, 4, 16),
        reason: "Moved".into(),
    });
    events.extend(drafted.events);
    let mut reused = assessing();
    reused.run(Command::ReuseAdvice {
        on: date(2026, 2, 10),
        kind: tandem_domain::case::AdviceKind::Medical,
        adviser: "GP".into(),
        given_on: date(2025, 9, 1),
        everyone_agrees: true,
    });
    reused.run(Command::RecordException {
        on: date(2026, 2, 11),
        applies_to: tandem_domain::case::ExceptionScope::FinalPlan,
        reason: tandem_domain::case::ExceptionReason::ExceptionalCircumstances,
        note: "Bereavement".into(),
    });
    events.extend(reused.events);
    let mut transferred = Case::new(date(2026, 9, 1));
    transferred.run(Command::RecordTransferIn {
        on: date(2026, 8, 1),
        from_authority: "Northshire".into(),
        plan_dated: date(2025, 11, 3),
        placement: placement("Ash", None),
    });
    transferred.run(Command::TransferOut {
        on: date(2026, 8, 2),
        to_authority: "Southshire".into(),
    });
    events.extend(transferred.events);
    let mut refused = requested();
    refused.run(Command::DecideWhetherToAssess {
        on: date(2026, 2, 1),
        assess: false,
        reasons: "r".into(),
    });
    events.extend(refused.events);
    let mut reviewed = assessing();
    let event = review_findings(
        &reviewed.state(),
        date(2026, 2, 12),
        reviewed.today,
        vec![FindingDecision {
            finding: Finding::Provision { code: "SP4".into() },
            suggested: "no".into(),
            decided: "yes".into(),
            reason: "Uses Makaton at home".into(),
        }],
    )
    .unwrap();
    reviewed.events.push(event);
    events.extend(reviewed.events);
    events
}

#[test]
fn every_event_type_reads_back_from_its_stored_form() {
    let events = every_kind_of_event();
    let mut types: Vec<&str> = events.iter().map(CaseEvent::event_type).collect();
    types.sort_unstable();
    types.dedup();
    assert_eq!(types.len(), 28, "{types:?}");
    for event in &events {
        let payload = event.to_payload().unwrap();
        let value: serde_json::Value = serde_json::from_str(&payload).unwrap();
        assert_eq!(value["type"], event.event_type());
        assert_eq!(
            &CaseEvent::from_stored(event.event_type(), &payload).unwrap(),
            event
        );
    }
}

#[test]
fn a_payload_without_its_type_reads_back_too() {
    let payload = r#"{"on":"2026-01-05","requester":"School","school_id":null}"#;
    let event = CaseEvent::from_stored("RequestReceived", payload).unwrap();
    assert_eq!(event.on(), date(2026, 1, 5));
}

#[test]
fn dates_are_stored_as_iso_calendar_days() {
    let case = requested();
    let payload = case.events[0].to_payload().unwrap();
    assert!(payload.contains(r#""on":"2026-01-05""#), "{payload}");
}

#[test]
fn folding_the_stored_events_gives_the_same_state() {
    let case = planned();
    let stored: Vec<(String, String)> = case
        .events
        .iter()
        .map(|e| (e.event_type().to_owned(), e.to_payload().unwrap()))
        .collect();
    let read: Vec<CaseEvent> = stored
        .iter()
        .map(|(t, p)| CaseEvent::from_stored(t, p).unwrap())
        .collect();
    assert_eq!(CaseState::from_events(&read), case.state());
}
