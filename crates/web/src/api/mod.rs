//! The JSON API under `/api/v1`, with bearer-token authentication, and its
//! OpenAPI document generated from the handlers.

mod cases;
mod schools;
mod token;

use axum::routing::get;
use axum::{Json, Router};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::AppState;

pub use token::ApiCaller;

#[derive(OpenApi)]
#[openapi(
    info(title = "Tandem API", description = "Cases, schools and events of one local authority."),
    paths(cases::list, cases::show, schools::list, schools::create),
    components(schemas(cases::CaseJson, cases::EventJson, cases::CaseDetailJson, schools::SchoolJson, schools::NewSchoolJson, Problem)),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
pub struct ApiDoc;

/// An error, as RFC 9457 problem details.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct Problem {
    title: String,
    status: u16,
    detail: String,
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/openapi.json",
            get(|| async { Json(ApiDoc::openapi()) }),
        )
        .route("/api/v1/cases", get(cases::list))
        .route("/api/v1/cases/{reference}", get(cases::show))
        .route("/api/v1/schools", get(schools::list).post(schools::create))
}
