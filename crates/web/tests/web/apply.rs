//! Asking for an assessment online, through the real pages: every answer
//! checked where it is typed, nothing typed lost, and sending opens the case
//! with its clock started in business support's inbox.

use std::io::Write;

use axum::http::StatusCode;
use tandem_domain::role::Role;
use tandem_store::{CaseFilter, Store};

use crate::support::{Browser, Page, TestApp};

/// A tiny PDF that ends as a PDF must.
pub const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

fn field_error(page: &Page, field: &str) -> String {
    page.select_text(&format!("#{field}-error")).join(" ")
}

async fn start(browser: &mut Browser<'_>) {
    let start = browser.get("/apply").await;
    assert_eq!(start.status, StatusCode::OK);
    let begun = browser
        .post("/apply", &[("csrf_token", &start.csrf())])
        .await;
    assert_eq!(begun.location(), "/apply/tasks");
}

/// Answers one page and returns where it went next (or the page, if refused).
async fn answer(browser: &mut Browser<'_>, step: &str, fields: &[(&str, &str)]) -> Page {
    let form = browser.get(&format!("/apply/{step}")).await;
    assert_eq!(form.status, StatusCode::OK, "{step}: {}", form.body);
    let csrf = form.csrf();
    let mut all = vec![("csrf_token", csrf.as_str())];
    all.extend_from_slice(fields);
    browser.post(&format!("/apply/{step}"), &all).await
}

/// Every page of a parent's request with good answers.
pub async fn fill_in(browser: &mut Browser<'_>, school: &str, email: &str) {
    let pages: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("who", vec![("requester", "parent")]),
        (
            "child-name",
            vec![("child_first_name", "Ava"), ("child_last_name", "Brook")],
        ),
        (
            "child-date-of-birth",
            vec![("dob_day", "4"), ("dob_month", "5"), ("dob_year", "2017")],
        ),
        (
            "child-address",
            vec![
                ("address_line_1", "1 Mill Lane"),
                ("address_town", "Northbrook"),
                ("address_postcode", "NB1 2AB"),
            ],
        ),
        ("child-setting", vec![("setting", school)]),
        (
            "parents",
            vec![
                ("parent_1_name", "Sam Brook"),
                ("parent_1_relationship", "mother"),
                ("parent_1_responsibility", "yes"),
            ],
        ),
        (
            "contact",
            vec![("contact_channel", "email"), ("contact_email", email)],
        ),
        ("language", vec![("language", "en"), ("interpreter", "no")]),
        (
            "needs",
            vec![(
                "needs",
                "Ava finds reading hard.\n<script>alert(1)</script>",
            )],
        ),
        (
            "support",
            vec![
                ("sen_support", "yes"),
                ("professionals", "speech"),
                ("professionals", "ep"),
            ],
        ),
        (
            "consent",
            vec![
                ("share_with", "school"),
                ("share_with", "health"),
                ("consent", "yes"),
            ],
        ),
    ];
    for (step, fields) in pages {
        let next = answer(browser, step, &fields).await;
        assert_eq!(next.status, StatusCode::SEE_OTHER, "{step}: {}", next.body);
    }
}

async fn send(browser: &mut Browser<'_>) -> Page {
    let check = browser.get("/apply/check").await;
    assert_eq!(check.status, StatusCode::OK, "{}", check.body);
    browser
        .post("/apply/send", &[("csrf_token", &check.csrf())])
        .await
}

