//! Reports and letters sent with a request. Each file is judged by its
//! content: its first bytes say what it is, and PDFs and Word files are
//! opened (PDFs in a separate process) so that a damaged, locked or
//! booby-trapped file is refused with a message, not stored.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use tandem_engine::IngestError;
use tandem_store::{Document, NewDocument};

use super::{current, first, form_token, pairs, render, signed_in, token_ok, Draft};
use crate::auth::session::{Nonce, Visitor};
use crate::error::WebResult;
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::documents::{clean_name, sniff, MAX_BYTES, ODT, RTF};
use crate::pages::form::FieldError;
use crate::AppState;

pub const MAX_FILES: usize = 20;

const PDF: &str = "application/pdf";
const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

#[derive(Template)]
#[template(path = "apply/evidence.html")]
struct EvidencePage {
    layout: Layout,
    tr: Tr,
    files: Vec<Document>,
    errors: Vec<FieldError>,
    back: String,
}

async fn show(
    state: &AppState,
    visitor: &Visitor,
    headers: &HeaderMap,
    tr: Tr,
    nonce: &str,
    draft: &Draft,
    error: Option<&str>,
) -> WebResult<Response> {
    let files = state
        .store
        .request_files(draft.row.authority, draft.row.id)
        .await?;
    let (token, cookie) = form_token(state, visitor, headers);
    let errors: Vec<FieldError> = error
        .map(|key| FieldError::new("file", tr.t(key)))
        .into_iter()
        .collect();
    let status = crate::pages::form::status_for(&errors);
    let page = EvidencePage {
        layout: Layout::family(&tr, signed_in(visitor), nonce, &token),
        files,
        errors,
        back: "/apply/consent".into(),
        tr,
    };
    render(&page, status, [cookie])
}

pub async fn page(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    match current(&state, &headers).await? {
        Some(d) if d.row.case.is_none() => {
            show(&state, &visitor, &headers, tr, &nonce, &d, None).await
        }
        Some(_) => Ok(Redirect::to("/apply/sent").into_response()),
        None => Ok(Redirect::to("/apply").into_response()),
    }
}

/// What the file is, or the message key saying why it cannot be kept.
pub fn check_file(
    name: &str,
    bytes: &[u8],
    pdf: Option<&tandem_engine::ingest::PdfReader>,
) -> Result<&'static str, &'static str> {
    if bytes.is_empty() {
        return Err("err-file-missing");
    }
    if bytes.len() > MAX_BYTES {
        return Err("err-file-too-big");
    }
    let kind = match sniff(bytes) {
        Some(k) if [PDF, DOCX, ODT, RTF].contains(&k) || k.starts_with("image/") => k,
        _ => return Err("err-file-type"),
    };
    if kind == PDF {
        // A whole PDF ends with an end-of-file marker; a cut-off or random
        // file posing as one does not.
        let tail = &bytes[bytes.len().saturating_sub(2048)..];
        if !tail.windows(5).any(|w| w == b"%%EOF") {
            return Err("err-file-damaged");
        }
    }
    if [PDF, DOCX, ODT, RTF].contains(&kind) {
        match tandem_engine::ingest::read_bytes(name, bytes, pdf) {
            Ok(_)
            | Err(IngestError::Scanned { .. })
            | Err(IngestError::Empty { .. })
            | Err(IngestError::PdfUnavailable { .. }) => {}
            Err(IngestError::Encrypted { .. }) => return Err("err-file-locked"),
            Err(IngestError::Bomb { .. })
            | Err(IngestError::TooLarge { .. })
            | Err(IngestError::TimedOut { .. }) => return Err("err-file-unsafe"),
            Err(_) => return Err("err-file-damaged"),
        }
    }
    Ok(kind)
}

pub async fn upload(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    mut form: Multipart,
) -> WebResult<Response> {
    let Some(draft) = current(&state, &headers).await? else {
        return Ok(Redirect::to("/apply").into_response());
    };
    if draft.row.case.is_some() {
        return Ok(Redirect::to("/apply/sent").into_response());
    }
    let mut token = String::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_big = false;
    loop {
        match form.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("csrf_token") => token = field.text().await.unwrap_or_default(),
                Some("file") => {
                    let name = clean_name(field.file_name().unwrap_or_default());
                    match field.bytes().await {
                        Ok(bytes) => file = Some((name, bytes.to_vec())),
                        Err(_) => too_big = true,
                    }
                }
                _ => {}
            },
            Ok(None) => break,
            // The body limit stops reading part-way through a large file.
            Err(_) => {
                too_big = true;
                break;
            }
        }
    }
    if !too_big && !token_ok(&visitor, &headers, &token) {
        return show(
            &state,
            &visitor,
            &headers,
            tr,
            &nonce,
            &draft,
            Some("err-timed-out"),
        )
        .await;
    }
    let error = if too_big {
        Some("err-file-too-big")
    } else {
        match &file {
            None => Some("err-file-missing"),
            Some((name, bytes)) => {
                let count = state
                    .store
                    .request_files(draft.row.authority, draft.row.id)
                    .await?
                    .len();
                if count >= MAX_FILES {
                    Some("err-file-count")
                } else {
                    let reader = state.pdf_reader.clone();
                    let (name, bytes) = (name.clone(), bytes.clone());
                    let checked = tokio::task::spawn_blocking(move || {
                        check_file(&name, &bytes, reader.as_ref()).map(|kind| (name, bytes, kind))
                    })
                    .await
                    .map_err(|e| crate::error::WebError::Internal(e.into()))?;
                    match checked {
                        Ok((name, content, kind)) => {
                            let document = NewDocument {
                                name,
                                content_type: kind.to_owned(),
                                content,
                                uploaded_by: None,
                                family_visible: true,
                            };
                            state
                                .store
                                .add_request_file(draft.row.authority, draft.row.id, &document)
                                .await?;
                            None
                        }
                        Err(key) => Some(key),
                    }
                }
            }
        }
    };
    match error {
        Some(key) => show(&state, &visitor, &headers, tr, &nonce, &draft, Some(key)).await,
        None => Ok(Redirect::to("/apply/evidence").into_response()),
    }
}

pub async fn remove(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    if let Some(draft) = current(&state, &headers).await? {
        if draft.row.case.is_none() && token_ok(&visitor, &headers, first(&posted, "csrf_token")) {
            state
                .store
                .remove_request_file(draft.row.authority, draft.row.id, id)
                .await?;
        }
    }
    Ok(Redirect::to("/apply/evidence").into_response())
}

/// "Continue": evidence is optional, so the page is done once seen.
pub async fn done(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    let Some(mut draft) = current(&state, &headers).await? else {
        return Ok(Redirect::to("/apply").into_response());
    };
    if draft.row.case.is_some() {
        return Ok(Redirect::to("/apply/sent").into_response());
    }
    if !token_ok(&visitor, &headers, first(&posted, "csrf_token")) {
        return Ok(Redirect::to("/apply/evidence").into_response());
    }
    draft.answers.completed.insert(
        tandem_domain::request_form::Step::Evidence
            .slug()
            .to_owned(),
    );
    super::save(&state, &draft).await?;
    if !first(&posted, "save_later").is_empty() {
        return Ok(Redirect::to("/apply/saved").into_response());
    }
    Ok(Redirect::to("/apply/check").into_response())
}
