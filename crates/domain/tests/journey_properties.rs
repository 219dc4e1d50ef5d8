//! Whatever commands arrive, in whatever order, the record never reaches a
//! state the rules forbid.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use jiff::civil::{date, Date};
use jiff::ToSpan;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use tandem_domain::case::{
    allowed_commands, decide, AdviceId, AdviceKind, CaseEvent, CaseState, CeaseReason, Command,
    ConsultationResponse, Disputed, ExceptionReason, ExceptionScope, Placement, Requester,
    ReviewOutcome, Stage,
};

const BASE: Date = date(2026, 1, 5);
const TODAY: Date = date(2028, 6, 1);

fn kind() -> impl Strategy<Value = AdviceKind> {
    prop_oneof![
        Just(AdviceKind::ParentOrYoungPerson),
        Just(AdviceKind::Educational),
        Just(AdviceKind::Medical),
        Just(AdviceKind::Psychological),
        Just(AdviceKind::SocialCare),
        Just(AdviceKind::Other),
    ]
}

fn outcome() -> impl Strategy<Value = ReviewOutcome> {
    prop_oneof![
        Just(ReviewOutcome::Maintain),
        Just(ReviewOutcome::Amend),
        Just(ReviewOutcome::Cease)
    ]
}

fn disputed() -> impl Strategy<Value = Disputed> {
    prop_oneof![
        Just(Disputed::NotToAssess),
        Just(Disputed::NotToIssue),
        Just(Disputed::PlanContents),
        Just(Disputed::ReviewDecision),
        Just(Disputed::Cease),
    ]
}

fn school() -> impl Strategy<Value = (i64, String)> {
    (1i64..4).prop_map(|id| (id, format!("School {id}")))
}

/// A command with its date left as an offset; the sequence position adds to
/// it so that later commands tend to carry later dates, as in real life.
fn command(on: Date) -> impl Strategy<Value = Command> {
    let text = prop_oneof![Just(String::new()), Just("reasons".to_owned())];
    prop_oneof![
        2 => Just(Command::RecordRequest { on, requester: Requester::Parent, school_id: None }),
        1 => Just(Command::RecordTransferIn {
            on,
            from_authority: "Northshire".into(),
            plan_dated: BASE,
            placement: Placement { school_id: None, name: "Ash".into() },
        }),
        1 => (1i64..3).prop_map(move |id| Command::AllocateCoordinator { on, coordinator_id: id }),
        3 => (any::<bool>(), text.clone())
            .prop_map(move |(assess, reasons)| Command::DecideWhetherToAssess { on, assess, reasons }),
        6 => kind().prop_map(move |kind| Command::RequestAdvice { on, kind, adviser: "A".into(), adviser_id: None }),
        6 => (1u32..8).prop_map(move |id| Command::ReceiveAdvice { on, advice_id: AdviceId(id) }),
        2 => (kind(), 0i64..500, any::<bool>()).prop_map(move |(kind, age, agree)| Command::ReuseAdvice {
            on,
            kind,
            adviser: "B".into(),
            given_on: on.saturating_sub(age.days()),
            everyone_agrees: agree,
        }),
        1 => Just(Command::RecordException {
            on,
            applies_to: ExceptionScope::FinalPlan,
            reason: ExceptionReason::FamilyAway,
            note: "away".into(),
        }),
        3 => (any::<bool>(), text.clone())
            .prop_map(move |(issue, reasons)| Command::DecideWhetherToIssue { on, issue, reasons }),
        3 => Just(Command::IssueDraft { on }),
        1 => Just(Command::RecordComments { on, summary: "c".into() }),
        1 => school().prop_map(move |(school_id, school_name)| Command::RecordPreference { on, school_id, school_name }),
        2 => school().prop_map(move |(school_id, school_name)| Command::ConsultSchool { on, school_id, school_name }),
        2 => (school(), any::<bool>()).prop_map(move |((school_id, _), yes)| Command::RecordSchoolResponse {
            on,
            school_id,
            response: if yes { ConsultationResponse::CanMeetNeeds } else { ConsultationResponse::CannotMeetNeeds },
            reasons: String::new(),
        }),
        4 => proptest::option::of(school()).prop_map(move |s| Command::IssueFinal {
            on,
            placement: Placement { school_id: s.as_ref().map(|s| s.0), name: "Named".into() },
        }),
        1 => (2026i16..2030, any::<bool>())
            .prop_map(move |(year, into_post16)| Command::NotePhaseTransfer { on, year, into_post16 }),
        3 => Just(Command::HoldReview { on }),
        3 => Just(Command::ReceiveReviewReport { on }),
        3 => (outcome(), text.clone()).prop_map(move |(outcome, reasons)| Command::DecideReview { on, outcome, reasons }),
        2 => Just(Command::ProposeAmendments { on, summary: "s".into() }),
        2 => Just(Command::IssueAmendedFinal { on, placement: Placement { school_id: None, name: "Elm".into() } }),
        1 => Just(Command::CeasePlan { on, reason: CeaseReason::Other, note: String::new() }),
        1 => Just(Command::WithdrawRequest { on, reason: "r".into() }),
        1 => Just(Command::TransferOut { on, to_authority: "Southshire".into() }),
        1 => disputed().prop_map(move |about| Command::RecordMediation { on, about, note: String::new() }),
        1 => disputed().prop_map(move |about| Command::RecordAppeal { on, about, note: String::new() }),
    ]
}

