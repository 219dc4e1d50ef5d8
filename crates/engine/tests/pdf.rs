//! PDFs are read in an isolated child process, and every bad PDF gets a
//! clear error of its own.

use std::time::Duration;

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};
use tandem_engine::document::BlockKind;
use tandem_engine::ingest::pdf::read_pdf_isolated;
use tandem_engine::ingest::PdfReader;
use tandem_engine::IngestError;

fn child() -> PdfReader {
    PdfReader::new(env!("CARGO_BIN_EXE_tandem-pdf-child"), Vec::new())
}

/// A one-page PDF with the given lines of text (none for a "scan").
fn pdf(lines: &[&str]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut operations = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        operations.push(Operation::new("BT", vec![]));
        operations.push(Operation::new("Tf", vec!["F1".into(), 12.into()]));
        operations.push(Operation::new(
            "Td",
            vec![72.into(), (760 - 40 * i as i64).into()],
        ));
        operations.push(Operation::new("Tj", vec![Object::string_literal(*line)]));
        operations.push(Operation::new("ET", vec![]));
    }
    let content = Content { operations }
        .encode()
        .unwrap_or_else(|e| panic!("{e}"));
    let content_id = doc.add_object(Stream::new(dictionary! {}, content));
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap_or_else(|e| panic!("{e}"));
    bytes
}

#[test]
fn a_typed_pdf_comes_back_as_structured_text() {
    let bytes = pdf(&["Needs", "He was diagnosed with autism at age 4."]);
    let document = read_pdf_isolated("ep.pdf", &bytes, &child()).unwrap();
    let text: Vec<&str> = document.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(
        text.iter().any(|t| t.contains("diagnosed with autism")),
        "{text:?}"
    );
    assert!(document.blocks.iter().any(|b| b.kind == BlockKind::Heading));
}

#[test]
fn a_pdf_without_a_text_layer_is_reported_as_scanned() {
    let error = read_pdf_isolated("scan.pdf", &pdf(&[]), &child()).unwrap_err();
    assert!(matches!(error, IngestError::Scanned { .. }), "{error}");
    assert!(error.to_string().contains("text version"));
}

#[test]
fn a_damaged_pdf_is_reported_as_corrupt() {
    let error = read_pdf_isolated("bad.pdf", b"%PDF-1.7\n garbage", &child()).unwrap_err();
    assert!(matches!(error, IngestError::Corrupt { .. }), "{error}");
}

#[test]
fn a_reader_that_hangs_is_stopped_at_the_deadline() {
    let mut reader = PdfReader::new("sleep", vec!["30".to_string()]);
    reader.timeout = Duration::from_millis(300);
    let error = read_pdf_isolated("slow.pdf", b"%PDF-1.7", &reader).unwrap_err();
    assert!(matches!(error, IngestError::TimedOut { .. }), "{error}");
}

#[test]
fn a_password_protected_pdf_is_reported_as_encrypted() {
    let mut doc = Document::load_mem(&pdf(&["Secret advice."])).unwrap();
    let encrypt_id = doc.add_object(dictionary! {
        "Filter" => "Standard", "V" => 1, "R" => 2, "P" => -4,
        "O" => Object::string_literal(vec![1u8; 32]),
        "U" => Object::string_literal(vec![2u8; 32]),
    });
    doc.trailer.set("Encrypt", encrypt_id);
    doc.trailer.set(
        "ID",
        vec![
            Object::string_literal(vec![3u8; 16]),
            Object::string_literal(vec![3u8; 16]),
        ],
    );
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let error = read_pdf_isolated("locked.pdf", &bytes, &child()).unwrap_err();
    assert!(matches!(error, IngestError::Encrypted { .. }), "{error}");
}

#[test]
fn a_deeply_nested_pdf_cannot_take_the_service_down() {
    let mut bytes = b"%PDF-1.7\n1 0 obj\n".to_vec();
    bytes.extend(std::iter::repeat_n(b'[', 200_000));
    bytes.extend(std::iter::repeat_n(b']', 200_000));
    bytes.extend(b"\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    let result = read_pdf_isolated("nested.pdf", &bytes, &child());
    assert!(result.is_err());
}

/// A PDF the fuzzer found that sends the PDF parsers into recursion without
/// end: the child overflows its stack (or, with a bigger stack, runs past
/// its deadline) and the parent reports the file, unharmed.
#[test]
fn a_pdf_that_crashes_the_parser_is_reported_not_fatal() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pdf_hang.pdf"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let mut reader = child();
    reader.timeout = Duration::from_secs(2);
    let error = read_pdf_isolated("hang.pdf", &bytes, &reader).unwrap_err();
    assert!(
        matches!(
            error,
            IngestError::TimedOut { .. } | IngestError::Corrupt { .. }
        ),
        "{error}"
    );
}

/// A PDF the fuzzer found whose page is its own /Parent: pdf-extract
/// follows the chain without end, so the child refuses the loop itself
/// instead of spinning until the deadline.
#[test]
fn a_pdf_whose_page_tree_loops_is_reported_as_corrupt_at_once() {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/pdf_parent_loop.pdf"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    let mut reader = child();
    reader.timeout = Duration::from_secs(5);
    let error = read_pdf_isolated("loop.pdf", &bytes, &reader).unwrap_err();
    assert!(matches!(error, IngestError::Corrupt { .. }), "{error}");
    assert!(error.to_string().contains("loops"), "{error}");
}
