//! ODT (OpenDocument text, as LibreOffice writes it) into structure. Like a
//! DOCX it is a zip of XML, so it is read under the same limits: entries,
//! decompressed size and nesting. The text lives in `content.xml`:
//! `text:h` headings, `text:p` paragraphs, `text:list-item`s and
//! `table:table-row`s of cells.
//!
//! Why not a crate: the ODT readers on crates.io are parts of large
//! "extract everything" libraries or unmaintained, and none keeps the
//! structure or applies limits; zip and quick-xml are already here.

use quick_xml::events::{BytesStart, Event};

use crate::document::{Block, BlockKind, Document};
use crate::error::IngestError;
use crate::ingest::archive;
use crate::ingest::parsed::{
    attribute_lowercase, collapse, is_heading_style, table_row, walk_xml, Parsed, XmlProblem,
};

/// What the `mimetype` entry of every ODF file starts with.
const ODF_MIMETYPE_PREFIX: &[u8] = b"application/vnd.oasis.opendocument.";
/// The mimetype of a text document (templates and master documents add a
/// suffix to it).
pub const ODT_MIMETYPE: &str = "application/vnd.oasis.opendocument.text";

/// Whether the bytes are a zip that declares itself an OpenDocument text.
pub fn is_odt(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && declared_mimetype(bytes).is_some_and(|m| m.starts_with(ODT_MIMETYPE.as_bytes()))
}

/// The mimetype an ODF zip declares in its leading, uncompressed
/// `mimetype` entry, read straight from the bytes as the format intends.
pub fn declared_mimetype(bytes: &[u8]) -> Option<&[u8]> {
    let u16_at = |i: usize| Some(u16::from_le_bytes([*bytes.get(i)?, *bytes.get(i + 1)?]));
    // Local file header: method at 8, stored size at 18, name length at
    // 26, extra length at 28, then the name and the data from 30.
    let stored = u16_at(8)? == 0;
    let size = usize::from(u16_at(18)?);
    let name_len = usize::from(u16_at(26)?);
    let extra_len = usize::from(u16_at(28)?);
    if !stored || name_len != 8 || bytes.get(30..38)? != b"mimetype" {
        return None;
    }
    let start = 38 + extra_len;
    let mimetype = bytes.get(start..start + size)?;
    mimetype
        .starts_with(ODF_MIMETYPE_PREFIX)
        .then_some(mimetype)
}

pub fn read_odt(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    let owned = || name.to_string();
    let corrupt = |detail: String| IngestError::Corrupt {
        name: owned(),
        detail,
    };
    let mut archive = archive::open(name, bytes)?;
    if let Some(mimetype) = archive::read_part(name, &mut archive, "mimetype")? {
        // A spreadsheet or a drawing is a well-formed ODF file, just not
        // a document of advice.
        if !mimetype.trim_ascii().starts_with(ODT_MIMETYPE.as_bytes()) {
            return Err(IngestError::Unsupported { name: owned() });
        }
    }
    // A password-protected ODT keeps its zip readable and encrypts each
    // part, saying so in the manifest; its content.xml is noise.
    if let Some(manifest) = archive::read_part(name, &mut archive, "META-INF/manifest.xml")? {
        if manifest
            .windows(b"encryption-data".len())
            .any(|w| w == b"encryption-data")
        {
            return Err(IngestError::Encrypted { name: owned() });
        }
    }
    let xml = archive::read_part(name, &mut archive, "content.xml")?
        .ok_or_else(|| corrupt("no content.xml".to_string()))?;
    blocks_from_xml(&xml)
        .map_err(|e| e.into_error(name, Some("content.xml")))?
        .into_document(name)
}

/// A paragraph or heading being read; paragraphs nest (a footnote or a
/// text box sits inside the paragraph that anchors it), so these stack.
struct Paragraph {
    text: String,
    kind: BlockKind,
}

/// One open table: the row being read and the cell being read in it.
#[derive(Default)]
struct Table {
    row: Vec<String>,
    cell: String,
}

#[derive(Default)]
struct State {
    blocks: Vec<Block>,
    paragraphs: Vec<Paragraph>,
    tables: Vec<Table>,
    list_depth: usize,
    /// Depth at which an ignored subtree (tracked deletions, comments,
    /// footnote numbers) began; nothing inside it is text of the document.
    skip_from: Option<usize>,
    pictures: bool,
}

fn blocks_from_xml(xml: &[u8]) -> Result<Parsed, XmlProblem> {
    let mut state = State::default();
    walk_xml(xml, |event, depth| {
        match event {
            Event::Start(e) if state.skip_from.is_none() => state.start(e, depth),
            Event::Empty(e) if state.skip_from.is_none() => state.empty(e),
            Event::Text(t) if state.skip_from.is_none() => {
                if let Some(paragraph) = state.paragraphs.last_mut() {
                    let text = t
                        .unescape()
                        .map_err(|e| XmlProblem::Malformed(e.to_string()))?;
                    paragraph.text.push_str(&text);
                }
            }
            Event::CData(t) if state.skip_from.is_none() => {
                if let Some(paragraph) = state.paragraphs.last_mut() {
                    paragraph.text.push_str(&String::from_utf8_lossy(t));
                }
            }
            Event::End(_) if state.skip_from == Some(depth) => state.skip_from = None,
            Event::End(e) if state.skip_from.is_none() => state.end(e.local_name().as_ref()),
            _ => {}
        }
        Ok(())
    })?;
    Ok(Parsed {
        blocks: state.blocks,
        pictures: state.pictures,
    })
}

