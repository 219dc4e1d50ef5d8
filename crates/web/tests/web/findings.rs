//! The engine in the service: advice read in the background and kept, the
//! coordinator's view of what it suggests with links to the sentences it
//! quotes, similar cases of the same authority only, the review that
//! accepts or corrects each suggestion, and the report that counts them.

use std::time::Duration;

use axum::http::StatusCode;
use tandem_domain::ids::{AuthorityId, CaseId};
use tandem_domain::role::Role;
use tandem_store::{CaseAnalysis, NewCaseAnalysis, NewDocument, Store};
use tandem_web::Clock;

use crate::support::{Browser, Page, TestApp};

mod review;

const ADVICE: &str = "Educational psychology advice\n\n\
Communication and interaction\n\
Sam is a seven year old boy who was diagnosed with autism spectrum condition at age four. \
He speaks in two to three word phrases and finds it very hard to take turns in conversation.\n\n\
Social, emotional and mental health\n\
He becomes distressed by noise in the dining hall and covers his ears. \
He has few friends and plays alone at break times.\n\n\
Cognition and learning\n\
His reading and number work are below what is expected for his age.\n\n\
Recommended provision\n\
- A visual timetable every day.\n\
- Daily one-to-one sessions with a teaching assistant.\n\
- A quiet place to go when he is overwhelmed.\n\
- Social stories to prepare him for changes.\n";