/// The happy path, one step at a time, so random journeys get deep into the
/// process instead of stalling at the first decision.
fn spine(step: usize, on: Date) -> Option<Command> {
    let reasons = "reasons".to_owned();
    Some(match step {
        0 => Command::RecordRequest {
            on,
            requester: Requester::School,
            school_id: Some(1),
        },
        1 => Command::DecideWhetherToAssess {
            on,
            assess: true,
            reasons,
        },
        2..=6 => Command::RequestAdvice {
            on,
            kind: AdviceKind::REQUIRED[step - 2],
            adviser: "A".into(),
            adviser_id: None,
        },
        7..=11 => Command::ReceiveAdvice {
            on,
            advice_id: AdviceId((step - 6) as u32),
        },
        12 => Command::DecideWhetherToIssue {
            on,
            issue: true,
            reasons,
        },
        13 => Command::IssueDraft { on },
        14 => Command::ConsultSchool {
            on,
            school_id: 1,
            school_name: "School 1".into(),
        },
        15 => Command::IssueFinal {
            on,
            placement: Placement {
                school_id: Some(1),
                name: "School 1".into(),
            },
        },
        16 => Command::HoldReview { on },
        17 => Command::ReceiveReviewReport { on },
        18 => Command::DecideReview {
            on,
            outcome: ReviewOutcome::Amend,
            reasons,
        },
        19 => Command::ProposeAmendments {
            on,
            summary: "s".into(),
        },
        20 => Command::IssueAmendedFinal {
            on,
            placement: Placement {
                school_id: None,
                name: "Elm".into(),
            },
        },
        _ => return None,
    })
}

/// A mix of happy-path steps and random commands, each dated by its place
/// in the sequence (about 12 days apart, with jitter that can reverse order).
fn journey() -> impl Strategy<Value = Vec<Command>> {
    proptest::collection::vec(-10i64..30, 1..70).prop_flat_map(|jitters| {
        let steps: Vec<_> = jitters
            .iter()
            .enumerate()
            .map(|(i, jitter)| {
                let on = BASE.saturating_add((i as i64 * 12 + jitter).days());
                prop_oneof![Just(None), command(on).prop_map(Some)].prop_map(move |c| (on, c))
            })
            .collect();
        steps.prop_map(|steps| {
            let mut next = 0;
            steps
                .into_iter()
                .filter_map(|(on, random)| {
                    random.or_else(|| {
                        next += 1;
                        spine(next - 1, on)
                    })
                })
                .collect()
        })
    })
}

