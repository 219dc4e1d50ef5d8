//! The plan as a PDF, read back the way a reader's software reads it: the
//! structure a screen reader needs (tags, language, title, PDF/UA
//! identification), the text in order, and hostile text printed as typed.
//!
//! veraPDF is not packaged for Debian; krilla's PDF/UA-1 check at export,
//! these structural checks and `pdfinfo` (when installed) are what we have.

use std::process::Command;
use std::time::Instant;

use lopdf::{Dictionary, Document, Object};
use tandem_documents::pdf::render_pdf;
use tandem_documents::PlanFacts;
use tandem_domain::plan::Outcome;

#[path = "pdf/plans.rs"]
mod plans;

use plans::{drafted, facts, hand_built};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn catalog_entry<'a>(pdf: &'a Document, key: &[u8]) -> Result<&'a Object, lopdf::Error> {
    pdf.catalog()?.get_deref(key, pdf)
}

/// The words of every page, one space apart: where lines wrap is the
/// layout's business, not the test's.
fn text(pdf: &Document) -> Result<String, lopdf::Error> {
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    // Strip the zero-width spaces the renderer adds as break opportunities.
    let text = pdf.extract_text(&pages)?.replace('\u{200B}', "");
    Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Set `TANDEM_PDF_OUT` to a directory to keep the PDFs the tests make and
/// look at them.
fn keep(name: &str, bytes: &[u8]) -> std::io::Result<()> {
    match std::env::var_os("TANDEM_PDF_OUT") {
        Some(dir) => std::fs::write(std::path::Path::new(&dir).join(name), bytes),
        None => Ok(()),
    }
}

fn metadata(pdf: &Document) -> Result<String, Box<dyn std::error::Error>> {
    let stream = catalog_entry(pdf, b"Metadata")?.as_stream()?;
    let bytes = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    Ok(String::from_utf8(bytes)?)
}

#[test]
fn a_drafted_plan_is_a_tagged_pdf_ua_document() -> TestResult {
    let plan = drafted()?;
    let ola = facts("Ola Nowak");
    let started = Instant::now();
    let bytes = render_pdf(&plan, &ola)?;
    let first = started.elapsed();
    let started = Instant::now();
    render_pdf(&plan, &facts("Jan Kowalski"))?;
    eprintln!(
        "rendered a drafted plan in {first:?} cold (fonts parsed), {:?} warm ({} bytes)",
        started.elapsed(),
        bytes.len()
    );
    let again = render_pdf(&plan, &ola)?;
    assert_eq!(bytes, again, "the same plan gives the same bytes");
    keep("drafted.pdf", &bytes)?;
    assert!(bytes.starts_with(b"%PDF"));
    let pdf = Document::load_mem(&bytes)?;

    let mark_info: &Dictionary = catalog_entry(&pdf, b"MarkInfo")?.as_dict()?;
    assert!(mark_info.get(b"Marked")?.as_bool()?);
    assert!(catalog_entry(&pdf, b"StructTreeRoot")?.as_dict().is_ok());
    let lang = catalog_entry(&pdf, b"Lang")?.as_str()?;
    assert!(lang.starts_with(b"en"), "{}", String::from_utf8_lossy(lang));
    let viewer = catalog_entry(&pdf, b"ViewerPreferences")?.as_dict()?;
    assert!(viewer.get(b"DisplayDocTitle")?.as_bool()?);

    let xmp = metadata(&pdf)?;
    assert!(
        xmp.contains("<pdfuaid:part>1</pdfuaid:part>") || xmp.contains("pdfuaid:part=\"1\""),
        "{xmp}"
    );
    assert!(xmp.contains("Education, health and care plan – Ola Nowak – Northbrook Council"));
    Ok(())
}

#[test]
fn the_text_follows_the_plan_from_section_a_to_k() -> TestResult {
    let bytes = render_pdf(&hand_built(), &facts("Ola Nowak"))?;
    keep("hand-built.pdf", &bytes)?;
    let flat = text(&Document::load_mem(&bytes)?)?;

    let mut from = 0;
    for expected in [
        "Northbrook Council",
        "Education, health and care plan for Ola Nowak",
        "Date of birth",
        "4 May 2016",
        "Section A: views, interests and aspirations",
        "(from report.pdf, sentence 4)",
        "Section B: special educational needs",
        "Communication and interaction",
        "Section C",
        "Section D",
        "Section E: outcomes",
        "31 July 2027",
        "Section F: Special educational provision",
        "Who delivers it and their expertise",
        "£4,200",
        "Section G",
        "Section H1",
        "H1.1",
        "Section H2",
        "Section I: placement",
        "Northbrook Primary (mainstream)",
        "Section J: personal budget",
        "Section K: advice and information",
        "Dr Amir Khan",
        "The provision as planned costs £4,200 a year.",
    ] {
        let at = flat[from..]
            .find(expected)
            .ok_or_else(|| format!("{expected:?} not found in order in: {flat}"))?;
        from += at + expected.len();
    }
    assert!(flat.contains("Page 1 of"), "{flat}");
    Ok(())
}

/// The structure element types in reading order, e.g. "H2", "Table", "TH".
fn roles(pdf: &Document) -> Result<Vec<String>, lopdf::Error> {
    fn walk(pdf: &Document, node: &Object, out: &mut Vec<String>) -> Result<(), lopdf::Error> {
        match pdf.dereference(node)?.1 {
            Object::Array(kids) => kids.iter().try_for_each(|kid| walk(pdf, kid, out)),
            Object::Dictionary(element) => {
                if let Ok(role) = element.get(b"S").and_then(Object::as_name) {
                    out.push(String::from_utf8_lossy(role).into_owned());
                }
                match element.get(b"K") {
                    Ok(kids) => walk(pdf, kids, out),
                    Err(_) => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }
    let mut out = Vec::new();
    walk(pdf, catalog_entry(pdf, b"StructTreeRoot")?, &mut out)?;
    Ok(out)
}

#[test]
fn a_screen_reader_finds_one_title_a_heading_per_section_and_table_headers() -> TestResult {
    let pdf = Document::load_mem(&render_pdf(&hand_built(), &facts("Ola Nowak"))?)?;
    let roles = roles(&pdf)?;
    let count = |role: &str| roles.iter().filter(|r| *r == role).count();
    assert_eq!(count("H1"), 1, "{roles:?}");
    assert_eq!(count("H2"), 12, "{roles:?}");
    assert_eq!(count("H3"), 2, "{roles:?}");
    // E, F, G, H1, H2 and K, each header row tagged as such.
    assert_eq!(count("Table"), 6, "{roles:?}");
    assert_eq!(count("THead"), 6, "{roles:?}");
    let first_heading = roles.iter().position(|r| r.starts_with('H'));
    assert_eq!(first_heading.map(|i| roles[i].as_str()), Some("H1"));
    Ok(())
}

#[test]
fn a_very_long_outcome_breaks_across_pages() -> TestResult {
    let mut plan = hand_built();
    let long = "Ola will read aloud to a classmate every day. ".repeat(440);
    assert!(long.len() > 20_000);
    plan.outcomes.push(Outcome {
        number: 2,
        needs: vec![1],
        text: long,
        by: None,
        steps: vec!["x".repeat(500)],
        adulthood: true,
    });
    let bytes = render_pdf(&plan, &facts("Ola Nowak"))?;
    keep("long.pdf", &bytes)?;
    let pdf = Document::load_mem(&bytes)?;
    assert!(pdf.get_pages().len() > 3, "{} pages", pdf.get_pages().len());
    assert!(text(&pdf)?.contains("(preparing for adulthood)"));
    Ok(())
}

#[test]
fn hostile_text_prints_as_typed() -> TestResult {
    let hostile =
        "#set page(width: 1cm) $x^2$ [link] <script>alert(1)</script> \\ #panic(\"no\") */ @ref";
    let mut plan = hand_built();
    plan.views[0].text = format!("{hostile}\u{0}\u{1b}[31m\u{7}");
    plan.needs[0].text = "#include \"/etc/passwd\" #read(\"/plan.json\")".to_owned();
    plan.placement.name = "#{ 1 / 0 }".to_owned();
    let name = "محمد #1 $x$ \u{202E}evil";
    let bytes = render_pdf(&plan, &facts(name))?;
    keep("hostile.pdf", &bytes)?;
    let text = text(&Document::load_mem(&bytes)?)?;

    for literal in [
        "#set page(width: 1cm) $x^2$ [link] <script>alert(1)</script>",
        "#panic(\"no\") */ @ref",
        "#include \"/etc/passwd\" #read(\"/plan.json\")",
        "#{ 1 / 0 }",
    ] {
        assert!(text.contains(literal), "{literal:?} missing from {text}");
    }
    assert!(!text.contains('\u{1b}'));
    assert!(text.contains("evil will achieve"), "{text}");
    // Bidi may draw "#1" beside the Arabic, as a reader sees it.
    assert!(text.contains("$x$") && text.contains('#'), "{text}");
    // Extraction may give right-to-left text in the order it is drawn.
    assert!(text.contains("محمد") || text.contains("دمحم"), "{text}");
    Ok(())
}

#[test]
fn characters_no_shipped_font_has_still_give_a_pdf() -> TestResult {
    let mut plan = hand_built();
    plan.views[0].text = "王小明 likes 🦕 and ∰ \u{200D}\u{FE0F}\u{E000}\u{10FFFD}".to_owned();
    let bytes = render_pdf(&plan, &facts("王小明"))?;
    keep("missing-glyphs.pdf", &bytes)?;
    assert!(bytes.starts_with(b"%PDF"));
    Ok(())
}

#[test]
fn an_empty_plan_still_has_every_section() -> TestResult {
    let bytes = render_pdf(&Default::default(), &PlanFacts::default())?;
    let text = text(&Document::load_mem(&bytes)?)?;
    for section in ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"] {
        assert!(text.contains(&format!("Section {section}:")), "{section}");
    }
    Ok(())
}

/// Poppler's own reading of the file, when it is installed: CI must have
/// it, a developer's machine may not.
#[test]
fn pdfinfo_reads_the_plan_as_tagged() -> TestResult {
    let bytes = render_pdf(&drafted()?, &facts("Ola Nowak"))?;
    let dir = std::env::temp_dir().join(format!("tandem-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("plan.pdf");
    std::fs::write(&path, &bytes)?;
    let ran = Command::new("pdfinfo").arg(&path).output();
    std::fs::remove_dir_all(&dir)?;
    let output = match ran {
        Ok(output) => output,
        Err(e) if std::env::var("CI").as_deref() == Ok("true") => {
            return Err(format!("pdfinfo is required in CI: {e}").into())
        }
        Err(e) => {
            eprintln!("skipped: pdfinfo (poppler-utils) not found: {e}");
            return Ok(());
        }
    };
    let info = String::from_utf8(output.stdout)?;
    assert!(output.status.success(), "{info}");
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(field("Tagged:"), "yes", "{info}");
    assert!(field("Title:").contains("Ola Nowak"), "{info}");
    assert!(field("Pages:").parse::<u32>()? > 1, "{info}");
    Ok(())
}
