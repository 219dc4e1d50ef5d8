//! `/cases/{reference}/plan/sections/{section}`: one section of the plan in
//! a GOV.UK form. Each save is a new version; a save made from a version
//! someone has since replaced is refused with both shown, and the form
//! keeps what was typed.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tandem_domain::access::Action;
use tandem_domain::plan::{open_for_changes, Plan, Section};

use crate::auth::csrf::CsrfForm;
use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::layout::Layout;
use crate::plan::edit::{apply, rows, rows_as_sent, EditRow, FormValues, Problem};
use crate::plan::{save as save_version, section_lines};
use crate::AppState;

/// Someone saved since the form was opened: their lines beside ours.
pub struct Clash {
    pub by: String,
    pub version: i64,
    pub now: Vec<String>,
    pub yours: Vec<String>,
}

#[derive(Template)]
#[template(path = "plan/edit.html")]
struct EditPage {
    layout: Layout,
    reference: String,
    child_name: String,
    code: &'static str,
    title: &'static str,
    after: i64,
    rows: Vec<EditRow>,
    errors: Vec<Problem>,
    clash: Option<Clash>,
}

fn section_of(code: &str) -> WebResult<Section> {
    Section::parse(code).ok_or(WebError::NotFound)
}

async fn editable(
    state: &AppState,
    who: &SignedIn,
    reference: &str,
) -> WebResult<(super::PlanCase, crate::plan::Saved)> {
    let mut case = super::load_case(state, who, reference, Action::RecordCaseEvent).await?;
    open_for_changes(&case.state).map_err(|locked| {
        WebError::Unprocessable(format!("The plan cannot be changed: {locked}."))
    })?;
    let saved = case.saved.take().ok_or_else(|| {
        WebError::Unprocessable("Save a first version of the plan before changing it.".into())
    })?;
    Ok((case, saved))
}

#[allow(clippy::too_many_arguments)]
fn page(
    status: StatusCode,
    who: &SignedIn,
    nonce: &str,
    case: &super::PlanCase,
    section: Section,
    after: i64,
    rows: Vec<EditRow>,
    errors: Vec<Problem>,
    clash: Option<Clash>,
) -> WebResult<Response> {
    let page = EditPage {
        layout: who.layout(nonce),
        reference: case.found.case.reference.clone(),
        child_name: case.found.case.child_name.clone(),
        code: section.code(),
        title: section.title(),
        after,
        rows,
        errors,
        clash,
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path((reference, code)): Path<(String, String)>,
) -> WebResult<Response> {
    let section = section_of(&code)?;
    let (case, saved) = editable(&state, &who, &reference).await?;
    let form_rows = rows(section, &saved.plan);
    page(
        StatusCode::OK,
        &who,
        &nonce,
        &case,
        section,
        saved.summary.version,
        form_rows,
        Vec::new(),
        None,
    )
}

pub async fn save_section(
    state: &AppState,
    who: &SignedIn,
    nonce: &str,
    reference: &str,
    section: Section,
    pairs: Vec<(String, String)>,
) -> WebResult<Response> {
    let (case, saved) = editable(state, who, reference).await?;
    let form = FormValues::new(pairs);
    let after: i64 = form
        .get("after")
        .trim()
        .parse()
        .map_err(|_| WebError::Unprocessable("The form could not be read".into()))?;
    let latest = saved.summary.version;
    let mut changed: Plan = saved.plan.clone();
    let applied = apply(section, &mut changed, &form);
    if after != latest {
        // Nothing is saved: the page shows the plan as it is now beside
        // what was typed, and saving again is a deliberate choice.
        let clash = Clash {
            by: saved
                .summary
                .saved_by
                .clone()
                .unwrap_or_else(|| "Tandem".into()),
            version: latest,
            now: section_lines(&saved.plan, section),
            yours: if applied.is_ok() {
                section_lines(&changed, section)
            } else {
                Vec::new()
            },
        };
        let problems = applied.err().unwrap_or_default();
        let form_rows = rows_as_sent(section, &saved.plan, &form, &problems);
        return page(
            StatusCode::CONFLICT,
            who,
            nonce,
            &case,
            section,
            latest,
            form_rows,
            problems,
            Some(clash),
        );
    }
    if let Err(problems) = applied {
        let form_rows = rows_as_sent(section, &saved.plan, &form, &problems);
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            who,
            nonce,
            &case,
            section,
            latest,
            form_rows,
            problems,
            None,
        );
    }
    let authority = who.person.authority;
    let note = format!("Changed section {}", section.code());
    let saved_as = save_version(
        state.store.as_ref(),
        authority,
        case.found.case.id,
        after,
        &changed,
        &note,
        Some(who.person.id),
        state.clock.now(),
    )
    .await;
    match saved_as {
        Ok(version) => Ok(Redirect::to(&format!(
            "/cases/{}/plan?saved={version}#section-{}",
            case.found.case.reference,
            section.code()
        ))
        .into_response()),
        // Two saves from the same version in the same instant: the other
        // won; show this one the clash like any other.
        Err(WebError::Conflict) => {
            Box::pin(save_section(
                state,
                who,
                nonce,
                reference,
                section,
                form.into_pairs_with_after(-1),
            ))
            .await
        }
        Err(e) => Err(e),
    }
}

pub async fn save_form(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path((reference, code)): Path<(String, String)>,
    CsrfForm(pairs): CsrfForm<Vec<(String, String)>>,
) -> WebResult<Response> {
    let section = section_of(&code)?;
    save_section(&state, &who, &nonce, &reference, section, pairs).await
}
