//! The engine's suggestions for staff: the section of the case page, each
//! document with its quoted sentence highlighted, the review form, and the
//! report on how the reviews went. The work behind them is in
//! `crate::findings`.

mod document;
mod report;
mod review;
mod review_form;
pub mod section;

use axum::routing::get;
use axum::Router;

pub use section::FindingsSection;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/cases/{reference}/documents/{id}/text",
            get(document::show),
        )
        .route(
            "/cases/{reference}/findings/review",
            get(review::show).post(review::save),
        )
        .route("/reports/engine", get(report::report))
}
