//! The GOV.UK page shell, security headers, health and error pages.

use axum::http::StatusCode;
use tandem_domain::role::Role;

use crate::support::TestApp;

#[tokio::test]
async fn every_page_has_the_shell_and_a_content_security_policy() {
    let app = TestApp::new().await;
    let mut browser = app.browser();
    for path in ["/sign-in", "/accessibility", "/privacy", "/no-such-page"] {
        let page = browser.get(path).await;
        assert_eq!(
            page.select_text(".govuk-skip-link"),
            ["Skip to main content"],
            "{path}"
        );
        assert_eq!(
            page.select_text(".govuk-phase-banner__content__tag"),
            ["Beta"],
            "{path}"
        );
        assert!(page
            .select_text(".govuk-footer a")
            .contains(&"Accessibility statement".to_owned()));
        assert!(page
            .select_text(".govuk-footer a")
            .contains(&"Privacy notice".to_owned()));
        let csp = page
            .headers
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert_eq!(
            page.headers.get("x-content-type-options").unwrap(),
            "nosniff"
        );
        assert!(page.html().root_element().value().attr("lang") == Some("en"));
    }
}

#[tokio::test]
async fn the_header_names_the_authority_and_the_person_once_signed_in() {
    let app = TestApp::new().await;
    let (mut browser, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let page = browser.get("/cases").await;
    assert_eq!(
        page.select_text(".govuk-header__logotype-text"),
        ["Northbrook Council"]
    );
    assert_eq!(
        page.select_text(".govuk-header__service-name"),
        ["EHC needs assessment"]
    );
    assert_eq!(page.select_text(".tandem-person"), ["Coordinator c"]);
    assert!(!page.body.contains("crown"), "not the GOV.UK crown");
}

#[tokio::test]
async fn unknown_pages_are_404_with_a_helpful_page() {
    let app = TestApp::new().await;
    let page = app.browser().get("/nowhere").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(page.select_text("h1"), ["Page not found"]);
}

#[tokio::test]
async fn health_answers_when_the_database_does() {
    let app = TestApp::new().await;
    let page = app.browser().get("/healthz").await;
    assert_eq!((page.status, page.body.as_str()), (StatusCode::OK, "ok"));
}

#[tokio::test]
async fn the_styles_are_served_from_the_binary_without_the_gds_font() {
    let app = TestApp::new().await;
    let css = app
        .browser()
        .get("/assets/vendor/govuk-frontend/govuk-frontend.min.css")
        .await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(
        css.headers.get("content-type").unwrap(),
        "text/css; charset=utf-8"
    );
    assert!(css.body.contains(".govuk-header"));
    assert!(!css.body.contains("GDS Transport"));
    assert_eq!(
        app.browser().get("/assets/../Cargo.toml").await.status,
        StatusCode::NOT_FOUND
    );
}
