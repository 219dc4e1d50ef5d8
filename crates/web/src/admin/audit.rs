//! Who read or changed what, and when: on screen and as CSV.

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use tandem_domain::access::Action;
use tandem_store::AuditEntry;

use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard;
use crate::layout::Layout;
use crate::AppState;

const SHOWN: i64 = 500;
const EXPORTED: i64 = 100_000;

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    layout: Layout,
    entries: Vec<AuditEntry>,
}

pub async fn page(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    guard::authority_action(&who, Action::ViewAuditLog)?;
    let entries = state.store.audit_log(who.person.authority, SHOWN).await?;
    guard::audit(&state, &who, "viewed audit log", None, "").await?;
    let page = AuditPage {
        layout: who.layout(&nonce),
        entries,
    };
    Ok(Html(page.render()?).into_response())
}

pub async fn csv(State(state): State<AppState>, who: SignedIn) -> WebResult<Response> {
    guard::authority_action(&who, Action::ViewAuditLog)?;
    let entries = state
        .store
        .audit_log(who.person.authority, EXPORTED)
        .await?;
    guard::audit(
        &state,
        &who,
        "exported audit log",
        None,
        &format!("{} entries", entries.len()),
    )
    .await?;
    let mut out = csv::Writer::from_writer(Vec::new());
    let internal = |e: csv::Error| WebError::Internal(e.into());
    out.write_record([
        "id",
        "when",
        "person_id",
        "person",
        "action",
        "case_id",
        "detail",
    ])
    .map_err(internal)?;
    for e in &entries {
        out.write_record([
            e.id.to_string(),
            e.at.to_string(),
            e.person.map(|p| p.to_string()).unwrap_or_default(),
            defuse(e.person_name.as_deref().unwrap_or_default()),
            defuse(&e.action),
            e.case.map(|c| c.to_string()).unwrap_or_default(),
            defuse(&e.detail),
        ])
        .map_err(internal)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| WebError::Internal(anyhow::anyhow!("{e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"audit-log.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// A cell starting with = + - @ would run as a formula in a spreadsheet.
fn defuse(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}
