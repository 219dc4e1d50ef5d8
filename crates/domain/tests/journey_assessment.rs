//! The assessment journey from request to final plan, and the refusals
//! that keep it in order.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod journey_support;

use jiff::civil::date;
use journey_support::*;
use tandem_domain::case::{
    allowed_commands, AdviceId, AdviceKind, CaseState, Closure, Command, CommandKind, Refusal,
    Requester, Stage,
};

#[test]
fn a_request_starts_the_case_and_the_clock() {
    let case = requested();
    let state = case.state();
    assert_eq!(state.stage, Stage::Requested);
    assert_eq!(state.started_on(), Some(REQUEST_ON));
    assert_eq!(
        state.request.as_ref().map(|r| r.requester),
        Some(Requester::Parent)
    );
    assert_eq!(state.version, 1);
}

#[test]
fn a_request_can_come_from_a_school_or_young_person() {
    for requester in [Requester::School, Requester::YoungPerson] {
        let mut case = Case::new(date(2026, 3, 1));
        case.run(Command::RecordRequest {
            on: REQUEST_ON,
            requester,
            school_id: None,
        });
        assert_eq!(case.state().request.map(|r| r.requester), Some(requester));
    }
}

#[test]
fn a_request_dated_in_the_future_is_refused() {
    let mut case = Case::new(date(2026, 1, 4));
    let refusal = case
        .try_run(Command::RecordRequest {
            on: REQUEST_ON,
            requester: Requester::Parent,
            school_id: None,
        })
        .unwrap_err();
    assert!(matches!(refusal, Refusal::FutureDate { .. }));
    assert_eq!(refusal.to_string(), "The date it happened (5 January 2026) is in the future. Enter today's date or an earlier one.");
    assert!(case.events.is_empty());
}

#[test]
fn a_second_request_is_refused() {
    let mut case = requested();
    let refusal = case
        .try_run(Command::RecordRequest {
            on: REQUEST_ON,
            requester: Requester::Parent,
            school_id: None,
        })
        .unwrap_err();
    assert_eq!(refusal, Refusal::AlreadyStarted);
}

#[test]
fn nothing_but_a_request_can_happen_first() {
    let mut case = Case::new(date(2026, 3, 1));
    let refusal = case
        .try_run(Command::IssueDraft {
            on: date(2026, 2, 1),
        })
        .unwrap_err();
    assert_eq!(refusal, Refusal::NotStarted);
    assert_eq!(
        allowed_commands(&CaseState::default()),
        vec![CommandKind::RecordRequest, CommandKind::RecordTransferIn]
    );
}

#[test]
fn a_coordinator_can_be_allocated_and_reallocated() {
    let mut case = requested();
    case.run(Command::AllocateCoordinator {
        on: date(2026, 1, 6),
        coordinator_id: 11,
    });
    case.run(Command::AllocateCoordinator {
        on: date(2026, 1, 20),
        coordinator_id: 12,
    });
    assert_eq!(case.state().coordinator_id, Some(12));
}

#[test]
fn deciding_to_assess_opens_the_assessment() {
    let case = assessing();
    let state = case.state();
    assert_eq!(state.stage, Stage::Assessing);
    assert!(state.assess_decision.as_ref().is_some_and(|d| d.yes));
}

#[test]
fn a_second_decision_to_assess_is_refused() {
    let mut case = assessing();
    let refusal = case
        .try_run(Command::DecideWhetherToAssess {
            on: date(2026, 2, 10),
            assess: true,
            reasons: "again".into(),
        })
        .unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "The decision whether to assess was already recorded on 9 February 2026."
    );
}

#[test]
fn a_decision_needs_reasons() {
    let mut case = requested();
    let refusal = case
        .try_run(Command::DecideWhetherToAssess {
            on: date(2026, 2, 9),
            assess: false,
            reasons: "  ".into(),
        })
        .unwrap_err();
    assert_eq!(refusal.to_string(), "Enter the reasons for the decision.");
}

