//! The JSON API: tokens, problems, the access policy and the OpenAPI document.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use tandem_domain::role::Role;
use tandem_store::Store;
use tandem_web::auth::session::hash_token;

use crate::support::{Page, TestApp};

async fn token_for(app: &TestApp, role: Role, email: &str) -> String {
    let person = app.person(app.authority, role, email).await;
    let token = format!("token-for-{email}");
    app.store
        .create_api_token(app.authority, person, &hash_token(&token), "test")
        .await
        .unwrap();
    token
}

async fn call(
    app: &TestApp,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> Page {
    let mut request = Request::builder().method(method).uri(path);
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    if body.is_some() {
        request = request.header(header::CONTENT_TYPE, "application/json");
    }
    let request = request
        .body(Body::from(body.unwrap_or_default().to_owned()))
        .unwrap();
    app.browser().request(request).await
}

fn problem(page: &Page) -> serde_json::Value {
    assert_eq!(
        page.headers.get("content-type").unwrap(),
        "application/problem+json"
    );
    serde_json::from_str(&page.body).unwrap()
}

#[tokio::test]
async fn without_a_valid_token_the_api_answers_401_with_a_problem() {
    let app = TestApp::new().await;
    for token in [None, Some("made-up")] {
        let page = call(&app, "GET", "/api/v1/cases", token, None).await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
        assert_eq!(problem(&page)["status"], 401);
    }
}

#[tokio::test]
async fn staff_list_and_read_cases_of_their_own_authority_only() {
    let app = TestApp::new().await;
    let token = token_for(&app, Role::Coordinator, "c@example.test").await;
    app.case(app.authority, "NBC-2026-00020", &[]).await;
    app.case(app.other_authority, "SMC-2026-00020", &[]).await;
    let list = call(&app, "GET", "/api/v1/cases", Some(&token), None).await;
    let cases: serde_json::Value = serde_json::from_str(&list.body).unwrap();
    assert_eq!(cases.as_array().unwrap().len(), 1);
    assert_eq!(cases[0]["reference"], "NBC-2026-00020");
    let one = call(
        &app,
        "GET",
        "/api/v1/cases/NBC-2026-00020",
        Some(&token),
        None,
    )
    .await;
    let detail: serde_json::Value = serde_json::from_str(&one.body).unwrap();
    assert_eq!(detail["events"][0]["event_type"], "RequestReceived");
    let other = call(
        &app,
        "GET",
        "/api/v1/cases/SMC-2026-00020",
        Some(&token),
        None,
    )
    .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert_eq!(problem(&other)["status"], 404);
}

#[tokio::test]
async fn a_parent_token_cannot_list_the_authoritys_cases() {
    let app = TestApp::new().await;
    let token = token_for(&app, Role::Parent, "p@example.test").await;
    assert_eq!(
        call(&app, "GET", "/api/v1/cases", Some(&token), None)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let body = r#"{"name": "New Academy", "urn": "912345", "phase": "secondary"}"#;
    let page = call(&app, "POST", "/api/v1/schools", Some(&token), Some(body)).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(problem(&page)["status"], 403);
}

#[tokio::test]
async fn a_malformed_body_is_422_and_changes_nothing() {
    let app = TestApp::new().await;
    let token = token_for(&app, Role::BusinessSupport, "bs@example.test").await;
    let before = app.store.schools(app.authority).await.unwrap().len();
    for body in [
        "{not json",
        r#"{"name": "X"}"#,
        r#"{"name": "X", "urn": "12", "phase": "primary"}"#,
        r#"{"name": "X", "urn": "912345", "phase": "university"}"#,
        r#"{"name": "", "urn": "912345", "phase": "primary"}"#,
        r#"{"name": "X", "urn": "912345", "phase": "primary", "extra": 1}"#,
        r#"{"name": "Dup", "urn": "900001", "phase": "primary"}"#,
    ] {
        let page = call(&app, "POST", "/api/v1/schools", Some(&token), Some(body)).await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(!problem(&page)["detail"].as_str().unwrap().is_empty());
    }
    assert_eq!(
        app.store.schools(app.authority).await.unwrap().len(),
        before
    );
    let created = call(
        &app,
        "POST",
        "/api/v1/schools",
        Some(&token),
        Some(r#"{"name": "New Academy", "urn": "912345", "phase": "secondary"}"#),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_eq!(
        app.store.schools(app.authority).await.unwrap().len(),
        before + 1
    );
}

#[tokio::test]
async fn the_openapi_document_describes_the_api() {
    let app = TestApp::new().await;
    let page = call(&app, "GET", "/api/openapi.json", None, None).await;
    let doc: serde_json::Value = serde_json::from_str(&page.body).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for path in [
        "/api/v1/cases",
        "/api/v1/cases/{reference}",
        "/api/v1/schools",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}
