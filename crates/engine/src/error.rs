//! Errors the engine reports about one input document.
//!
//! Policy: a bad document never stops a case. Each file that cannot be read
//! yields one `IngestError` naming what went wrong and what the officer can
//! do next; the remaining documents are still analysed.

use thiserror::Error;

/// Why one document could not be turned into text.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum IngestError {
    #[error("{name}: the document is empty")]
    Empty { name: String },
    #[error("{name}: the document has no text layer (it looks scanned); please supply a text version such as a typed DOCX or PDF")]
    Scanned { name: String },
    #[error("{name}: the document is encrypted or password protected; please supply an unprotected copy")]
    Encrypted { name: String },
    #[error("{name}: the document is damaged and could not be read ({detail})")]
    Corrupt { name: String, detail: String },
    #[error("{name}: the document is too large ({size} bytes; the limit is {limit})")]
    TooLarge { name: String, size: u64, limit: u64 },
    #[error("{name}: the document is nested too deeply or expands too far to read safely")]
    Bomb { name: String },
    #[error("{name}: this kind of file is not supported; please supply PDF, DOCX, ODT, RTF or plain text")]
    Unsupported { name: String },
    #[error(
        "{name}: PDF reading is not available here; please supply a DOCX or plain-text version"
    )]
    PdfUnavailable { name: String },
    #[error("{name}: reading the PDF took too long and was stopped")]
    TimedOut { name: String },
    #[error("{name}: the file could not be opened ({detail})")]
    Io { name: String, detail: String },
}
