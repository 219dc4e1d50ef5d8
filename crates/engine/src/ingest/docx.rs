//! DOCX into structure, with limits: a DOCX is a zip of XML, so a hostile
//! file can claim millions of entries, expand to gigabytes or nest without
//! end. Each of those stops with a typed error before it costs much.

use quick_xml::events::Event;

use crate::document::{Block, BlockKind, Document};
use crate::error::IngestError;
use crate::ingest::archive;
use crate::ingest::parsed::{
    attribute_lowercase, collapse, is_heading_style, table_row, walk_xml, Parsed, XmlProblem,
};

/// Compound-file signature: Word writes password-protected DOCX this way.
const OLE_SIGNATURE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0];

pub fn read_docx(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    if bytes.starts_with(OLE_SIGNATURE) {
        return Err(IngestError::Encrypted {
            name: name.to_string(),
        });
    }
    let mut archive = archive::open(name, bytes)?;
    let xml = archive::read_part(name, &mut archive, "word/document.xml")?.ok_or_else(|| {
        IngestError::Corrupt {
            name: name.to_string(),
            detail: "no word/document.xml".to_string(),
        }
    })?;
    blocks_from_xml(&xml)
        .map_err(|e| e.into_error(name, None))?
        .into_document(name)
}

#[derive(Default)]
struct Paragraph {
    text: String,
    heading: bool,
    list: bool,
}

fn blocks_from_xml(xml: &[u8]) -> Result<Parsed, XmlProblem> {
    let mut blocks = Vec::new();
    let mut paragraph: Option<Paragraph> = None;
    let mut in_text = false;
    let mut table_depth = 0usize;
    let mut row: Vec<String> = Vec::new();
    let mut pictures = false;
    walk_xml(xml, |event, _| {
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"p" => paragraph = Some(Paragraph::default()),
                b"drawing" | b"pict" => pictures = true,
                b"t" => in_text = true,
                b"tbl" => table_depth += 1,
                b"tr" => row.clear(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"drawing" | b"pict" => pictures = true,
                b"pStyle" => {
                    let style = attribute_lowercase(e, b"val").unwrap_or_default();
                    if let Some(p) = paragraph.as_mut() {
                        p.heading |= is_heading_style(&style);
                        p.list |= style.contains("list");
                    }
                }
                b"numPr" => {
                    if let Some(p) = paragraph.as_mut() {
                        p.list = true;
                    }
                }
                b"tab" | b"br" => {
                    if let Some(p) = paragraph.as_mut() {
                        p.text.push(' ');
                    }
                }
                _ => {}
            },
            Event::Text(t) if in_text => {
                let text = t
                    .unescape()
                    .map_err(|e| XmlProblem::Malformed(e.to_string()))?;
                if let Some(p) = paragraph.as_mut() {
                    p.text.push_str(&text);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => {
                    if let Some(p) = paragraph.take() {
                        finish_paragraph(p, table_depth > 0, &mut row, &mut blocks);
                    }
                }
                b"tr" if !row.is_empty() => blocks.push(table_row(std::mem::take(&mut row))),
                b"tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            _ => {}
        }
        Ok(())
    })?;
    Ok(Parsed { blocks, pictures })
}

fn finish_paragraph(p: Paragraph, in_table: bool, row: &mut Vec<String>, blocks: &mut Vec<Block>) {
    let text = collapse(&p.text);
    if text.is_empty() {
        return;
    }
    if in_table {
        row.push(text);
        return;
    }
    let kind = if p.heading {
        BlockKind::Heading
    } else if p.list {
        BlockKind::ListItem
    } else {
        BlockKind::Paragraph
    };
    blocks.push(Block::new(kind, text));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Cursor, Write};

    fn docx(document_xml: &str) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        zip.write_all(document_xml.as_bytes()).unwrap();
        zip.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn headings_lists_and_tables_come_through_as_structure() {
        let xml = r#"<w:document xmlns:w="w"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Needs</w:t></w:r></w:p>
            <w:p><w:r><w:t>He has autism.</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr/></w:pPr><w:r><w:t>Visual timetable</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Reading</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Below</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            </w:body></w:document>"#;
        let document = read_docx("a.docx", &docx(xml)).unwrap();
        let kinds: Vec<BlockKind> = document.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::TableRow
            ]
        );
        assert_eq!(document.blocks[3].text, "Reading; Below");
    }

    #[test]
    fn zip_bombs_are_refused_before_they_cost_much() {
        let bomb = archive::bombs::inflating("word/document.xml");
        assert!(matches!(
            read_docx("bomb.docx", &bomb),
            Err(IngestError::Bomb { .. })
        ));
        let many = archive::bombs::crowded();
        assert!(matches!(
            read_docx("many.docx", &many),
            Err(IngestError::Bomb { .. })
        ));
    }

    #[test]
    fn corrupt_encrypted_and_deeply_nested_files_are_refused_by_name() {
        assert!(matches!(
            read_docx("x.docx", b"PK\x03\x04junk"),
            Err(IngestError::Corrupt { .. })
        ));
        assert!(matches!(
            read_docx("x.docx", &[0xD0, 0xCF, 0x11, 0xE0, 0, 0]),
            Err(IngestError::Encrypted { .. })
        ));
        let deep = format!("{}{}", "<a>".repeat(500), "</a>".repeat(500));
        assert!(matches!(
            read_docx("x.docx", &docx(&deep)),
            Err(IngestError::Bomb { .. })
        ));
    }

    #[test]
    fn a_style_with_very_many_attributes_is_read_in_linear_time() {
        let attributes: Vec<String> = (0..100_000).map(|i| format!("a{i}=\"x\"")).collect();
        let xml = format!(
            r#"<w:document xmlns:w="w"><w:body><w:p><w:pPr><w:pStyle {} w:val="Heading1"/></w:pPr><w:r><w:t>Needs</w:t></w:r></w:p></w:body></w:document>"#,
            attributes.join(" ")
        );
        let started = std::time::Instant::now();
        let document = read_docx("a.docx", &docx(&xml)).unwrap();
        assert_eq!(document.blocks[0].kind, BlockKind::Heading);
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
    }

    #[test]
    fn a_document_of_pictures_only_is_reported_as_scanned() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:drawing/></w:r></w:p></w:body></w:document>"#;
        assert!(matches!(
            read_docx("scan.docx", &docx(xml)),
            Err(IngestError::Scanned { .. })
        ));
    }
}
