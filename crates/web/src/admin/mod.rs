//! The authority administrator's pages: people and the audit log.

mod audit;
mod people;
mod plan_data;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/audit", get(audit::page))
        .route("/admin/audit.csv", get(audit::csv))
        .route("/admin/people", get(people::page))
        .route("/admin/people/{id}/access", post(people::set_access))
        .route(
            "/admin/plan-data/{kind}",
            get(plan_data::page).post(plan_data::save),
        )
}
