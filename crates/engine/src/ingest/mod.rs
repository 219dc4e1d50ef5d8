//! Turning files into documents: plain text, DOCX and PDF.

pub mod docx;
pub mod pdf;
pub mod pdf_child;
pub mod text;

use std::path::Path;

use crate::document::Document;
use crate::error::IngestError;

/// Largest file the engine will read; advice documents are far smaller.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Reads a plain-text document from bytes.
pub fn document_from_text(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge {
            name: name.to_string(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    let text = String::from_utf8_lossy(bytes);
    let blocks = text::blocks_from_text(&text);
    if blocks.is_empty() {
        return Err(IngestError::Empty {
            name: name.to_string(),
        });
    }
    Ok(Document {
        name: name.to_string(),
        blocks,
    })
}

/// The file name used to cite a document.
pub fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// How to run the isolated PDF reader: a program (normally the tandem
/// binary itself) and the arguments of its hidden subcommand.
#[derive(Debug, Clone)]
pub struct PdfReader {
    pub program: std::path::PathBuf,
    pub args: Vec<String>,
    /// How long the child may take before it is stopped.
    pub timeout: std::time::Duration,
}

impl PdfReader {
    /// A reader running `program args...` with the standard deadline.
    pub fn new(program: impl Into<std::path::PathBuf>, args: Vec<String>) -> PdfReader {
        PdfReader {
            program: program.into(),
            args,
            timeout: pdf::PDF_TIMEOUT,
        }
    }
}

/// Reads one file of a case by its kind. PDFs are read in a child process.
pub fn read_file(path: &Path, pdf: Option<&PdfReader>) -> Result<Document, IngestError> {
    let name = display_name(path);
    let io = |e: std::io::Error| IngestError::Io {
        name: name.clone(),
        detail: e.to_string(),
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge {
            name,
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    read_bytes(&name, &bytes, pdf)
}

/// Reads a document from its bytes, choosing the reader by its signature.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    pdf: Option<&PdfReader>,
) -> Result<Document, IngestError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty {
            name: name.to_string(),
        });
    }
    let lower = name.to_lowercase();
    if bytes.starts_with(b"%PDF") || lower.ends_with(".pdf") {
        // PDFs are only ever parsed in an isolated child; without a way
        // to start one they are refused with a clear message.
        return match pdf {
            Some(reader) => pdf::read_pdf_isolated(name, bytes, reader),
            None => Err(IngestError::PdfUnavailable {
                name: name.to_string(),
            }),
        };
    }
    if bytes.starts_with(b"PK\x03\x04") || lower.ends_with(".docx") {
        return docx::read_docx(name, bytes);
    }
    if std::str::from_utf8(bytes).is_err() && bytes.iter().filter(|b| **b == 0).count() > 0 {
        return Err(IngestError::Unsupported {
            name: name.to_string(),
        });
    }
    document_from_text(name, bytes)
}
