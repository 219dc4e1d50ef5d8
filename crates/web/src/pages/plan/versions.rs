//! Comparing two versions side by side, and each version as a Word
//! document, a tagged PDF or a web page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tandem_domain::access::Action;

use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::layout::Layout;
use crate::plan::{compare as compare_plans, load, render_html, ComparedSection};
use crate::AppState;

#[derive(Deserialize)]
pub struct CompareQuery {
    left: i64,
    right: i64,
}

#[derive(Template)]
#[template(path = "plan/compare.html")]
struct ComparePage {
    layout: Layout,
    reference: String,
    child_name: String,
    left: i64,
    right: i64,
    sections: Vec<ComparedSection>,
}

pub async fn compare(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    Query(query): Query<CompareQuery>,
) -> WebResult<Response> {
    let case = super::load_case(&state, &who, &reference, Action::ViewStaffRecord).await?;
    let authority = who.person.authority;
    let store = state.store.as_ref();
    let left = load(store, authority, case.found.case.id, Some(query.left))
        .await?
        .ok_or(WebError::NotFound)?;
    let right = load(store, authority, case.found.case.id, Some(query.right))
        .await?
        .ok_or(WebError::NotFound)?;
    let page = ComparePage {
        layout: who.layout(&nonce),
        reference: case.found.case.reference.clone(),
        child_name: case.found.case.child_name.clone(),
        left: query.left,
        right: query.right,
        sections: compare_plans(&left.plan, &right.plan),
    };
    Ok(Html(page.render()?).into_response())
}

/// A version as a file: `3.docx`, `3.pdf` or `3.html`. Staff read every
/// version; the family and an invited school read the versions issued.
pub async fn download(
    State(state): State<AppState>,
    who: SignedIn,
    Path((reference, file)): Path<(String, String)>,
) -> WebResult<Response> {
    let (number, format) = file.split_once('.').ok_or(WebError::NotFound)?;
    let number: i64 = number.parse().map_err(|_| WebError::NotFound)?;
    let staff = who.person.role.is_staff();
    let action = if staff {
        Action::ViewStaffRecord
    } else {
        Action::ViewCase
    };
    let case = super::load_case(&state, &who, &reference, action).await?;
    if !staff && !super::family::may_read(&who, &case, number) {
        return Err(WebError::NotFound);
    }
    let saved = load(
        state.store.as_ref(),
        who.person.authority,
        case.found.case.id,
        Some(number),
    )
    .await?
    .ok_or(WebError::NotFound)?;
    let facts = super::facts(
        &who.authority.name,
        &case.found.case,
        super::status_of(number, &case.issues),
    );
    let name = format!("EHC plan {} v{number}", case.found.case.reference);
    let (bytes, content_type) = match format {
        "docx" => {
            let plan = saved.plan;
            let bytes = tokio::task::spawn_blocking(move || {
                tandem_documents::docx::render_docx(&plan, &facts)
            })
            .await
            .map_err(|e| WebError::Internal(e.into()))?
            .map_err(|e| WebError::Internal(anyhow::anyhow!(e)))?;
            (
                bytes,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        }
        "pdf" => {
            let plan = saved.plan;
            let bytes = tokio::task::spawn_blocking(move || {
                tandem_documents::pdf::render_pdf(&plan, &facts)
            })
            .await
            .map_err(|e| WebError::Internal(e.into()))?
            .map_err(|e| WebError::Internal(anyhow::anyhow!(e)))?;
            (bytes, "application/pdf")
        }
        "html" => (
            render_html(&saved.plan, &facts)?.into_bytes(),
            "text/html; charset=utf-8",
        ),
        _ => return Err(WebError::NotFound),
    };
    let disposition = if format == "html" {
        "inline".to_owned()
    } else {
        format!("attachment; filename=\"{name}.{format}\"")
    };
    let headers = [
        (header::CONTENT_TYPE, content_type.to_owned()),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, "private, no-store".to_owned()),
    ];
    Ok((headers, bytes).into_response())
}
