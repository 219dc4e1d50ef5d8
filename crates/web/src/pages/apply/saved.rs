//! "Save and come back later": a link that brings the request back on any
//! device, shown on the page and, if asked, emailed.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use tandem_store::NewMessage;

use super::{current, first, form_token, pairs, render, signed_in, token_ok, DRAFT_COOKIE};
use crate::auth::session::{cookie, hash_token, set_cookie, Nonce, Visitor};
use crate::error::WebResult;
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::form::FieldError;
use crate::AppState;

#[derive(Template)]
#[template(path = "apply/saved.html")]
struct SavedPage {
    layout: Layout,
    tr: Tr,
    link: String,
    email: String,
    sent_to: Option<String>,
    errors: Vec<FieldError>,
}

#[derive(Template)]
#[template(path = "apply/link_bad.html")]
struct LinkBadPage {
    layout: Layout,
    tr: Tr,
    again: &'static str,
}

/// The email box on the page: what was typed, where a link went, problems.
struct EmailForm {
    email: String,
    sent_to: Option<String>,
    errors: Vec<FieldError>,
}

async fn show(
    state: &AppState,
    visitor: &Visitor,
    headers: &HeaderMap,
    tr: Tr,
    nonce: &str,
    form: EmailForm,
) -> WebResult<Response> {
    let EmailForm {
        email,
        sent_to,
        errors,
    } = form;
    let secret = cookie(headers, DRAFT_COOKIE).unwrap_or_default();
    let (token, cookie) = form_token(state, visitor, headers);
    let status = crate::pages::form::status_for(&errors);
    let page = SavedPage {
        layout: Layout::family(&tr, signed_in(visitor), nonce, &token),
        link: format!("{}/apply/resume/{secret}", state.config.public_url),
        email,
        sent_to: sent_to.map(|e| tr.with("saved-email-sent", &[("email", &e)])),
        errors,
        tr,
    };
    render(&page, status, [cookie])
}

pub async fn page(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    let Some(draft) = current(&state, &headers).await? else {
        return Ok(Redirect::to("/apply").into_response());
    };
    let email = draft.answers.family_email().unwrap_or_default().to_owned();
    show(
        &state,
        &visitor,
        &headers,
        tr,
        &nonce,
        EmailForm {
            email,
            sent_to: None,
            errors: Vec::new(),
        },
    )
    .await
}

pub async fn email_link(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    let email = first(&posted, "email").trim().to_owned();
    let Some(draft) = current(&state, &headers).await? else {
        return Ok(Redirect::to("/apply").into_response());
    };
    let problem = if !token_ok(&visitor, &headers, first(&posted, "csrf_token")) {
        Some("err-timed-out")
    } else if email.is_empty() {
        Some("err-contact-email")
    } else if !tandem_domain::request_form::email_ok(&email) {
        Some("err-email-format")
    } else {
        None
    };
    if let Some(key) = problem {
        let errors = vec![FieldError::new("email", tr.t(key))];
        return show(
            &state,
            &visitor,
            &headers,
            tr,
            &nonce,
            EmailForm {
                email,
                sent_to: None,
                errors,
            },
        )
        .await;
    }
    let secret = cookie(&headers, DRAFT_COOKIE).unwrap_or_default();
    let link = format!("{}/apply/resume/{secret}", state.config.public_url);
    let message = NewMessage {
        case: None,
        channel: "email".into(),
        recipient: email.clone(),
        subject: tr.t("email-resume-subject"),
        body: [
            tr.t("email-greeting"),
            format!("{}\n{link}", tr.t("email-resume-body")),
            tr.t("email-ignore"),
        ]
        .join("\n\n"),
    };
    state
        .store
        .enqueue_message(draft.row.authority, &message)
        .await?;
    show(
        &state,
        &visitor,
        &headers,
        tr,
        &nonce,
        EmailForm {
            email: email.clone(),
            sent_to: Some(email),
            errors: Vec::new(),
        },
    )
    .await
}

pub async fn resume(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(secret): Path<String>,
) -> WebResult<Response> {
    let found = state.store.request_draft(&hash_token(&secret)).await?;
    let fresh = found.as_ref().is_some_and(|d| {
        d.case.is_some() || state.clock.now().duration_since(d.updated_at) <= super::DRAFT_LIFETIME
    });
    if !fresh {
        let (token, cookie) = form_token(&state, &visitor, &headers);
        let page = LinkBadPage {
            layout: Layout::family(&tr, signed_in(&visitor), &nonce, &token),
            again: "/apply",
            tr,
        };
        return render(&page, StatusCode::NOT_FOUND, [cookie]);
    }
    let cookie = set_cookie(
        &state,
        DRAFT_COOKIE,
        &secret,
        Some(super::DRAFT_LIFETIME.as_secs()),
    );
    let mut response = Redirect::to("/apply/tasks").into_response();
    if let Some(cookie) = cookie {
        response
            .headers_mut()
            .append(axum::http::header::SET_COOKIE, cookie);
    }
    Ok(response)
}