/// The rules no record may break, whatever happened before.
fn check_rules(state: &CaseState, events: &[CaseEvent]) -> Result<(), String> {
    let count = |t: &str| events.iter().filter(|e| e.event_type() == t).count();
    for once in [
        "RequestReceived",
        "DecisionToAssess",
        "DecisionToIssue",
        "DraftIssued",
        "FinalIssued",
    ] {
        if count(once) > 1 {
            return Err(format!("{once} recorded twice"));
        }
    }
    if count("RequestReceived") + count("TransferredIn") > 1 {
        return Err("two starts".into());
    }
    let start = state.started_on().ok_or("events without a start")?;
    for e in events {
        if e.on() > TODAY || e.on() < start {
            return Err(format!(
                "{} dated {} outside the case",
                e.event_type(),
                e.on()
            ));
        }
    }
    if let Some(plan) = &state.plan {
        if state.transfer_in.is_none() {
            let draft = state.draft_issued_on.ok_or("final plan without a draft")?;
            if plan.issued_on < draft.saturating_add(15.days()) {
                return Err("final plan inside the family's 15 days".into());
            }
            if plan.placement.name.trim().is_empty() {
                return Err("final plan names no placement".into());
            }
        }
    }
    if state.draft_issued_on.is_some() && !state.issue_decision.as_ref().is_some_and(|d| d.yes) {
        return Err("draft without a decision to issue".into());
    }
    if let Some(issue) = &state.issue_decision {
        if !state.assess_decision.as_ref().is_some_and(|d| d.yes) {
            return Err("decision to issue without a decision to assess".into());
        }
        if state.advice.iter().any(|a| a.is_outstanding()) {
            return Err("decision to issue with advice outstanding".into());
        }
        for kind in AdviceKind::REQUIRED {
            if !state.advice.iter().any(|a| a.kind == kind) {
                return Err(format!("decision to issue without {kind:?} advice"));
            }
        }
        let last = state.advice.iter().filter_map(|a| a.received_on).max();
        if last.is_some_and(|l| l > issue.on) {
            return Err("decision to issue before its advice".into());
        }
    }
    for a in &state.advice {
        if let (Some(asked), Some(got)) = (a.requested_on, a.received_on) {
            if got < asked {
                return Err("advice received before it was requested".into());
            }
        }
    }
    if !state.reviews.is_empty() && state.plan.is_none() {
        return Err("review without a plan".into());
    }
    for r in &state.reviews {
        if r.decision.is_some() && r.report_on.is_none() {
            return Err("review decision without a report".into());
        }
        if let Some(amended) = r.amended_plan_on {
            let proposed = r
                .amendments_proposed_on
                .ok_or("amended plan without proposals")?;
            if amended < proposed.saturating_add(15.days()) {
                return Err("amended plan inside the family's 15 days".into());
            }
        }
    }
    if (state.stage == Stage::Closed) != state.closure.is_some() {
        return Err("closed stage and closure disagree".into());
    }
    if state.version != events.len() as u64 {
        return Err("version is not the event count".into());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_sequence_of_commands_breaks_the_rules(commands in journey()) {
        let mut events: Vec<CaseEvent> = Vec::new();
        let mut state = CaseState::default();
        for command in commands {
            let kind = command.kind();
            match decide(&state, command, TODAY) {
                Ok(new) => {
                    prop_assert!(allowed_commands(&state).contains(&kind), "{kind:?} accepted but not offered");
                    prop_assert_eq!(new.len(), 1);
                    events.extend(new);
                    let folded = CaseState::from_events(&events);
                    state.apply(events.last().unwrap());
                    prop_assert_eq!(&state, &folded);
                    if let Err(broken) = check_rules(&state, &events) {
                        prop_assert!(false, "{}: {:#?}", broken, events);
                    }
                }
                Err(refusal) => {
                    prop_assert!(!refusal.to_string().is_empty());
                    prop_assert_eq!(&state, &CaseState::from_events(&events));
                }
            }
        }
    }

    #[test]
    fn every_accepted_event_reads_back_from_storage(commands in journey()) {
        let mut events: Vec<CaseEvent> = Vec::new();
        for command in commands {
            if let Ok(new) = decide(&CaseState::from_events(&events), command, TODAY) {
                events.extend(new);
            }
        }
        for e in &events {
            let back = CaseEvent::from_stored(e.event_type(), &e.to_payload().unwrap()).unwrap();
            prop_assert_eq!(&back, e);
        }
    }
}

#[test]
fn random_journeys_do_reach_a_plan() {
    // Guards the property above against a generator that never gets far.
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let strategy = journey();
    let mut reached_plan = 0;
    for _ in 0..3000 {
        let commands = strategy.new_tree(&mut runner).unwrap().current();
        let mut state = CaseState::default();
        for command in commands {
            if let Ok(new) = decide(&state, command, TODAY) {
                for e in &new {
                    state.apply(e);
                }
            }
        }
        if state.plan.is_some() && state.transfer_in.is_none() {
            reached_plan += 1;
        }
    }
    assert!(
        reached_plan > 30,
        "only {reached_plan} random journeys reached a plan"
    );
}
