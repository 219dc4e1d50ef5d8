//! The plan as a Word document, read back as Word, a screen reader and
//! LibreOffice would: the package's parts, the headings, the numbers of the
//! needs, the tables' header rows, the language, the page numbers, and text
//! nobody should have typed.

// The helpers live beside this file, in docx/, as one test binary.
#[path = "docx/libreoffice.rs"]
mod libreoffice;
#[path = "docx/ooxml.rs"]
mod ooxml;
#[path = "docx/plans.rs"]
mod plans;

use std::collections::HashMap;

use ooxml::{parse, shown_numbers, unzip, Node, Result};
use plans::{by_hand, drafted, facts, needs_in_order};
use tandem_documents::docx::render_docx;
use tandem_domain::plan::Plan;

struct Docx {
    parts: HashMap<String, String>,
    document: Node,
}

impl Docx {
    fn part(&self, name: &str) -> Result<Node> {
        parse(self.parts.get(name).ok_or(format!("no part {name}"))?)
    }

    fn paragraphs_styled(&self, style: &str) -> Vec<String> {
        self.document
            .all("w:p")
            .into_iter()
            .filter(|p| p.style() == Some(style))
            .map(|p| p.visible_text())
            .collect()
    }

    /// Every paragraph's text, a line each.
    fn text(&self) -> String {
        let paragraphs: Vec<String> = self
            .document
            .all("w:p")
            .iter()
            .map(|p| p.visible_text())
            .collect();
        paragraphs.join("\n")
    }
}

fn render(plan: &Plan, child: &str) -> Result<Docx> {
    let parts = unzip(&render_docx(plan, &facts(child))?)?;
    let document = parse(parts.get("word/document.xml").ok_or("no document.xml")?)?;
    Ok(Docx { parts, document })
}

#[test]
fn every_section_is_a_heading_word_and_screen_readers_see() -> Result<()> {
    let docx = render(&by_hand(), "Sam Taylor")?;
    assert_eq!(
        docx.paragraphs_styled("Title"),
        ["Education, Health and Care plan for Sam Taylor"]
    );
    let sections: Vec<String> = docx
        .paragraphs_styled("Heading1")
        .iter()
        .filter_map(|h| h.split(':').next().map(str::to_owned))
        .collect();
    let expected: Vec<String> = "A B C D E F G H1 H2 I J K"
        .split(' ')
        .map(|code| format!("Section {code}"))
        .collect();
    assert_eq!(sections, expected);
    assert_eq!(
        docx.paragraphs_styled("Heading2"),
        [
            "Communication and interaction",
            "Cognition and learning",
            "Sensory and/or physical"
        ]
    );

    let styles = docx.part("word/styles.xml")?;
    for (id, level) in [("Title", "0"), ("Heading1", "0"), ("Heading2", "1")] {
        let style = styles
            .all("w:style")
            .into_iter()
            .find(|s| s.attr("w:styleId") == Some(id))
            .ok_or(format!("no style {id}"))?;
        let outline = style.first("w:outlineLvl").and_then(|o| o.attr("w:val"));
        assert_eq!(outline, Some(level), "{id}");
    }
    Ok(())
}

#[test]
fn each_need_shows_the_number_the_plan_gives_it() -> Result<()> {
    for (plan, child) in [(by_hand(), "Sam"), (drafted()?, "Ava")] {
        let docx = render(&plan, child)?;
        let numbering = docx.part("word/numbering.xml")?;
        let shown = shown_numbers(&docx.document, &numbering)?;
        let expected: Vec<(u32, String)> = needs_in_order(&plan)
            .into_iter()
            .map(|n| {
                let s = n.source.as_ref().ok_or("no source")?;
                Ok((
                    n.number,
                    format!("{} (from {}, sentence {})", n.text, s.document, s.sentence),
                ))
            })
            .collect::<Result<_>>()?;
        assert!(expected.len() >= 5, "{child}: {expected:?}");
        assert_eq!(shown, expected, "{child}");
    }
    Ok(())
}

