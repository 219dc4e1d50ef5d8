//! What frames every page: the authority's name in the header, "Page X of
//! Y" in the footer, and the page itself (A4 portrait). Page numbers are
//! Word fields, so they stay right however the reader's Word lays it out.

use super::text::{runs, Look};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The relationship ids document.xml.rels gives the header and the footer.
pub(super) const HEADER_ID: &str = "rIdHeader";
pub(super) const FOOTER_ID: &str = "rIdFooter";

pub(super) fn header(authority: &str) -> String {
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr>"#
    );
    runs(&mut out, authority, Look::SOURCE);
    out.push_str("</w:p></w:hdr>");
    out
}

/// A field Word computes as it lays out: `PAGE` or `NUMPAGES`.
fn field(out: &mut String, instruction: &str) {
    out.push_str(&format!(
        concat!(
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#,
            r#"<w:r><w:instrText xml:space="preserve"> {} </w:instrText></w:r>"#,
            r#"<w:r><w:fldChar w:fldCharType="separate"/></w:r>"#,
            r#"<w:r><w:t>1</w:t></w:r>"#,
            r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
        ),
        instruction
    ));
}

pub(super) fn footer() -> String {
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>"#
    );
    runs(&mut out, "Page ", Look::PLAIN);
    field(&mut out, "PAGE");
    runs(&mut out, " of ", Look::PLAIN);
    field(&mut out, "NUMPAGES");
    out.push_str("</w:p></w:ftr>");
    out
}

/// The body's closing section properties: A4 with 2 cm margins.
pub(super) fn section() -> String {
    format!(
        concat!(
            r#"<w:sectPr><w:headerReference w:type="default" r:id="{}"/>"#,
            r#"<w:footerReference w:type="default" r:id="{}"/>"#,
            r#"<w:pgSz w:w="11906" w:h="16838"/>"#,
            r#"<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>"#,
            r#"</w:sectPr>"#,
        ),
        HEADER_ID, FOOTER_ID
    )
}

/// The width between the margins, in twentieths of a point.
pub(super) const TEXT_WIDTH: u32 = 11906 - 2 * 1134;

/// Opens Word in its current mode rather than compatibility mode.
pub(super) fn settings() -> String {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{}">"#,
            r#"<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>"#,
            r#"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
            r#"</w:settings>"#,
        ),
        W
    )
}
