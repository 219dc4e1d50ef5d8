//! The administrator's audit log and people pages.

use axum::http::StatusCode;
use tandem_domain::role::Role;
use tandem_store::Store;

use crate::support::TestApp;

#[tokio::test]
async fn an_administrator_reads_and_exports_the_audit_log() {
    let app = TestApp::new().await;
    let (mut parent, me) = app.signed_in(Role::Parent, "p@example.test").await;
    app.case(app.authority, "NBC-2026-00010", &[me]).await;
    parent.get("/cases/NBC-2026-00010").await;
    let (mut admin, _) = app
        .signed_in(Role::AuthorityAdmin, "admin@example.test")
        .await;
    let page = admin.get("/admin/audit").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .select_text("tbody td")
        .contains(&"viewed case".to_owned()));
    let csv = admin.get("/admin/audit.csv").await;
    assert_eq!(
        csv.headers.get("content-type").unwrap(),
        "text/csv; charset=utf-8"
    );
    let mut lines = csv.body.lines();
    assert_eq!(
        lines.next(),
        Some("id,when,person_id,person,action,case_id,detail")
    );
    assert!(csv.body.contains("viewed case"));
    assert!(csv.body.contains("Parent or carer p"));
}

#[tokio::test]
async fn only_administrators_see_the_audit_log() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    assert_eq!(
        coordinator.get("/admin/audit").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        coordinator.get("/admin/audit.csv").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.browser().get("/admin/audit.csv").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn turning_off_access_on_the_people_page_signs_the_person_out() {
    let app = TestApp::new().await;
    let (mut parent, parent_id) = app.signed_in(Role::Parent, "p@example.test").await;
    let (mut admin, _) = app
        .signed_in(Role::AuthorityAdmin, "admin@example.test")
        .await;
    let people = admin.get("/admin/people").await;
    let path = format!("/admin/people/{parent_id}/access");
    let done = admin
        .post(
            &path,
            &[("csrf_token", &people.csrf()), ("disabled", "true")],
        )
        .await;
    assert_eq!(done.location(), "/admin/people");
    assert_eq!(parent.get("/cases").await.status, StatusCode::SEE_OTHER);
    assert!(
        app.store
            .person(app.authority, parent_id)
            .await
            .unwrap()
            .unwrap()
            .disabled
    );
    // Another authority's person cannot be reached.
    let stranger = app
        .person(app.other_authority, Role::Parent, "s@example.test")
        .await;
    let path = format!("/admin/people/{stranger}/access");
    let refused = admin
        .post(
            &path,
            &[("csrf_token", &people.csrf()), ("disabled", "true")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(
        !app.store
            .person(app.other_authority, stranger)
            .await
            .unwrap()
            .unwrap()
            .disabled
    );
}