/// The first row's cell texts, whether it repeats as a header row, and
/// whether every run in it is bold.
fn header_row(table: &Node) -> Result<(Vec<String>, bool, bool)> {
    let row = table.first("w:tr").ok_or("no rows")?;
    let repeats = row
        .first("w:trPr")
        .is_some_and(|p| p.first("w:tblHeader").is_some());
    let bold = row
        .all("w:r")
        .iter()
        .all(|r| r.first("w:rPr").is_some_and(|p| p.first("w:b").is_some()));
    let cells = row.all("w:tc").iter().map(|c| c.visible_text()).collect();
    Ok((cells, repeats, bold))
}

#[test]
fn provision_outcome_and_advice_tables_have_header_rows() -> Result<()> {
    let docx = render(&by_hand(), "Sam")?;
    let tables = docx.document.all("w:tbl");
    // E, F, G, H1 (H2 is empty), K.
    assert_eq!(tables.len(), 5);
    let provision = [
        "No.",
        "Provision",
        "Who delivers it and their expertise",
        "How often",
        "For how long",
        "Group size",
        "Needs",
        "Outcomes",
        "Cost a year",
    ];
    for table in &tables[1..4] {
        assert_eq!(
            header_row(table)?,
            (provision.map(String::from).to_vec(), true, true)
        );
    }
    let (outcome_columns, repeats, _) = header_row(tables[0])?;
    assert_eq!(outcome_columns[1], "What Sam will achieve");
    assert!(repeats);
    let advice = ["Author", "Role", "Date"].map(String::from).to_vec();
    assert_eq!(header_row(tables[4])?, (advice, true, true));

    let first_item: Vec<String> = tables[1].all("w:tr")[1]
        .all("w:tc")
        .iter()
        .map(|c| c.visible_text())
        .collect();
    assert_eq!(
        first_item,
        [
            "F1",
            "Speech therapy",
            "Speech and language therapist. HCPC registered",
            "Weekly",
            "30 minutes",
            "1:1",
            "1, 3",
            "1",
            "£23,000"
        ]
    );
    Ok(())
}

#[test]
fn the_plan_reads_as_the_html_plan_does() -> Result<()> {
    let text = render(&by_hand(), "Sam Taylor")?.text();
    let in_order = [
        "Northbrook Council",
        "Date of birth: 4 May 2017",
        "Reference: NB-2026-0042",
        "Status: Draft",
        "Sam loves trains. (from all-about-me.docx, sentence 2)",
        "Sam's speech is hard to follow. (from report.pdf, sentence 4)",
        "1 (preparing for adulthood)",
        "Sam will join a conversation with a friend.\nTakes two turns\nTakes four turns",
        "21 July 2028",
        "Northbrook Primary (mainstream)",
        "£1,500 a year for short breaks.",
        "Dr Amara Lowe",
        "1 October 2026",
        "The provision as planned costs £24,500 a year.",
    ];
    let mut from = 0;
    for wanted in in_order {
        let at = text[from..]
            .find(wanted)
            .ok_or(format!("{wanted:?} missing or out of order"))?;
        from += at + wanted.len();
    }
    Ok(())
}

#[test]
fn language_title_and_author_are_set() -> Result<()> {
    let docx = render(&drafted()?, "Ava Jones")?;
    let styles = docx.part("word/styles.xml")?;
    let defaults = styles.first("w:rPrDefault").ok_or("no default run")?;
    let lang = defaults.first("w:lang").and_then(|l| l.attr("w:val"));
    assert_eq!(lang, Some("en-GB"));

    let core = docx.part("docProps/core.xml")?;
    let field = |name: &str| core.first(name).map(|n| n.text.clone());
    assert_eq!(
        field("dc:title").as_deref(),
        Some("Education, Health and Care plan for Ava Jones")
    );
    assert_eq!(field("dc:language").as_deref(), Some("en-GB"));
    assert_eq!(field("dc:creator").as_deref(), Some("Northbrook Council"));
    Ok(())
}

