//! `/cases/{reference}/plan`: the plan drafted now from the case's
//! evidence, with the quality check's faults linked to the sections to fix.
//! Staff only: the family sees the plan once the draft is issued.

use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use tandem_domain::access::Action;
use tandem_domain::clock::long_date;
use tandem_domain::plan::check;

use crate::auth::session::{Nonce, SignedIn};
use crate::error::WebResult;
use crate::guard;
use crate::plan::{draft_for_case, render_page, PlanFacts};
use crate::AppState;

pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
) -> WebResult<Response> {
    let found = guard::case_for(&state, &who, &reference, Action::ViewStaffRecord).await?;
    let today = state.today();
    let plan = draft_for_case(
        state.store.as_ref(),
        who.person.authority,
        found.case.id,
        state.pdf_reader.clone(),
        today,
    )
    .await?;
    let faults = check(&plan, today);
    let facts = PlanFacts {
        authority: who.authority.name.clone(),
        child_name: found.case.child_name.clone(),
        date_of_birth: found
            .case
            .child_date_of_birth
            .as_deref()
            .and_then(|d| d.parse().ok())
            .map(long_date)
            .unwrap_or_default(),
        reference: found.case.reference.clone(),
        status: "Draft, not yet issued".into(),
    };
    let html = render_page(who.layout(&nonce), &plan, &facts, &faults)?;
    Ok(Html(html).into_response())
}
