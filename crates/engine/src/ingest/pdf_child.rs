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
    if document.is_encrypted() {
        return ChildReply::Encrypted;
    }
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
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
