//! The sign-in, one-time code and sign-out pages.
//!
//! An unknown email and a wrong password get the same answer after the same
//! work (a password check against a dummy hash), and repeated failures for
//! one email are throttled whether or not the account exists.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use jiff::SignedDuration;
use serde::Deserialize;
use tandem_store::NewAuditEntry;

use super::csrf::{anonymous_token, CsrfForm};
use super::session::{self, cookie, hash_token, Nonce, Visitor, SESSION_COOKIE};
use super::{password, totp};
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::form::FieldError;
use crate::AppState;
use tandem_domain::request_form::Language;

pub const MAX_FAILURES: i64 = 5;
pub const FAILURE_WINDOW: SignedDuration = SignedDuration::from_mins(15);

#[derive(Template)]
#[template(path = "auth/sign_in.html")]
struct SignInPage {
    layout: Layout,
    tr: Tr,
    email: String,
    next: String,
    errors: Vec<FieldError>,
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
pub struct SignInQuery {
    #[serde(default)]
    next: String,
    #[serde(default)]
    ended: String,
}

fn safe_next(next: &str) -> String {
    let local = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if local {
        next.to_owned()
    } else {
        "/".to_owned()
    }
}

fn render_sign_in(
    state: &AppState,
    headers: &HeaderMap,
    nonce: String,
    mut page: SignInPage,
    status: StatusCode,
) -> WebResult<Response> {
    let (token, set) = anonymous_token(state, headers);
    page.layout.csrf_token = token;
    page.layout.nonce = nonce;
    let mut response = (status, Html(page.render()?)).into_response();
    if let Some(set) = set {
        response.headers_mut().append(SET_COOKIE, set);
    }
    Ok(response)
}

pub async fn form(
    State(state): State<AppState>,
    headers: HeaderMap,
    visitor: Visitor,
    tr: Tr,
    Nonce(nonce): Nonce,
    Query(query): Query<SignInQuery>,
) -> WebResult<Response> {
    if let Visitor::SignedIn(_) = visitor {
        return Ok(Redirect::to(&safe_next(&query.next)).into_response());
    }
    let notice = match query.ended.as_str() {
        "out" => Some(tr.t("signed-out")),
        "expired" => Some(tr.t("signin-ended")),
        _ => None,
    };
    let page = SignInPage {
        layout: Layout::family(&tr, None, "", ""),
        tr,
        email: String::new(),
        next: query.next,
        errors: vec![],
        notice,
    };
    render_sign_in(&state, &headers, nonce, page, StatusCode::OK)
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> WebResult<Response> {
    let email = form.email.trim().to_lowercase();
    let mut errors = Vec::new();
    if email.is_empty() {
        errors.push(FieldError::new("email", tr.t("err-email")));
    }
    if form.password.is_empty() {
        errors.push(FieldError::new("password", tr.t("signin-enter-password")));
    }
    let page = |errors| SignInPage {
        layout: Layout::family(&tr, None, "", ""),
        tr,
        email: form.email.clone(),
        next: form.next.clone(),
        errors,
        notice: None,
    };
    if !errors.is_empty() {
        return render_sign_in(
            &state,
            &headers,
            nonce,
            page(errors),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let now = state.clock.now();
    let window = FAILURE_WINDOW.as_millis() as i64;
    if state.store.sign_in_failures(&email, now, window).await? >= MAX_FAILURES {
        let error = FieldError::new("email", tr.t("signin-too-many"));
        return render_sign_in(
            &state,
            &headers,
            nonce,
            page(vec![error]),
            StatusCode::TOO_MANY_REQUESTS,
        );
    }
    let person = state.store.person_by_email(&email).await?;
    let stored = person
        .as_ref()
        .and_then(|p| p.password_hash.clone())
        .unwrap_or_else(|| state.dummy_hash.as_ref().clone());
    let candidate = form.password.clone();
    let verified = tokio::task::spawn_blocking(move || password::verify(&candidate, &stored))
        .await
        .map_err(|e| WebError::Internal(e.into()))?;
    let person = match person {
        Some(p) if verified && !p.disabled && p.password_hash.is_some() => p,
        _ => {
            state
                .store
                .record_sign_in_failure(&email, now, window)
                .await?;
            let error = FieldError::new("email", tr.t("signin-wrong"));
            return render_sign_in(
                &state,
                &headers,
                nonce,
                page(vec![error]),
                StatusCode::UNAUTHORIZED,
            );
        }
    };
    state.store.clear_sign_in_failures(&email).await?;
    if !person.email_verified {
        // A family account is used once its email address is proven; the
        // password was right, so a fresh link goes to that address.
        super::family_account::send_link(
            &state,
            &tr,
            &person,
            tandem_store::AccountTokenPurpose::ConfirmEmail,
        )
        .await?;
        let error = FieldError::new("email", tr.t("signin-unconfirmed"));
        return render_sign_in(
            &state,
            &headers,
            nonce,
            page(vec![error]),
            StatusCode::FORBIDDEN,
        );
    }
    end_current_session(&state, &headers).await?;
    let staff = person.role.is_staff();
    let set_cookie = session::start(&state, &person, !staff).await?;
    state
        .store
        .record_audit(
            person.authority,
            &NewAuditEntry {
                person: Some(person.id),
                action: "signed in".into(),
                case: None,
                detail: "password".into(),
            },
        )
        .await?;
    let target = match (staff, person.totp_secret.is_some()) {
        (false, _) => safe_next(&form.next),
        (true, true) => "/sign-in/code".to_owned(),
        (true, false) => "/sign-in/set-up-code".to_owned(),
    };
    let mut response = ([(SET_COOKIE, set_cookie)], Redirect::to(&target)).into_response();
    if !staff {
        // Pages follow the language the family chose, on any device.
        let prefs = state
            .store
            .contact_preferences(person.authority, person.id)
            .await?;
        if let Some(language) = prefs.and_then(|p| Language::from_tag(&p.language)) {
            if let Ok(value) = crate::i18n::language_cookie(language).parse() {
                response.headers_mut().append(SET_COOKIE, value);
            }
        }
    }
    Ok(response)
}

async fn end_current_session(state: &AppState, headers: &HeaderMap) -> WebResult<()> {
    if let Some(secret) = cookie(headers, SESSION_COOKIE) {
        state.store.delete_session(&hash_token(&secret)).await?;
    }
    Ok(())
}

#[derive(Template)]
#[template(path = "auth/code.html")]
struct CodePage {
    layout: Layout,
    errors: Vec<FieldError>,
}

pub async fn code_form(visitor: Visitor, Nonce(nonce): Nonce) -> WebResult<Response> {
    match visitor {
        Visitor::AwaitingCode(s) => {
            let page = CodePage {
                layout: s.layout(&nonce),
                errors: vec![],
            };
            Ok(Html(page.render()?).into_response())
        }
        Visitor::SignedIn(_) => Ok(Redirect::to("/").into_response()),
        Visitor::Anonymous { .. } => Ok(Redirect::to("/sign-in").into_response()),
    }
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn code_submit(
    State(state): State<AppState>,
    visitor: Visitor,
    Nonce(nonce): Nonce,
    CsrfForm(form): CsrfForm<CodeForm>,
) -> WebResult<Response> {
    let Visitor::AwaitingCode(s) = visitor else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    let Some(secret) = s.person.totp_secret.clone() else {
        return Ok(Redirect::to("/sign-in/set-up-code").into_response());
    };
    let now = state.clock.now();
    let key = format!("code:{}", s.person.id);
    let window = FAILURE_WINDOW.as_millis() as i64;
    if totp::check(&secret, &form.code, now.as_second().max(0) as u64) {
        state.store.clear_sign_in_failures(&key).await?;
        state
            .store
            .complete_second_factor(&s.session.id_hash)
            .await?;
        return Ok(Redirect::to("/").into_response());
    }
    let failures = state
        .store
        .record_sign_in_failure(&key, now, window)
        .await?;
    if failures >= MAX_FAILURES {
        state.store.delete_session(&s.session.id_hash).await?;
        return Err(WebError::SignInNeeded {
            next: "/".into(),
            expired: false,
        });
    }
    let message = if form.code.trim().is_empty() {
        "Enter the 6-digit code from your authenticator app"
    } else {
        "The code is not right. Enter the code your app shows now"
    };
    let page = CodePage {
        layout: s.layout(&nonce),
        errors: vec![FieldError::new("code", message)],
    };
    Ok((StatusCode::UNAUTHORIZED, Html(page.render()?)).into_response())
}

#[derive(Deserialize)]
pub struct Empty {}

pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    CsrfForm(_): CsrfForm<Empty>,
) -> WebResult<Response> {
    end_current_session(&state, &headers).await?;
    let mut response = Redirect::to("/sign-in?ended=out").into_response();
    if let Some((name, value)) = session::clear_cookie(&state) {
        response.headers_mut().append(name, value);
    }
    Ok(response)
}
