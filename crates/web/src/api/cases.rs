//! Cases over the API, through the same access policy as the pages.

use axum::extract::{Path, State};
use axum::Json;
use serde::Serialize;
use tandem_domain::access::{decide, Action, CaseParties, Target};
use tandem_store::{CaseFilter, CaseSummary};
use utoipa::ToSchema;

use super::token::ApiCaller;
use crate::error::{ApiError, WebError};
use crate::guard;
use crate::AppState;

#[derive(Serialize, ToSchema)]
pub struct CaseJson {
    reference: String,
    child_name: String,
    stage: String,
    next_due: Option<String>,
    rag: String,
    opened_on: String,
    version: i64,
}

impl From<CaseSummary> for CaseJson {
    fn from(c: CaseSummary) -> Self {
        CaseJson {
            reference: c.reference,
            child_name: c.child_name,
            stage: c.stage,
            next_due: c.next_due,
            rag: c.rag,
            opened_on: c.opened_on,
            version: c.version,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct EventJson {
    seq: i64,
    event_type: String,
    #[schema(value_type = Object)]
    payload: serde_json::Value,
    recorded_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct CaseDetailJson {
    case: CaseJson,
    events: Vec<EventJson>,
}

/// The authority's cases, soonest due first (staff only).
#[utoipa::path(get, path = "/api/v1/cases", responses(
    (status = 200, body = [CaseJson]),
    (status = 401, body = super::Problem), (status = 403, body = super::Problem)))]
pub async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<Vec<CaseJson>>, ApiError> {
    let any_case = CaseParties {
        authority: Some(caller.person.authority),
        ..CaseParties::default()
    };
    if !caller.person.role.is_staff()
        || !decide(&caller.actor(), Action::ViewCase, Target::Case(&any_case)).is_allowed()
    {
        return Err(WebError::Forbidden.into());
    }
    let cases = state
        .store
        .cases(
            caller.person.authority,
            &CaseFilter {
                limit: 5000,
                ..Default::default()
            },
        )
        .await?;
    guard::record(&state, &caller.actor(), "listed cases", None, "api").await?;
    Ok(Json(cases.into_iter().map(CaseJson::from).collect()))
}

/// One case with its event history.
#[utoipa::path(get, path = "/api/v1/cases/{reference}",
    params(("reference" = String, Path, description = "e.g. NBC-2026-00042")),
    responses((status = 200, body = CaseDetailJson), (status = 401, body = super::Problem), (status = 404, body = super::Problem)))]
pub async fn show(
    State(state): State<AppState>,
    caller: ApiCaller,
    Path(reference): Path<String>,
) -> Result<Json<CaseDetailJson>, ApiError> {
    let found =
        guard::case_for_actor(&state, &caller.actor(), &reference, Action::ViewStaffRecord).await?;
    let case = found.case;
    let authority = caller.person.authority;
    let events = state.store.events(authority, case.id).await?;
    Ok(Json(CaseDetailJson {
        case: case.into(),
        events: events
            .into_iter()
            .map(|e| EventJson {
                seq: e.seq,
                event_type: e.event_type,
                payload: e.payload,
                recorded_at: e.recorded_at.to_string(),
            })
            .collect(),
    }))
}