#[tokio::test]
async fn a_parent_asks_and_the_case_opens_in_the_inbox_with_its_clock_started() {
    let app = TestApp::new().await;
    let mut parent = app.browser();
    start(&mut parent).await;
    let school = app.school.0.to_string();
    fill_in(&mut parent, &school, "sam.brook@example.org").await;

    let evidence = parent.get("/apply/evidence").await;
    let uploaded = parent
        .post_file(
            "/apply/evidence/upload",
            &[("csrf_token", &evidence.csrf())],
            "letter-from-gp.pdf",
            PDF,
        )
        .await;
    assert_eq!(uploaded.location(), "/apply/evidence", "{}", uploaded.body);
    let listed = parent.get("/apply/evidence").await;
    assert!(listed.body.contains("letter-from-gp.pdf"));

    let check = parent.get("/apply/check").await;
    // Free text is kept and shown as text, never run.
    assert!(!check.body.contains("<script>alert(1)"));
    assert!(check
        .select_text(".tandem-answers")
        .join(" ")
        .contains("<script>alert(1)</script>"));
    assert!(check
        .select_text(".govuk-summary-list__key")
        .contains(&"Date of birth".to_owned()));

    let sent = send(&mut parent).await;
    assert_eq!(sent.location(), "/apply/sent");
    let confirmation = parent.get("/apply/sent").await;
    let reference = confirmation.select_text(".tandem-reference").join("");
    assert!(reference.starts_with("NBC-20"), "{reference}");
    assert!(confirmation.body.contains("sam.brook@example.org"));

    // The case: request received today, clock started, in the inbox.
    let case = app
        .store
        .case_by_reference(app.authority, &reference)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(case.stage, "requested");
    assert_eq!(case.child_name, "Ava Brook");
    assert_eq!(case.child_date_of_birth.as_deref(), Some("2017-05-04"));
    assert!(case.next_due.is_some(), "the six-week clock is running");
    let (mut office, _) = app
        .signed_in(Role::BusinessSupport, "office@example.org")
        .await;
    let inbox = office.get("/queues/inbox").await;
    assert!(inbox.body.contains(&reference), "{}", inbox.body);

    // Staff see the request as sent and the evidence, shared with the family.
    let staff_page = office.get(&format!("/cases/{reference}")).await;
    assert!(staff_page.body.contains("The request as sent online"));
    assert!(staff_page.body.contains("Ava finds reading hard."));
    let documents = app.store.documents(app.authority, case.id).await.unwrap();
    assert_eq!(documents.len(), 1);
    assert!(documents[0].family_visible);

    // A confirmation with a copy of the answers and a link to set up an account.
    let outbox = app
        .store
        .messages_for_case(app.authority, case.id)
        .await
        .unwrap();
    let email = outbox
        .iter()
        .find(|m| m.recipient == "sam.brook@example.org")
        .expect("a confirmation email");
    assert!(email.subject.contains(&reference));
    assert!(email.body.contains("Ava finds reading hard."));
    assert!(email.body.contains("/account/new-password/"));
}

#[tokio::test]
async fn bad_answers_get_a_message_on_their_field_and_nothing_typed_is_lost() {
    let app = TestApp::new().await;
    let mut parent = app.browser();
    start(&mut parent).await;

    let missing = answer(&mut parent, "who", &[]).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        field_error(&missing, "requester"),
        "Error: Select who is asking for the assessment"
    );
    assert!(missing
        .select_text(".govuk-error-summary a")
        .contains(&"Select who is asking for the assessment".to_owned()));

    let future = answer(
        &mut parent,
        "child-date-of-birth",
        &[("dob_day", "1"), ("dob_month", "1"), ("dob_year", "2090")],
    )
    .await;
    assert_eq!(
        field_error(&future, "dob_day"),
        "Error: Date of birth must be in the past"
    );
    assert!(future.body.contains("value=\"2090\""), "the year is kept");

    let too_old = answer(
        &mut parent,
        "child-date-of-birth",
        &[("dob_day", "1"), ("dob_month", "1"), ("dob_year", "1990")],
    )
    .await;
    assert_eq!(
        field_error(&too_old, "dob_day"),
        "Error: The child or young person must be 25 or younger"
    );

    let long_name = "N".repeat(10_000);
    let named = answer(
        &mut parent,
        "child-name",
        &[
            ("child_first_name", &long_name),
            ("child_last_name", "Brook"),
        ],
    )
    .await;
    assert_eq!(
        field_error(&named, "child_first_name"),
        "Error: This must be 100 characters or fewer"
    );
    assert!(
        named.body.contains(&long_name),
        "the long name is kept to be edited"
    );

    let email = answer(
        &mut parent,
        "contact",
        &[
            ("contact_channel", "email"),
            ("contact_email", "sam.example.org"),
        ],
    )
    .await;
    assert_eq!(
        field_error(&email, "contact_email"),
        "Error: Enter an email address in the right format, like name@example.com"
    );

    // Everything typed, valid or not, is there when the page is opened again.
    let again = parent.get("/apply/contact").await;
    assert!(again.body.contains("value=\"sam.example.org\""));
    let tasks = parent.get("/apply/tasks").await;
    assert!(tasks.body.contains("In progress"));

    // Sending before every section is done names what is missing.
    let check = parent.get("/apply/check").await;
    let refused = parent
        .post("/apply/send", &[("csrf_token", &check.csrf())])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.body.contains("Fill in these sections first"),
        "{}",
        refused.body
    );
}

