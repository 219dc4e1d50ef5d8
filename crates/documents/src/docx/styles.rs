//! styles.xml: the document's language and type, and the built-in styles
//! the body uses. Headings carry `w:outlineLvl`, which is what Word's
//! navigation pane, screen readers and a PDF export read as the outline.

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Arial 12pt, as GOV.UK advises for documents; `szCs` and the `cs` font
/// size right-to-left text the same as the rest.
const DEFAULTS: &str = concat!(
    r#"<w:docDefaults><w:rPrDefault><w:rPr>"#,
    r#"<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>"#,
    r#"<w:color w:val="0B0C0C"/><w:sz w:val="24"/><w:szCs w:val="24"/>"#,
    r#"<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>"#,
    r#"</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"#,
    r#"<w:spacing w:after="160" w:line="288" w:lineRule="auto"/>"#,
    r#"</w:pPr></w:pPrDefault></w:docDefaults>"#,
);

const NORMAL: &str = concat!(
    r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal">"#,
    r#"<w:name w:val="Normal"/><w:qFormat/></w:style>"#,
    r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">"#,
    r#"<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/>"#,
    r#"<w:semiHidden/><w:unhideWhenUsed/></w:style>"#,
    r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal">"#,
    r#"<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>"#,
    r#"<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>"#,
    r#"<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>"#,
    r#"<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>"#,
    r#"</w:tblCellMar></w:tblPr></w:style>"#,
    r#"<w:style w:type="numbering" w:default="1" w:styleId="NoList">"#,
    r#"<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>"#,
    r#"<w:unhideWhenUsed/></w:style>"#,
);

/// Tables print smaller, so nine columns of provision fit an A4 page.
const TABLES_AND_LISTS: &str = concat!(
    r#"<w:style w:type="paragraph" w:styleId="ListParagraph">"#,
    r#"<w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>"#,
    r#"<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>"#,
    r#"<w:style w:type="table" w:styleId="TableGrid">"#,
    r#"<w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>"#,
    r#"<w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr>"#,
    r#"<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>"#,
    r#"<w:tblPr><w:tblBorders>"#,
    r#"<w:top w:val="single" w:sz="4" w:space="0" w:color="505A5F"/>"#,
    r#"<w:left w:val="single" w:sz="4" w:space="0" w:color="505A5F"/>"#,
    r#"<w:bottom w:val="single" w:sz="4" w:space="0" w:color="505A5F"/>"#,
    r#"<w:right w:val="single" w:sz="4" w:space="0" w:color="505A5F"/>"#,
    r#"<w:insideH w:val="single" w:sz="4" w:space="0" w:color="505A5F"/>"#,
    r#"<w:insideV w:val="single" w:sz="4" w:space="0" w:color="505A5F"/>"#,
    r#"</w:tblBorders></w:tblPr></w:style>"#,
);

/// A built-in heading style: `id` as Word names it, `name` as Word lists it.
fn heading(id: &str, name: &str, level: u8, size: u8, space_before: u16) -> String {
    format!(
        concat!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/>"#,
            r#"<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>"#,
            r#"<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>"#,
            r#"<w:spacing w:before="{before}" w:after="120"/><w:outlineLvl w:val="{level}"/></w:pPr>"#,
            r#"<w:rPr><w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>"#,
        ),
        id = id,
        name = name,
        level = level,
        size = size,
        before = space_before,
    )
}

pub(super) fn xml() -> String {
    let mut out = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">"#
    );
    out.push_str(DEFAULTS);
    out.push_str(NORMAL);
    out.push_str(&heading("Title", "Title", 0, 48, 0));
    out.push_str(&heading("Heading1", "heading 1", 0, 36, 360));
    out.push_str(&heading("Heading2", "heading 2", 1, 28, 240));
    out.push_str(TABLES_AND_LISTS);
    out.push_str("</w:styles>");
    out
}