#[test]
fn a_decision_dated_before_the_request_is_refused() {
    let mut case = requested();
    let refusal = case
        .try_run(Command::DecideWhetherToAssess {
            on: date(2026, 1, 4),
            assess: true,
            reasons: "x".into(),
        })
        .unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "The date it happened (4 January 2026) is before the start of the case (5 January 2026)."
    );
}

#[test]
fn deciding_not_to_assess_closes_the_case_but_leaves_appeal_open() {
    let mut case = requested();
    case.run(Command::DecideWhetherToAssess {
        on: date(2026, 2, 9),
        assess: false,
        reasons: "Needs met at SEN support".into(),
    });
    let state = case.state();
    assert_eq!(state.stage, Stage::Closed);
    assert_eq!(
        state.closure,
        Some(Closure::NotAssessed {
            on: date(2026, 2, 9)
        })
    );
    assert_eq!(
        allowed_commands(&state),
        vec![CommandKind::RecordMediation, CommandKind::RecordAppeal]
    );
    let refusal = case.try_run(Command::RequestAdvice {
        on: date(2026, 2, 10),
        kind: AdviceKind::Medical,
        adviser: "Health".into(),
        adviser_id: None,
    });
    assert_eq!(
        refusal.unwrap_err().to_string(),
        "This case is closed, so you can't request advice."
    );
    case.run(Command::RecordMediation {
        on: date(2026, 3, 1),
        about: tandem_domain::case::Disputed::NotToAssess,
        note: "Mediation held".into(),
    });
    case.run(Command::RecordAppeal {
        on: date(2026, 3, 20),
        about: tandem_domain::case::Disputed::NotToAssess,
        note: "Appeal lodged with the SEND Tribunal".into(),
    });
    assert_eq!(case.state().disputes.len(), 2);
}

#[test]
fn advice_cannot_be_requested_before_deciding_to_assess() {
    let mut case = requested();
    let refusal = case
        .try_run(Command::RequestAdvice {
            on: date(2026, 1, 10),
            kind: AdviceKind::Educational,
            adviser: "Oak".into(),
            adviser_id: None,
        })
        .unwrap_err();
    assert!(matches!(
        refusal,
        Refusal::WrongStage {
            action: CommandKind::RequestAdvice,
            stage: Stage::Requested
        }
    ));
    assert_eq!(
        refusal.to_string(),
        "You can't request advice while we are deciding whether to assess."
    );
}

#[test]
fn each_advice_request_gets_its_own_number() {
    let case = advice_requested();
    let ids: Vec<u32> = case.state().advice.iter().map(|a| a.id.0).collect();
    assert_eq!(ids, vec![1, 2, 3, 4, 5]);
}

#[test]
fn advice_received_before_it_was_requested_is_refused() {
    let mut case = advice_requested();
    let refusal = case
        .try_run(Command::ReceiveAdvice {
            on: date(2026, 2, 9),
            advice_id: AdviceId(1),
        })
        .unwrap_err();
    assert!(matches!(refusal, Refusal::TooEarly { .. }));
}

#[test]
fn unknown_or_repeated_advice_is_refused() {
    let mut case = advice_requested();
    let unknown = case.try_run(Command::ReceiveAdvice {
        on: date(2026, 3, 1),
        advice_id: AdviceId(9),
    });
    assert_eq!(unknown.unwrap_err(), Refusal::UnknownAdvice(AdviceId(9)));
    case.run(Command::ReceiveAdvice {
        on: date(2026, 3, 1),
        advice_id: AdviceId(1),
    });
    let again = case.try_run(Command::ReceiveAdvice {
        on: date(2026, 3, 2),
        advice_id: AdviceId(1),
    });
    assert_eq!(
        again.unwrap_err(),
        Refusal::AdviceAlreadyReceived {
            on: date(2026, 3, 1)
        }
    );
}