async fn upload(browser: &mut Browser<'_>, reference: &str, name: &str, content: &[u8]) {
    let csrf = browser.get(&format!("/cases/{reference}")).await.csrf();
    let done = browser
        .post_file(
            &format!("/cases/{reference}/documents"),
            &[("csrf_token", &csrf)],
            name,
            content,
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
}

/// Waits, at most five seconds, for the background reading of the case's
/// documents as they are now.
async fn analysed(app: &TestApp, case: CaseId) -> CaseAnalysis {
    for _ in 0..200 {
        let ids: Vec<i64> = app
            .store
            .documents(app.authority, case)
            .await
            .unwrap()
            .iter()
            .map(|d| d.id)
            .collect();
        if let Some(kept) = app.store.case_analysis(app.authority, case).await.unwrap() {
            if kept.is_current(tandem_engine::reader_version(), &ids) {
                return kept;
            }
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the case was not analysed in the background within five seconds");
}

fn attr(page: &Page, selector: &str, name: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).unwrap();
    page.html()
        .select(&selector)
        .filter_map(|e| e.value().attr(name).map(str::to_owned))
        .collect()
}

/// What the form would send as it stands: hidden and text inputs, the
/// checked radios and boxes, and each select's selected option.
fn form_values(page: &Page) -> Vec<(String, String)> {
    let html = page.html();
    let mut out = Vec::new();
    let inputs = scraper::Selector::parse("#review-form input").unwrap();
    for input in html.select(&inputs) {
        let e = input.value();
        let kind = e.attr("type").unwrap_or("text");
        if matches!(kind, "radio" | "checkbox") && e.attr("checked").is_none() {
            continue;
        }
        out.push((
            e.attr("name").unwrap_or_default().to_owned(),
            e.attr("value").unwrap_or_default().to_owned(),
        ));
    }
    let selects = scraper::Selector::parse("#review-form select").unwrap();
    let selected = scraper::Selector::parse("option[selected]").unwrap();
    for select in html.select(&selects) {
        let value = select
            .select(&selected)
            .next()
            .and_then(|o| o.value().attr("value"))
            .unwrap_or_default();
        out.push((
            select.value().attr("name").unwrap_or_default().to_owned(),
            value.to_owned(),
        ));
    }
    out
}

fn set(values: &mut Vec<(String, String)>, name: &str, value: &str) {
    values.retain(|(n, _)| n != name);
    values.push((name.to_owned(), value.to_owned()));
}

async fn send_review(
    browser: &mut Browser<'_>,
    reference: &str,
    values: &[(String, String)],
) -> Page {
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    browser
        .post(&format!("/cases/{reference}/findings/review"), &pairs)
        .await
}

/// A coordinator's review that corrects the primary need, one level and
/// one provision element, adds another, and accepts the rest.
async fn review_with_corrections(browser: &mut Browser<'_>, reference: &str) -> Page {
    let form = browser
        .get(&format!("/cases/{reference}/findings/review"))
        .await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let mut values = form_values(&form);
    set(&mut values, "primary-need", "SLCN");
    set(
        &mut values,
        "primary-need-reason",
        "The speech and language therapist's report is newer",
    );
    set(&mut values, "metric-asd", "1");
    set(&mut values, "provision-SP6", "no");
    values.push(("add-provision".into(), "SP8".into()));
    send_review(browser, reference, &values).await
}

async fn post_pairs(browser: &mut Browser<'_>, path: &str, values: &[(String, String)]) -> Page {
    let pairs: Vec<(&str, &str)> = values
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    browser.post(path, &pairs).await
}

async fn add_text(app: &TestApp, authority: AuthorityId, case: CaseId) {
    let document = NewDocument {
        name: "advice.txt".into(),
        content_type: "text/plain; charset=utf-8".into(),
        content: ADVICE.as_bytes().to_vec(),
        uploaded_by: None,
        family_visible: false,
    };
    app.store
        .add_document(authority, case, &document)
        .await
        .unwrap();
}

#[tokio::test]
async fn advice_uploaded_as_text_is_analysed_and_each_summary_line_opens_its_sentence() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, "NBC-2026-00060", &[]).await;
    upload(
        &mut coordinator,
        "NBC-2026-00060",
        "ep_advice.txt",
        ADVICE.as_bytes(),
    )
    .await;
    let kept = analysed(&app, case).await;
    assert_eq!(kept.profile.primary_need.as_deref(), Some("ASD"));
    assert!(kept.findings.contains("ep_advice.txt"));

    let page = coordinator.get("/cases/NBC-2026-00060").await;
    let areas = page.select_text(".tandem-summary h4");
    assert!(
        areas.contains(&"Communication and interaction".to_owned()),
        "{areas:?}"
    );
    let lines = page.select_text(".tandem-summary li");
    assert!(lines
        .iter()
        .all(|line| line.contains("(ep_advice.txt, sentence")));
    let links = attr(&page, ".tandem-summary li a", "href");
    assert_eq!(links.len(), lines.len());
    let (path, anchor) = links[0].split_once('#').unwrap();
    let document = coordinator.get(path).await;
    assert_eq!(document.status, StatusCode::OK, "{}", document.body);
    assert_eq!(attr(&document, "mark.tandem-cited", "id"), [anchor]);
    let quoted = document.select_text("mark.tandem-cited")[0].clone();
    assert!(quoted.contains("Start of the sentence quoted in the summary"));
    let line_text = page.select_text(".tandem-summary li a")[0].clone();
    assert!(quoted.contains(&line_text), "{quoted} / {line_text}");
    assert_eq!(document.select_text("mark").len(), 1, "one sentence marked");

    assert!(
        page.select_text(".tandem-findings dd")[0].starts_with("ASD: autistic spectrum disorder")
    );
    let questions = page.select_text(".tandem-questions tbody th");
    assert_eq!(questions.len(), 20);
    assert!(questions.contains(&"How much do autistic traits affect them?".to_owned()));
    let levels = page.select_text(".tandem-questions tbody td");
    assert!(levels
        .iter()
        .any(|l| l.contains("(severe)") || l.contains("(moderate)")));
    let evidence = attr(&page, ".tandem-questions a", "href");
    assert!(!evidence.is_empty(), "levels cite their sentences");
    assert!(evidence
        .iter()
        .all(|href| href.contains("/documents/") && href.contains("#sentence-")));
    let provision = page.select_text(".tandem-provision tbody th");
    assert!(
        provision.iter().any(|p| p.starts_with("SP6: quiet place")),
        "{provision:?}"
    );
}

#[tokio::test]
async fn similar_cases_come_from_the_same_authority_only() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let ours = app.case(app.authority, "NBC-2026-00061", &[]).await;
    let like_it = app.case(app.authority, "NBC-2026-00062", &[]).await;
    let theirs = app.case(app.other_authority, "SMC-2026-00063", &[]).await;
    upload(
        &mut coordinator,
        "NBC-2026-00062",
        "ep.txt",
        ADVICE.as_bytes(),
    )
    .await;
    analysed(&app, like_it).await;
    // The other council's case is exactly like ours: still never shown.
    let mine = app
        .store
        .case_analysis(app.authority, like_it)
        .await
        .unwrap()
        .unwrap();
    let document = NewDocument {
        name: "theirs.txt".into(),
        content_type: "text/plain; charset=utf-8".into(),
        content: ADVICE.as_bytes().to_vec(),
        uploaded_by: None,
        family_visible: false,
    };
    let theirs_doc = app
        .store
        .add_document(app.other_authority, theirs, &document)
        .await
        .unwrap();
    app.store
        .save_case_analyses(
            app.other_authority,
            &[NewCaseAnalysis {
                case: theirs,
                reader: tandem_engine::reader_version().to_owned(),
                documents: vec![theirs_doc],
                findings: mine.findings.clone(),
                profile: mine.profile.clone(),
                made_at: app.clock.now(),
            }],
        )
        .await
        .unwrap();
    upload(
        &mut coordinator,
        "NBC-2026-00061",
        "ep.txt",
        ADVICE.as_bytes(),
    )
    .await;
    analysed(&app, ours).await;
    let page = coordinator.get("/cases/NBC-2026-00061").await;
    let similar = page.select_text(".tandem-similar tbody td a");
    assert_eq!(similar, ["NBC-2026-00062"]);
    assert!(!page.body.contains("SMC-2026-00063"));
    let row = page.select_text(".tandem-similar tbody tr")[0].clone();
    assert!(row.contains("ASD: autistic spectrum disorder"), "{row}");
    assert!(row.contains("1.00"), "the same profile: {row}");
    assert!(row.contains("As Tandem read it"));
}

