//! The OPC package: the parts of the document, their content types and the
//! relationships between them, zipped.

use std::io::{Cursor, Write};

use quick_xml::escape::escape;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::page::{FOOTER_ID, HEADER_ID};
use super::text::clean;
use super::DocxError;

const CONTENT_TYPES: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
    r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
    r#"<Default Extension="xml" ContentType="application/xml"/>"#,
    r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
    r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
    r#"<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#,
    r#"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#,
    r#"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#,
    r#"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#,
    r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
    r#"</Types>"#,
);

const PACKAGE_RELS: &str = concat!(
    r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
    r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
    r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
    r#"</Relationships>"#,
);

fn document_rels() -> String {
    const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
            r#"<Relationship Id="rIdStyles" Type="{rel}/styles" Target="styles.xml"/>"#,
            r#"<Relationship Id="rIdNumbering" Type="{rel}/numbering" Target="numbering.xml"/>"#,
            r#"<Relationship Id="rIdSettings" Type="{rel}/settings" Target="settings.xml"/>"#,
            r#"<Relationship Id="{header}" Type="{rel}/header" Target="header1.xml"/>"#,
            r#"<Relationship Id="{footer}" Type="{rel}/footer" Target="footer1.xml"/>"#,
            r#"</Relationships>"#,
        ),
        rel = REL,
        header = HEADER_ID,
        footer = FOOTER_ID,
    )
}

/// docProps/core.xml: the title, language and author that Word's
/// properties, file browsers and assistive technology show.
pub(super) fn core(title: &str, creator: &str) -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">"#,
            r#"<dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>en-GB</dc:language>"#,
            r#"</cp:coreProperties>"#,
        ),
        escape(clean(title)),
        escape(clean(creator)),
    )
}

/// The parts that differ from plan to plan.
pub(super) struct Parts {
    pub document: String,
    pub numbering: String,
    pub header: String,
    pub footer: String,
    pub styles: String,
    pub settings: String,
    pub core: String,
}

pub(super) fn zip(parts: Parts) -> Result<Vec<u8>, DocxError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let files: [(&str, &str); 10] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/_rels/document.xml.rels", &document_rels()),
        ("word/document.xml", &parts.document),
        ("word/styles.xml", &parts.styles),
        ("word/numbering.xml", &parts.numbering),
        ("word/settings.xml", &parts.settings),
        ("word/header1.xml", &parts.header),
        ("word/footer1.xml", &parts.footer),
        ("docProps/core.xml", &parts.core),
    ];
    for (name, content) in files {
        zip.start_file(name, options)?;
        zip.write_all(content.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}
