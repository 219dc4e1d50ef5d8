//! The start page and the task list.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tandem_domain::clock::timescale::weeks_after;
use tandem_domain::request_form::{missing_steps, Answers, Step, SECTIONS};

use super::{
    authority_for, current, first, form_token, new_draft, pairs, render, signed_in, token_ok,
};
use crate::auth::session::{Nonce, Visitor};
use crate::error::WebResult;
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::AppState;

#[derive(Deserialize, Default)]
pub struct StartQuery {
    #[serde(default)]
    council: Option<String>,
}

/// The independent advice service every council must fund (SENDIASS). The
/// demo's details are fictional: a drama-range phone number and an
/// example.org-style address.
pub struct AdviceService {
    pub name: String,
    pub phone: String,
    pub email: String,
}

pub fn advice_service(tr: &Tr, council: &str) -> AdviceService {
    let place = council
        .split_whitespace()
        .next()
        .unwrap_or("council")
        .to_lowercase();
    AdviceService {
        name: tr.with("start-help-name", &[("council", council)]),
        phone: "01632 960 000".into(),
        email: format!("sendiass@{place}.example"),
    }
}

#[derive(Template)]
#[template(path = "apply/start.html")]
struct StartPage {
    layout: Layout,
    tr: Tr,
    six: String,
    twenty: String,
    help: String,
    council: String,
}

pub async fn start_page(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    Query(query): Query<StartQuery>,
) -> WebResult<Response> {
    let authority = authority_for(&state, query.council.as_deref()).await?;
    let today = state.today();
    let (token, cookie) = form_token(&state, &visitor, &headers);
    let service = advice_service(&tr, &authority.name);
    let page = StartPage {
        layout: Layout::family(&tr, signed_in(&visitor), &nonce, &token),
        six: tr.with("start-when-6", &[("six", &tr.date(weeks_after(today, 6)))]),
        twenty: tr.with(
            "start-when-20",
            &[("twenty", &tr.date(weeks_after(today, 20)))],
        ),
        help: tr.with(
            "start-help",
            &[
                ("name", &service.name),
                ("phone", &service.phone),
                ("email", &service.email),
            ],
        ),
        council: authority.la_code.clone(),
        tr,
    };
    render(&page, StatusCode::OK, [cookie])
}

/// "Start now": a new request, held by a new cookie.
pub async fn begin(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    if !token_ok(&visitor, &headers, first(&posted, "csrf_token")) {
        return Ok(Redirect::to("/apply").into_response());
    }
    let council = first(&posted, "council");
    let authority = authority_for(&state, Some(council)).await?;
    let (_, cookie) =
        new_draft(&state, &authority, signed_in(&visitor), &Answers::default()).await?;
    let mut response = Redirect::to("/apply/tasks").into_response();
    response
        .headers_mut()
        .append(axum::http::header::SET_COOKIE, cookie);
    Ok(response)
}

pub struct Task {
    pub href: String,
    pub label: String,
    pub status: String,
    pub done: bool,
    pub id: &'static str,
}

pub struct TaskSection {
    pub title: String,
    pub tasks: Vec<Task>,
}

#[derive(Template)]
#[template(path = "apply/tasks.html")]
struct TasksPage {
    layout: Layout,
    tr: Tr,
    sections: Vec<TaskSection>,
    ready: bool,
}

pub fn step_label(tr: &Tr, step: Step) -> String {
    tr.t(&format!("step-{}", step.slug()))
}

pub async fn tasks(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    let Some(draft) = current(&state, &headers).await? else {
        return Ok(Redirect::to("/apply").into_response());
    };
    if draft.row.case.is_some() {
        return Ok(Redirect::to("/apply/sent").into_response());
    }
    let a = &draft.answers;
    let files = state
        .store
        .request_files(draft.row.authority, draft.row.id)
        .await?;
    let sections = SECTIONS
        .iter()
        .map(|section| TaskSection {
            title: tr.t(section.key),
            tasks: section
                .steps
                .iter()
                .filter(|s| s.applies(a))
                .map(|s| {
                    let done = a.is_complete(*s) || (*s == Step::Evidence && !files.is_empty());
                    let status = if done {
                        "task-done"
                    } else if a.is_started(*s) {
                        "task-started"
                    } else {
                        "task-todo"
                    };
                    Task {
                        href: format!("/apply/{}", s.slug()),
                        label: step_label(&tr, *s),
                        status: tr.t(status),
                        done,
                        id: s.slug(),
                    }
                })
                .collect(),
        })
        .collect();
    let (token, cookie) = form_token(&state, &visitor, &headers);
    let page = TasksPage {
        layout: Layout::family(&tr, signed_in(&visitor), &nonce, &token),
        sections,
        ready: missing_steps(a).is_empty(),
        tr,
    };
    render(&page, StatusCode::OK, [cookie])
}
