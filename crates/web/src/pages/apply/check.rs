//! Check your answers, send, and the confirmation.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use tandem_domain::clock::london_date;
use tandem_domain::clock::timescale::weeks_after;
use tandem_domain::request_form::missing_steps;

use super::start::step_label;
use super::summary::{rows, Row};
use super::{current, first, form_token, pairs, render, send, signed_in, token_ok, Draft};
use crate::auth::session::{Nonce, Visitor};
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::form::FieldError;
use crate::AppState;

#[derive(Template)]
#[template(path = "apply/check.html")]
struct CheckPage {
    layout: Layout,
    tr: Tr,
    rows: Vec<Row>,
    errors: Vec<FieldError>,
}

async fn show(
    state: &AppState,
    visitor: &Visitor,
    headers: &HeaderMap,
    tr: Tr,
    nonce: &str,
    draft: &Draft,
    errors: Vec<FieldError>,
) -> WebResult<Response> {
    let schools = state.store.schools(draft.row.authority).await?;
    let files = state
        .store
        .request_files(draft.row.authority, draft.row.id)
        .await?;
    let (token, cookie) = form_token(state, visitor, headers);
    let status = crate::pages::form::status_for(&errors);
    let page = CheckPage {
        layout: Layout::family(&tr, signed_in(visitor), nonce, &token),
        rows: rows(&draft.answers, &tr, &schools, &files),
        errors,
        tr,
    };
    render(&page, status, [cookie])
}

/// The sections still to fill in, as one error linking to the task list.
fn unfinished(tr: &Tr, draft: &Draft) -> Vec<FieldError> {
    let missing = missing_steps(&draft.answers);
    if missing.is_empty() {
        return Vec::new();
    }
    let names: Vec<String> = missing.iter().map(|s| step_label(tr, *s)).collect();
    vec![FieldError::new(
        "send",
        tr.with("err-not-finished", &[("sections", &names.join(", "))]),
    )]
}

pub async fn page(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    match current(&state, &headers).await? {
        Some(d) if d.row.case.is_none() => {
            let errors = unfinished(&tr, &d);
            show(&state, &visitor, &headers, tr, &nonce, &d, errors).await
        }
        Some(_) => Ok(Redirect::to("/apply/sent").into_response()),
        None => Ok(Redirect::to("/apply").into_response()),
    }
}

pub async fn send(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    let Some(draft) = current(&state, &headers).await? else {
        return Ok(Redirect::to("/apply").into_response());
    };
    // Sent already (the button pressed twice): the same confirmation.
    if draft.row.case.is_some() {
        return Ok(Redirect::to("/apply/sent").into_response());
    }
    if !token_ok(&visitor, &headers, first(&posted, "csrf_token")) {
        let error = vec![FieldError::new("send", tr.t("err-timed-out"))];
        return show(&state, &visitor, &headers, tr, &nonce, &draft, error).await;
    }
    let errors = unfinished(&tr, &draft);
    if !errors.is_empty() {
        return show(&state, &visitor, &headers, tr, &nonce, &draft, errors).await;
    }
    send::submit(&state, signed_in(&visitor), &draft, &tr).await?;
    Ok(Redirect::to("/apply/sent").into_response())
}

#[derive(Template)]
#[template(path = "apply/sent.html")]
struct SentPage {
    layout: Layout,
    tr: Tr,
    reference: String,
    email: Option<String>,
    next: String,
    account: bool,
}

pub async fn sent(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    let Some(draft) = current(&state, &headers).await? else {
        return Ok(Redirect::to("/apply").into_response());
    };
    let Some(case_id) = draft.row.case else {
        return Ok(Redirect::to("/apply/tasks").into_response());
    };
    let case = state
        .store
        .case(draft.row.authority, case_id)
        .await?
        .ok_or(WebError::NotFound)?;
    let received = case
        .opened_on
        .parse()
        .unwrap_or_else(|_| london_date(draft.row.updated_at));
    let who = signed_in(&visitor);
    let (token, cookie) = form_token(&state, &visitor, &headers);
    let email = draft.answers.family_email().map(str::to_owned);
    let page = SentPage {
        layout: Layout::family(&tr, who, &nonce, &token),
        reference: case.reference,
        next: tr.with(
            "confirm-next",
            &[("six", &tr.date(weeks_after(received, 6)))],
        ),
        account: email.is_some() && who.is_none(),
        email: email.map(|e| tr.with("confirm-email", &[("email", &e)])),
        tr,
    };
    render(&page, StatusCode::OK, [cookie])
}