#[tokio::test]
async fn families_and_schools_never_see_the_suggestions() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let (mut parent, parent_id) = app.signed_in(Role::Parent, "p@example.test").await;
    let (mut school, _) = app.signed_in(Role::School, "s@example.test").await;
    let (mut support, _) = app.signed_in(Role::BusinessSupport, "b@example.test").await;
    let case = app
        .case(app.authority, "NBC-2026-00067", &[parent_id])
        .await;
    upload(
        &mut coordinator,
        "NBC-2026-00067",
        "ep.txt",
        ADVICE.as_bytes(),
    )
    .await;
    analysed(&app, case).await;
    let id = app.store.documents(app.authority, case).await.unwrap()[0].id;
    let text = format!("/cases/NBC-2026-00067/documents/{id}/text?sentence=1");
    for (who, browser) in [("family", &mut parent), ("school", &mut school)] {
        let page = browser.get("/cases/NBC-2026-00067").await;
        assert_eq!(page.status, StatusCode::OK, "{who}");
        assert!(!page.body.contains("What the documents suggest"), "{who}");
        assert!(!page.body.contains("autistic spectrum disorder"), "{who}");
        for path in [
            text.as_str(),
            "/cases/NBC-2026-00067/findings/review",
            "/reports/engine",
        ] {
            let refused = browser.get(path).await;
            assert!(
                matches!(
                    refused.status,
                    StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
                ),
                "{who} {path}: {}",
                refused.status
            );
        }
        let csrf = page.csrf();
        let sent = browser
            .post(
                "/cases/NBC-2026-00067/findings/review",
                &[
                    ("csrf_token", &csrf),
                    ("version", "2"),
                    ("primary-need", ""),
                ],
            )
            .await;
        assert!(
            matches!(sent.status, StatusCode::FORBIDDEN | StatusCode::NOT_FOUND),
            "{who}"
        );
    }
    // Business support reads the suggestions but does not manage the case.
    let page = support.get("/cases/NBC-2026-00067").await;
    assert!(page.body.contains("What the documents suggest"));
    assert!(attr(&page, ".tandem-review-link", "href").is_empty());
    let refused = support.get("/cases/NBC-2026-00067/findings/review").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let events = app.store.events(app.authority, case).await.unwrap();
    assert!(events.iter().all(|e| e.event_type != "FindingsReviewed"));
}

