//! OpenID Connect sign-in against an identity provider started inside the test.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use jiff::SignedDuration;
use openidconnect::core::{
    CoreIdToken, CoreIdTokenClaims, CoreJsonWebKeySet, CoreJwsSigningAlgorithm,
    CoreRsaPrivateSigningKey,
};
use openidconnect::PrivateSigningKey;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tandem_domain::role::Role;
use tandem_store::{OidcProvider, Store};

use crate::support::{Browser, TestApp};

const KEY: &str = include_str!("../fixtures/oidc-test-key.pem");
const CLIENT_ID: &str = "tandem";
const CLIENT_SECRET: &str = "a client secret only the test knows";

/// How the provider misbehaves, if at all.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Honest,
    WrongNonce,
    Tampered,
    Unverified,
}

struct Grant {
    nonce: String,
    challenge: String,
    redirect_uri: String,
}

struct Idp {
    issuer: String,
    key: CoreRsaPrivateSigningKey,
    email: Mutex<String>,
    mode: Mutex<Mode>,
    grants: Mutex<HashMap<String, Grant>>,
}

type Shared = Arc<Idp>;

async fn start_idp(email: &str) -> Shared {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let idp = Arc::new(Idp {
        issuer: format!("http://127.0.0.1:{port}"),
        key: CoreRsaPrivateSigningKey::from_pem(KEY, None).unwrap(),
        email: Mutex::new(email.to_owned()),
        mode: Mutex::new(Mode::Honest),
        grants: Mutex::new(HashMap::new()),
    });
    let router = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/jwks", get(jwks))
        .route("/authorize", get(authorize))
        .route("/token", post(token))
        .with_state(idp.clone());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    idp
}

async fn discovery(State(idp): State<Shared>) -> Json<Value> {
    let issuer = &idp.issuer;
    Json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic"],
    }))
}

async fn jwks(State(idp): State<Shared>) -> Json<Value> {
    let set = CoreJsonWebKeySet::new(vec![idp.key.as_verification_key()]);
    Json(serde_json::to_value(set).unwrap())
}

/// Approves at once, as if the person were already signed in at the council.
async fn authorize(
    State(idp): State<Shared>,
    Query(q): Query<HashMap<String, String>>,
) -> Response {
    assert_eq!(q["response_type"], "code");
    assert_eq!(q["client_id"], CLIENT_ID);
    assert_eq!(q["code_challenge_method"], "S256");
    assert_eq!(
        q["redirect_uri"],
        "http://localhost:8080/sign-in/oidc/callback"
    );
    let scopes: Vec<&str> = q["scope"].split(' ').collect();
    assert!(
        ["openid", "email", "profile"]
            .iter()
            .all(|s| scopes.contains(s)),
        "{scopes:?}"
    );
    let mut grants = idp.grants.lock().unwrap();
    let code = format!("code-{}", grants.len() + 1);
    let grant = Grant {
        nonce: q["nonce"].clone(),
        challenge: q["code_challenge"].clone(),
        redirect_uri: q["redirect_uri"].clone(),
    };
    grants.insert(code.clone(), grant);
    Redirect::to(&format!(
        "{}?code={code}&state={}",
        q["redirect_uri"], q["state"]
    ))
    .into_response()
}

async fn token(
    State(idp): State<Shared>,
    headers: HeaderMap,
    Form(f): Form<HashMap<String, String>>,
) -> Response {
    let basic = format!(
        "Basic {}",
        STANDARD.encode(format!("{CLIENT_ID}:{}", urlencode(CLIENT_SECRET)))
    );
    if headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        != Some(basic.as_str())
    {
        return (
            StatusCode::UNAUTHORIZED,
            Json(json!({"error": "invalid_client"})),
        )
            .into_response();
    }
    let grant = idp.grants.lock().unwrap().remove(&f["code"]);
    let Some(grant) = grant else {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "invalid_grant"})),
        )
            .into_response();
    };
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(f["code_verifier"].as_bytes()));
    if f["grant_type"] != "authorization_code"
        || challenge != grant.challenge
        || f["redirect_uri"] != grant.redirect_uri
    {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"error": "invalid_grant"})),
        )
            .into_response();
    }
    let mode = *idp.mode.lock().unwrap();
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let nonce = if mode == Mode::WrongNonce {
        "a different nonce".to_owned()
    } else {
        grant.nonce
    };
    let claims: CoreIdTokenClaims = serde_json::from_value(json!({
        "iss": idp.issuer,
        "aud": [CLIENT_ID],
        "exp": now + 300,
        "iat": now,
        "sub": "council-subject-1",
        "email": *idp.email.lock().unwrap(),
        "email_verified": mode != Mode::Unverified,
        "nonce": nonce,
    }))
    .unwrap();
    let signed = CoreIdToken::new(
        claims,
        &idp.key,
        CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
        None,
        None,
    )
    .unwrap();
    let mut jwt = serde_json::to_value(&signed)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned();
    if mode == Mode::Tampered {
        jwt = tamper(&jwt);
    }
    Json(json!({"access_token": "an access token", "token_type": "bearer", "expires_in": 300, "id_token": jwt}))
        .into_response()
}

/// Swaps the email in the payload but keeps the original signature.
fn tamper(jwt: &str) -> String {
    let parts: Vec<&str> = jwt.split('.').collect();
    let mut payload: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    payload["email"] = json!("someone.else@northbrook.test");
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&payload).unwrap());
    format!("{}.{payload}.{}", parts[0], parts[2])
}

fn urlencode(value: &str) -> String {
    serde_urlencoded::to_string([("v", value)])
        .unwrap()
        .trim_start_matches("v=")
        .to_owned()
}

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
