//! What the structured readers (DOCX, ODT, RTF) make of a file, and the
//! one rule for a file without words: pictures only is a scan, nothing at
//! all is empty.

use crate::document::{Block, Document};
use crate::error::IngestError;

/// Why an XML part could not be read.
pub(crate) enum XmlProblem {
    TooDeep,
    Malformed(String),
}

pub(crate) struct Parsed {
    pub blocks: Vec<Block>,
    /// Whether the file holds pictures, so a file of pictures and no words
    /// is reported as a scan.
    pub pictures: bool,
}

impl Parsed {
    pub(crate) fn into_document(self, name: &str) -> Result<Document, IngestError> {
        let name = name.to_string();
        if self.blocks.is_empty() {
            // Pictures and no words: a scan pasted into a document.
            return Err(if self.pictures {
                IngestError::Scanned { name }
            } else {
                IngestError::Empty { name }
            });
        }
        Ok(Document {
            name,
            blocks: self.blocks,
        })
    }
}
