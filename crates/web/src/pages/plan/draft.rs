//! Saving the plan drafted now from the evidence as the next version: the
//! first draft, or a redraft after more advice arrived.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tandem_domain::access::Action;
use tandem_domain::plan::open_for_changes;

use crate::auth::csrf::CsrfForm;
use crate::auth::session::SignedIn;
use crate::error::{WebError, WebResult};
use crate::plan::{draft_for_case, save};
use crate::AppState;

#[derive(Deserialize)]
pub struct DraftForm {
    /// The version the page showed (0 when none), so a redraft never
    /// replaces someone's newer edits unseen.
    after: i64,
}

pub async fn save_draft(
    State(state): State<AppState>,
    who: SignedIn,
    Path(reference): Path<String>,
    CsrfForm(form): CsrfForm<DraftForm>,
) -> WebResult<Response> {
    let case = super::load_case(&state, &who, &reference, Action::RecordCaseEvent).await?;
    open_for_changes(&case.state).map_err(|locked| {
        WebError::Unprocessable(format!("The plan cannot be changed: {locked}."))
    })?;
    let authority = who.person.authority;
    let drafted = draft_for_case(
        state.store.as_ref(),
        authority,
        case.found.case.id,
        state.pdf_reader.clone(),
        state.today(),
    )
    .await?;
    let note = if form.after == 0 {
        "Drafted from the evidence"
    } else {
        "Drafted again from the evidence"
    };
    let version = save(
        state.store.as_ref(),
        authority,
        case.found.case.id,
        form.after,
        &drafted.plan,
        note,
        Some(who.person.id),
        state.clock.now(),
    )
    .await?;
    Ok(Redirect::to(&format!(
        "/cases/{}/plan?saved={version}",
        case.found.case.reference
    ))
    .into_response())
}
