//! One question page: shown with the answers so far, and saved as typed
//! whether or not it passes its checks.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tandem_domain::request_form::{validate, Answers, Problem, Step};

use super::fields::{fields, take, Field};
use super::{
    authority_for, current, first, form_token, new_draft, pairs, render, save, signed_in, token_ok,
};
use crate::auth::session::{Nonce, Visitor};
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::form::FieldError;
use crate::AppState;

#[derive(Deserialize, Default)]
pub struct StepQuery {
    #[serde(default, rename = "return")]
    return_to: String,
}

#[derive(Template)]
#[template(path = "apply/question.html")]
pub struct QuestionPage {
    layout: Layout,
    tr: Tr,
    title: String,
    slug: &'static str,
    single: bool,
    fields: Vec<Field>,
    errors: Vec<FieldError>,
    notice: Option<String>,
    back: String,
    return_to: String,
}

fn back_link(step: Step, a: &Answers, return_to: &str) -> String {
    if return_to == "check" {
        return "/apply/check".into();
    }
    Step::ALL
        .into_iter()
        .take_while(|s| *s != step)
        .filter(|s| s.applies(a))
        .last()
        .map(|s| format!("/apply/{}", s.slug()))
        .unwrap_or_else(|| "/apply/tasks".into())
}

pub fn step_from(slug: &str) -> WebResult<Step> {
    match Step::from_slug(slug) {
        Some(Step::Evidence) | None => Err(WebError::NotFound),
        Some(step) => Ok(step),
    }
}

struct Shown<'a> {
    authority: tandem_domain::ids::AuthorityId,
    step: Step,
    answers: &'a Answers,
    problems: &'a [Problem],
    notice: Option<String>,
    return_to: &'a str,
}

async fn page(
    state: &AppState,
    visitor: &Visitor,
    headers: &HeaderMap,
    tr: Tr,
    nonce: &str,
    shown: Shown<'_>,
    status: StatusCode,
) -> WebResult<Response> {
    let schools = state.store.schools(shown.authority).await?;
    let (title, fields) = fields(shown.step, shown.answers, &tr, &schools, shown.problems);
    let errors = shown
        .problems
        .iter()
        .map(|p| FieldError::new(p.field, tr.t(p.key)))
        .collect();
    let single = fields.len() == 1 && fields.iter().all(|f| f.as_heading);
    let (token, cookie) = form_token(state, visitor, headers);
    let page = QuestionPage {
        layout: Layout::family(&tr, signed_in(visitor), nonce, &token),
        title,
        slug: shown.step.slug(),
        single,
        fields,
        errors,
        notice: shown.notice,
        back: back_link(shown.step, shown.answers, shown.return_to),
        return_to: shown.return_to.to_owned(),
        tr,
    };
    render(&page, status, [cookie])
}

pub async fn show(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(slug): Path<String>,
    Query(query): Query<StepQuery>,
) -> WebResult<Response> {
    let step = step_from(&slug)?;
    let Some(draft) = current(&state, &headers).await? else {
        return Ok(Redirect::to("/apply").into_response());
    };
    if draft.row.case.is_some() {
        return Ok(Redirect::to("/apply/sent").into_response());
    }
    if !step.applies(&draft.answers) {
        return Ok(Redirect::to("/apply/tasks").into_response());
    }
    let shown = Shown {
        authority: draft.row.authority,
        step,
        answers: &draft.answers,
        problems: &[],
        notice: None,
        return_to: &query.return_to,
    };
    page(
        &state,
        &visitor,
        &headers,
        tr,
        &nonce,
        shown,
        StatusCode::OK,
    )
    .await
}

pub async fn submit(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(slug): Path<String>,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let step = step_from(&slug)?;
    let posted = pairs(&body);
    let return_to = first(&posted, "return").to_owned();
    let draft = current(&state, &headers).await?;
    let today = state.today();

    // A page left open too long: show it again with what was typed and a
    // fresh token, saving nothing until the visitor sends it again.
    if !token_ok(&visitor, &headers, first(&posted, "csrf_token")) {
        let (mut answers, authority) = match &draft {
            Some(d) => (d.answers.clone(), d.row.authority),
            None => (Answers::default(), authority_for(&state, None).await?.id),
        };
        take(step, &mut answers, &posted);
        let shown = Shown {
            authority,
            step,
            answers: &answers,
            problems: &[],
            notice: Some(tr.t("err-timed-out")),
            return_to: &return_to,
        };
        return page(
            &state,
            &visitor,
            &headers,
            tr,
            &nonce,
            shown,
            StatusCode::OK,
        )
        .await;
    }

    let (mut draft, cookie, expired) = match draft {
        Some(d) if d.row.case.is_none() => (d, None, false),
        Some(_) => return Ok(Redirect::to("/apply/sent").into_response()),
        None => {
            // The saved request had gone: start again from what was typed.
            let authority = authority_for(&state, None).await?;
            let (d, cookie) =
                new_draft(&state, &authority, signed_in(&visitor), &Answers::default()).await?;
            (d, Some(cookie), true)
        }
    };
    take(step, &mut draft.answers, &posted);
    let settings: Vec<i64> = state
        .store
        .schools(draft.row.authority)
        .await?
        .iter()
        .map(|s| s.id.0)
        .collect();
    let problems = validate(step, &draft.answers, today, &settings);
    if problems.is_empty() {
        draft.answers.completed.insert(step.slug().to_owned());
    } else {
        draft.answers.completed.remove(step.slug());
    }
    save(&state, &draft).await?;

    if expired {
        let shown = Shown {
            authority: draft.row.authority,
            step,
            answers: &draft.answers,
            problems: &problems,
            notice: Some(tr.t("err-expired-draft")),
            return_to: &return_to,
        };
        let mut response = page(
            &state,
            &visitor,
            &headers,
            tr,
            &nonce,
            shown,
            StatusCode::OK,
        )
        .await?;
        if let Some(cookie) = cookie {
            response
                .headers_mut()
                .append(axum::http::header::SET_COOKIE, cookie);
        }
        return Ok(response);
    }
    if !first(&posted, "save_later").is_empty() {
        return Ok(Redirect::to("/apply/saved").into_response());
    }
    if !problems.is_empty() {
        let shown = Shown {
            authority: draft.row.authority,
            step,
            answers: &draft.answers,
            problems: &problems,
            notice: None,
            return_to: &return_to,
        };
        return page(
            &state,
            &visitor,
            &headers,
            tr,
            &nonce,
            shown,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let next = if return_to == "check" {
        // A changed answer can bring in a page not yet answered (a school
        // now asking gives its details) before going back to the check.
        match step.next(&draft.answers) {
            Some(Step::Requester) if !draft.answers.is_complete(Step::Requester) => {
                "/apply/your-details?return=check".to_owned()
            }
            _ => "/apply/check".to_owned(),
        }
    } else {
        match step.next(&draft.answers) {
            Some(next) => format!("/apply/{}", next.slug()),
            None => "/apply/check".to_owned(),
        }
    };
    Ok(Redirect::to(&next).into_response())
}
