//! The pure plan: distributions like England's, every case accepted by the
//! rules, and the same seed giving the same events.

// Helpers outside #[test] functions may panic too: this is a test file.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;

use jiff::civil::date;
use tandem_demo::{plan_demo, DemoOptions, Origin, PlannedCase, PrimaryNeed};
use tandem_domain::case::{decide, CaseState, Command, Stage};
use tandem_domain::clock::issued_within_20_weeks;

fn full() -> Vec<PlannedCase> {
    plan_demo(&DemoOptions::full(42, date(2026, 3, 16))).unwrap()
}

fn share(count: usize, of: usize) -> f64 {
    100.0 * count as f64 / of.max(1) as f64
}

#[test]
fn the_full_demo_looks_like_england() {
    let cases = full();
    let events: usize = cases.iter().map(|c| c.events.len()).sum();
    let in_force = cases
        .iter()
        .filter(|c| c.state.stage == Stage::PlanInForce)
        .count();
    eprintln!(
        "cases {} events {events} plans in force {in_force}",
        cases.len()
    );
    assert!((1950..=2050).contains(&in_force), "{in_force}");

    let mut needs: HashMap<PrimaryNeed, usize> = HashMap::new();
    for case in &cases {
        *needs.entry(case.need()).or_default() += 1;
    }
    for need in PrimaryNeed::ALL {
        let got = share(needs.get(&need).copied().unwrap_or(0), cases.len());
        eprintln!(
            "{:5} {got:5.1}% (target {})",
            need.sen2_code(),
            need.target_percent()
        );
        assert!((got - need.target_percent()).abs() < 2.5, "{need:?} {got}");
    }

    let requests: Vec<&PlannedCase> = cases
        .iter()
        .filter(|c| c.origin == Origin::Request)
        .collect();
    let decided: Vec<bool> = requests
        .iter()
        .filter_map(|c| c.state.assess_decision.as_ref().map(|d| d.yes))
        .collect();
    let refused = share(decided.iter().filter(|yes| !**yes).count(), decided.len());
    eprintln!("refused {refused:.1}% of {} decisions", decided.len());
    assert!((20.0..=31.0).contains(&refused), "{refused}");

    let timely: Vec<bool> = requests
        .iter()
        .filter_map(|c| issued_within_20_weeks(&c.state))
        .collect();
    let on_time = share(timely.iter().filter(|t| **t).count(), timely.len());
    eprintln!(
        "new plans within 20 weeks {on_time:.1}% of {}",
        timely.len()
    );
    assert!((40.0..=60.0).contains(&on_time), "{on_time}");

    let mut stages: HashMap<Stage, usize> = HashMap::new();
    for case in &requests {
        *stages.entry(case.state.stage).or_default() += 1;
    }
    eprintln!("request stages {stages:?}");
    for stage in [
        Stage::Requested,
        Stage::Assessing,
        Stage::Drafting,
        Stage::DraftIssued,
    ] {
        assert!(stages.get(&stage).copied().unwrap_or(0) >= 3, "{stage:?}");
    }
    let ceased = cases
        .iter()
        .filter(|c| {
            matches!(
                c.state.closure,
                Some(tandem_domain::case::Closure::Ceased { .. })
            )
        })
        .count();
    eprintln!("ceased {ceased}");
    assert!(ceased > 0);
}

#[test]
fn the_same_seed_gives_the_same_events() {
    let options = DemoOptions {
        plans: 200,
        requests_per_year: 40,
        ..DemoOptions::full(7, date(2026, 3, 16))
    };
    let a = plan_demo(&options).unwrap();
    let b = plan_demo(&options).unwrap();
    assert_eq!(a, b);
    let c = plan_demo(&DemoOptions { seed: 8, ..options }).unwrap();
    assert_ne!(a, c);
}

/// Re-deciding each event as a command on the state before it must be
/// accepted and give back the same event.
#[test]
fn every_case_replays_through_decide() {
    let today = date(2026, 3, 16);
    let options = DemoOptions {
        plans: 300,
        requests_per_year: 60,
        ..DemoOptions::full(11, today)
    };
    for case in plan_demo(&options).unwrap() {
        let mut state = CaseState::default();
        for event in &case.events {
            let command: Command = command_of(event);
            let again = decide(&state, command, today)
                .unwrap_or_else(|r| panic!("{}: {r}", case.reference));
            assert_eq!(
                again.as_slice(),
                std::slice::from_ref(event),
                "{}",
                case.reference
            );
            state.apply(event);
        }
        assert_eq!(state, CaseState::from_events(&case.events));
        assert_eq!(state, case.state);
    }
}

/// The command that records `event`; events and commands share their
/// fields, apart from advice numbers, which `decide` assigns.
fn command_of(event: &tandem_domain::case::CaseEvent) -> Command {
    let mut value = serde_json::to_value(event).unwrap();
    let map = value.as_object_mut().unwrap();
    let kind = map.remove("type").unwrap();
    let kind = kind.as_str().unwrap();
    let name = COMMANDS
        .iter()
        .find(|(e, _)| *e == kind)
        .map(|(_, c)| *c)
        .unwrap();
    match kind {
        "AdviceRequested" | "ExistingAdviceReused" => {
            map.remove("advice_id");
        }
        _ => {}
    }
    if kind == "ExistingAdviceReused" {
        map.insert("everyone_agrees".into(), true.into());
    }
    map.insert("command".into(), name.into());
    serde_json::from_value(value).unwrap()
}

const COMMANDS: &[(&str, &str)] = &[
    ("RequestReceived", "RecordRequest"),
    ("TransferredIn", "RecordTransferIn"),
    ("CoordinatorAllocated", "AllocateCoordinator"),
    ("DecisionToAssess", "DecideWhetherToAssess"),
    ("AdviceRequested", "RequestAdvice"),
    ("AdviceReceived", "ReceiveAdvice"),
    ("ExistingAdviceReused", "ReuseAdvice"),
    ("ExceptionRecorded", "RecordException"),
    ("DecisionToIssue", "DecideWhetherToIssue"),
    ("DraftIssued", "IssueDraft"),
    ("CommentMade", "RecordComments"),
    ("SchoolPreferenceStated", "RecordPreference"),
    ("MeetingRequested", "RecordMeetingRequest"),
    ("SchoolConsulted", "ConsultSchool"),
    ("SchoolResponded", "RecordSchoolResponse"),
    ("FinalIssued", "IssueFinal"),
    ("PhaseTransferNoted", "NotePhaseTransfer"),
    ("ReviewHeld", "HoldReview"),
    ("ReviewReportReceived", "ReceiveReviewReport"),
    ("ReviewDecided", "DecideReview"),
    ("AmendmentsProposed", "ProposeAmendments"),
    ("AmendedFinalIssued", "IssueAmendedFinal"),
    ("PlanCeased", "CeasePlan"),
    ("RequestWithdrawn", "WithdrawRequest"),
    ("TransferredOut", "TransferOut"),
    ("MediationRecorded", "RecordMediation"),
    ("AppealRecorded", "RecordAppeal"),
];