#[test]
fn existing_advice_under_12_months_old_can_be_reused_with_agreement() {
    let mut case = assessing();
    case.run(Command::ReuseAdvice {
        on: date(2026, 2, 10),
        kind: AdviceKind::Psychological,
        adviser: "Educational psychology service".into(),
        given_on: date(2025, 2, 11),
        everyone_agrees: true,
    });
    let state = case.state();
    let advice = &state.advice[0];
    assert_eq!(advice.reused_from, Some(date(2025, 2, 11)));
    assert!(!advice.is_outstanding());
}

#[test]
fn existing_advice_12_months_old_or_without_agreement_is_refused() {
    let mut case = assessing();
    let too_old = case.try_run(Command::ReuseAdvice {
        on: date(2026, 2, 10),
        kind: AdviceKind::Psychological,
        adviser: "EP service".into(),
        given_on: date(2025, 2, 10),
        everyone_agrees: true,
    });
    assert_eq!(
        too_old.unwrap_err(),
        Refusal::AdviceTooOld {
            given_on: date(2025, 2, 10)
        }
    );
    let not_agreed = case.try_run(Command::ReuseAdvice {
        on: date(2026, 2, 10),
        kind: AdviceKind::Psychological,
        adviser: "EP service".into(),
        given_on: date(2025, 12, 1),
        everyone_agrees: false,
    });
    assert_eq!(not_agreed.unwrap_err(), Refusal::ReuseNotAgreed);
}

#[test]
fn deciding_to_issue_needs_every_required_advice() {
    let mut case = assessing();
    case.run(Command::RequestAdvice {
        on: date(2026, 2, 10),
        kind: AdviceKind::Educational,
        adviser: "Oak Primary".into(),
        adviser_id: None,
    });
    let waiting = case
        .try_run(Command::DecideWhetherToIssue {
            on: date(2026, 4, 1),
            issue: true,
            reasons: "x".into(),
        })
        .unwrap_err();
    assert_eq!(
        waiting.to_string(),
        "Some advice has not arrived yet: educational advice from Oak Primary. Record it before deciding whether to issue a plan."
    );
    case.run(Command::ReceiveAdvice {
        on: date(2026, 3, 1),
        advice_id: AdviceId(1),
    });
    let missing = case
        .try_run(Command::DecideWhetherToIssue {
            on: date(2026, 4, 1),
            issue: true,
            reasons: "x".into(),
        })
        .unwrap_err();
    assert_eq!(
        missing.to_string(),
        "The assessment still needs advice from the parent or young person, medical advice, psychological advice, social care advice. Request or reuse it before deciding whether to issue a plan."
    );
    assert!(!allowed_commands(&case.state()).contains(&CommandKind::DecideWhetherToIssue));
}

#[test]
fn deciding_to_issue_cannot_predate_the_advice() {
    let mut case = advice_complete();
    let refusal = case
        .try_run(Command::DecideWhetherToIssue {
            on: date(2026, 3, 15),
            issue: true,
            reasons: "x".into(),
        })
        .unwrap_err();
    assert!(matches!(refusal, Refusal::TooEarly { .. }));
}

#[test]
fn deciding_not_to_issue_closes_the_case() {
    let mut case = advice_complete();
    case.run(Command::DecideWhetherToIssue {
        on: date(2026, 4, 6),
        issue: false,
        reasons: "Needs can be met by the school".into(),
    });
    let state = case.state();
    assert_eq!(
        state.closure,
        Some(Closure::NoPlan {
            on: date(2026, 4, 6)
        })
    );
    let refusal = case
        .try_run(Command::IssueDraft {
            on: date(2026, 4, 7),
        })
        .unwrap_err();
    assert_eq!(
        refusal,
        Refusal::Closed {
            action: CommandKind::IssueDraft
        }
    );
}

#[test]
fn a_final_plan_before_a_draft_is_refused() {
    let mut case = advice_complete();
    case.run(Command::DecideWhetherToIssue {
        on: date(2026, 4, 6),
        issue: true,
        reasons: "x".into(),
    });
    let refusal = case
        .try_run(Command::IssueFinal {
            on: date(2026, 5, 1),
            placement: placement("Oak Primary", None),
        })
        .unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "You can't issue the final plan while the draft plan is being written."
    );
    assert_eq!(case.state().stage, tandem_domain::case::Stage::Drafting);
}

