//! The plan as a Word document (DOCX), accessible as the HTML plan is: real
//! heading styles with outline levels, needs in Word numbered lists showing
//! the plan's own numbers, tables whose header rows repeat, the language set
//! to en-GB, the title and author in the document's properties, and "Page X
//! of Y" in the footer.
//!
//! Written as OOXML by hand (zip and quick-xml, both already in the
//! workspace) rather than with `docx-rs` 0.4.22: that crate has no way to
//! mark a table row as a header row (`w:tblHeader`) nor a run as right to
//! left (`w:rtl`), does not drop the control characters XML cannot hold,
//! and would bring a second `zip` (8.x) and `quick-xml` (0.41) into the
//! build. The parts written here are few and fixed.

mod blocks;
mod numbering;
mod package;
mod page;
mod sections;
mod styles;
mod tables;
mod text;

use tandem_domain::plan::Plan;

use crate::PlanFacts;

/// Why a plan could not be written as a DOCX. Only the zip writer can
/// fail, and only if memory runs out or the zip library has a bug: no
/// text in a plan can cause it.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("could not zip the Word document")]
    Zip(#[from] zip::result::ZipError),
    #[error("could not write a part of the Word document")]
    Io(#[from] std::io::Error),
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The plan as the bytes of a .docx file.
pub fn render_docx(plan: &Plan, facts: &PlanFacts) -> Result<Vec<u8>, DocxError> {
    let mut writer = sections::Writer::new();
    writer.plan(plan, facts);
    let mut document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>"#
    );
    document.push_str(&writer.body.into_xml());
    document.push_str(&page::section());
    document.push_str("</w:body></w:document>");
    package::zip(package::Parts {
        document,
        numbering: writer.numbering.xml(),
        header: page::header(&facts.authority),
        footer: page::footer(),
        styles: styles::xml(),
        settings: page::settings(),
        core: package::core(&sections::title(&facts.child_name), &facts.authority),
    })
}
