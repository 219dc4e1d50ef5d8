//! `/cases/{reference}/findings/review`: the coordinator accepts or
//! corrects each of the engine's suggestions, with a reason if they wish.
//! The decisions are a case event appended at the version the form was
//! shown at; a form shown before someone changed the case, or before new
//! documents changed the suggestions, saves nothing and comes back with
//! what was typed.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tandem_domain::access::Action;
use tandem_domain::case::{review_findings, CaseEvent, CaseState};
use tandem_store::documents_key;
use tandem_store::read_model::to_case_events;

use super::review_form::{self, FormSection, ProvisionChoice};
use crate::auth::csrf::CsrfForm;
use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::findings::form::{self, Problem, Sent};
use crate::findings::review::{latest_decisions, suggestions, Suggestion};
use crate::findings::{current, StoredFindings};
use crate::guard::{self, CaseInHand};
use crate::layout::Layout;
use crate::pages::case_actions;
use crate::AppState;

/// Where the error summary sends a problem with the form as a whole.
const FORM_ID: &str = "review-form";

#[derive(Template)]
#[template(path = "findings/review.html")]
struct ReviewPage {
    layout: Layout,
    reference: String,
    child_name: String,
    version: i64,
    analysis: String,
    read: usize,
    sections: Vec<FormSection>,
    add: ProvisionChoice,
    errors: Vec<Problem>,
    stale: bool,
}

struct Reviewing {
    found: CaseInHand,
    state: CaseState,
    events: Vec<CaseEvent>,
    /// The documents the suggestions were made from.
    analysis: String,
    findings: StoredFindings,
    suggestions: Vec<Suggestion>,
}

async fn load(state: &AppState, who: &SignedIn, reference: &str) -> WebResult<Reviewing> {
    let found = guard::case_for(state, who, reference, Action::RecordCaseEvent).await?;
    let authority = who.person.authority;
    let events = to_case_events(&state.store.events(authority, found.case.id).await?)?;
    let ids: Vec<i64> = state
        .store
        .documents(authority, found.case.id)
        .await?
        .iter()
        .map(|d| d.id)
        .collect();
    let findings = current(state, authority, found.case.id, &ids)
        .await?
        .filter(|f| f.read > 0)
        .ok_or_else(|| {
            WebError::Unprocessable(
                "There are no documents on this case that Tandem could read".into(),
            )
        })?;
    Ok(Reviewing {
        state: CaseState::from_events(&events),
        suggestions: suggestions(&findings),
        analysis: documents_key(tandem_engine::reader_version(), &ids),
        found,
        events,
        findings,
    })
}

fn render(
    status: StatusCode,
    who: &SignedIn,
    nonce: &str,
    reviewing: &Reviewing,
    sent: Option<&Sent>,
    errors: Vec<Problem>,
    stale: bool,
) -> WebResult<Response> {
    let decided = latest_decisions(&reviewing.events);
    let (sections, add) = review_form::sections(&reviewing.suggestions, &decided, sent, &errors);
    let page = ReviewPage {
        layout: who.layout(nonce),
        reference: reviewing.found.case.reference.clone(),
        child_name: reviewing.found.case.child_name.clone(),
        version: reviewing.found.case.version,
        analysis: reviewing.analysis.clone(),
        read: reviewing.findings.read,
        sections,
        add,
        errors,
        stale,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
) -> WebResult<Response> {
    let reviewing = load(&state, &who, &reference).await?;
    render(
        StatusCode::OK,
        &who,
        &nonce,
        &reviewing,
        None,
        Vec::new(),
        false,
    )
}

pub async fn save(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> WebResult<Response> {
    let reviewing = load(&state, &who, &reference).await?;
    let sent = Sent(pairs);
    let version: i64 = sent
        .get("version")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| WebError::Unprocessable("The form could not be read".into()))?;
    let stale = |reviewing: &Reviewing| {
        render(
            StatusCode::CONFLICT,
            &who,
            &nonce,
            reviewing,
            Some(&sent),
            Vec::new(),
            true,
        )
    };
    if version != reviewing.found.case.version
        || sent.get("analysis") != Some(reviewing.analysis.as_str())
    {
        return stale(&reviewing);
    }
    // The form comes back with what was sent and why it was refused.
    let refuse = |problems: Vec<Problem>| {
        render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &who,
            &nonce,
            &reviewing,
            Some(&sent),
            problems,
            false,
        )
    };
    let decisions = match form::decisions(&reviewing.suggestions, &sent) {
        Ok(decisions) => decisions,
        Err(problems) => return refuse(problems),
    };
    let today = state.today();
    let event = match review_findings(&reviewing.state, today, today, decisions) {
        Ok(event) => event,
        Err(refusal) => {
            return refuse(vec![Problem {
                field: FORM_ID.to_owned(),
                message: refusal.to_string(),
            }])
        }
    };
    let summary = event.summary();
    let recorded = case_actions::record(
        &state,
        &who,
        &reviewing.found,
        &reviewing.state,
        version,
        &[event],
    )
    .await;
    match recorded {
        Ok(()) => {}
        // Someone appended between our read and our write: show the case
        // as it is now, with what was typed.
        Err(WebError::Conflict) => return stale(&load(&state, &who, &reference).await?),
        Err(e) => return Err(e),
    }
    guard::audit(
        &state,
        &who,
        "reviewed engine suggestions",
        Some(reviewing.found.case.id),
        &summary,
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/cases/{}?saved=findings#findings",
        reviewing.found.case.reference
    ))
    .into_response())
}
