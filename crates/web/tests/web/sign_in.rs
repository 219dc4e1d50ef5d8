//! Signing in and out, sessions, the one-time code, throttling and CSRF.

use axum::http::StatusCode;
use jiff::SignedDuration;
use tandem_domain::role::Role;
use tandem_store::Store;
use tandem_web::Clock;

use crate::support::{TestApp, PASSWORD};

#[tokio::test]
async fn a_parent_signs_in_with_a_password_and_out_again() {
    let app = TestApp::new().await;
    app.person(app.authority, Role::Parent, "parent@example.test")
        .await;
    let mut browser = app.browser();
    let page = browser.sign_in("Parent@Example.test", PASSWORD).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(browser.get("/cases").await.status, StatusCode::OK);

    let cases = browser.get("/cases").await;
    let out = browser
        .post("/sign-out", &[("csrf_token", &cases.csrf())])
        .await;
    assert_eq!(out.location(), "/sign-in?ended=out");
    let after = browser.get("/cases").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert!(after.location().starts_with("/sign-in"));
}

#[tokio::test]
async fn the_session_cookie_is_secure_http_only_same_site_and_rotated() {
    let app = TestApp::new().await;
    app.person(app.authority, Role::Parent, "p@example.test")
        .await;
    let mut browser = app.browser();
    let form = browser.get("/sign-in").await;
    // A session cookie planted before sign-in must not survive it.
    browser
        .cookies
        .insert("tandem_session".into(), "planted".into());
    let page = browser
        .post(
            "/sign-in",
            &[
                ("csrf_token", &form.csrf()),
                ("email", "p@example.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    let set = page
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect::<Vec<_>>();
    let session = set
        .iter()
        .find(|c| c.starts_with("tandem_session="))
        .unwrap();
    for attribute in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
        assert!(session.contains(attribute), "{attribute} in {session}");
    }
    assert_ne!(browser.cookies["tandem_session"], "planted");
    let first = browser.cookies["tandem_session"].clone();
    let cases = browser.get("/cases").await;
    browser
        .post("/sign-out", &[("csrf_token", &cases.csrf())])
        .await;
    browser.sign_in("p@example.test", PASSWORD).await;
    assert_ne!(
        browser.cookies["tandem_session"], first,
        "a new id at every sign-in"
    );
}

#[tokio::test]
async fn unknown_accounts_and_wrong_passwords_get_the_same_answer() {
    let app = TestApp::new().await;
    app.person(app.authority, Role::Parent, "known@example.test")
        .await;
    let mut browser = app.browser();
    let wrong = browser
        .sign_in("known@example.test", "not the password at all")
        .await;
    let unknown = browser
        .sign_in("nobody@example.test", "not the password at all")
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    let message = |p: &crate::support::Page| p.select_text(".govuk-error-summary__list");
    assert_eq!(message(&wrong), message(&unknown));
    assert_eq!(
        message(&wrong),
        ["Enter a correct email address and password"]
    );
}

#[tokio::test]
async fn empty_answers_are_shown_on_their_fields() {
    let app = TestApp::new().await;
    let mut browser = app.browser();
    let form = browser.get("/sign-in").await;
    let page = browser
        .post(
            "/sign-in",
            &[
                ("csrf_token", &form.csrf()),
                ("email", "typed@example.test"),
                ("password", ""),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.select_text("#password-error"),
        ["Error: Enter your password"]
    );
    assert_eq!(
        page.select_text(".govuk-error-summary a[href='#password']")
            .len(),
        1
    );
    let selector = scraper::Selector::parse("#email").unwrap();
    let html = page.html();
    let email = html.select(&selector).next().unwrap();
    assert_eq!(
        email.value().attr("value"),
        Some("typed@example.test"),
        "nothing typed is lost"
    );
    assert!(page.select_text("title")[0].starts_with("Error: "));
}

#[tokio::test]
async fn repeated_failures_are_throttled_even_with_the_right_password() {
    let app = TestApp::new().await;
    app.person(app.authority, Role::Parent, "target@example.test")
        .await;
    let mut browser = app.browser();
    for _ in 0..5 {
        assert_eq!(
            browser
                .sign_in("target@example.test", "wrong wrong wrong")
                .await
                .status,
            StatusCode::UNAUTHORIZED
        );
    }
    let blocked = browser.sign_in("target@example.test", PASSWORD).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    // Unknown accounts are throttled the same way.
    for _ in 0..5 {
        browser
            .sign_in("ghost@example.test", "wrong wrong wrong")
            .await;
    }
    assert_eq!(
        browser
            .sign_in("ghost@example.test", "wrong wrong wrong")
            .await
            .status,
        StatusCode::TOO_MANY_REQUESTS
    );
    app.clock.advance(SignedDuration::from_mins(16));
    assert_eq!(
        browser
            .sign_in("target@example.test", PASSWORD)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn staff_need_a_one_time_code_after_their_password() {
    let app = TestApp::new().await;
    app.person(app.authority, Role::Coordinator, "coord@example.test")
        .await;
    let mut browser = app.browser();
    let form = browser.get("/sign-in").await;
    let page = browser
        .post(
            "/sign-in",
            &[
                ("csrf_token", &form.csrf()),
                ("email", "coord@example.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.location(), "/sign-in/code");
    // Half signed in is not signed in.
    assert_eq!(browser.get("/cases").await.status, StatusCode::SEE_OTHER);
    let code_page = browser.get("/sign-in/code").await;
    let wrong = browser
        .post(
            "/sign-in/code",
            &[("csrf_token", &code_page.csrf()), ("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let right = browser
        .post(
            "/sign-in/code",
            &[("csrf_token", &code_page.csrf()), ("code", &app.code_now())],
        )
        .await;
    assert_eq!(right.location(), "/");
    assert_eq!(browser.get("/cases").await.status, StatusCode::OK);
}

#[tokio::test]
async fn staff_without_an_authenticator_set_one_up_before_going_on() {
    let app = TestApp::new().await;
    let id = app
        .person(app.authority, Role::Manager, "new@example.test")
        .await;
    app.store
        .set_totp_secret(app.authority, id, None)
        .await
        .unwrap();
    let mut browser = app.browser();
    let page = browser.sign_in("new@example.test", PASSWORD).await;
    assert_eq!(page.location(), "/sign-in/set-up-code");
    let set_up = browser.get("/sign-in/set-up-code").await;
    let secret = set_up.select_text(".tandem-secret")[0].clone();
    let code = tandem_web::auth::current_code(&secret, app.clock.now().as_second() as u64).unwrap();
    let done = browser
        .post(
            "/sign-in/set-up-code",
            &[
                ("csrf_token", &set_up.csrf()),
                ("secret", &secret),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(done.location(), "/");
    assert_eq!(
        app.store
            .person(app.authority, id)
            .await
            .unwrap()
            .unwrap()
            .totp_secret,
        Some(secret)
    );
}

#[tokio::test]
async fn staff_sessions_end_after_30_idle_minutes_and_all_after_12_hours() {
    let app = TestApp::new().await;
    let (mut staff, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let (mut parent, _) = app.signed_in(Role::Parent, "p@example.test").await;
    app.clock.advance(SignedDuration::from_mins(29));
    assert_eq!(
        staff.get("/cases").await.status,
        StatusCode::OK,
        "activity keeps the session"
    );
    app.clock.advance(SignedDuration::from_mins(31));
    let ended = staff.get("/cases").await;
    assert_eq!(ended.status, StatusCode::SEE_OTHER);
    let notice = staff.get(ended.location()).await;
    assert!(notice
        .body
        .contains("You were signed out because you did nothing for a while"));

    // A family's session lasts longer when idle, but never past 12 hours.
    assert_eq!(parent.get("/cases").await.status, StatusCode::OK);
    for _ in 0..24 {
        app.clock.advance(SignedDuration::from_mins(30));
        parent.get("/cases").await;
    }
    assert_eq!(parent.get("/cases").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn turning_off_a_person_ends_all_their_sessions() {
    let app = TestApp::new().await;
    let (mut first, id) = app.signed_in(Role::Parent, "p@example.test").await;
    let mut second = app.browser();
    second.sign_in("p@example.test", PASSWORD).await;
    assert_eq!(
        app.store.count_sessions(app.authority, id).await.unwrap(),
        2
    );
    app.store
        .set_disabled(app.authority, id, true)
        .await
        .unwrap();
    assert_eq!(first.get("/cases").await.status, StatusCode::SEE_OTHER);
    assert_eq!(second.get("/cases").await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        second.sign_in("p@example.test", PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn forms_without_the_right_csrf_token_change_nothing() {
    let app = TestApp::new().await;
    app.person(app.authority, Role::Parent, "p@example.test")
        .await;
    let mut browser = app.browser();
    browser.get("/sign-in").await;
    let missing = browser
        .post(
            "/sign-in",
            &[("email", "p@example.test"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    let wrong = browser
        .post(
            "/sign-in",
            &[
                ("csrf_token", "forged"),
                ("email", "p@example.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    assert!(!browser.cookies.contains_key("tandem_session"));

    browser.sign_in("p@example.test", PASSWORD).await;
    let forged = browser.post("/sign-out", &[("csrf_token", "forged")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(
        browser.get("/cases").await.status,
        StatusCode::OK,
        "still signed in"
    );
}

#[tokio::test]
async fn after_sign_in_the_person_returns_to_where_they_were_going_but_never_off_site() {
    let app = TestApp::new().await;
    app.person(app.authority, Role::Parent, "p@example.test")
        .await;
    let mut browser = app.browser();
    let sent = browser.get("/cases?mine=1").await;
    assert_eq!(sent.location(), "/sign-in?next=/cases%3Fmine%3D1");
    let form = browser.get(sent.location()).await;
    let back = browser
        .post(
            "/sign-in",
            &[
                ("csrf_token", &form.csrf()),
                ("email", "p@example.test"),
                ("password", PASSWORD),
                ("next", "/cases?mine=1"),
            ],
        )
        .await;
    assert_eq!(back.location(), "/cases?mine=1");
    let mut other = app.browser();
    let form = other.get("/sign-in").await;
    let off_site = other
        .post(
            "/sign-in",
            &[
                ("csrf_token", &form.csrf()),
                ("email", "p@example.test"),
                ("password", PASSWORD),
                ("next", "//evil.example"),
            ],
        )
        .await;
    assert_eq!(off_site.location(), "/");
}

#[tokio::test]
async fn a_new_password_must_pass_the_policy_and_ends_other_sessions() {
    let app = TestApp::new().await;
    let (mut browser, id) = app.signed_in(Role::Parent, "p@example.test").await;
    let mut elsewhere = app.browser();
    elsewhere.sign_in("p@example.test", PASSWORD).await;
    let form = browser.get("/account/password").await;
    let csrf = form.csrf();
    let cases = [
        (
            "wrong current",
            "a good long new password",
            "a good long new password",
            "#current-error",
        ),
        (PASSWORD, "short", "short", "#new-error"),
        (PASSWORD, "password1", "password1", "#new-error"),
        (
            PASSWORD,
            "a good long new password",
            "a different one entirely",
            "#confirm-error",
        ),
    ];
    for (current, new, confirm, error) in cases {
        let page = browser
            .post(
                "/account/password",
                &[
                    ("csrf_token", &csrf),
                    ("current", current),
                    ("new", new),
                    ("confirm", confirm),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY, "{new}");
        assert_eq!(page.select_text(error).len(), 1, "{error} for {new}");
    }
    let long = "x".repeat(64);
    let done = browser
        .post(
            "/account/password",
            &[
                ("csrf_token", &csrf),
                ("current", PASSWORD),
                ("new", &long),
                ("confirm", &long),
            ],
        )
        .await;
    assert_eq!(done.location(), "/account/password?changed=1");
    assert_eq!(
        browser.get("/cases").await.status,
        StatusCode::OK,
        "this browser stays signed in"
    );
    assert_eq!(
        elsewhere.get("/cases").await.status,
        StatusCode::SEE_OTHER,
        "others are signed out"
    );
    assert_eq!(
        app.store.count_sessions(app.authority, id).await.unwrap(),
        1
    );
    let mut fresh = app.browser();
    assert_eq!(
        fresh.sign_in("p@example.test", PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        fresh.sign_in("p@example.test", &long).await.status,
        StatusCode::SEE_OTHER
    );
}