fn zip_bomb_posing_as_docx() -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options).unwrap();
    let chunk = vec![b' '; 1024 * 1024];
    for _ in 0..40 {
        zip.write_all(&chunk).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

#[tokio::test]
async fn files_are_judged_by_what_they_are_not_what_they_are_called() {
    let app = TestApp::new().await;
    let mut parent = app.browser();
    start(&mut parent).await;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "report.pdf",
            b"MZ\x90\x00\x03 this is a program".to_vec(),
            "The file must be a PDF, a Word file, or a photo (JPG or PNG)",
        ),
        (
            "broken.pdf",
            b"%PDF-1.7\n garbage that stops".to_vec(),
            "The file is damaged and cannot be opened. Try to save it again",
        ),
        (
            "report.docx",
            zip_bomb_posing_as_docx(),
            "The file cannot be opened safely. Try to save it again as a new file",
        ),
        (
            "huge.pdf",
            {
                let mut big = b"%PDF-1.4\n".to_vec();
                big.resize(10 * 1024 * 1024 + 10, b'a');
                big.extend_from_slice(b"\n%%EOF\n");
                big
            },
            "The file must be smaller than 10 MB",
        ),
    ];
    for (name, content, message) in cases {
        let page = parent.get("/apply/evidence").await;
        let refused = parent
            .post_file(
                "/apply/evidence/upload",
                &[("csrf_token", &page.csrf())],
                name,
                &content,
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert_eq!(
            field_error(&refused, "file"),
            format!("Error: {message}"),
            "{name}"
        );
    }
    let listed = parent.get("/apply/evidence").await;
    assert!(listed.body.contains("You have not added any files."));
}

#[tokio::test]
async fn a_request_sent_twice_opens_one_case() {
    let app = TestApp::new().await;
    let mut parent = app.browser();
    start(&mut parent).await;
    fill_in(&mut parent, "none", "twice@example.org").await;
    let check = parent.get("/apply/check").await;
    let csrf = check.csrf();
    let first = parent.post("/apply/send", &[("csrf_token", &csrf)]).await;
    let second = parent.post("/apply/send", &[("csrf_token", &csrf)]).await;
    assert_eq!(first.location(), "/apply/sent");
    assert_eq!(second.location(), "/apply/sent");
    assert_eq!(app.store.count_cases(app.authority).await.unwrap(), 1);
}

#[tokio::test]
async fn an_expired_page_or_request_keeps_what_was_just_typed() {
    let app = TestApp::new().await;
    let mut parent = app.browser();
    start(&mut parent).await;

    // The form's token is gone (cookies cleared): the answer comes back.
    let form = parent.get("/apply/needs").await;
    parent.cookies.remove("tandem_csrf");
    let kept = parent
        .post(
            "/apply/needs",
            &[
                ("csrf_token", &form.csrf()),
                ("needs", "He cannot sit still in class"),
            ],
        )
        .await;
    assert_eq!(kept.status, StatusCode::OK);
    assert!(kept.body.contains("Your page timed out"));
    assert!(kept.body.contains("He cannot sit still in class"));

    // The saved request itself is too old: what was typed starts a new one.
    let form = parent.get("/apply/needs").await;
    app.clock.advance(jiff::SignedDuration::from_hours(29 * 24));
    let restarted = parent
        .post(
            "/apply/needs",
            &[
                ("csrf_token", &form.csrf()),
                ("needs", "She is anxious every morning"),
            ],
        )
        .await;
    assert!(restarted
        .body
        .contains("Your saved answers were too old to keep"));
    let reopened = parent.get("/apply/needs").await;
    assert!(reopened.body.contains("She is anxious every morning"));
}

