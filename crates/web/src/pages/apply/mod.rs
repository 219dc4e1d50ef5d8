//! Asking for an assessment online: a start page, one question per page
//! with a task list, evidence uploads, check your answers, and sending,
//! which opens the case with its clock started.
//!
//! Nobody needs an account to ask. The request in progress is held by a
//! random secret in a cookie (and in the "come back later" link); every
//! answer is saved as typed, valid or not, so nothing is lost.

mod check;
pub(crate) mod evidence;
pub(crate) mod fields;
mod saved;
mod send;
mod start;
mod step;
pub mod summary;

use askama::Template;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use jiff::SignedDuration;
use subtle::ConstantTimeEq;
use tandem_domain::request_form::Answers;
use tandem_store::{Authority, RequestDraft};

use crate::auth::csrf::anonymous_token;
use crate::auth::session::{cookie, hash_token, random_token, set_cookie, SignedIn, Visitor};
use crate::error::{WebError, WebResult};
use crate::AppState;

pub const DRAFT_COOKIE: &str = "tandem_request";
/// How long a request can wait unfinished: long enough to gather reports.
pub const DRAFT_LIFETIME: SignedDuration = SignedDuration::from_hours(28 * 24);

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/apply", get(start::start_page).post(start::begin))
        .route("/apply/tasks", get(start::tasks))
        .route("/apply/check", get(check::page))
        .route("/apply/send", post(check::send))
        .route("/apply/sent", get(check::sent))
        .route("/apply/saved", get(saved::page).post(saved::email_link))
        .route("/apply/resume/{secret}", get(saved::resume))
        .route(
            "/apply/evidence/upload",
            post(evidence::upload).layer(axum::extract::DefaultBodyLimit::max(
                crate::pages::documents::MAX_BYTES + 64 * 1024,
            )),
        )
        .route("/apply/evidence/remove/{id}", post(evidence::remove))
        .route("/apply/evidence", get(evidence::page).post(evidence::done))
        .route("/apply/{step}", get(step::show).post(step::submit))
}

/// The request in progress, with its answers read.
pub struct Draft {
    pub row: RequestDraft,
    pub answers: Answers,
    pub secret_hash: String,
}

/// The visitor's request in progress, if their cookie names one that is
/// neither sent nor too old. A sent one comes back too (for "sent" pages).
pub async fn current(state: &AppState, headers: &HeaderMap) -> WebResult<Option<Draft>> {
    let Some(secret) = cookie(headers, DRAFT_COOKIE) else {
        return Ok(None);
    };
    let secret_hash = hash_token(&secret);
    let Some(row) = state.store.request_draft(&secret_hash).await? else {
        return Ok(None);
    };
    let age = state.clock.now().duration_since(row.updated_at);
    if row.case.is_none() && age > DRAFT_LIFETIME {
        return Ok(None);
    }
    let answers = serde_json::from_str(&row.answers).unwrap_or_default();
    Ok(Some(Draft {
        row,
        answers,
        secret_hash,
    }))
}

/// Starts a new request for `authority` and the cookie that holds it.
pub async fn new_draft(
    state: &AppState,
    authority: &Authority,
    who: Option<&SignedIn>,
    answers: &Answers,
) -> WebResult<(Draft, HeaderValue)> {
    let secret = random_token();
    let secret_hash = hash_token(&secret);
    let person = who
        .filter(|w| w.person.role.is_family() && w.person.authority == authority.id)
        .map(|w| w.person.id);
    let json = to_json(answers)?;
    let now = state.clock.now();
    let id = state
        .store
        .save_request_draft(authority.id, &secret_hash, person, &json, now)
        .await?;
    let max_age = DRAFT_LIFETIME.as_secs();
    let header = set_cookie(state, DRAFT_COOKIE, &secret, Some(max_age))
        .ok_or_else(|| WebError::Internal(anyhow::anyhow!("draft cookie")))?;
    let row = RequestDraft {
        id,
        authority: authority.id,
        person,
        answers: json,
        case: None,
        updated_at: now,
    };
    Ok((
        Draft {
            row,
            answers: answers.clone(),
            secret_hash,
        },
        header,
    ))
}

pub fn to_json(answers: &Answers) -> WebResult<String> {
    serde_json::to_string(answers).map_err(|e| WebError::Internal(e.into()))
}

/// Saves the answers as they are now.
pub async fn save(state: &AppState, draft: &Draft) -> WebResult<()> {
    state
        .store
        .save_request_draft(
            draft.row.authority,
            &draft.secret_hash,
            None,
            &to_json(&draft.answers)?,
            state.clock.now(),
        )
        .await?;
    Ok(())
}

/// The authority a new request goes to: the only one, or the one named by
/// its LA code when one server hosts several.
pub async fn authority_for(state: &AppState, council: Option<&str>) -> WebResult<Authority> {
    let all = state.store.authorities().await?;
    if let Some(code) = council {
        if let Some(found) = all.iter().find(|a| a.la_code == code) {
            return Ok(found.clone());
        }
    }
    all.into_iter().next().ok_or(WebError::NotFound)
}

/// The CSRF token for a form, and a cookie to set when the visitor has none.
pub fn form_token(
    state: &AppState,
    visitor: &Visitor,
    headers: &HeaderMap,
) -> (String, Option<HeaderValue>) {
    match visitor {
        Visitor::SignedIn(s) | Visitor::AwaitingCode(s) => (s.session.csrf_token.clone(), None),
        Visitor::Anonymous { .. } => anonymous_token(state, headers),
    }
}

/// Whether a posted token is the visitor's. A failure here keeps what was
/// typed: the page is shown again with a fresh token.
pub fn token_ok(visitor: &Visitor, headers: &HeaderMap, posted: &str) -> bool {
    let expected = match visitor {
        Visitor::SignedIn(s) | Visitor::AwaitingCode(s) => Some(s.session.csrf_token.clone()),
        Visitor::Anonymous { .. } => cookie(headers, crate::auth::csrf::ANONYMOUS_COOKIE),
    };
    expected
        .filter(|e| !e.is_empty())
        .is_some_and(|e| bool::from(e.as_bytes().ct_eq(posted.as_bytes())))
}

pub fn signed_in(visitor: &Visitor) -> Option<&SignedIn> {
    match visitor {
        Visitor::SignedIn(s) => Some(s),
        _ => None,
    }
}

/// Renders a page with any cookies it needs set.
pub fn render(
    page: &impl Template,
    status: StatusCode,
    cookies: impl IntoIterator<Item = Option<HeaderValue>>,
) -> WebResult<Response> {
    let mut response = (status, Html(page.render()?)).into_response();
    for value in cookies.into_iter().flatten() {
        response.headers_mut().append(SET_COOKIE, value);
    }
    Ok(response)
}

/// A form body's fields, repeated names kept (checkboxes).
pub fn pairs(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

pub fn first<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}