#[tokio::test]
async fn a_document_that_cannot_be_read_is_named_with_its_message_and_the_rest_are_analysed() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, "NBC-2026-00068", &[]).await;
    upload(
        &mut coordinator,
        "NBC-2026-00068",
        "ep.txt",
        ADVICE.as_bytes(),
    )
    .await;
    let broken = b"PK\x03\x04 not really a zip, though it names word/document.xml";
    upload(
        &mut coordinator,
        "NBC-2026-00068",
        "school report.docx",
        broken,
    )
    .await;
    upload(
        &mut coordinator,
        "NBC-2026-00068",
        "scan.pdf",
        b"%PDF-1.4\n%%EOF\n",
    )
    .await;
    let kept = analysed(&app, case).await;
    assert_eq!(kept.profile.primary_need.as_deref(), Some("ASD"));
    let page = coordinator.get("/cases/NBC-2026-00068").await;
    let unread = page.select_text(".tandem-unread");
    assert_eq!(unread.len(), 2, "{unread:?}");
    assert!(
        unread[0].contains("school report.docx: the document is damaged"),
        "{unread:?}"
    );
    assert!(
        unread[1].contains("scan.pdf: PDF reading is not available here"),
        "{unread:?}"
    );
    assert!(page
        .body
        .contains("Tandem read 1 document to make these suggestions"));
    assert!(page.select_text(".tandem-findings dd")[0].starts_with("ASD"));
    let id = app.store.documents(app.authority, case).await.unwrap()[1].id;
    let text = coordinator
        .get(&format!("/cases/NBC-2026-00068/documents/{id}/text"))
        .await;
    assert_eq!(text.status, StatusCode::OK);
    assert!(text.body.contains("Tandem could not read this document"));

    // With nothing readable, nothing is suggested, and there is nothing to review.
    app.case(app.authority, "NBC-2026-00071", &[]).await;
    upload(
        &mut coordinator,
        "NBC-2026-00071",
        "scan.pdf",
        b"%PDF-1.4\n%%EOF\n",
    )
    .await;
    let page = coordinator.get("/cases/NBC-2026-00071").await;
    assert!(page
        .body
        .contains("Tandem could not read any of this case's documents"));
    assert!(page.select_text(".tandem-questions").is_empty());
    assert_eq!(page.select_text(".tandem-unread").len(), 1);
    let review = coordinator
        .get("/cases/NBC-2026-00071/findings/review")
        .await;
    assert_eq!(review.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn advice_recorded_as_received_starts_a_reading_in_the_background() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, "NBC-2026-00069", &[]).await;
    // Added without the page, so only the advice form can start a reading.
    let document = NewDocument {
        name: "ep.txt".into(),
        content_type: "text/plain; charset=utf-8".into(),
        content: ADVICE.as_bytes().to_vec(),
        uploaded_by: None,
        family_visible: false,
    };
    app.store
        .add_document(app.authority, case, &document)
        .await
        .unwrap();
    for (slug, fields) in [
        (
            "decide-whether-to-assess",
            vec![("assess", "yes"), ("reasons", "Needs")],
        ),
        (
            "request-advice",
            vec![("kind", "Psychological"), ("adviser", "EP service")],
        ),
        ("receive-advice", vec![("advice_id", "1")]),
    ] {
        let path = format!("/cases/NBC-2026-00069/actions/{slug}");
        let form = coordinator.get(&path).await;
        let mut values = vec![("csrf_token".to_owned(), form.csrf())];
        for name in ["version", "on-day", "on-month", "on-year"] {
            values.push((
                name.to_owned(),
                attr(&form, &format!("input[name='{name}']"), "value")[0].clone(),
            ));
        }
        for (name, value) in fields {
            values.push((name.to_owned(), value.to_owned()));
        }
        let done = post_pairs(&mut coordinator, &path, &values).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{slug}: {}", done.body);
    }
    let kept = analysed(&app, case).await;
    assert_eq!(kept.profile.primary_need.as_deref(), Some("ASD"));
}

#[tokio::test]
async fn the_start_up_pass_reads_every_case_whose_documents_have_no_current_analysis() {
    let app = TestApp::new().await;
    let mut cases = Vec::new();
    for n in 0..3 {
        let case = app
            .case(app.authority, &format!("NBC-2026-0008{n}"), &[])
            .await;
        add_text(&app, app.authority, case).await;
        cases.push(case);
    }
    let theirs = app.case(app.other_authority, "SMC-2026-00089", &[]).await;
    add_text(&app, app.other_authority, theirs).await;
    app.case(app.authority, "NBC-2026-00088", &[]).await;
    let done = tandem_web::findings::catch_up(&app.state).await;
    assert_eq!((done.analysed, done.failed), (4, 0));
    for case in cases {
        let kept = app
            .store
            .case_analysis(app.authority, case)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(kept.profile.primary_need.as_deref(), Some("ASD"));
    }
    assert!(app
        .store
        .case_analysis(app.other_authority, theirs)
        .await
        .unwrap()
        .is_some());
    assert_eq!(
        tandem_web::findings::catch_up(&app.state).await.analysed,
        0,
        "nothing left to read"
    );
}

#[tokio::test]
async fn advice_sent_as_rich_text_is_kept_and_read_like_any_other() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, "NBC-2026-00061", &[]).await;
    let rtf = format!(
        "{{\\rtf1\\ansi{{\\fonttbl{{\\f0 Arial;}}}}\\f0 {}}}",
        ADVICE.replace('\n', "\\par\n")
    );
    upload(
        &mut coordinator,
        "NBC-2026-00061",
        "ep_advice.rtf",
        rtf.as_bytes(),
    )
    .await;
    let documents = app.store.documents(app.authority, case).await.unwrap();
    assert_eq!(documents[0].content_type, "application/rtf");
    let kept = analysed(&app, case).await;
    assert_eq!(kept.profile.primary_need.as_deref(), Some("ASD"));
    let page = coordinator.get("/cases/NBC-2026-00061").await;
    assert!(page
        .select_text(".tandem-summary li")
        .iter()
        .all(|line| line.contains("(ep_advice.rtf, sentence")));
}
