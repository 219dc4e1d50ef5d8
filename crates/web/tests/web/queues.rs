//! Business support's inbox of new requests and the managers' team view.

use axum::http::StatusCode;
use tandem_domain::case::{decide, CaseState, Command};
use tandem_domain::ids::{CaseId, PersonId, SchoolId};
use tandem_domain::role::Role;
use tandem_store::read_model::{project, to_case_events, to_new_events};
use tandem_store::Store;
use tandem_web::Clock;

use crate::support::{Page, TestApp};

/// Allocates a case straight through the domain and store, as set-up.
async fn allocate(app: &TestApp, case: CaseId, coordinator: PersonId) {
    let stored = app.store.events(app.authority, case).await.unwrap();
    let state = CaseState::from_events(&to_case_events(&stored).unwrap());
    let today = tandem_domain::clock::london_date(app.clock.now());
    let command = Command::AllocateCoordinator {
        on: today,
        coordinator_id: coordinator.0,
    };
    let events = decide(&state, command, today).unwrap();
    let mut next = state.clone();
    events.iter().for_each(|e| next.apply(e));
    let new = to_new_events(&events, None, app.clock.now()).unwrap();
    let version = stored.len() as i64;
    app.store
        .append_events(
            app.authority,
            case,
            version,
            &new,
            &project(&next, today),
            &[],
        )
        .await
        .unwrap();
}

