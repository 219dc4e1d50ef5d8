//! Who sees which case: the access policy through the real pages.

use axum::http::StatusCode;
use tandem_domain::role::Role;
use tandem_store::{CaseRelation, Store};

use crate::support::TestApp;

#[tokio::test]
async fn a_parent_sees_only_their_own_childs_case() {
    let app = TestApp::new().await;
    let (mut parent, me) = app.signed_in(Role::Parent, "p@example.test").await;
    let other = app
        .person(app.authority, Role::Parent, "other@example.test")
        .await;
    app.case(app.authority, "NBC-2026-00001", &[me]).await;
    app.case(app.authority, "NBC-2026-00002", &[other]).await;

    let list = parent.get("/cases").await;
    assert_eq!(list.select_text("tbody td a"), ["Child of NBC-2026-00001"]);
    let mine = parent.get("/cases/NBC-2026-00001").await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(mine.select_text("h1"), ["Child of NBC-2026-00001"]);
    assert!(
        mine.body.contains("We will decide whether to assess by"),
        "plain-English milestones for families"
    );
    assert!(
        mine.select_text("h2").iter().all(|h| h != "History"),
        "no staff record for families"
    );
    assert_eq!(
        parent.get("/cases/NBC-2026-00002").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_case_of_another_authority_is_not_found_for_anyone() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    app.case(app.other_authority, "SMC-2026-00001", &[]).await;
    assert_eq!(
        coordinator.get("/cases/SMC-2026-00001").await.status,
        StatusCode::NOT_FOUND
    );
    assert!(coordinator
        .get("/cases")
        .await
        .select_text("tbody td a")
        .is_empty());
    assert_eq!(
        coordinator.get("/cases/not-a-reference").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn staff_see_their_authoritys_cases_with_the_full_record() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    app.case(app.authority, "NBC-2026-00003", &[]).await;
    let page = coordinator.get("/cases/NBC-2026-00003").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.select_text("h2").contains(&"History".to_owned()));
    assert!(page.body.contains("RequestReceived"));
}

#[tokio::test]
async fn a_school_sees_its_pupils_and_a_specialist_the_cases_they_advise_on() {
    let app = TestApp::new().await;
    let (mut school, _) = app.signed_in(Role::School, "senco@example.test").await;
    let (mut specialist, adviser) = app.signed_in(Role::Specialist, "ep@example.test").await;
    let pupil = app.case(app.authority, "NBC-2026-00004", &[]).await;
    assert_eq!(
        school.get("/cases/NBC-2026-00004").await.status,
        StatusCode::OK
    );
    assert_eq!(
        specialist.get("/cases/NBC-2026-00004").await.status,
        StatusCode::NOT_FOUND
    );
    app.store
        .link_person(app.authority, pupil, adviser, CaseRelation::Adviser)
        .await
        .unwrap();
    assert_eq!(
        specialist.get("/cases/NBC-2026-00004").await.status,
        StatusCode::OK
    );
    assert_eq!(
        specialist.get("/cases").await.select_text("tbody td a"),
        ["NBC-2026-00004"]
    );
}

#[tokio::test]
async fn an_administrator_may_not_read_case_files() {
    let app = TestApp::new().await;
    let (mut admin, _) = app
        .signed_in(Role::AuthorityAdmin, "admin@example.test")
        .await;
    app.case(app.authority, "NBC-2026-00005", &[]).await;
    assert_eq!(admin.get("/cases").await.status, StatusCode::FORBIDDEN);
    let page = admin.get("/cases/NBC-2026-00005").await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(
        page.select_text("h1"),
        ["You do not have permission to see this page"]
    );
}

#[tokio::test]
async fn every_look_at_a_case_is_in_the_audit_log() {
    let app = TestApp::new().await;
    let (mut parent, me) = app.signed_in(Role::Parent, "p@example.test").await;
    let case = app.case(app.authority, "NBC-2026-00006", &[me]).await;
    parent.get("/cases/NBC-2026-00006").await;
    let log = app.store.audit_log(app.authority, 10).await.unwrap();
    let entry = log
        .iter()
        .find(|e| e.case == Some(case))
        .expect("the read is recorded");
    assert_eq!(
        (entry.person, entry.action.as_str()),
        (Some(me), "viewed case")
    );
}

#[tokio::test]
async fn caseload_filters_narrow_the_list() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    app.case(app.authority, "NBC-2026-00007", &[]).await;
    assert_eq!(
        coordinator.get("/cases").await.select_text("tbody td a"),
        ["NBC-2026-00007"]
    );
    assert!(
        coordinator
            .get("/cases?mine=1")
            .await
            .select_text("tbody td a")
            .is_empty(),
        "nothing allocated yet"
    );
    assert!(coordinator
        .get("/cases?rag=red")
        .await
        .select_text("tbody td a")
        .is_empty());
    assert_eq!(
        coordinator
            .get("/cases?rag=green")
            .await
            .select_text("tbody td a"),
        ["NBC-2026-00007"]
    );
}

#[tokio::test]
async fn long_lists_come_50_to_a_page_keeping_the_filters() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    for n in 1..=55 {
        app.case(app.authority, &format!("NBC-2026-{n:05}"), &[])
            .await;
    }
    let first = coordinator.get("/cases?rag=green").await;
    assert_eq!(first.select_text("tbody td a").len(), 50);
    assert_eq!(
        first.select_text("caption"),
        ["Cases 1 to 50, soonest due first"]
    );
    let next = scraper::Selector::parse("a[rel=next]").unwrap();
    let href = first
        .html()
        .select(&next)
        .next()
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_owned();
    assert_eq!(href, "/cases?rag=green&page=2");
    let second = coordinator.get(&href).await;
    assert_eq!(second.select_text("tbody td a").len(), 5);
    assert_eq!(second.select_text("a[rel=prev]").len(), 1);
    assert!(second.select_text("a[rel=next]").is_empty());
}
