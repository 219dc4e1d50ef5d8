//! The authority's schools and settings over the API.

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use tandem_domain::access::{decide, Action, Target};
use tandem_store::School;
use utoipa::ToSchema;

use super::token::ApiCaller;
use crate::error::{ApiError, WebError};
use crate::guard;
use crate::AppState;

const PHASES: [&str; 7] = [
    "nursery",
    "primary",
    "secondary",
    "all-through",
    "special",
    "post-16",
    "alternative provision",
];

#[derive(Serialize, ToSchema)]
pub struct SchoolJson {
    id: i64,
    name: String,
    urn: String,
    phase: String,
}

impl From<School> for SchoolJson {
    fn from(s: School) -> Self {
        SchoolJson {
            id: s.id.0,
            name: s.name,
            urn: s.urn,
            phase: s.phase,
        }
    }
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSchoolJson {
    /// The school's name, 1 to 200 characters.
    name: String,
    /// The DfE unique reference number: 6 to 8 digits.
    urn: String,
    /// One of nursery, primary, secondary, all-through, special, post-16, alternative provision.
    phase: String,
}

/// The authority's schools, by name.
#[utoipa::path(get, path = "/api/v1/schools", responses((status = 200, body = [SchoolJson]), (status = 401, body = super::Problem)))]
pub async fn list(
    State(state): State<AppState>,
    caller: ApiCaller,
) -> Result<Json<Vec<SchoolJson>>, ApiError> {
    let schools = state.store.schools(caller.person.authority).await?;
    Ok(Json(schools.into_iter().map(SchoolJson::from).collect()))
}

/// Adds a school (business support, coordinators and managers).
#[utoipa::path(post, path = "/api/v1/schools", request_body = NewSchoolJson, responses(
    (status = 201, body = SchoolJson), (status = 401, body = super::Problem), (status = 403, body = super::Problem),
    (status = 422, body = super::Problem)))]
pub async fn create(
    State(state): State<AppState>,
    caller: ApiCaller,
    body: Result<Json<NewSchoolJson>, JsonRejection>,
) -> Result<(StatusCode, Json<SchoolJson>), ApiError> {
    let target = Target::Authority(caller.person.authority);
    if !decide(&caller.actor(), Action::ManageDirectory, target).is_allowed() {
        return Err(WebError::Forbidden.into());
    }
    let Json(new) = body.map_err(|e| {
        WebError::Unprocessable(format!(
            "The request body is not a valid school: {}",
            e.body_text()
        ))
    })?;
    let name = new.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(WebError::Unprocessable("name must be 1 to 200 characters".into()).into());
    }
    if !(6..=8).contains(&new.urn.len()) || !new.urn.chars().all(|c| c.is_ascii_digit()) {
        return Err(WebError::Unprocessable("urn must be 6 to 8 digits".into()).into());
    }
    if !PHASES.contains(&new.phase.as_str()) {
        return Err(WebError::Unprocessable(format!(
            "phase must be one of: {}",
            PHASES.join(", ")
        ))
        .into());
    }
    let authority = caller.person.authority;
    let id = state
        .store
        .create_school(authority, name, &new.urn, &new.phase)
        .await?;
    guard::record(&state, &caller.actor(), "added school", None, &new.urn).await?;
    Ok((
        StatusCode::CREATED,
        Json(SchoolJson {
            id: id.0,
            name: name.to_owned(),
            urn: new.urn,
            phase: new.phase,
        }),
    ))
}