impl State {
    fn start(&mut self, e: &BytesStart<'_>, depth: usize) {
        match e.local_name().as_ref() {
            b"h" => self.open_paragraph(BlockKind::Heading),
            b"p" => {
                let kind = if style_is_heading(e) {
                    BlockKind::Heading
                } else if self.list_depth > 0 {
                    BlockKind::ListItem
                } else {
                    BlockKind::Paragraph
                };
                self.open_paragraph(kind);
            }
            b"list" => self.list_depth += 1,
            b"table" => self.tables.push(Table::default()),
            b"table-row" => {
                if let Some(table) = self.tables.last_mut() {
                    table.row.clear();
                }
            }
            b"table-cell" => {
                if let Some(table) = self.tables.last_mut() {
                    table.cell.clear();
                }
            }
            b"image" => self.pictures = true,
            // Deleted text kept for change tracking, comments, footnote
            // marks and the numbers of a numbered list as last rendered.
            b"tracked-changes" | b"annotation" | b"note-citation" | b"number" => {
                self.skip_from = Some(depth);
            }
            b"s" | b"tab" | b"line-break" => self.space(),
            _ => {}
        }
    }

    fn empty(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            // `text:s` may claim any count of spaces (`text:c`); one is
            // all the meaning they carry, and a huge count must cost nothing.
            b"s" | b"tab" | b"line-break" | b"soft-page-break" => self.space(),
            b"image" => self.pictures = true,
            _ => {}
        }
    }

    fn end(&mut self, local_name: &[u8]) {
        match local_name {
            b"h" | b"p" => {
                if let Some(paragraph) = self.paragraphs.pop() {
                    self.finish_paragraph(paragraph);
                }
            }
            b"list" => self.list_depth = self.list_depth.saturating_sub(1),
            b"table-cell" => {
                if let Some(table) = self.tables.last_mut() {
                    let cell = std::mem::take(&mut table.cell);
                    if !cell.is_empty() {
                        table.row.push(cell);
                    }
                }
            }
            b"table-row" => {
                if let Some(table) = self.tables.last_mut() {
                    if !table.row.is_empty() {
                        self.blocks.push(table_row(std::mem::take(&mut table.row)));
                    }
                }
            }
            b"table" => {
                self.tables.pop();
            }
            _ => {}
        }
    }

    fn open_paragraph(&mut self, kind: BlockKind) {
        self.paragraphs.push(Paragraph {
            text: String::new(),
            kind,
        });
    }

    fn space(&mut self) {
        if let Some(paragraph) = self.paragraphs.last_mut() {
            paragraph.text.push(' ');
        }
    }

    fn finish_paragraph(&mut self, paragraph: Paragraph) {
        let text = collapse(&paragraph.text);
        if text.is_empty() {
            return;
        }
        // Inside a table a paragraph is (part of) a cell, whatever its
        // style; several paragraphs of one cell read as one.
        if let Some(table) = self.tables.last_mut() {
            if !table.cell.is_empty() {
                table.cell.push(' ');
            }
            table.cell.push_str(&text);
            return;
        }
        self.blocks.push(Block::new(paragraph.kind, text));
    }
}

/// Paragraphs styled directly as "Heading…" or "Title" read as headings
/// even when the writer did not use `text:h`.
fn style_is_heading(e: &BytesStart<'_>) -> bool {
    attribute_lowercase(e, b"style-name").is_some_and(|style| is_heading_style(&style))
}

/// ODT files built for the readers' tests.
#[cfg(test)]
pub(crate) mod samples {
    use std::io::{Cursor, Write};

    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;

    /// An ODT as LibreOffice lays it out: the mimetype first and stored.
    pub fn odt_with(mimetype: &str, manifest: &str, content: &str) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(mimetype.as_bytes()).unwrap();
        zip.start_file("META-INF/manifest.xml", SimpleFileOptions::default())
            .unwrap();
        zip.write_all(manifest.as_bytes()).unwrap();
        zip.start_file("content.xml", SimpleFileOptions::default())
            .unwrap();
        zip.write_all(content.as_bytes()).unwrap();
        zip.finish().unwrap();
        out.into_inner()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use samples::odt_with;

    /// A text document with an empty manifest.
    fn odt(content: &str) -> Vec<u8> {
        odt_with(
            "application/vnd.oasis.opendocument.text",
            "<manifest:manifest/>",
            content,
        )
    }

