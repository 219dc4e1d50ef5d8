//! PDFs are untrusted and their parsers are large, so they are never parsed
//! in the service's own process. A child process (the same binary, hidden
//! subcommand) reads the PDF on stdin under a memory limit and writes its
//! structure as JSON; the parent gives it a deadline and kills it after.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use wait_timeout::ChildExt;

use crate::document::{Block, Document};
use crate::error::IngestError;
use crate::ingest::PdfReader;

/// How long a child may take over one PDF.
pub const PDF_TIMEOUT: Duration = Duration::from_secs(20);
/// Address space the child may use; a PDF that needs more is refused.
pub const CHILD_MEMORY_BYTES: u64 = 1024 * 1024 * 1024;
/// Most JSON the parent will read back from a child.
const MAX_REPLY_BYTES: u64 = 32 * 1024 * 1024;

/// What the child writes on stdout.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChildReply {
    Blocks(Vec<Block>),
    Scanned,
    Encrypted,
    Empty,
    Corrupt(String),
}

/// Reads a PDF in an isolated child process.
pub fn read_pdf_isolated(
    name: &str,
    bytes: &[u8],
    reader: &PdfReader,
) -> Result<Document, IngestError> {
    let owned = || name.to_string();
    let corrupt = |detail: String| IngestError::Corrupt {
        name: owned(),
        detail,
    };
    let mut child = Command::new(&reader.program)
        .args(&reader.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| IngestError::Io {
            name: owned(),
            detail: format!("cannot start the PDF reader: {e}"),
        })?;
    // Feed and drain on their own threads so a large PDF or reply cannot
    // deadlock on a full pipe.
    let stdin = child.stdin.take();
    let input = bytes.to_vec();
    let feeder = std::thread::spawn(move || {
        if let Some(mut stdin) = stdin {
            // A child that stops reading early has its own error to report.
            let _ = stdin.write_all(&input);
        }
    });
    let stdout = child.stdout.take();
    let drainer = std::thread::spawn(move || {
        let mut reply = Vec::new();
        if let Some(stdout) = stdout {
            let _ = stdout.take(MAX_REPLY_BYTES).read_to_end(&mut reply);
        }
        reply
    });
    let status = child
        .wait_timeout(reader.timeout)
        .map_err(|e| corrupt(e.to_string()))?;
    let Some(status) = status else {
        // Past the deadline: stop it; its output is not wanted.
        let _ = child.kill();
        let _ = child.wait();
        return Err(IngestError::TimedOut { name: owned() });
    };
    let _ = feeder.join();
    let reply = drainer.join().unwrap_or_default();
    let reply: ChildReply = match serde_json::from_slice(&reply) {
        Ok(reply) => reply,
        Err(_) if !status.success() => {
            return Err(corrupt(
                "the PDF reader stopped (the file may be damaged or need too much memory)"
                    .to_string(),
            ))
        }
        Err(e) => return Err(corrupt(e.to_string())),
    };
    document_from_reply(name, reply)
}

/// What a child's reply means for the document `name`.
fn document_from_reply(name: &str, reply: ChildReply) -> Result<Document, IngestError> {
    let owned = || name.to_string();
    match reply {
        ChildReply::Blocks(blocks) if !blocks.is_empty() => Ok(Document {
            name: owned(),
            blocks,
        }),
        ChildReply::Blocks(_) | ChildReply::Empty => Err(IngestError::Empty { name: owned() }),
        ChildReply::Scanned => Err(IngestError::Scanned { name: owned() }),
        ChildReply::Encrypted => Err(IngestError::Encrypted { name: owned() }),
        ChildReply::Corrupt(detail) => Err(IngestError::Corrupt {
            name: owned(),
            detail,
        }),
    }
}