#[test]
fn the_family_has_at_least_15_days_on_the_draft() {
    let mut case = drafted();
    let early = case
        .try_run(Command::IssueFinal {
            on: date(2026, 4, 27),
            placement: placement("Oak Primary", None),
        })
        .unwrap_err();
    assert_eq!(
        early.to_string(),
        "The family has until 28 April 2026 to comment on the draft. The final plan can be issued after that."
    );
    case.run(Command::IssueFinal {
        on: date(2026, 4, 28),
        placement: placement("Oak Primary", None),
    });
    assert_eq!(case.state().stage, Stage::PlanInForce);
}

#[test]
fn the_familys_representations_are_recorded() {
    let mut case = drafted();
    case.run(Command::RecordComments {
        on: date(2026, 4, 20),
        summary: "Section F needs hours".into(),
    });
    case.run(Command::RecordMeetingRequest {
        on: date(2026, 4, 20),
    });
    case.run(Command::RecordPreference {
        on: date(2026, 4, 21),
        school_id: 9,
        school_name: "Elm Academy".into(),
    });
    let state = case.state();
    assert_eq!(state.comments.len(), 1);
    assert_eq!(state.meeting_requested_on, Some(date(2026, 4, 20)));
    assert_eq!(
        state.preferred_school.as_ref().map(|p| p.school_id),
        Some(9)
    );
}

#[test]
fn the_preferred_school_must_be_consulted_before_the_final() {
    let mut case = drafted();
    case.run(Command::RecordPreference {
        on: date(2026, 4, 21),
        school_id: 9,
        school_name: "Elm Academy".into(),
    });
    let refusal = case
        .try_run(Command::IssueFinal {
            on: date(2026, 5, 18),
            placement: placement("Oak Primary", Some(7)),
        })
        .unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "The family's preferred school, Elm Academy, has not been consulted yet. Consult it before issuing the final plan."
    );
    case.run(Command::ConsultSchool {
        on: date(2026, 4, 22),
        school_id: 9,
        school_name: "Elm Academy".into(),
    });
    case.run(Command::IssueFinal {
        on: date(2026, 5, 18),
        placement: placement("Oak Primary", Some(7)),
    });
}

#[test]
fn a_consulted_school_has_15_days_unless_it_answers() {
    let mut case = drafted();
    case.run(Command::ConsultSchool {
        on: date(2026, 4, 20),
        school_id: 9,
        school_name: "Elm Academy".into(),
    });
    let refusal = case
        .try_run(Command::IssueFinal {
            on: date(2026, 5, 4),
            placement: placement("Elm Academy", Some(9)),
        })
        .unwrap_err();
    assert_eq!(
        refusal,
        Refusal::SchoolStillHasTime {
            school_name: "Elm Academy".into(),
            until: date(2026, 5, 5)
        }
    );
    case.run(Command::RecordSchoolResponse {
        on: date(2026, 4, 30),
        school_id: 9,
        response: tandem_domain::case::ConsultationResponse::CanMeetNeeds,
        reasons: String::new(),
    });
    case.run(Command::IssueFinal {
        on: date(2026, 5, 4),
        placement: placement("Elm Academy", Some(9)),
    });
}

#[test]
fn a_school_is_consulted_once_and_answers_once() {
    let mut case = drafted();
    case.run(Command::ConsultSchool {
        on: date(2026, 4, 20),
        school_id: 9,
        school_name: "Elm".into(),
    });
    let again = case.try_run(Command::ConsultSchool {
        on: date(2026, 4, 21),
        school_id: 9,
        school_name: "Elm".into(),
    });
    assert_eq!(
        again.unwrap_err(),
        Refusal::AlreadyConsulted {
            school_name: "Elm".into()
        }
    );
    let unknown = case.try_run(Command::RecordSchoolResponse {
        on: date(2026, 4, 22),
        school_id: 3,
        response: tandem_domain::case::ConsultationResponse::CannotMeetNeeds,
        reasons: "Full".into(),
    });
    assert_eq!(unknown.unwrap_err(), Refusal::NotConsulted);
}

