//! `/cases/{reference}/plan`: the EHC plan of a case. Staff draft it from
//! the evidence, edit it section by section (each save a new version),
//! compare versions, answer the family's comments, set the band at panel
//! and issue it once the quality check passes or is overridden with a
//! reason. The family (and an invited school) read the issued draft and
//! comment on it section by section.

mod band;
mod comments;
mod draft;
mod edit;
mod family;
mod funding_report;
mod issue;
mod show;
mod versions;

use axum::routing::{get, post};
use axum::Router;
use tandem_domain::access::Action;
use tandem_domain::case::CaseState;
use tandem_domain::clock::long_date;
use tandem_store::read_model::to_case_events;
use tandem_store::PlanIssue;

use crate::auth::session::SignedIn;
use crate::error::WebResult;
use crate::guard::{self, CaseInHand};
pub use crate::plan::facts_for as facts;
use crate::plan::{load, Saved};
use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/cases/{reference}/plan", get(show::show))
        .route("/cases/{reference}/plan/draft", post(draft::save_draft))
        .route(
            "/cases/{reference}/plan/sections/{section}",
            get(edit::show).post(edit::save_form),
        )
        .route("/cases/{reference}/plan/compare", get(versions::compare))
        .route(
            "/cases/{reference}/plan/versions/{file}",
            get(versions::download),
        )
        .route(
            "/cases/{reference}/plan/issue/{stage}",
            get(issue::show).post(issue::issue),
        )
        .route(
            "/cases/{reference}/plan/comment",
            get(comments::show).post(comments::add),
        )
        .route(
            "/cases/{reference}/plan/comments/{id}/answer",
            post(comments::answer),
        )
        .route("/cases/{reference}/plan/band", post(band::set_band))
        .route("/reports/plan-funding", get(funding_report::report))
}

/// A case with its journey and its latest saved plan.
pub struct PlanCase {
    pub found: CaseInHand,
    pub state: CaseState,
    pub saved: Option<Saved>,
    pub issues: Vec<PlanIssue>,
}

pub async fn load_case(
    state: &AppState,
    who: &SignedIn,
    reference: &str,
    action: Action,
) -> WebResult<PlanCase> {
    let found = guard::case_for(state, who, reference, action).await?;
    let authority = who.person.authority;
    let events = to_case_events(&state.store.events(authority, found.case.id).await?)?;
    let saved = load(state.store.as_ref(), authority, found.case.id, None).await?;
    let issues = state.store.plan_issues(authority, found.case.id).await?;
    Ok(PlanCase {
        state: CaseState::from_events(&events),
        found,
        saved,
        issues,
    })
}

/// "Draft, version 3" and the like, for the head of the document.
pub fn status_of(version: i64, issues: &[PlanIssue]) -> String {
    match issues.iter().rev().find(|i| i.version == version) {
        Some(i) if i.stage == "draft" => format!(
            "Draft plan issued {}, version {version}",
            long_date(tandem_domain::clock::london_date(i.at))
        ),
        Some(i) => format!(
            "Final plan issued {}, version {version}",
            long_date(tandem_domain::clock::london_date(i.at))
        ),
        None => format!("Working draft, version {version}, not issued"),
    }
}
