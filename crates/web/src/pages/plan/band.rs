//! The panel setting a band other than the one the points give, with its
//! reason; the band's amount is then the plan's "idealised" cost.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tandem_domain::access::Action;

use crate::auth::csrf::CsrfForm;
use crate::auth::session::SignedIn;
use crate::error::{WebError, WebResult};
use crate::plan::authority_data;
use crate::AppState;

#[derive(Deserialize)]
pub struct BandForm {
    #[serde(default)]
    band: String,
    #[serde(default)]
    reason: String,
}

pub async fn set_band(
    State(state): State<AppState>,
    who: SignedIn,
    Path(reference): Path<String>,
    CsrfForm(form): CsrfForm<BandForm>,
) -> WebResult<Response> {
    let case = super::load_case(&state, &who, &reference, Action::VoteAtPanel).await?;
    let authority = who.person.authority;
    let data = authority_data(state.store.as_ref(), authority).await?;
    let band = data
        .bands
        .named(form.band.trim())
        .ok_or_else(|| WebError::Unprocessable("Choose one of the authority's bands.".into()))?;
    let reason = crate::plan::edit::clean(form.reason.trim());
    if reason.is_empty() {
        return Err(WebError::Unprocessable(
            "Give the panel's reason for setting this band.".into(),
        ));
    }
    state
        .store
        .record_band_decision(
            authority,
            case.found.case.id,
            &band.name,
            &reason,
            who.person.id,
            state.clock.now(),
        )
        .await?;
    Ok(Redirect::to(&format!(
        "/cases/{}/plan?band={}",
        case.found.case.reference,
        band.name.replace(' ', "+")
    ))
    .into_response())
}
