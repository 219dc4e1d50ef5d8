//! `/cases/{reference}/documents/{id}/text?sentence=N`: a document as the
//! engine read it, sentence by sentence, with the sentence a suggestion
//! quotes highlighted and the page opening at it. Staff only, like the
//! suggestions that link here.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tandem_domain::access::Action;
use tandem_engine::document::{BlockKind, Document};
use tandem_engine::ingest::read_bytes;
use tandem_engine::sentences::sentences_of;

use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard;
use crate::layout::Layout;
use crate::AppState;

#[derive(Deserialize, Default)]
pub struct TextQuery {
    #[serde(default)]
    sentence: Option<String>,
}

pub struct SentenceView {
    pub index: usize,
    pub text: String,
    pub cited: bool,
}

/// A heading, a paragraph, a table row, or a run of list items (one item each).
pub struct BlockView {
    pub kind: &'static str,
    pub items: Vec<Vec<SentenceView>>,
}

#[derive(Template)]
#[template(path = "findings/document.html")]
struct DocumentPage {
    layout: Layout,
    reference: String,
    child_name: String,
    id: i64,
    name: String,
    cited: Option<usize>,
    blocks: Vec<BlockView>,
    /// Why the engine could not read it, if it could not.
    unread: Option<String>,
}

/// The document's blocks with their sentences, numbered as the engine
/// numbers them.
fn blocks(document: &Document, cited: Option<usize>) -> Vec<BlockView> {
    let all = sentences_of(0, document);
    let mut out: Vec<BlockView> = Vec::new();
    for run in all.chunk_by(|a, b| a.block == b.block) {
        let sentences: Vec<SentenceView> = run
            .iter()
            .map(|s| SentenceView {
                index: s.index,
                text: s.text.clone(),
                cited: Some(s.index) == cited,
            })
            .collect();
        let kind = match run[0].kind {
            BlockKind::Heading => "heading",
            BlockKind::ListItem => "list",
            BlockKind::Paragraph | BlockKind::TableRow => "paragraph",
        };
        match out.last_mut() {
            Some(last) if kind == "list" && last.kind == "list" => last.items.push(sentences),
            _ => out.push(BlockView {
                kind,
                items: vec![sentences],
            }),
        }
    }
    out
}

pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path((reference, id)): Path<(String, i64)>,
    Query(query): Query<TextQuery>,
) -> WebResult<Response> {
    let found = guard::case_for(&state, &who, &reference, Action::ViewStaffRecord).await?;
    let (document, content) = state
        .store
        .document_content(who.person.authority, found.case.id, id)
        .await?
        .ok_or(WebError::NotFound)?;
    let cited = query.sentence.and_then(|s| s.parse::<usize>().ok());
    let name = document.name.clone();
    let pdf = state.pdf_reader.clone();
    let read = tokio::task::spawn_blocking(move || {
        read_bytes(&name, &content, pdf.as_ref()).map(|doc| blocks(&doc, cited))
    })
    .await
    .map_err(|e| WebError::Internal(e.into()))?;
    let (blocks, unread) = match read {
        Ok(blocks) => (blocks, None),
        Err(e) => (Vec::new(), Some(e.to_string())),
    };
    let page = DocumentPage {
        layout: who.layout(&nonce),
        reference: found.case.reference,
        child_name: found.case.child_name,
        id,
        name: document.name,
        cited: cited.filter(|c| {
            blocks
                .iter()
                .flat_map(|b| b.items.iter().flatten())
                .any(|s| s.index == *c)
        }),
        blocks,
        unread,
    };
    Ok(Html(page.render()?).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use tandem_engine::document::Block;

    #[test]
    fn blocks_keep_the_engines_numbering_and_mark_the_cited_sentence() {
        let document = Document {
            name: "ep.txt".into(),
            blocks: vec![
                Block::new(BlockKind::Heading, "Communication"),
                Block::new(
                    BlockKind::Paragraph,
                    "Sam speaks in short phrases. He likes trains.",
                ),
                Block::new(BlockKind::ListItem, "Visual timetable."),
                Block::new(BlockKind::ListItem, "Quiet place to calm."),
            ],
        };
        let shown = blocks(&document, Some(2));
        let kinds: Vec<&str> = shown.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, ["heading", "paragraph", "list"]);
        assert_eq!(shown[2].items.len(), 2);
        let numbered: Vec<(usize, bool)> = shown
            .iter()
            .flat_map(|b| b.items.iter().flatten())
            .map(|s| (s.index, s.cited))
            .collect();
        assert_eq!(
            numbered,
            [(0, false), (1, false), (2, true), (3, false), (4, false)]
        );
        let engine: Vec<usize> = sentences_of(0, &document).iter().map(|s| s.index).collect();
        assert_eq!(engine, [0, 1, 2, 3, 4]);
    }
}
