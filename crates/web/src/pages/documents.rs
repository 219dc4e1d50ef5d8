//! Adding a document to a case and reading it back. What a file is comes
//! from its first bytes, never from its name, and each upload is limited in
//! size, so a renamed program or an oversized file is refused with a
//! message on the page.

use axum::extract::{Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use subtle::ConstantTimeEq;
use tandem_domain::access::Action;
use tandem_engine::ingest::odt::{is_odt, ODT_MIMETYPE};
use tandem_engine::ingest::rtf::is_rtf;
use tandem_store::NewDocument;

use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard;
use crate::i18n::Tr;
use crate::pages::form::FieldError;
use crate::AppState;

pub const MAX_BYTES: usize = 10 * 1024 * 1024;
pub(crate) const ODT: &str = ODT_MIMETYPE;
pub(crate) const RTF: &str = "application/rtf";

/// The kinds of file a case may hold, told apart by their first bytes.
pub(crate) fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(b"PK\x03\x04") {
        // Only a zip that holds a Word or OpenDocument text; the engine
        // checks it again with limits when it reads it.
        if is_odt(bytes) {
            Some(ODT)
        } else {
            contains(bytes, b"word/").then_some(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        }
    } else if is_rtf(bytes) {
        Some(RTF)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(b"\xff\xd8\xff") {
        Some("image/jpeg")
    } else if !bytes.is_empty()
        && std::str::from_utf8(bytes).is_ok()
        && !bytes
            .iter()
            .any(|b| b.is_ascii_control() && !b"\n\r\t\x0c".contains(b))
    {
        Some("text/plain; charset=utf-8")
    } else {
        None
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A file name safe to show and to send back in a header.
pub(crate) fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(200)
        .collect();
    if cleaned.trim().is_empty() {
        "document".to_owned()
    } else {
        cleaned
    }
}

pub async fn upload(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    mut form: Multipart,
) -> WebResult<Response> {
    let mut token = String::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_big = false;
    let mut share = false;
    loop {
        match form.next_field().await {
            Ok(Some(field)) => match field.name() {
                Some("csrf_token") => token = field.text().await.unwrap_or_default(),
                Some("share") => share = field.text().await.is_ok_and(|v| v == "family"),
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
    if !too_big && !bool::from(who.session.csrf_token.as_bytes().ct_eq(token.as_bytes())) {
        return Err(WebError::Csrf);
    }
    let found = guard::case_for(&state, &who, &reference, Action::UploadDocument).await?;
    let family = who.person.role.is_family();
    // Families send evidence: the same checks as a request's uploads, and
    // the message goes back beside the field on their tracker.
    let checked = if too_big {
        Err("err-file-too-big")
    } else {
        match file {
            None => Err("err-file-missing"),
            Some((name, content)) if family => {
                let reader = state.pdf_reader.clone();
                tokio::task::spawn_blocking(move || {
                    crate::pages::apply::evidence::check_file(&name, &content, reader.as_ref())
                        .map(|kind| (name, content, kind))
                })
                .await
                .map_err(|e| WebError::Internal(e.into()))?
            }
            Some((name, content)) => staff_check(&content).map(|kind| (name, content, kind)),
        }
    };
    let (name, content, content_type) = match checked {
        Ok(ok) => ok,
        Err(key) if family => {
            let errors = vec![FieldError::new("file", tr.t(key))];
            return crate::pages::cases::tracker_page(
                &state, &who, &found, tr, &nonce, false, errors,
            )
            .await;
        }
        Err(key) => return Err(WebError::Unprocessable(Tr::english().t(key))),
    };
    let document = NewDocument {
        name: name.clone(),
        content_type: content_type.to_owned(),
        content,
        uploaded_by: Some(who.person.id),
        family_visible: family || share,
    };
    state
        .store
        .add_document(who.person.authority, found.case.id, &document)
        .await?;
    guard::audit(&state, &who, "added document", Some(found.case.id), &name).await?;
    // The engine reads the case again off the request path; the case page
    // reads it on the spot if the background has not finished.
    crate::findings::analyse_later(&state, who.person.authority, found.case.id);
    let back = if family {
        format!("/cases/{}?saved=1#documents", found.case.reference)
    } else {
        format!("/cases/{}", found.case.reference)
    };
    Ok(Redirect::to(&back).into_response())
}

/// Staff may also keep plain-text notes on a case.
fn staff_check(content: &[u8]) -> Result<&'static str, &'static str> {
    if content.is_empty() {
        return Err("err-file-missing");
    }
    if content.len() > MAX_BYTES {
        return Err("err-file-too-big");
    }
    sniff(content).ok_or("err-file-type-staff")
}

pub async fn download(
    State(state): State<AppState>,
    who: SignedIn,
    Path((reference, id)): Path<(String, i64)>,
) -> WebResult<Response> {
    // Staff read every document; a family reads what was shared with them.
    let staff = guard::case_for(&state, &who, &reference, Action::ViewStaffRecord).await;
    let found = match staff {
        Ok(found) => found,
        Err(WebError::Forbidden) if who.person.role.is_family() => {
            guard::case_for(&state, &who, &reference, Action::ViewCase).await?
        }
        Err(e) => return Err(e),
    };
    let (document, content) = state
        .store
        .document_content(who.person.authority, found.case.id, id)
        .await?
        .ok_or(WebError::NotFound)?;
    if who.person.role.is_family() && !document.family_visible {
        return Err(WebError::NotFound);
    }
    let disposition = format!(
        "attachment; filename=\"{}\"",
        document.name.replace(|c: char| !c.is_ascii(), "_")
    );
    let headers = [
        (header::CONTENT_TYPE, document.content_type),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, "private, no-store".to_owned()),
    ];
    Ok((headers, content).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_known_by_their_first_bytes_not_their_names() {
        assert_eq!(sniff(b"%PDF-1.7 ..."), Some("application/pdf"));
        assert_eq!(sniff(b"MZ\x90\x00 a windows program"), None);
        assert_eq!(sniff(b"PK\x03\x04 a zip of pictures"), None);
        assert_eq!(
            sniff(b"PK\x03\x04 ... word/document.xml ..."),
            Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        );
        assert_eq!(
            sniff("Plain notes from the school, £5 for lunch".as_bytes()),
            Some("text/plain; charset=utf-8")
        );
        assert_eq!(sniff(b""), None);
        assert_eq!(
            sniff(b"{\\rtf1\\ansi Advice from the school\\par}"),
            Some(RTF)
        );
        let mut odt = b"PK\x03\x04".to_vec();
        odt.extend([0u8; 4]); // version, flags
        odt.extend([0u8; 2]); // stored
        odt.extend([0u8; 8]); // time, date, crc
        let mimetype = b"application/vnd.oasis.opendocument.text";
        odt.extend((mimetype.len() as u32).to_le_bytes());
        odt.extend((mimetype.len() as u32).to_le_bytes());
        odt.extend(8u16.to_le_bytes());
        odt.extend(0u16.to_le_bytes());
        odt.extend(b"mimetype");
        odt.extend(mimetype);
        assert_eq!(sniff(&odt), Some(ODT));
        assert_eq!(clean_name("C:\\Users\\x\\report\".pdf"), "report.pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name(""), "document");
    }
}
