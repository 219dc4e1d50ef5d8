//! Turning files into documents: plain text, DOCX, ODT, RTF and PDF.

mod archive;
pub mod docx;
pub mod limits;
pub mod odt;
mod parsed;
pub mod pdf;
pub mod pdf_child;
pub mod rtf;
pub mod text;

use std::path::Path;

use crate::document::Document;
use crate::error::IngestError;
use parsed::Parsed;

/// Largest file the engine will read; advice documents are far smaller.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Reads a plain-text document from bytes.
pub fn document_from_text(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    check_size(name, bytes.len() as u64)?;
    document_from_str(name, &String::from_utf8_lossy(bytes))
}

fn document_from_str(name: &str, text: &str) -> Result<Document, IngestError> {
    Parsed {
        blocks: text::blocks_from_text(text),
        pictures: false,
    }
    .into_document(name)
}

fn check_size(name: &str, size: u64) -> Result<(), IngestError> {
    if size > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge {
            name: name.to_string(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(())
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
    check_size(&name, std::fs::metadata(path).map_err(io)?.len())?;
    let bytes = std::fs::read(path).map_err(io)?;
    read_bytes(&name, &bytes, pdf)
}

/// Reads a document from its bytes, choosing the reader by its signature
/// first and by the name's extension only when the bytes do not say.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    pdf: Option<&PdfReader>,
) -> Result<Document, IngestError> {
    check_size(name, bytes.len() as u64)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty {
            name: name.to_string(),
        });
    }
    let lower = name.to_lowercase();
    let zip = bytes.starts_with(b"PK\x03\x04");
    if bytes.starts_with(b"%PDF") {
        return read_pdf(name, bytes, pdf);
    }
    if rtf::is_rtf(bytes) {
        return rtf::read_rtf(name, bytes);
    }
    if zip && odt::declared_mimetype(bytes).is_some() {
        // Any OpenDocument file; the reader refuses spreadsheets and the
        // like by their mimetype.
        return odt::read_odt(name, bytes);
    }
    if lower.ends_with(".pdf") {
        return read_pdf(name, bytes, pdf);
    }
    if lower.ends_with(".rtf") {
        return rtf::read_rtf(name, bytes);
    }
    if lower.ends_with(".odt") {
        return odt::read_odt(name, bytes);
    }
    if zip || lower.ends_with(".docx") {
        return docx::read_docx(name, bytes);
    }
    if let Some(text) = text::decode_utf16(bytes) {
        return document_from_str(name, &text);
    }
    // An image, a legacy .doc or an archive is not UTF-8 and holds NUL
    // bytes; reading it as text would only give noise.
    if std::str::from_utf8(bytes).is_err() && bytes.contains(&0) {
        return Err(IngestError::Unsupported {
            name: name.to_string(),
        });
    }
    document_from_str(name, &String::from_utf8_lossy(bytes))
}

/// PDFs are only ever parsed in an isolated child; without a way to start
/// one they are refused with a clear message.
fn read_pdf(name: &str, bytes: &[u8], pdf: Option<&PdfReader>) -> Result<Document, IngestError> {
    match pdf {
        Some(reader) => pdf::read_pdf_isolated(name, bytes, reader),
        None => Err(IngestError::PdfUnavailable {
            name: name.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn odt() -> Vec<u8> {
        odt::samples::odt_with(
            odt::ODT_MIMETYPE,
            "<manifest:manifest/>",
            "<d xmlns:text=\"t\"><text:h>Needs</text:h></d>",
        )
    }

    #[test]
    fn the_reader_is_chosen_by_signature_whatever_the_name() {
        let document = read_bytes("upload", &odt(), None).unwrap();
        assert_eq!(document.blocks[0].text, "Needs");
        let document = read_bytes("upload.txt", br"{\rtf1 Needs\par}", None).unwrap();
        assert_eq!(document.blocks[0].text, "Needs");
        let utf16: Vec<u8> = "\u{feff}Needs\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let document = read_bytes("notes.txt", &utf16, None).unwrap();
        assert_eq!(document.blocks[0].text, "Needs");
    }

    #[test]
    fn without_a_signature_the_extension_decides_and_errors_name_the_file() {
        let error = read_bytes("cut.odt", b"not a zip", None).unwrap_err();
        assert!(matches!(error, IngestError::Corrupt { .. }), "{error}");
        let error = read_bytes("cut.rtf", b"not rtf", None).unwrap_err();
        assert!(error.to_string().starts_with("cut.rtf: "), "{error}");
        let error = read_bytes("photo.png", b"\x89PNG\r\n\x1a\n\0\0", None).unwrap_err();
        assert!(matches!(error, IngestError::Unsupported { .. }), "{error}");
        let huge = vec![b'a'; usize::try_from(MAX_FILE_BYTES).unwrap() + 1];
        let error = read_bytes("huge.txt", &huge, None).unwrap_err();
        assert!(matches!(error, IngestError::TooLarge { .. }), "{error}");
    }
}
