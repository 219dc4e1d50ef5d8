//! OpenID Connect sign-in against an identity provider started inside the test.

mod idp;

use axum::http::{header, StatusCode};
use jiff::SignedDuration;
use tandem_domain::role::Role;
use tandem_store::{OidcProvider, Store};

use self::idp::{start_idp, Idp, Mode, Shared, CLIENT_ID, CLIENT_SECRET};
use crate::support::{Browser, TestApp};

async fn app_with_idp(email: &str) -> (TestApp, Shared) {
    let app = TestApp::new().await;
    let idp = start_idp(email).await;
    let provider = OidcProvider {
        authority: app.authority,
        issuer_url: idp.issuer.clone(),
        client_id: CLIENT_ID.into(),
        client_secret: CLIENT_SECRET.into(),
    };
    app.store.set_oidc_provider(&provider).await.unwrap();
    (app, idp)
}

/// Starts sign-in for Northbrook ("999") and lets the provider approve it,
/// returning the app's callback path the provider sent the browser to.
async fn through_idp(browser: &mut Browser<'_>, idp: &Idp) -> String {
    let start = browser.get("/sign-in/oidc/999").await;
    assert_eq!(start.status, StatusCode::SEE_OTHER);
    assert!(
        start
            .location()
            .starts_with(&format!("{}/authorize?", idp.issuer)),
        "{}",
        start.location()
    );
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let approved = plain.get(start.location()).send().await.unwrap();
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);
    let location = approved.headers()[header::LOCATION].to_str().unwrap();
    location
        .strip_prefix("http://localhost:8080")
        .unwrap()
        .to_owned()
}

async fn assert_not_signed_in(browser: &mut Browser<'_>) {
    assert!(!browser.cookies.contains_key("tandem_session"));
    let cases = browser.get("/cases").await;
    assert_eq!(cases.status, StatusCode::SEE_OTHER);
    assert!(cases.location().starts_with("/sign-in"));
}

#[tokio::test]
async fn staff_sign_in_through_the_council_provider_without_a_one_time_code() {
    let (app, idp) = app_with_idp("Coordinator@Northbrook.test").await;
    app.person(
        app.authority,
        Role::Coordinator,
        "coordinator@northbrook.test",
    )
    .await;
    let mut browser = app.browser();
    let callback = through_idp(&mut browser, &idp).await;
    let landed = browser.get(&callback).await;
    assert_eq!(landed.status, StatusCode::SEE_OTHER);
    assert_eq!(landed.location(), "/");
    assert_eq!(browser.get("/cases").await.status, StatusCode::OK);
    let audit = app.store.audit_log(app.authority, 10).await.unwrap();
    assert!(audit
        .iter()
        .any(|e| e.action == "signed in" && e.detail == "openid connect"));
}

#[tokio::test]
async fn a_replayed_callback_is_refused() {
    let (app, idp) = app_with_idp("coordinator@northbrook.test").await;
    app.person(
        app.authority,
        Role::Coordinator,
        "coordinator@northbrook.test",
    )
    .await;
    let callback = through_idp(&mut app.browser(), &idp).await;
    assert_eq!(
        app.browser().get(&callback).await.status,
        StatusCode::SEE_OTHER
    );

    let mut replay = app.browser();
    let page = replay.get(&callback).await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        page.select_text("h1"),
        vec!["Your sign-in could not be finished"]
    );
    assert_not_signed_in(&mut replay).await;
}

#[tokio::test]
async fn a_login_older_than_ten_minutes_is_refused() {
    let (app, idp) = app_with_idp("coordinator@northbrook.test").await;
    app.person(
        app.authority,
        Role::Coordinator,
        "coordinator@northbrook.test",
    )
    .await;
    let mut browser = app.browser();
    let callback = through_idp(&mut browser, &idp).await;
    app.clock.advance(SignedDuration::from_mins(11));
    assert_eq!(browser.get(&callback).await.status, StatusCode::BAD_REQUEST);
    assert_not_signed_in(&mut browser).await;
}

#[tokio::test]
async fn a_person_of_another_authority_is_refused() {
    let (app, idp) = app_with_idp("coordinator@southmoor.test").await;
    app.person(
        app.other_authority,
        Role::Coordinator,
        "coordinator@southmoor.test",
    )
    .await;
    let mut browser = app.browser();
    let callback = through_idp(&mut browser, &idp).await;
    let page = browser.get(&callback).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(
        page.select_text("h1"),
        vec!["You cannot sign in with this account"]
    );
    assert_not_signed_in(&mut browser).await;
    let audit = app.store.audit_log(app.other_authority, 10).await.unwrap();
    assert!(audit.iter().all(|e| e.action != "signed in"));
}

#[tokio::test]
async fn a_disabled_person_is_refused() {
    let (app, idp) = app_with_idp("coordinator@northbrook.test").await;
    let id = app
        .person(
            app.authority,
            Role::Coordinator,
            "coordinator@northbrook.test",
        )
        .await;
    app.store
        .set_disabled(app.authority, id, true)
        .await
        .unwrap();
    let mut browser = app.browser();
    let callback = through_idp(&mut browser, &idp).await;
    assert_eq!(browser.get(&callback).await.status, StatusCode::FORBIDDEN);
    assert_not_signed_in(&mut browser).await;
}

#[tokio::test]
async fn an_unknown_email_is_refused() {
    let (app, idp) = app_with_idp("nobody@northbrook.test").await;
    let mut browser = app.browser();
    let callback = through_idp(&mut browser, &idp).await;
    assert_eq!(browser.get(&callback).await.status, StatusCode::FORBIDDEN);
    assert_not_signed_in(&mut browser).await;
}

#[tokio::test]
async fn a_wrong_nonce_a_tampered_token_or_an_unverified_email_is_refused() {
    let (app, idp) = app_with_idp("coordinator@northbrook.test").await;
    app.person(
        app.authority,
        Role::Coordinator,
        "coordinator@northbrook.test",
    )
    .await;
    app.person(
        app.authority,
        Role::Coordinator,
        "someone.else@northbrook.test",
    )
    .await;
    for mode in [Mode::WrongNonce, Mode::Tampered, Mode::Unverified] {
        *idp.mode.lock().unwrap() = mode;
        let mut browser = app.browser();
        let callback = through_idp(&mut browser, &idp).await;
        assert_eq!(browser.get(&callback).await.status, StatusCode::FORBIDDEN);
        assert_not_signed_in(&mut browser).await;
    }
}

#[tokio::test]
async fn an_unknown_council_or_one_without_a_provider_is_not_found() {
    let (app, _idp) = app_with_idp("coordinator@northbrook.test").await;
    let mut browser = app.browser();
    assert_eq!(
        browser.get("/sign-in/oidc/123").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        browser.get("/sign-in/oidc/998").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_choice_page_lists_only_councils_with_a_provider() {
    let plain = TestApp::new().await;
    let page = plain.browser().get("/sign-in/oidc").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .select_text("main p")
        .iter()
        .any(|p| p.starts_with("Your council has not set up sign-in")));

    let (app, _idp) = app_with_idp("coordinator@northbrook.test").await;
    let page = app.browser().get("/sign-in/oidc").await;
    assert_eq!(page.select_text("main li a"), vec!["Northbrook Council"]);
    assert!(page.body.contains("href=\"/sign-in/oidc/999\""));
}