#[test]
fn pages_say_page_x_of_y_under_the_authority_name() -> Result<()> {
    let docx = render(&drafted()?, "Ava")?;
    let footer = docx.part("word/footer1.xml")?;
    let fields: Vec<String> = footer
        .all("w:instrText")
        .iter()
        .map(|i| i.text.trim().to_owned())
        .collect();
    assert_eq!(fields, ["PAGE", "NUMPAGES"]);
    assert!(footer.visible_text().starts_with("Page "));
    assert!(footer.visible_text().contains(" of "));
    let header = docx.part("word/header1.xml")?;
    assert_eq!(header.visible_text(), "Northbrook Council");

    let section = docx.document.first("w:sectPr").ok_or("no sectPr")?;
    let rels = docx.part("word/_rels/document.xml.rels")?;
    for (reference, target) in [
        ("w:headerReference", "header1.xml"),
        ("w:footerReference", "footer1.xml"),
    ] {
        let id = section
            .first(reference)
            .and_then(|r| r.attr("r:id"))
            .ok_or("no reference")?;
        let rel = rels
            .all("Relationship")
            .into_iter()
            .find(|r| r.attr("Id") == Some(id))
            .ok_or("no relationship")?;
        assert_eq!(rel.attr("Target"), Some(target));
    }
    Ok(())
}

#[test]
fn the_package_declares_every_part_and_each_parses() -> Result<()> {
    let docx = render(&drafted()?, "Ava")?;
    let types = docx.part("[Content_Types].xml")?;
    let overrides: Vec<&str> = types
        .all("Override")
        .iter()
        .filter_map(|o| o.attr("PartName"))
        .collect();
    for name in docx.parts.keys() {
        docx.part(name)?;
        if !name.ends_with(".rels") && name != "[Content_Types].xml" {
            assert!(overrides.contains(&format!("/{name}").as_str()), "{name}");
        }
    }
    let main = types
        .all("Override")
        .into_iter()
        .find(|o| o.attr("PartName") == Some("/word/document.xml"))
        .and_then(|o| o.attr("ContentType"));
    assert_eq!(
        main,
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    );
    let rels = docx.part("_rels/.rels")?;
    let targets: Vec<&str> = rels
        .all("Relationship")
        .iter()
        .filter_map(|r| r.attr("Target"))
        .collect();
    assert_eq!(targets, ["word/document.xml", "docProps/core.xml"]);
    Ok(())
}

pub const ARABIC_NAME: &str = "محمد علي";

/// A plan of text nobody should type: a 20,000-character outcome, control
/// characters, markup, and a child's name written right to left.
pub fn hostile() -> Result<Plan> {
    let mut plan = drafted()?;
    let outcome = plan.outcomes.first_mut().ok_or("no outcome")?;
    outcome.text = "Ava will read. ".repeat(1_334)[..20_000].to_owned();
    let need = plan.needs.first_mut().ok_or("no need")?;
    need.text = "Bell\u{7} escape\u{1b}[31m nul\u{0} <script>alert('x')</script> & \"q\"".into();
    plan.views[0].text = format!("{ARABIC_NAME} likes football.\nSecond line");
    Ok(plan)
}

#[test]
fn hostile_text_still_makes_a_valid_document() -> Result<()> {
    let plan = hostile()?;
    let docx = render(&plan, ARABIC_NAME)?;
    for name in docx.parts.keys() {
        docx.part(name)?;
    }
    let text = docx.text();
    assert!(text.contains(&plan.outcomes[0].text));
    assert!(text.contains("Bell escape[31m nul <script>alert('x')</script> & \"q\""));
    assert!(text.contains(&format!("{ARABIC_NAME} likes football.\nSecond line")));
    assert_eq!(
        docx.paragraphs_styled("Title"),
        [format!("Education, Health and Care plan for {ARABIC_NAME}")]
    );

    let rtl: Vec<String> = docx
        .document
        .all("w:r")
        .into_iter()
        .filter(|r| r.first("w:rPr").is_some_and(|p| p.first("w:rtl").is_some()))
        .map(|r| r.visible_text())
        .collect();
    assert!(rtl.len() >= 2, "{rtl:?}");
    assert!(rtl.iter().all(|r| r == ARABIC_NAME), "{rtl:?}");
    let core = docx.part("docProps/core.xml")?;
    assert!(core
        .first("dc:title")
        .is_some_and(|t| t.text.ends_with(ARABIC_NAME)));
    Ok(())
}
