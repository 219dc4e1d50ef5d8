//! A school that never answers its consultation must not stay overdue once
//! the final plan is out: after its 15 days the council may go ahead
//! without the reply (Section 39 and the Code of Practice 9.79).

use jiff::civil::{date, Date};

use super::{milestones, MilestoneKind, Rag, Status};
use crate::case::{decide, AdviceKind, CaseState, Command, Placement, Requester};

fn run(state: &mut CaseState, command: Command, today: Date) {
    for event in decide(state, command, today).expect("the command is accepted") {
        state.apply(&event);
    }
}

fn consulted_but_unanswered() -> CaseState {
    let today = date(2026, 12, 1);
    let mut s = CaseState::default();
    let on = |d| date(2026, 1, d);
    run(
        &mut s,
        Command::RecordRequest {
            on: on(5),
            requester: Requester::Parent,
            school_id: None,
        },
        today,
    );
    run(
        &mut s,
        Command::DecideWhetherToAssess {
            on: on(6),
            assess: true,
            reasons: "Needs".into(),
        },
        today,
    );
    for kind in AdviceKind::REQUIRED {
        run(
            &mut s,
            Command::ReuseAdvice {
                on: on(7),
                kind,
                adviser: "A".into(),
                given_on: on(2),
                everyone_agrees: true,
            },
            today,
        );
    }
    run(
        &mut s,
        Command::DecideWhetherToIssue {
            on: on(8),
            issue: true,
            reasons: "Needs".into(),
        },
        today,
    );
    run(&mut s, Command::IssueDraft { on: on(9) }, today);
    run(
        &mut s,
        Command::ConsultSchool {
            on: on(10),
            school_id: 7,
            school_name: "Ash School".into(),
        },
        today,
    );
    s
}

#[test]
fn an_unanswered_consultation_is_overdue_until_the_final_plan() {
    let s = consulted_but_unanswered();
    let kind = MilestoneKind::SchoolConsultation { school_id: 7 };
    let before = milestones(&s, date(2026, 2, 1));
    let m = before.iter().find(|m| m.kind == kind).map(|m| m.status);
    assert_eq!(m, Some(Status::Overdue));
}

#[test]
fn the_final_plan_closes_an_unanswered_consultation_as_not_needed() {
    let mut s = consulted_but_unanswered();
    let placement = Placement {
        school_id: Some(7),
        name: "Ash School".into(),
    };
    run(
        &mut s,
        Command::IssueFinal {
            on: date(2026, 2, 2),
            placement,
        },
        date(2026, 12, 1),
    );
    assert!(s.plan.is_some(), "the final plan was issued");
    let after = milestones(&s, date(2026, 12, 1));
    let m = after
        .iter()
        .find(|m| m.kind == MilestoneKind::SchoolConsultation { school_id: 7 });
    let m = m.map(|m| (m.status, m.done, m.rag()));
    assert_eq!(
        m,
        Some((Status::Lapsed, Some(date(2026, 2, 2)), Rag::Green))
    );
}
