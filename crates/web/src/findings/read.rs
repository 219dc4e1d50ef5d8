//! Reading a case's documents with the engine and keeping the result as
//! the case's latest analysis. Reading is heavy work, so it runs on the
//! blocking pool; a case's few documents take milliseconds.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use tandem_domain::ids::{AuthorityId, CaseId};
use tandem_engine::ingest::{read_bytes, PdfReader};
use tandem_engine::{analyse, Document};
use tandem_store::{NewCaseAnalysis, Store};

use super::stored::{StoredFindings, Unread};
use crate::error::{WebError, WebResult};
use crate::AppState;

/// The cases being read now. A case page opened while the background
/// reads the same case waits for that reading and uses it, instead of
/// reading the documents a second time.
#[derive(Default)]
pub struct Readings {
    cases: Mutex<HashMap<(AuthorityId, CaseId), Gate>>,
}

/// Held while a case's documents are read.
type Gate = Arc<tokio::sync::Mutex<()>>;

impl Readings {
    async fn lock(&self, authority: AuthorityId, case: CaseId) -> tokio::sync::OwnedMutexGuard<()> {
        let gate = {
            let mut cases = self.cases.lock().unwrap_or_else(PoisonError::into_inner);
            // Cases nobody is reading any more are forgotten.
            cases.retain(|_, gate| Arc::strong_count(gate) > 1);
            Arc::clone(cases.entry((authority, case)).or_default())
        };
        gate.lock_owned().await
    }
}

/// A document of the case as stored.
pub struct CaseFile {
    pub id: i64,
    pub name: String,
    pub content: Vec<u8>,
}

/// Every document of the case with its content, in the order added.
pub async fn case_files(
    store: &dyn Store,
    authority: AuthorityId,
    case: CaseId,
) -> WebResult<Vec<CaseFile>> {
    let mut files = Vec::new();
    for document in store.documents(authority, case).await? {
        if let Some((document, content)) =
            store.document_content(authority, case, document.id).await?
        {
            files.push(CaseFile {
                id: document.id,
                name: document.name,
                content,
            });
        }
    }
    Ok(files)
}

/// Each file's name to cite it by: its own, or with its id added when two
/// documents share a name, so every citation leads to one document.
fn unique_names(files: &[CaseFile]) -> Vec<String> {
    files
        .iter()
        .map(|f| {
            if files.iter().filter(|g| g.name == f.name).count() > 1 {
                format!("{} (document {})", f.name, f.id)
            } else {
                f.name.clone()
            }
        })
        .collect()
}

/// Reads and analyses the files: each one that cannot be read is named
/// with the engine's message, and the rest are analysed all the same.
pub fn analyse_files(files: &[CaseFile], pdf: Option<&PdfReader>) -> StoredFindings {
    let mut documents: Vec<Document> = Vec::new();
    let mut ids = HashMap::new();
    let mut unread = Vec::new();
    for (file, name) in files.iter().zip(unique_names(files)) {
        match read_bytes(&name, &file.content, pdf) {
            Ok(document) => {
                ids.insert(name, file.id);
                documents.push(document);
            }
            Err(err) => unread.push(Unread {
                document: file.id,
                message: err.to_string(),
            }),
        }
    }
    StoredFindings::new(&analyse(&documents), &ids, unread)
}

/// Reads the case's documents now and keeps the findings as its latest
/// analysis. `None` when the case has no documents.
pub async fn analyse_now(
    state: &AppState,
    authority: AuthorityId,
    case: CaseId,
) -> WebResult<Option<StoredFindings>> {
    // Dated before the documents are listed: a reading that started later
    // saw at least as many documents, and is the one kept.
    let made_at = state.clock.now();
    let files = case_files(state.store.as_ref(), authority, case).await?;
    if files.is_empty() {
        return Ok(None);
    }
    let pdf = state.pdf_reader.clone();
    let (findings, files) = tokio::task::spawn_blocking(move || {
        let findings = analyse_files(&files, pdf.as_ref());
        (findings, files)
    })
    .await
    .map_err(|e| WebError::Internal(e.into()))?;
    let analysis = to_save(case, &files, &findings, made_at)?;
    state
        .store
        .save_case_analyses(authority, &[analysis])
        .await?;
    Ok(Some(findings))
}

/// The store's record of an analysis.
pub fn to_save(
    case: CaseId,
    files: &[CaseFile],
    findings: &StoredFindings,
    made_at: jiff::Timestamp,
) -> WebResult<NewCaseAnalysis> {
    Ok(NewCaseAnalysis {
        case,
        reader: tandem_engine::reader_version().to_owned(),
        documents: files.iter().map(|f| f.id).collect(),
        findings: serde_json::to_string(findings)
            .map_err(|e| WebError::Internal(anyhow::anyhow!("findings not written: {e}")))?,
        profile: findings.profile(),
        made_at,
    })
}

/// The case's findings: the kept analysis when it was made from the
/// documents the case has now, otherwise a fresh one (kept for next time),
/// so the page never waits on a background task. `None` without documents.
pub async fn current(
    state: &AppState,
    authority: AuthorityId,
    case: CaseId,
    documents: &[i64],
) -> WebResult<Option<StoredFindings>> {
    if documents.is_empty() {
        return Ok(None);
    }
    let _reading = state.readings.lock(authority, case).await;
    if let Some(kept) = state.store.case_analysis(authority, case).await? {
        if kept.is_current(tandem_engine::reader_version(), documents) {
            match serde_json::from_str(&kept.findings) {
                Ok(findings) => return Ok(Some(findings)),
                // Written by an older Tandem: read the documents again.
                Err(e) => tracing::info!(case = case.0, error = %e, "kept findings unreadable"),
            }
        }
    }
    analyse_now(state, authority, case).await
}
