//! Notifications: letters queued with decisions, the messages page, staff
//! reminders, and (in `notify/sending.rs`) the SMTP sender.

mod reminding;
mod sending;
mod smtp_server;

use axum::http::StatusCode;
use tandem_domain::case::{CaseEvent, CaseState};
use tandem_domain::clock::london_date;
use tandem_domain::role::Role;
use tandem_store::read_model::{project, to_case_events, to_new_events};
use tandem_store::Store;
use tandem_web::Clock;

use crate::support::TestApp;

const REFERENCE: &str = "NBC-2026-00001";

/// A case whose family is `parent`, decided "not to assess" through the
/// store with the letters `compose` wrote, as the case-action pages do.
async fn refused_case(app: &TestApp, parent: tandem_domain::ids::PersonId) {
    app.store
        .set_school_email(app.authority, app.school, Some("senco@brook.example.test"))
        .await
        .unwrap();
    let id = app.case(app.authority, REFERENCE, &[parent]).await;
    let case = app.store.case(app.authority, id).await.unwrap().unwrap();
    let parties = app
        .store
        .case_parties(app.authority, id)
        .await
        .unwrap()
        .unwrap();
    let today = london_date(app.clock.now());
    let decided = vec![CaseEvent::DecisionToAssess {
        on: today,
        assess: false,
        reasons: "The school's own support is working well.".into(),
    }];
    let messages = tandem_web::notify::compose(app.store.as_ref(), &case, &parties, &decided)
        .await
        .unwrap();
    let mut all = to_case_events(&app.store.events(app.authority, id).await.unwrap()).unwrap();
    all.extend(decided.iter().cloned());
    let read_model = project(&CaseState::from_events(&all), today);
    let stored = to_new_events(&decided, None, app.clock.now()).unwrap();
    app.store
        .append_events(
            app.authority,
            id,
            case.version,
            &stored,
            &read_model,
            &messages,
        )
        .await
        .unwrap();
}

#[tokio::test]
async fn a_decision_letter_appears_on_the_messages_page() {
    let app = TestApp::new().await;
    let parent = app
        .person(app.authority, Role::Parent, "parent@example.test")
        .await;
    refused_case(&app, parent).await;

    let kept = kept_messages(&app, REFERENCE).await;
    let to_parent = kept
        .iter()
        .find(|m| m.recipient == "parent@example.test")
        .expect("the family is told");
    assert!(to_parent
        .body
        .contains("The school's own support is working well."));
    assert!(to_parent.body.contains("SEND Tribunal"));
    assert!(to_parent.body.contains("within 3 working days"));
    let to_school = kept
        .iter()
        .find(|m| m.recipient == "senco@brook.example.test")
        .expect("the school is told");
    assert!(
        !to_school.body.contains("working well"),
        "the reasons are the family's"
    );

    let (mut coordinator, _) = app
        .signed_in(Role::Coordinator, "coordinator@example.test")
        .await;
    let page = coordinator
        .get(&format!("/cases/{REFERENCE}/messages"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let rows = page.select_text("tbody tr");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("parent@example.test")
        && r.contains("Our decision: we will not assess")
        && r.contains("Waiting")));
    assert!(rows.iter().any(|r| r.contains("senco@brook.example.test")));
}

#[tokio::test]
async fn a_parent_cannot_open_the_messages_page() {
    let app = TestApp::new().await;
    let (mut parent, id) = app.signed_in(Role::Parent, "parent@example.test").await;
    refused_case(&app, id).await;
    assert_eq!(
        parent.get(&format!("/cases/{REFERENCE}")).await.status,
        StatusCode::OK,
        "they see their case"
    );
    let page = parent.get(&format!("/cases/{REFERENCE}/messages")).await;
    assert!(
        matches!(page.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
        "{}",
        page.status
    );
    assert!(!page.body.contains("Our decision"));
}

#[tokio::test]
async fn a_case_of_another_authority_has_no_messages_page() {
    let app = TestApp::new().await;
    let parent = app
        .person(app.authority, Role::Parent, "parent@example.test")
        .await;
    refused_case(&app, parent).await;
    app.person(
        app.other_authority,
        Role::Coordinator,
        "outsider@example.test",
    )
    .await;
    let mut browser = app.browser();
    browser
        .sign_in("outsider@example.test", crate::support::PASSWORD)
        .await;
    let page = browser.get(&format!("/cases/{REFERENCE}/messages")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
}

async fn kept_messages(app: &TestApp, reference: &str) -> Vec<tandem_store::Message> {
    let case = app
        .store
        .case_by_reference(app.authority, reference)
        .await
        .unwrap()
        .unwrap();
    app.store
        .messages_for_case(app.authority, case.id)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_case_page_links_staff_to_its_messages() {
    let app = crate::support::TestApp::new().await;
    let (mut coordinator, _) = app
        .signed_in(tandem_domain::role::Role::Coordinator, "c@example.test")
        .await;
    app.case(app.authority, "NBC-2026-00031", &[]).await;
    let page = coordinator.get("/cases/NBC-2026-00031").await;
    let link = scraper::Selector::parse("a[href='/cases/NBC-2026-00031/messages']").unwrap();
    assert_eq!(page.html().select(&link).count(), 1);
    assert!(page
        .select_text(".govuk-summary-list__value .govuk-tag")
        .contains(&"On track".to_owned()));
}
