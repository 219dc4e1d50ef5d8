//! A small identity provider for the tests: discovery, JWKS, an
//! authorization endpoint that approves at once, and a token endpoint that
//! checks the client, the code and the PKCE verifier before signing an ID token.

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
use openidconnect::core::{
    CoreIdToken, CoreIdTokenClaims, CoreJsonWebKeySet, CoreJwsSigningAlgorithm,
    CoreRsaPrivateSigningKey,
};
use openidconnect::PrivateSigningKey;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const KEY: &str = include_str!("../../fixtures/oidc-test-key.pem");
pub const CLIENT_ID: &str = "tandem";
pub const CLIENT_SECRET: &str = "a client secret only the test knows";

/// How the provider misbehaves, if at all.
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
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

pub struct Idp {
    pub issuer: String,
    key: CoreRsaPrivateSigningKey,
    email: Mutex<String>,
    pub mode: Mutex<Mode>,
    grants: Mutex<HashMap<String, Grant>>,
}

pub type Shared = Arc<Idp>;

pub async fn start_idp(email: &str) -> Shared {
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