fn form_value(page: &Page, selector: &str, attr: &str) -> String {
    let selector = scraper::Selector::parse(selector).unwrap();
    let html = page.html();
    let found = html.select(&selector).next();
    found
        .and_then(|e| e.value().attr(attr))
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn the_inbox_suggests_a_coordinator_and_allocating_moves_the_case_to_their_caseload() {
    let app = TestApp::new().await;
    let (mut support, _) = app
        .signed_in(Role::BusinessSupport, "bs@example.test")
        .await;
    let (mut patch, patch_id) = app.signed_in(Role::Coordinator, "patch@example.test").await;
    let idle = app
        .person(app.authority, Role::Coordinator, "idle@example.test")
        .await;
    let known = app.case(app.authority, "NBC-2026-00001", &[]).await;
    allocate(&app, known, patch_id).await;
    app.case(app.authority, "NBC-2026-00002", &[]).await;

    let inbox = support.get("/queues/inbox").await;
    assert_eq!(inbox.status, StatusCode::OK);
    assert_eq!(
        inbox.select_text(".tandem-inbox tbody td a"),
        ["NBC-2026-00002"]
    );
    assert_eq!(
        inbox.select_text(".tandem-suggestion"),
        ["Suggested: Already has 1 open cases at Brook Primary"]
    );
    assert_eq!(
        form_value(&inbox, "option[selected]", "value"),
        patch_id.0.to_string()
    );
    assert!(
        inbox.body.contains(&format!("value=\"{}\"", idle.0)),
        "every coordinator can be chosen"
    );

    let version = form_value(&inbox, ".tandem-inbox input[name=version]", "value");
    let (day, month, year) = (
        form_value(&inbox, "input[name=on-day]", "value"),
        form_value(&inbox, "input[name=on-month]", "value"),
        form_value(&inbox, "input[name=on-year]", "value"),
    );
    let fields = [
        ("csrf_token", inbox.csrf()),
        ("version", version),
        ("return", "inbox".into()),
        ("on-day", day),
        ("on-month", month),
        ("on-year", year),
        ("coordinator_id", patch_id.0.to_string()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sent = support
        .post(
            "/cases/NBC-2026-00002/actions/allocate-coordinator",
            &fields,
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    assert_eq!(sent.location(), "/queues/inbox?allocated=NBC-2026-00002");

    let inbox = support.get("/queues/inbox?allocated=NBC-2026-00002").await;
    assert!(inbox.select_text(".tandem-inbox tbody td a").is_empty());
    assert!(inbox.body.contains("NBC-2026-00002 has been allocated."));
    let mine = patch.get("/cases?mine=1").await;
    assert_eq!(
        mine.select_text("tbody td a"),
        ["NBC-2026-00001", "NBC-2026-00002"]
    );
}

/// A new request at `school`, where `TestApp::case` always uses the test school.
async fn case_at(app: &TestApp, reference: &str, school: SchoolId) -> CaseId {
    use tandem_domain::case::{CaseEvent, Requester};
    let today = tandem_domain::clock::london_date(app.clock.now());
    let events = vec![CaseEvent::RequestReceived {
        on: today,
        requester: Requester::School,
        school_id: Some(school.0),
    }];
    let new = tandem_store::NewCase {
        reference: reference.into(),
        child_name: format!("Child of {reference}"),
        child_date_of_birth: None,
        school: Some(school),
        opened_on: today.to_string(),
        read_model: project(&CaseState::from_events(&events), today),
    };
    let stored = to_new_events(&events, None, app.clock.now()).unwrap();
    app.store
        .create_case(app.authority, &new, &stored)
        .await
        .unwrap()
}

#[tokio::test]
async fn with_nobody_at_the_school_the_smallest_caseload_is_suggested() {
    let app = TestApp::new().await;
    let (mut support, _) = app
        .signed_in(Role::BusinessSupport, "bs@example.test")
        .await;
    let busy = app
        .person(app.authority, Role::Coordinator, "busy@example.test")
        .await;
    let free = app
        .person(app.authority, Role::Coordinator, "free@example.test")
        .await;
    let ash = app
        .store
        .create_school(app.authority, "Ash Academy", "900002", "secondary")
        .await
        .unwrap();
    for reference in ["NBC-2026-00001", "NBC-2026-00002"] {
        let case = case_at(&app, reference, ash).await;
        allocate(&app, case, busy).await;
    }
    app.case(app.authority, "NBC-2026-00003", &[]).await;
    let page = support.get("/queues/inbox").await;
    assert_eq!(
        page.select_text(".tandem-inbox tbody td a"),
        ["NBC-2026-00003"]
    );
    assert_eq!(
        page.select_text(".tandem-suggestion"),
        ["Suggested: Smallest caseload: 0 open cases"]
    );
    assert_eq!(
        form_value(&page, "option[selected]", "value"),
        free.0.to_string()
    );
}

#[tokio::test]
async fn the_team_view_counts_each_coordinators_open_cases_by_status() {
    let app = TestApp::new().await;
    let (mut manager, _) = app.signed_in(Role::Manager, "m@example.test").await;
    let first = app
        .person(app.authority, Role::Coordinator, "first@example.test")
        .await;
    let second = app
        .person(app.authority, Role::Coordinator, "second@example.test")
        .await;
    for (n, who) in [(1, first), (2, first), (3, second)] {
        let case = app
            .case(app.authority, &format!("NBC-2026-0000{n}"), &[])
            .await;
        allocate(&app, case, who).await;
    }
    let page = manager.get("/queues/team").await;
    assert_eq!(page.status, StatusCode::OK);
    let rows = page.select_text(".tandem-team tbody tr");
    assert_eq!(
        rows,
        ["Coordinator first 0 0 2", "Coordinator second 0 0 1"]
    );
    assert_eq!(
        page.select_text(".tandem-bar__label"),
        ["Coordinator first", "Coordinator second"]
    );
    let link = form_value(&page, ".tandem-team tbody a", "href");
    assert_eq!(link, format!("/cases?coordinator={}", first.0));
    let caseload = manager.get(&link).await;
    assert_eq!(
        caseload.select_text("tbody td a"),
        ["NBC-2026-00001", "NBC-2026-00002"]
    );
    assert!(page.select_text("nav a").contains(&"Team".to_owned()));
}

#[tokio::test]
async fn families_cannot_see_the_work_queues() {
    let app = TestApp::new().await;
    let (mut parent, _) = app.signed_in(Role::Parent, "p@example.test").await;
    assert_eq!(
        parent.get("/queues/inbox").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        parent.get("/queues/team").await.status,
        StatusCode::FORBIDDEN
    );
}