    fn body(inner: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:text="t" xmlns:table="tb" xmlns:draw="d"><office:body><office:text>{inner}</office:text></office:body></office:document-content>"#
        )
    }

    #[test]
    fn headings_paragraphs_lists_and_tables_come_through_as_structure() {
        let content = body(
            r#"<text:h text:outline-level="1">Needs</text:h>
            <text:p text:style-name="P1">He has <text:span>autism</text:span>.<text:s text:c="4000000000"/>He<text:tab/>reads<text:line-break/>well.</text:p>
            <text:list><text:list-item><text:p>Visual timetable</text:p></text:list-item></text:list>
            <table:table><table:table-row><table:table-cell><text:p>Reading</text:p></table:table-cell><table:table-cell><text:p>Below</text:p><text:p>age</text:p></table:table-cell></table:table-row></table:table>
            <text:p text:style-name="Heading_20_2">Outcomes</text:p>"#,
        );
        let document = read_odt("a.odt", &odt(&content)).unwrap();
        let blocks: Vec<(BlockKind, &str)> = document
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str()))
            .collect();
        assert_eq!(
            blocks,
            vec![
                (BlockKind::Heading, "Needs"),
                (BlockKind::Paragraph, "He has autism. He reads well."),
                (BlockKind::ListItem, "Visual timetable"),
                (BlockKind::TableRow, "Reading; Below age"),
                (BlockKind::Heading, "Outcomes"),
            ]
        );
    }

    #[test]
    fn footnotes_comments_and_deletions_do_not_break_the_paragraph() {
        let content = body(
            r#"<text:tracked-changes><text:changed-region><text:deletion><text:p>Old text</text:p></text:deletion></text:changed-region></text:tracked-changes>
            <text:p>She walks<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>With a frame.</text:p></text:note-body></text:note> to class.<office:annotation><text:p>Check</text:p></office:annotation></text:p>"#,
        );
        let document = read_odt("a.odt", &odt(&content)).unwrap();
        let text: Vec<&str> = document.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(text, vec!["With a frame.", "She walks to class."]);
    }

    /// Found by hand: quick-xml's repeated-attribute check made a 225 KB
    /// file with one 100,000-attribute paragraph take minutes.
    #[test]
    fn an_element_with_very_many_attributes_is_read_in_linear_time() {
        let attributes: Vec<String> = (0..100_000).map(|i| format!("a{i}=\"x\"")).collect();
        let content = body(&format!("<text:p {}>Hi</text:p>", attributes.join(" ")));
        let started = std::time::Instant::now();
        let document = read_odt("a.odt", &odt(&content)).unwrap();
        assert_eq!(document.blocks[0].text, "Hi");
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
    }

    #[test]
    fn the_signature_is_read_from_the_leading_mimetype_entry() {
        let bytes = odt(&body("<text:p>x</text:p>"));
        assert_eq!(declared_mimetype(&bytes), Some(ODT_MIMETYPE.as_bytes()));
        assert_eq!(declared_mimetype(b"PK\x03\x04"), None);
    }

    #[test]
    fn spreadsheets_encrypted_empty_and_scanned_files_are_refused_by_kind() {
        let sheet = odt_with(
            "application/vnd.oasis.opendocument.spreadsheet",
            "<m/>",
            &body(""),
        );
        assert!(matches!(
            read_odt("s.ods", &sheet),
            Err(IngestError::Unsupported { .. })
        ));
        let locked = odt_with(
            "application/vnd.oasis.opendocument.text",
            r#"<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>"#,
            "\u{1}\u{2}noise",
        );
        assert!(matches!(
            read_odt("l.odt", &locked),
            Err(IngestError::Encrypted { .. })
        ));
        assert!(matches!(
            read_odt("e.odt", &odt(&body("<text:p> </text:p>"))),
            Err(IngestError::Empty { .. })
        ));
        let scan = body(r#"<text:p><draw:frame><draw:image/></draw:frame></text:p>"#);
        assert!(matches!(
            read_odt("scan.odt", &odt(&scan)),
            Err(IngestError::Scanned { .. })
        ));
    }

    #[test]
    fn corrupt_deep_and_bomb_files_are_refused_by_name() {
        let error = read_odt("x.odt", b"PK\x03\x04junk").unwrap_err();
        assert!(matches!(error, IngestError::Corrupt { .. }), "{error}");
        assert!(error.to_string().starts_with("x.odt: "));
        assert!(matches!(
            read_odt("x.odt", &odt("<a><b></a>")),
            Err(IngestError::Corrupt { .. })
        ));
        let deep = format!("{}{}", "<a>".repeat(500), "</a>".repeat(500));
        assert!(matches!(
            read_odt("x.odt", &odt(&deep)),
            Err(IngestError::Bomb { .. })
        ));
        let entity = r#"<!DOCTYPE d [<!ENTITY a "aaaaaaaa">]><text:p>&a;&a;</text:p>"#;
        assert!(matches!(
            read_odt("x.odt", &odt(entity)),
            Err(IngestError::Corrupt { .. })
        ));

        let bomb = archive::bombs::inflating("content.xml");
        assert!(matches!(
            read_odt("bomb.odt", &bomb),
            Err(IngestError::Bomb { .. })
        ));
        assert!(matches!(
            read_odt("many.odt", &archive::bombs::crowded()),
            Err(IngestError::Bomb { .. })
        ));
    }
}
