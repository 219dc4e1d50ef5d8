//! Staff reminders: advice chased at 4 and 5 weeks and escalated at 6, a
//! week's notice of council deadlines, each sent once.

use jiff::civil::{date, Date};
use tandem_domain::case::{AdviceId, AdviceKind, CaseEvent, CaseState, Requester};
use tandem_domain::clock::milestones_from_events;
use tandem_domain::clock::timescale::days_after;
use tandem_domain::ids::{CaseId, PersonId};
use tandem_domain::role::Role;
use tandem_store::read_model::{project, to_new_events};
use tandem_store::{NewCase, Store};
use tandem_web::notify::reminders::{due_reminders, remind, Step};
use tandem_web::Clock;

use crate::support::TestApp;

const REQUEST: (i16, i8, i8) = (2026, 9, 1);
/// Advice asked for a week after the request.
const ASKED: (i16, i8, i8) = (2026, 9, 8);

fn day(d: (i16, i8, i8)) -> Date {
    date(d.0, d.1, d.2)
}

fn events(coordinator: PersonId, adviser: Option<PersonId>) -> Vec<CaseEvent> {
    vec![
        CaseEvent::RequestReceived {
            on: day(REQUEST),
            requester: Requester::Parent,
            school_id: None,
        },
        CaseEvent::CoordinatorAllocated {
            on: day(REQUEST),
            coordinator_id: coordinator.0,
        },
        CaseEvent::DecisionToAssess {
            on: days_after(day(REQUEST), 1),
            assess: true,
            reasons: "Needs unclear.".into(),
        },
        CaseEvent::AdviceRequested {
            on: day(ASKED),
            advice_id: AdviceId(1),
            kind: AdviceKind::Psychological,
            adviser: "Dr Rivers".into(),
            adviser_id: adviser.map(|p| p.0),
        },
    ]
}

async fn open(app: &TestApp, reference: &str, events: &[CaseEvent]) -> CaseId {
    let state = CaseState::from_events(events);
    let read_model = project(&state, day(ASKED));
    let new = NewCase {
        reference: reference.into(),
        child_name: "Robin".into(),
        child_date_of_birth: None,
        school: None,
        opened_on: day(REQUEST).to_string(),
        read_model,
    };
    let stored = to_new_events(events, None, app.clock.now()).unwrap();
    app.store
        .create_case(app.authority, &new, &stored)
        .await
        .unwrap()
}

async fn sent(app: &TestApp, case: CaseId) -> Vec<(String, String)> {
    let mut all: Vec<_> = app
        .store
        .messages_for_case(app.authority, case)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.recipient, m.subject))
        .collect();
    all.sort();
    all
}

#[test]
fn advice_is_chased_at_4_and_5_weeks_and_escalated_at_6() {
    let events = events(PersonId(1), None);
    let on = |days| {
        let today = days_after(day(ASKED), days);
        due_reminders(&milestones_from_events(&events, today), today)
            .into_iter()
            .map(|r| r.step)
            .collect::<Vec<_>>()
    };
    assert_eq!(on(27), []);
    assert_eq!(on(28), [Step::ChaseAt4Weeks]);
    assert_eq!(
        on(34),
        [Step::ChaseAt4Weeks],
        "the latest step due, every day until the next"
    );
    assert_eq!(on(35), [Step::ChaseAt5Weeks]);
    assert_eq!(on(42), [Step::EscalateAt6Weeks]);
}

#[tokio::test]
async fn each_reminder_is_sent_once_to_the_right_people() {
    let app = TestApp::new().await;
    let coordinator = app
        .person(app.authority, Role::Coordinator, "coordinator@example.test")
        .await;
    let adviser = app
        .person(app.authority, Role::Specialist, "ep@example.test")
        .await;
    app.person(app.authority, Role::Manager, "manager@example.test")
        .await;
    app.person(app.other_authority, Role::Manager, "elsewhere@example.test")
        .await;
    let case = open(&app, "NBC-2026-00007", &events(coordinator, Some(adviser))).await;
    let store = app.store.as_ref();

    assert_eq!(
        remind(store, days_after(day(ASKED), 27))
            .await
            .unwrap()
            .queued,
        0
    );
    let first = remind(store, days_after(day(ASKED), 28)).await.unwrap();
    assert_eq!(first.queued, 1);
    assert_eq!(
        remind(store, days_after(day(ASKED), 28))
            .await
            .unwrap()
            .queued,
        0,
        "once only"
    );
    assert_eq!(
        remind(store, days_after(day(ASKED), 30))
            .await
            .unwrap()
            .queued,
        0,
        "nor on later days"
    );
    let due = "Reminder: psychological advice for Robin is due by 20 October 2026";
    assert_eq!(
        sent(&app, case).await,
        [("ep@example.test".to_owned(), due.to_owned())]
    );

    assert_eq!(
        remind(store, days_after(day(ASKED), 35))
            .await
            .unwrap()
            .queued,
        1
    );
    assert_eq!(
        remind(store, days_after(day(ASKED), 42))
            .await
            .unwrap()
            .queued,
        1
    );
    assert_eq!(
        remind(store, days_after(day(ASKED), 42))
            .await
            .unwrap()
            .queued,
        0
    );
    let all = sent(&app, case).await;
    let late = "Late advice: psychological advice for Robin was due on 20 October 2026";
    let escalated: Vec<_> = all
        .iter()
        .filter(|(_, s)| s == late)
        .map(|(to, _)| to.as_str())
        .collect();
    assert_eq!(
        escalated,
        ["coordinator@example.test", "manager@example.test"]
    );
    assert_eq!(
        all.iter().filter(|(to, _)| to == "ep@example.test").count(),
        2,
        "chased twice"
    );
    assert!(all.iter().all(|(to, _)| to != "elsewhere@example.test"));
}

#[tokio::test]
async fn an_adviser_without_an_account_is_chased_through_the_coordinator() {
    let app = TestApp::new().await;
    let coordinator = app
        .person(app.authority, Role::Coordinator, "coordinator@example.test")
        .await;
    let case = open(&app, "NBC-2026-00008", &events(coordinator, None)).await;
    remind(app.store.as_ref(), days_after(day(ASKED), 28))
        .await
        .unwrap();
    let all = sent(&app, case).await;
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].0, "coordinator@example.test");
    assert!(
        all[0].1.starts_with("Please chase Dr Rivers"),
        "{}",
        all[0].1
    );
}

#[tokio::test]
async fn received_advice_is_not_chased_and_deadlines_get_a_week_s_notice() {
    let app = TestApp::new().await;
    let coordinator = app
        .person(app.authority, Role::Coordinator, "coordinator@example.test")
        .await;
    let mut events = events(coordinator, None);
    events.push(CaseEvent::AdviceReceived {
        on: days_after(day(ASKED), 20),
        advice_id: AdviceId(1),
    });
    let case = open(&app, "NBC-2026-00009", &events).await;
    remind(app.store.as_ref(), days_after(day(ASKED), 30))
        .await
        .unwrap();
    assert!(sent(&app, case).await.is_empty());
    // The decision whether to issue is due 16 weeks after the request.
    remind(app.store.as_ref(), date(2026, 12, 15))
        .await
        .unwrap();
    let all = sent(&app, case).await;
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0].1,
        "Due in a week: decision whether to issue a plan for Robin by 22 December 2026"
    );
}
