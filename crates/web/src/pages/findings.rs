//! What the engine makes of a case's documents, for the coordinator to
//! check: the likely need, whether a plan looks warranted, the provision it
//! suggests, and a summary in which every line cites its document and
//! sentence. Reading a case's few documents takes milliseconds, so it is
//! done when the page is asked for, off the async runtime.

use tandem_engine::ingest::{read_bytes, PdfReader};
use tandem_engine::{analyse, Document};
use tandem_store::Store;

use tandem_domain::ids::{AuthorityId, CaseId};

use crate::error::{WebError, WebResult};

pub struct SummaryRow {
    pub area: &'static str,
    pub text: String,
    pub document: String,
    pub sentence: usize,
}

pub struct Findings {
    pub analysed: usize,
    pub primary_need: String,
    pub secondary_needs: String,
    pub warranted: bool,
    pub provision: String,
    pub summary: Vec<SummaryRow>,
    /// One plain message per document that could not be read.
    pub problems: Vec<String>,
}

/// `None` when the case has no documents.
pub async fn for_case(
    store: &dyn Store,
    authority: AuthorityId,
    case: CaseId,
    pdf: Option<PdfReader>,
) -> WebResult<Option<Findings>> {
    let mut files = Vec::new();
    for document in store.documents(authority, case).await? {
        if let Some((document, content)) =
            store.document_content(authority, case, document.id).await?
        {
            files.push((document.name, content));
        }
    }
    if files.is_empty() {
        return Ok(None);
    }
    let findings = tokio::task::spawn_blocking(move || read_and_analyse(&files, pdf.as_ref()))
        .await
        .map_err(|e| WebError::Internal(e.into()))?;
    Ok(Some(findings))
}

fn read_and_analyse(files: &[(String, Vec<u8>)], pdf: Option<&PdfReader>) -> Findings {
    let mut documents: Vec<Document> = Vec::new();
    let mut problems = Vec::new();
    for (name, bytes) in files {
        match read_bytes(name, bytes, pdf) {
            Ok(document) => documents.push(document),
            Err(err) => problems.push(err.to_string()),
        }
    }
    let analysis = analyse(&documents);
    Findings {
        analysed: documents.len(),
        primary_need: analysis
            .primary_need
            .map(|n| n.code().to_owned())
            .unwrap_or_else(|| "none found".to_owned()),
        secondary_needs: analysis
            .secondary_needs
            .iter()
            .map(|n| n.code())
            .collect::<Vec<_>>()
            .join(", "),
        warranted: analysis.ehcp_warranted,
        provision: analysis.provision.join(", "),
        summary: analysis
            .summary
            .into_iter()
            .map(|line| SummaryRow {
                area: line.area.label(),
                text: line.text,
                document: line.source.document,
                sentence: line.source.sentence,
            })
            .collect(),
        problems,
    }
}
