//! Documents on a case: added by content, not by name, and read back only
//! by those who may.

use axum::http::StatusCode;
use tandem_domain::role::Role;
use tandem_store::Store;

use crate::support::TestApp;

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

#[tokio::test]
async fn a_coordinator_adds_a_pdf_and_reads_it_back() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, "NBC-2026-00050", &[]).await;
    let page = coordinator.get("/cases/NBC-2026-00050").await;
    let done = coordinator
        .post_file(
            "/cases/NBC-2026-00050/documents",
            &[("csrf_token", &page.csrf())],
            "EP advice <b>.pdf",
            PDF,
        )
        .await;
    assert_eq!(done.location(), "/cases/NBC-2026-00050");
    let listed = app.store.documents(app.authority, case).await.unwrap();
    assert_eq!(listed.len(), 1);
    let page = coordinator.get("/cases/NBC-2026-00050").await;
    assert!(
        page.select_text(".tandem-documents a")[0].contains("EP advice <b>.pdf"),
        "shown as text"
    );
    let file = coordinator
        .get(&format!("/cases/NBC-2026-00050/documents/{}", listed[0].id))
        .await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers.get("content-type").unwrap(), "application/pdf");
    assert_eq!(file.body.as_bytes(), PDF);
}

#[tokio::test]
async fn a_program_renamed_to_pdf_and_an_empty_file_are_refused() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, "NBC-2026-00051", &[]).await;
    let csrf = coordinator.get("/cases/NBC-2026-00051").await.csrf();
    let renamed = coordinator
        .post_file(
            "/cases/NBC-2026-00051/documents",
            &[("csrf_token", &csrf)],
            "report.pdf",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00",
        )
        .await;
    assert_eq!(renamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(renamed.body.contains("must be a PDF"));
    let empty = coordinator
        .post_file(
            "/cases/NBC-2026-00051/documents",
            &[("csrf_token", &csrf)],
            "empty.pdf",
            b"",
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let forged = coordinator
        .post_file(
            "/cases/NBC-2026-00051/documents",
            &[("csrf_token", "forged")],
            "a.pdf",
            PDF,
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(app
        .store
        .documents(app.authority, case)
        .await
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn documents_are_out_of_reach_of_other_authorities_and_other_families() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let (mut parent, _) = app.signed_in(Role::Parent, "p@example.test").await;
    let theirs = app.case(app.other_authority, "SMC-2026-00052", &[]).await;
    let csrf = coordinator.get("/cases").await.csrf();
    let page = coordinator
        .post_file(
            "/cases/SMC-2026-00052/documents",
            &[("csrf_token", &csrf)],
            "a.pdf",
            PDF,
        )
        .await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(app
        .store
        .documents(app.other_authority, theirs)
        .await
        .unwrap()
        .is_empty());
    let ours = app.case(app.authority, "NBC-2026-00052", &[]).await;
    let new = tandem_store::NewDocument {
        name: "x.pdf".into(),
        content_type: "application/pdf".into(),
        content: PDF.to_vec(),
        uploaded_by: None,
        family_visible: false,
    };
    let id = app
        .store
        .add_document(app.authority, ours, &new)
        .await
        .unwrap();
    let path = format!("/cases/NBC-2026-00052/documents/{id}");
    assert_eq!(parent.get(&path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(coordinator.get(&path).await.status, StatusCode::OK);
    assert_eq!(
        coordinator
            .get("/cases/NBC-2026-00052/documents/999999")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_case_page_shows_what_the_documents_suggest_with_their_sources() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    app.case(app.authority, "NBC-2026-00053", &[]).await;
    let advice = "Educational psychology advice\n\n\
        Sam is a seven year old boy who was diagnosed with autism spectrum condition at age four. \
        He speaks in two to three word phrases and finds it very hard to take turns in conversation. \
        He becomes distressed by noise in the dining hall and covers his ears. \
        He uses a visual timetable every day and needs an adult to help him move between activities. \
        His reading and number work are below what is expected for his age. \
        He has few friends and plays alone at break times.\n";
    let csrf = coordinator.get("/cases/NBC-2026-00053").await.csrf();
    coordinator
        .post_file(
            "/cases/NBC-2026-00053/documents",
            &[("csrf_token", &csrf)],
            "ep_advice.txt",
            advice.as_bytes(),
        )
        .await;
    let page = coordinator.get("/cases/NBC-2026-00053").await;
    let findings = page.select_text(".tandem-findings dd");
    assert!(
        findings[0].starts_with("ASD: autistic spectrum disorder"),
        "{findings:?}"
    );
    let summary = page.select_text(".tandem-summary li");
    assert!(!summary.is_empty());
    assert!(
        summary
            .iter()
            .all(|line| line.contains("(ep_advice.txt, sentence")),
        "{summary:?}"
    );
    // A PDF cannot be read without the isolated reader: said, not hidden.
    let csrf = page.csrf();
    coordinator
        .post_file(
            "/cases/NBC-2026-00053/documents",
            &[("csrf_token", &csrf)],
            "scan.pdf",
            PDF,
        )
        .await;
    let page = coordinator.get("/cases/NBC-2026-00053").await;
    assert!(page.select_text(".tandem-findings dd")[0].starts_with("ASD"));
    assert!(page.body.contains("scan.pdf"), "the unread PDF is named");
}