#[test]
fn the_final_plan_must_name_a_placement() {
    let mut case = drafted();
    let refusal = case
        .try_run(Command::IssueFinal {
            on: date(2026, 5, 18),
            placement: placement(" ", None),
        })
        .unwrap_err();
    assert_eq!(
        refusal.to_string(),
        "Enter the school or setting the plan names."
    );
}

#[test]
fn the_whole_journey_reaches_a_plan_in_force() {
    let case = planned();
    let state = case.state();
    assert_eq!(state.stage, Stage::PlanInForce);
    assert_eq!(
        state.plan.as_ref().map(|p| p.issued_on),
        Some(date(2026, 5, 18))
    );
    assert_eq!(
        state.placement.as_ref().map(|p| p.name.as_str()),
        Some("Oak Primary")
    );
    assert_eq!(
        tandem_domain::clock::issued_within_20_weeks(&state),
        Some(true)
    );
}

#[test]
fn a_request_can_be_withdrawn_before_the_plan_but_not_after() {
    let mut case = drafted();
    case.run(Command::WithdrawRequest {
        on: date(2026, 4, 20),
        reason: "Family moved school".into(),
    });
    assert!(matches!(
        case.state().closure,
        Some(Closure::Withdrawn { .. })
    ));
    let mut planned = planned();
    let refusal = planned
        .try_run(Command::WithdrawRequest {
            on: date(2026, 6, 1),
            reason: "x".into(),
        })
        .unwrap_err();
    assert!(matches!(refusal, Refusal::WrongStage { .. }));
}

#[test]
fn allowed_commands_follow_the_journey() {
    let kinds = allowed_commands(&requested().state());
    assert!(kinds.contains(&CommandKind::DecideWhetherToAssess));
    assert!(!kinds.contains(&CommandKind::IssueDraft));
    let kinds = allowed_commands(&advice_requested().state());
    assert!(kinds.contains(&CommandKind::ReceiveAdvice));
    assert!(!kinds.contains(&CommandKind::DecideWhetherToIssue));
    let kinds = allowed_commands(&advice_complete().state());
    assert!(kinds.contains(&CommandKind::DecideWhetherToIssue));
    assert!(!kinds.contains(&CommandKind::ReceiveAdvice));
    let kinds = allowed_commands(&drafted().state());
    assert!(kinds.contains(&CommandKind::IssueFinal));
    assert!(kinds.contains(&CommandKind::ConsultSchool));
    assert!(!kinds.contains(&CommandKind::RecordSchoolResponse));
    let kinds = allowed_commands(&planned().state());
    assert!(kinds.contains(&CommandKind::HoldReview));
    assert!(!kinds.contains(&CommandKind::IssueFinal));
}

#[test]
fn an_exception_is_recorded_against_a_timescale() {
    let mut case = advice_requested();
    case.run(Command::RecordException {
        on: date(2026, 2, 20),
        applies_to: tandem_domain::case::ExceptionScope::Advice {
            advice_id: AdviceId(2),
        },
        reason: tandem_domain::case::ExceptionReason::SettingClosed,
        note: "School closed for refurbishment".into(),
    });
    assert_eq!(case.state().exceptions.len(), 1);
    let unknown = case.try_run(Command::RecordException {
        on: date(2026, 2, 20),
        applies_to: tandem_domain::case::ExceptionScope::Advice {
            advice_id: AdviceId(42),
        },
        reason: tandem_domain::case::ExceptionReason::FamilyAway,
        note: "Away".into(),
    });
    assert_eq!(unknown.unwrap_err(), Refusal::ExceptionTargetUnknown);
}
