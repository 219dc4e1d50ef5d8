//! What the structured readers (DOCX, ODT, RTF) make of a file, the rules
//! they share, and the one rule for a file without words: pictures only is
//! a scan, nothing at all is empty.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::document::{Block, BlockKind, Document};
use crate::error::IngestError;
use crate::ingest::limits::MAX_DEPTH;

/// Why an XML part could not be read.
pub(crate) enum XmlProblem {
    TooDeep,
    Malformed(String),
}

impl XmlProblem {
    /// The error for the file `name`; `part` names the XML part in the
    /// detail when the format has several.
    pub(crate) fn into_error(self, name: &str, part: Option<&str>) -> IngestError {
        let name = name.to_string();
        match self {
            XmlProblem::TooDeep => IngestError::Bomb { name },
            XmlProblem::Malformed(detail) => IngestError::Corrupt {
                name,
                detail: match part {
                    Some(part) => format!("{part}: {detail}"),
                    None => detail,
                },
            },
        }
    }
}

impl From<quick_xml::Error> for XmlProblem {
    fn from(e: quick_xml::Error) -> Self {
        XmlProblem::Malformed(e.to_string())
    }
}

/// Walks every event of an XML part under the nesting limit, giving each
/// to `on_event` with the depth of the element it belongs to (a closing
/// tag still counts the element it closes). A part cut short, with
/// elements left open, is malformed.
pub(crate) fn walk_xml(
    xml: &[u8],
    mut on_event: impl FnMut(&Event<'_>, usize) -> Result<(), XmlProblem>,
) -> Result<(), XmlProblem> {
    let mut reader = Reader::from_reader(xml);
    let mut buffer = Vec::new();
    let mut depth = 0usize;
    loop {
        let event = reader.read_event_into(&mut buffer)?;
        match &event {
            Event::Start(_) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(XmlProblem::TooDeep);
                }
                on_event(&event, depth)?;
            }
            Event::End(_) => {
                on_event(&event, depth)?;
                depth = depth.saturating_sub(1);
            }
            Event::Eof if depth > 0 => {
                return Err(XmlProblem::Malformed(
                    "the XML ends before its elements are closed".to_string(),
                ))
            }
            Event::Eof => return Ok(()),
            _ => on_event(&event, depth)?,
        }
        buffer.clear();
    }
}

/// The lowercased value of an element's attribute `local_name`, if any.
pub(crate) fn attribute_lowercase(e: &BytesStart<'_>, local_name: &[u8]) -> Option<String> {
    let mut attributes = e.attributes();
    // quick-xml's check for repeated attributes compares each with all
    // before it: an element with 100,000 attributes would take minutes.
    attributes.with_checks(false);
    attributes
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local_name)
        .map(|a| String::from_utf8_lossy(&a.value).to_lowercase())
}

/// A paragraph styled "Heading…" or "Title" is a heading, whichever
/// format names the style.
pub(crate) fn is_heading_style(lowercase_style: &str) -> bool {
    lowercase_style.starts_with("heading") || lowercase_style == "title"
}

/// Runs of whitespace, line breaks included, as single spaces.
pub(crate) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A table row as one block, its cells in order.
pub(crate) fn table_row(cells: Vec<String>) -> Block {
    Block::new(BlockKind::TableRow, cells.join("; "))
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
