//! Time-based one-time codes (RFC 6238) as staff's second factor, and the
//! page where staff without one set it up.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use totp_rs::{Algorithm, Secret, TOTP};

use super::csrf::CsrfForm;
use super::session::{Nonce, Visitor};
use crate::error::{WebError, WebResult};
use crate::layout::Layout;
use crate::AppState;

fn totp(secret_base32: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_base32.to_owned()).to_bytes().ok()?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        Some("Tandem".to_owned()),
        account.to_owned(),
    )
    .ok()
}

/// Does `code` match the secret at `unix_seconds` (one step either side is
/// allowed for clocks that drift)?
pub fn check(secret_base32: &str, code: &str, unix_seconds: u64) -> bool {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    totp(secret_base32, "staff").is_some_and(|t| t.check(&code, unix_seconds))
}

/// The code an authenticator app would show now: for `tandem code` in demos.
pub fn current_code(secret_base32: &str, unix_seconds: u64) -> Option<String> {
    totp(secret_base32, "staff").map(|t| t.generate(unix_seconds))
}

pub fn new_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

#[derive(Template)]
#[template(path = "auth/set_up_code.html")]
struct SetUpPage {
    layout: Layout,
    secret: String,
    uri: String,
    error: Option<&'static str>,
}

fn set_up_page(
    visitor: &Visitor,
    nonce: &str,
    secret: String,
    error: Option<&'static str>,
) -> WebResult<Response> {
    let Visitor::AwaitingCode(s) = visitor else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    let uri = totp(&secret, &s.person.email)
        .map(|t| t.get_url())
        .unwrap_or_default();
    let page = SetUpPage {
        layout: s.layout(nonce),
        secret,
        uri,
        error,
    };
    let status = if error.is_some() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn set_up_form(visitor: Visitor, Nonce(nonce): Nonce) -> WebResult<Response> {
    set_up_page(&visitor, &nonce, new_secret(), None)
}

#[derive(Deserialize)]
pub struct SetUpForm {
    secret: String,
    #[serde(default)]
    code: String,
}

pub async fn set_up_submit(
    State(state): State<AppState>,
    visitor: Visitor,
    Nonce(nonce): Nonce,
    CsrfForm(form): CsrfForm<SetUpForm>,
) -> WebResult<Response> {
    let Visitor::AwaitingCode(s) = &visitor else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    if s.person.totp_secret.is_some() {
        return Err(WebError::Forbidden);
    }
    let now = state.clock.now().as_second().max(0) as u64;
    if !check(&form.secret, &form.code, now) {
        return set_up_page(
            &visitor,
            &nonce,
            form.secret,
            Some("Enter the 6-digit code your authenticator app shows"),
        );
    }
    state
        .store
        .set_totp_secret(s.person.authority, s.person.id, Some(&form.secret))
        .await?;
    state
        .store
        .complete_second_factor(&s.session.id_hash)
        .await?;
    Ok(Redirect::to("/").into_response())
}
