//! Comments on the issued draft, section by section, from the family or an
//! invited school; and the coordinator's answer to each. A family's comment
//! is also recorded on the case's journey, so the statutory clock and the
//! tracker know the family has answered.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tandem_domain::access::Action;
use tandem_domain::case::{decide, Command};
use tandem_domain::plan::Section;
use tandem_store::NewPlanComment;

use crate::auth::csrf::CsrfForm;
use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::case_actions::record;
use crate::pages::form::FieldError;
use crate::AppState;

const KINDS: [&str; 4] = ["comment", "change", "school", "meeting"];
const MAX_COMMENT_CHARS: usize = 20_000;

#[derive(Deserialize, Default)]
pub struct CommentQuery {
    #[serde(default)]
    section: String,
}

#[derive(Deserialize, Default)]
pub struct CommentForm {
    #[serde(default)]
    section: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    body: String,
}

#[derive(Template)]
#[template(path = "plan/comment.html")]
struct CommentPage {
    layout: Layout,
    tr: Tr,
    reference: String,
    child_name: String,
    /// (value, label, chosen)
    sections: Vec<(String, String, bool)>,
    kinds: Vec<(String, String, bool)>,
    body: String,
    errors: Vec<FieldError>,
}

impl CommentPage {
    fn error(&self, field: &str) -> Option<&str> {
        crate::pages::form::error_for(&self.errors, field)
    }
}

fn page(
    status: StatusCode,
    who: &SignedIn,
    tr: Tr,
    nonce: &str,
    case: &super::PlanCase,
    form: &CommentForm,
    errors: Vec<FieldError>,
) -> WebResult<Response> {
    let mut sections = vec![(
        "plan".to_owned(),
        tr.t("plan-comment-whole"),
        form.section == "plan",
    )];
    sections.extend(Section::ALL.into_iter().map(|s| {
        (
            s.code().to_owned(),
            format!("{}: {}", s.code(), s.title()),
            s.code().eq_ignore_ascii_case(&form.section),
        )
    }));
    let kinds = KINDS
        .into_iter()
        .map(|k| {
            (
                k.to_owned(),
                super::family::kind_words(&tr, k),
                form.kind == k,
            )
        })
        .collect();
    let layout = if who.person.role.is_family() {
        Layout::family(&tr, Some(who), nonce, &who.session.csrf_token)
    } else {
        who.layout(nonce)
    };
    let page = CommentPage {
        layout,
        tr,
        reference: case.found.case.reference.clone(),
        child_name: case.found.case.child_name.clone(),
        sections,
        kinds,
        body: form.body.clone(),
        errors,
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn commentable(
    state: &AppState,
    who: &SignedIn,
    reference: &str,
) -> WebResult<super::PlanCase> {
    let case = super::load_case(state, who, reference, Action::CommentOnDraft).await?;
    if !super::family::may_comment(who, &case) {
        return Err(WebError::Unprocessable(
            "You can only comment while the draft plan is with you.".into(),
        ));
    }
    Ok(case)
}

pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    Query(query): Query<CommentQuery>,
) -> WebResult<Response> {
    let case = commentable(&state, &who, &reference).await?;
    let form = CommentForm {
        section: query.section,
        ..CommentForm::default()
    };
    page(StatusCode::OK, &who, tr, &nonce, &case, &form, Vec::new())
}

pub async fn add(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    CsrfForm(mut form): CsrfForm<CommentForm>,
) -> WebResult<Response> {
    let case = commentable(&state, &who, &reference).await?;
    form.body = crate::plan::edit::clean(form.body.trim());
    let section_ok = form.section == "plan" || Section::parse(&form.section).is_some();
    let mut errors = Vec::new();
    if !section_ok {
        errors.push(FieldError::new("section", tr.t("plan-err-section")));
    }
    if !KINDS.contains(&form.kind.as_str()) {
        errors.push(FieldError::new("kind", tr.t("plan-err-kind")));
    }
    if form.body.is_empty() {
        errors.push(FieldError::new("body", tr.t("plan-err-body")));
    } else if form.body.chars().count() > MAX_COMMENT_CHARS {
        errors.push(FieldError::new("body", tr.t("plan-err-long")));
    }
    if !errors.is_empty() {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &who,
            tr,
            &nonce,
            &case,
            &form,
            errors,
        );
    }
    let section = Section::parse(&form.section)
        .map(|s| s.code().to_owned())
        .unwrap_or_else(|| "plan".into());
    let today = state.today();
    if who.person.role.is_family() {
        let summary: String = format!("Section {section}: {}", form.body)
            .chars()
            .take(500)
            .collect();
        let command = if form.kind == "meeting" {
            Command::RecordMeetingRequest { on: today }
        } else {
            Command::RecordComments { on: today, summary }
        };
        if let Ok(events) = decide(&case.state, command, today) {
            record(
                &state,
                &who,
                &case.found,
                &case.state,
                case.found.case.version,
                &events,
            )
            .await?;
        }
    }
    let version = case.issues.last().map(|i| i.version).unwrap_or(0);
    let comment = NewPlanComment {
        version,
        section,
        kind: form.kind.clone(),
        body: form.body.clone(),
        author: who.person.id,
        at: state.clock.now(),
    };
    state
        .store
        .add_plan_comment(who.person.authority, case.found.case.id, &comment)
        .await?;
    super::family::render(state, who, tr, nonce, reference, true).await
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    answer: String,
}

pub async fn answer(
    State(state): State<AppState>,
    who: SignedIn,
    Path((reference, id)): Path<(String, i64)>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> WebResult<Response> {
    let case = super::load_case(&state, &who, &reference, Action::RecordCaseEvent).await?;
    let text = crate::plan::edit::clean(form.answer.trim());
    if text.is_empty() {
        return Err(WebError::Unprocessable(
            "Write an answer before sending it.".into(),
        ));
    }
    if text.chars().count() > MAX_COMMENT_CHARS {
        return Err(WebError::Unprocessable(
            "An answer must be 20,000 characters or fewer.".into(),
        ));
    }
    state
        .store
        .answer_plan_comment(
            who.person.authority,
            case.found.case.id,
            id,
            &text,
            who.person.id,
            state.clock.now(),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/cases/{}/plan?answered={id}#comments",
        case.found.case.reference
    ))
    .into_response())
}
