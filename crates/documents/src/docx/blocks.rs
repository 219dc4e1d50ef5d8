//! The body's building blocks as WordprocessingML: headings, paragraphs,
//! list items and tables with header rows. Element order inside each
//! property block follows the schema, as Word rejects files that do not.

use super::text::{runs, Look};

/// The built-in styles headings use, so screen readers and Word's
/// navigation pane see the document's outline.
#[derive(Debug, Clone, Copy)]
pub(super) enum Heading {
    Title,
    One,
    Two,
}

impl Heading {
    fn style(self) -> &'static str {
        match self {
            Heading::Title => "Title",
            Heading::One => "Heading1",
            Heading::Two => "Heading2",
        }
    }
}

/// A table column: its header and its width in twentieths of a point.
pub(super) type Column<'a> = (&'a str, u32);

/// Block-level content: what a document body or a table cell holds.
#[derive(Debug, Default)]
pub(super) struct Blocks(String);

impl Blocks {
    pub fn into_xml(self) -> String {
        self.0
    }

    fn paragraph(&mut self, properties: &str, spans: &[(&str, Look)]) {
        self.0.push_str("<w:p>");
        if !properties.is_empty() {
            self.0.push_str("<w:pPr>");
            self.0.push_str(properties);
            self.0.push_str("</w:pPr>");
        }
        for (text, look) in spans {
            runs(&mut self.0, text, *look);
        }
        self.0.push_str("</w:p>");
    }

    pub fn heading(&mut self, level: Heading, text: &str) {
        let style = format!(r#"<w:pStyle w:val="{}"/>"#, level.style());
        self.paragraph(&style, &[(text, Look::PLAIN)]);
    }

    pub fn text(&mut self, spans: &[(&str, Look)]) {
        self.paragraph("", spans);
    }

    /// A paragraph of a Word list: `list` is a `w:num` id from numbering.xml.
    pub fn list_item(&mut self, list: u32, spans: &[(&str, Look)]) {
        let properties = format!(
            r#"<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{list}"/></w:numPr>"#
        );
        self.paragraph(&properties, spans);
    }

    /// A table whose first row repeats on every page as its header row.
    pub fn table(&mut self, caption: &str, columns: &[Column<'_>], rows: Vec<Vec<Blocks>>) {
        let width: u32 = columns.iter().map(|(_, w)| w).sum();
        self.0.push_str(&format!(
            r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{width}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/><w:tblCaption w:val=""#
        ));
        self.0
            .push_str(&quick_xml::escape::escape(super::text::clean(caption)));
        self.0.push_str(r#""/></w:tblPr><w:tblGrid>"#);
        for (_, w) in columns {
            self.0.push_str(&format!(r#"<w:gridCol w:w="{w}"/>"#));
        }
        self.0.push_str("</w:tblGrid>");
        self.0.push_str("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (name, w) in columns {
            let mut cell = Blocks::default();
            cell.text(&[(name, Look::BOLD)]);
            self.cell(*w, Some("F3F2F1"), cell);
        }
        self.0.push_str("</w:tr>");
        for row in rows {
            self.0.push_str("<w:tr>");
            let mut cells = row.into_iter();
            for (_, w) in columns {
                self.cell(*w, None, cells.next().unwrap_or_default());
            }
            self.0.push_str("</w:tr>");
        }
        self.0.push_str("</w:tbl>");
    }

    fn cell(&mut self, width: u32, fill: Option<&str>, content: Blocks) {
        self.0.push_str(&format!(
            r#"<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>"#
        ));
        if let Some(fill) = fill {
            self.0.push_str(&format!(
                r#"<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>"#
            ));
        }
        self.0.push_str("</w:tcPr>");
        // A cell must end with a paragraph, even an empty one.
        if content.0.ends_with("</w:p>") {
            self.0.push_str(&content.0);
        } else {
            self.0.push_str(&content.0);
            self.0.push_str("<w:p/>");
        }
        self.0.push_str("</w:tc>");
    }
}

/// A cell holding one paragraph of plain text.
pub(super) fn cell(text: &str) -> Blocks {
    let mut blocks = Blocks::default();
    blocks.text(&[(text, Look::PLAIN)]);
    blocks
}
