//! The child side of isolated PDF reading: limit memory, read stdin,
//! extract text with pdf-extract (falling back to lopdf), reply in JSON.

use std::io::{Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::error::IngestError;
use crate::ingest::pdf::{ChildReply, CHILD_MEMORY_BYTES};
use crate::ingest::text::blocks_from_text;
use crate::ingest::MAX_FILE_BYTES;

/// Runs the child: reads a PDF on stdin and writes a `ChildReply` on stdout.
pub fn run_child() -> Result<(), IngestError> {
    let io = |e: std::io::Error| IngestError::Io {
        name: "stdin".to_string(),
        detail: e.to_string(),
    };
    rlimit::setrlimit(rlimit::Resource::AS, CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES).map_err(io)?;
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let reply = if bytes.len() as u64 > MAX_FILE_BYTES {
        ChildReply::Corrupt("the PDF is larger than the limit".to_string())
    } else {
        extract(&bytes)
    };
    let json = serde_json::to_vec(&reply).map_err(|e| IngestError::Corrupt {
        name: "stdin".to_string(),
        detail: e.to_string(),
    })?;
    std::io::stdout().write_all(&json).map_err(io)?;
    Ok(())
}

/// Extracts the structure of a PDF held in memory.
pub fn extract(bytes: &[u8]) -> ChildReply {
    let document = match lopdf::Document::load_mem(bytes) {
        Ok(document) => document,
        Err(e) => {
            let detail = e.to_string();
            let lower = detail.to_lowercase();
            if lower.contains("encrypt") || lower.contains("decrypt") || lower.contains("password")
            {
                return ChildReply::Encrypted;
            }
            return ChildReply::Corrupt(detail);
        }
    };
    // lopdf removes /Encrypt once it has opened a file with the empty
    // password; one still there needs a password. `is_encrypted` alone
    // misses an /Encrypt dictionary written inline rather than referenced,
    // and such a file would be reported as empty.
    if document.is_encrypted() || document.trailer.get(b"Encrypt").is_ok() {
        return ChildReply::Encrypted;
    }
    let page_tree = document.get_pages();
    if !page_tree.values().all(|id| parents_end(&document, *id)) {
        // pdf-extract follows /Parent to inherit resources with no check
        // for a loop, and would spin until the deadline.
        return ChildReply::Corrupt("its page tree loops back on itself".to_string());
    }
    let pages: Vec<u32> = page_tree.keys().copied().collect();
    // pdf-extract lays text out best; it can panic on odd fonts, and then
    // lopdf's plainer extraction is used instead.
    let primary = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::extract_text_from_mem(bytes)
    }));
    let text = match primary {
        Ok(Ok(text)) if !text.trim().is_empty() => text,
        _ => document.extract_text(&pages).unwrap_or_default(),
    };
    if text.trim().is_empty() {
        return if pages.is_empty() {
            ChildReply::Empty
        } else {
            ChildReply::Scanned
        };
    }
    ChildReply::Blocks(blocks_from_text(&text))
}

/// Longest chain of /Parent links from a page to the root that is followed;
/// real page trees are a few levels deep.
const MAX_PAGE_TREE_DEPTH: usize = 64;

/// Does the chain of /Parent references above a page end, without looping
/// and within `MAX_PAGE_TREE_DEPTH` links?
fn parents_end(document: &lopdf::Document, page: lopdf::ObjectId) -> bool {
    let mut seen = vec![page];
    let mut node = document.get_dictionary(page).ok();
    while let Some(dictionary) = node {
        let Ok(parent) = dictionary
            .get(b"Parent")
            .and_then(lopdf::Object::as_reference)
        else {
            return true;
        };
        if seen.contains(&parent) || seen.len() > MAX_PAGE_TREE_DEPTH {
            return false;
        }
        seen.push(parent);
        node = document.get_dictionary(parent).ok();
    }
    true
}