#[tokio::test]
async fn a_likely_duplicate_is_flagged_to_staff_not_refused() {
    let app = TestApp::new().await;
    for attempt in 0..2 {
        let mut parent = app.browser();
        start(&mut parent).await;
        fill_in(&mut parent, "none", &format!("dup{attempt}@example.org")).await;
        assert_eq!(send(&mut parent).await.location(), "/apply/sent");
    }
    let cases = app
        .store
        .cases(
            app.authority,
            &CaseFilter {
                limit: 10,
                ..CaseFilter::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(cases.len(), 2, "the second request is not refused");
    let mut references: Vec<String> = cases.iter().map(|c| c.reference.clone()).collect();
    references.sort();
    let (mut office, _) = app
        .signed_in(Role::BusinessSupport, "office@example.org")
        .await;
    let second = office.get(&format!("/cases/{}", references[1])).await;
    assert!(
        second
            .select_text(".tandem-duplicate")
            .join(" ")
            .contains(&references[0]),
        "{}",
        second.body
    );
}

#[tokio::test]
async fn a_school_asks_with_the_parents_agreement() {
    let app = TestApp::new().await;
    let mut school = app.browser();
    start(&mut school).await;
    let next = answer(&mut school, "who", &[("requester", "school")]).await;
    assert_eq!(next.location(), "/apply/your-details");
    let refused = answer(
        &mut school,
        "your-details",
        &[
            ("requester_name", "Pat Senco"),
            ("requester_email", "senco@brook.example.org"),
            ("requester_setting", "Brook Primary"),
        ],
    )
    .await;
    assert_eq!(
        field_error(&refused, "parent_agreed"),
        "Error: A school can only ask if the parent or carer agrees. Tick the box to show they agree"
    );
    let agreed = answer(
        &mut school,
        "your-details",
        &[
            ("requester_name", "Pat Senco"),
            ("requester_email", "senco@brook.example.org"),
            ("requester_setting", "Brook Primary"),
            ("parent_agreed", "yes"),
        ],
    )
    .await;
    assert_eq!(agreed.location(), "/apply/child-name");
    let school_id = app.school.0.to_string();
    fill_in(&mut school, &school_id, "family@example.org").await;
    // fill_in answered "who" as a parent; say again that the school asks.
    answer(&mut school, "who", &[("requester", "school")]).await;
    assert_eq!(send(&mut school).await.location(), "/apply/sent");
    let case = app
        .store
        .cases(
            app.authority,
            &CaseFilter {
                limit: 1,
                ..CaseFilter::default()
            },
        )
        .await
        .unwrap()
        .remove(0);
    let events = app.store.events(app.authority, case.id).await.unwrap();
    assert!(
        events[0].payload.to_string().contains("\"School\""),
        "{:?}",
        events[0].payload
    );
    let outbox = app
        .store
        .messages_for_case(app.authority, case.id)
        .await
        .unwrap();
    assert!(outbox
        .iter()
        .any(|m| m.recipient == "senco@brook.example.org"));
    assert!(outbox.iter().any(|m| m.recipient == "family@example.org"));
}

#[tokio::test]
async fn a_saved_request_comes_back_from_its_link_on_another_device() {
    let app = TestApp::new().await;
    let mut parent = app.browser();
    start(&mut parent).await;
    let saved = answer(
        &mut parent,
        "needs",
        &[("needs", "Loud rooms upset him"), ("save_later", "1")],
    )
    .await;
    assert_eq!(saved.location(), "/apply/saved");
    let page = parent.get("/apply/saved").await;
    let link = page.select_text(".tandem-resume-link").join("");
    let path = link.trim_start_matches("http://localhost:8080").to_owned();
    assert!(path.starts_with("/apply/resume/"), "{link}");
    let emailed = parent
        .post(
            "/apply/saved",
            &[("csrf_token", &page.csrf()), ("email", "later@example.org")],
        )
        .await;
    assert!(emailed
        .body
        .contains("We have sent a link to later@example.org"));

    let mut other_device = app.browser();
    let resumed = other_device.get(&path).await;
    assert_eq!(resumed.location(), "/apply/tasks");
    let needs = other_device.get("/apply/needs").await;
    assert!(needs.body.contains("Loud rooms upset him"));

    let mut stranger = app.browser();
    let bad = stranger.get("/apply/resume/not-a-real-secret").await;
    assert_eq!(bad.status, StatusCode::NOT_FOUND);
    assert!(bad.body.contains("This link does not work"));
}

#[tokio::test]
async fn the_pages_speak_the_familys_language() {
    let app = TestApp::new().await;
    let mut parent = app.browser();
    let arabic = parent.get("/apply?lang=ar").await;
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    // The choice is remembered for the pages that follow.
    let next = parent.get("/apply").await;
    assert!(next.body.contains("lang=\"ar\" dir=\"rtl\""));
    let polish = parent.get("/apply?lang=pl").await;
    assert!(polish.body.contains("<html lang=\"pl\" dir=\"ltr\""));
    assert!(
        polish.body.contains("lang=\"so\""),
        "the switcher offers Somali"
    );
    // The statements and the error pages follow the same choice.
    let missing = parent.get("/no-such-page").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.body.contains("<html lang=\"pl\""));
    assert!(!missing.body.contains("Page not found"));
    let statement = parent.get("/accessibility?lang=ar").await;
    assert!(statement.body.contains("<html lang=\"ar\" dir=\"rtl\""));
    assert!(!statement.body.contains("Accessibility statement</h1>"));
}

#[tokio::test]
async fn the_start_page_is_plain_english_with_the_dates_from_today() {
    let app = TestApp::new().await;
    let mut visitor = app.browser();
    let start = visitor.get("/apply").await;
    let text = start.select_text("main").join(" ");
    let score = tandem_web::i18n::flesch_reading_ease(&text);
    println!("start page Flesch reading ease: {score:.1}");
    assert!(score >= 60.0, "Flesch reading ease {score:.1}: {text}");
    for jargon in ["EHC", "SENCo", "SEND ", "Regulation"] {
        assert!(!text.contains(jargon), "{jargon}");
    }
    // The test clock stands on 18 November 2026: 6 and 20 weeks on.
    assert!(text.contains("by 30 December 2026"), "{text}");
    assert!(text.contains("by 7 April 2027"), "{text}");
    assert!(text.contains("advice service for special educational needs"));
}
