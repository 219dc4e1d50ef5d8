//! Changing your own password. The new one must pass the password policy;
//! every other session of the person ends, so a stolen session dies with
//! the old password.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tandem_domain::password::check_new_password;

use super::csrf::CsrfForm;
use super::password;
use super::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard;
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::form::FieldError;
use crate::AppState;

#[derive(Template)]
#[template(path = "auth/password.html")]
struct PasswordPage {
    layout: Layout,
    tr: Tr,
    errors: Vec<FieldError>,
    changed: bool,
}

/// Families read this page in their language; staff in English.
fn words_and_layout(who: &SignedIn, tr: Tr, nonce: &str) -> (Tr, Layout) {
    if who.person.role.is_family() {
        let layout = Layout::family(&tr, Some(who), nonce, &who.session.csrf_token);
        (tr, layout)
    } else {
        (Tr::english(), who.layout(nonce))
    }
}

pub async fn form(
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    query: axum::extract::RawQuery,
) -> WebResult<Response> {
    let changed = query
        .0
        .as_deref()
        .is_some_and(|q| q.split('&').any(|p| p == "changed=1"));
    let (tr, layout) = words_and_layout(&who, tr, &nonce);
    let page = PasswordPage {
        layout,
        tr,
        errors: vec![],
        changed,
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    new: String,
    #[serde(default)]
    confirm: String,
}

pub async fn submit(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> WebResult<Response> {
    let (tr, layout) = words_and_layout(&who, tr, &nonce);
    let stored = who
        .person
        .password_hash
        .clone()
        .unwrap_or_else(|| state.dummy_hash.as_ref().clone());
    let current = form.current.clone();
    let verified = tokio::task::spawn_blocking(move || password::verify(&current, &stored))
        .await
        .map_err(|e| WebError::Internal(e.into()))?;
    let mut errors = Vec::new();
    if !verified || who.person.password_hash.is_none() {
        errors.push(FieldError::new("current", tr.t("err-current-password")));
    }
    if let Err(problem) = check_new_password(&form.new, &who.person.email) {
        errors.push(FieldError::new(
            "new",
            super::family_account::password_problem(&tr, problem),
        ));
    } else if form.new != form.confirm {
        errors.push(FieldError::new("confirm", tr.t("err-password-match-again")));
    }
    if !errors.is_empty() {
        let page = PasswordPage {
            layout,
            tr,
            errors,
            changed: false,
        };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response());
    }
    let hash = password::hash_off_thread(&form.new).await?;
    let authority = who.person.authority;
    state
        .store
        .set_password_hash(authority, who.person.id, &hash)
        .await?;
    state
        .store
        .delete_other_sessions(authority, who.person.id, &who.session.id_hash)
        .await?;
    guard::audit(&state, &who, "changed password", None, "").await?;
    Ok(Redirect::to("/account/password?changed=1").into_response())
}
