//! The family's portal through the real pages: an account confirmed by
//! email, a new password by email, the thread with the coordinator, "all
//! about me", contact preferences and the letters they may read.

use axum::http::StatusCode;
use tandem_domain::role::Role;
use tandem_store::{NewDocument, Store};

use crate::apply::PDF;
use crate::support::{Browser, TestApp, PASSWORD};

/// The link in the newest queued email to `to` whose path starts with `path`.
async fn emailed_link(app: &TestApp, to: &str, path: &str) -> String {
    let due = app
        .store
        .due_messages(jiff::Timestamp::MAX, 500)
        .await
        .unwrap();
    let message = due
        .iter()
        .rev()
        .find(|m| m.recipient == to && m.body.contains(path))
        .unwrap_or_else(|| panic!("no email to {to} with {path}"));
    let start = message.body.find(path).unwrap();
    message.body[start..]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

async fn sign_up(browser: &mut Browser<'_>, email: &str, password: &str) -> String {
    let form = browser.get("/account/sign-up").await;
    let page = browser
        .post(
            "/account/sign-up",
            &[
                ("csrf_token", &form.csrf()),
                ("name", "Sam Brook"),
                ("email", email),
                ("password", password),
                ("password_again", password),
            ],
        )
        .await;
    page.body
}

#[tokio::test]
async fn a_family_signs_up_confirms_their_email_and_signs_in() {
    let app = TestApp::new().await;
    let mut browser = app.browser();

    let form = browser.get("/account/sign-up").await;
    let weak = browser
        .post(
            "/account/sign-up",
            &[
                ("csrf_token", &form.csrf()),
                ("name", "Sam Brook"),
                ("email", "sam@example"),
                ("password", "password"),
                ("password_again", "password"),
            ],
        )
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(weak
        .body
        .contains("Enter an email address in the right format"));
    assert!(weak.body.contains("This password is too easy to guess"));
    assert!(
        weak.body.contains("value=\"Sam Brook\""),
        "the name is kept"
    );

    let sent = sign_up(&mut browser, "sam@example.org", PASSWORD).await;
    assert!(sent.contains("We have sent a link to sam@example.org"));

    // Not yet confirmed: the right password is not enough, and a new link goes out.
    let early = browser.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(early.status, StatusCode::FORBIDDEN);
    assert!(early.body.contains("Confirm your email address first"));

    let link = emailed_link(
        &app,
        "sam@example.org",
        "http://localhost:8080/account/confirm/",
    )
    .await;
    let path = link.trim_start_matches("http://localhost:8080");
    let confirmed = browser.get(path).await;
    assert!(confirmed.body.contains("Your email address is confirmed"));
    let used = browser.get(path).await;
    assert!(
        used.body.contains("This link does not work"),
        "a link works once"
    );

    let signed_in = browser.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(signed_in.location(), "/");
    let cases = browser.get("/cases").await;
    assert!(cases.body.contains("You have not made a request yet."));

    // Signing up again with the same address says the same and changes nothing.
    let mut other = app.browser();
    let again = sign_up(&mut other, "sam@example.org", "another long passphrase").await;
    assert!(again.contains("We have sent a link to sam@example.org"));
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_an_emailed_link_only_for_families() {
    let app = TestApp::new().await;
    app.person(app.authority, Role::Parent, "carer@example.org")
        .await;
    app.person(app.authority, Role::Coordinator, "coord@example.org")
        .await;
    let mut browser = app.browser();
    for email in [
        "carer@example.org",
        "coord@example.org",
        "nobody@example.org",
    ] {
        let form = browser.get("/account/reset").await;
        let page = browser
            .post(
                "/account/reset",
                &[("csrf_token", &form.csrf()), ("email", email)],
            )
            .await;
        assert!(page
            .body
            .contains(&format!("If there is an account for {email}")));
    }
    let due = app
        .store
        .due_messages(jiff::Timestamp::MAX, 50)
        .await
        .unwrap();
    assert!(
        due.iter().all(|m| m.recipient == "carer@example.org"),
        "staff reset with their administrator"
    );

    let link = emailed_link(
        &app,
        "carer@example.org",
        "http://localhost:8080/account/new-password/",
    )
    .await;
    let path = link.trim_start_matches("http://localhost:8080").to_owned();
    let form = browser.get(&path).await;
    let short = browser
        .post(
            &path,
            &[
                ("csrf_token", &form.csrf()),
                ("password", "short"),
                ("password_again", "short"),
            ],
        )
        .await;
    assert!(short
        .body
        .contains("Your password must be 8 characters or more"));
    let new_password = "heron quartz meadow lantern";
    let saved = browser
        .post(
            &path,
            &[
                ("csrf_token", &form.csrf()),
                ("password", new_password),
                ("password_again", new_password),
            ],
        )
        .await;
    assert!(
        saved.body.contains("Your password is saved"),
        "{}",
        saved.body
    );
    assert_eq!(
        browser
            .sign_in("carer@example.org", new_password)
            .await
            .location(),
        "/"
    );
}

#[tokio::test]
async fn family_and_coordinator_write_to_each_other_and_the_family_adds_evidence_and_views() {
    let app = TestApp::new().await;
    let (mut parent, parent_id) = app.signed_in(Role::Parent, "mum@example.org").await;
    let case = app
        .case(app.authority, "NBC-2026-00007", &[parent_id])
        .await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "coord@example.org").await;

    let thread = parent.get("/cases/NBC-2026-00007/conversation").await;
    assert!(thread.body.contains("There are no messages yet."));
    let empty = parent
        .post(
            "/cases/NBC-2026-00007/conversation",
            &[("csrf_token", &thread.csrf()), ("message", "  ")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Enter a message"));
    let sent = parent
        .post(
            "/cases/NBC-2026-00007/conversation",
            &[
                ("csrf_token", &thread.csrf()),
                ("message", "Is there news? <script>x</script>"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);

    let staff_view = coordinator.get("/cases/NBC-2026-00007").await;
    assert!(staff_view.body.contains("Messages with the family (1)"));
    let staff_thread = coordinator.get("/cases/NBC-2026-00007/conversation").await;
    assert!(staff_thread
        .select_text(".tandem-thread")
        .join(" ")
        .contains("Is there news? <script>x</script>"));
    assert!(!staff_thread.body.contains("<script>x</script>"));
    coordinator
        .post(
            "/cases/NBC-2026-00007/conversation",
            &[
                ("csrf_token", &staff_thread.csrf()),
                ("message", "Yes: the panel meets on Friday."),
            ],
        )
        .await;
    let outbox = app
        .store
        .messages_for_case(app.authority, case)
        .await
        .unwrap();
    assert!(outbox
        .iter()
        .any(|m| m.recipient == "mum@example.org" && m.subject.contains("New message")));
    assert!(parent
        .get("/cases/NBC-2026-00007/conversation")
        .await
        .body
        .contains("the panel meets on Friday"));

    // Evidence: checked as on the request form, shown back on the tracker.
    let tracker = parent.get("/cases/NBC-2026-00007").await;
    let refused = parent
        .post_file(
            "/cases/NBC-2026-00007/documents",
            &[("csrf_token", &tracker.csrf())],
            "x.pdf",
            b"MZ program",
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused
        .body
        .contains("The file must be a PDF, a Word file, or a photo"));
    let added = parent
        .post_file(
            "/cases/NBC-2026-00007/documents",
            &[("csrf_token", &tracker.csrf())],
            "school-report.pdf",
            PDF,
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    // A staff-only document stays staff-only.
    let private = NewDocument {
        name: "panel-notes.txt".into(),
        content_type: "text/plain; charset=utf-8".into(),
        content: b"internal".to_vec(),
        uploaded_by: None,
        family_visible: false,
    };
    let hidden = app
        .store
        .add_document(app.authority, case, &private)
        .await
        .unwrap();
    let tracker = parent.get("/cases/NBC-2026-00007").await;
    let listed = tracker.select_text(".tandem-family-documents li");
    assert_eq!(listed, ["school-report.pdf"]);
    assert_eq!(
        parent
            .get(&format!("/cases/NBC-2026-00007/documents/{hidden}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let shared = app.store.documents(app.authority, case).await.unwrap()[0].id;
    assert_eq!(
        parent
            .get(&format!("/cases/NBC-2026-00007/documents/{shared}"))
            .await
            .status,
        StatusCode::OK
    );

    // All about me, read by staff on the case page.
    let views = parent.get("/cases/NBC-2026-00007/views").await;
    let saved = parent
        .post(
            "/cases/NBC-2026-00007/views",
            &[
                ("csrf_token", &views.csrf()),
                ("admired", "Funny and kind"),
                ("important", "His grandad"),
                ("hopes", "To play football"),
                ("support", "Warn him before changes"),
            ],
        )
        .await;
    assert!(saved.body.contains("Your answers are saved"));
    assert!(coordinator
        .get("/cases/NBC-2026-00007")
        .await
        .body
        .contains("Warn him before changes"));
    assert_eq!(
        coordinator.get("/cases/NBC-2026-00007/views").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn contact_preferences_change_the_language_of_the_pages() {
    let app = TestApp::new().await;
    let (mut parent, id) = app.signed_in(Role::Parent, "lang@example.org").await;
    let form = parent.get("/account/contact").await;
    let saved = parent
        .post(
            "/account/contact",
            &[
                ("csrf_token", &form.csrf()),
                ("channel", "post"),
                ("language", "pl"),
            ],
        )
        .await;
    assert!(saved.body.contains("<html lang=\"pl\""));
    let prefs = app
        .store
        .contact_preferences(app.authority, id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (prefs.channel.as_str(), prefs.language.as_str()),
        ("post", "pl")
    );
    // On another device, signing in brings the chosen language back.
    let mut other = app.browser();
    other.sign_in("lang@example.org", PASSWORD).await;
    assert!(other.get("/cases").await.body.contains("<html lang=\"pl\""));
}

#[tokio::test]
async fn staff_share_a_letter_with_the_family_and_keep_notes_to_themselves() {
    let app = TestApp::new().await;
    let (mut parent, parent_id) = app.signed_in(Role::Parent, "share@example.org").await;
    app.case(app.authority, "NBC-2026-00021", &[parent_id])
        .await;
    let (mut office, _) = app
        .signed_in(Role::BusinessSupport, "office@example.org")
        .await;
    let page = office.get("/cases/NBC-2026-00021").await;
    office
        .post_file(
            "/cases/NBC-2026-00021/documents",
            &[("csrf_token", &page.csrf()), ("share", "family")],
            "decision-letter.pdf",
            PDF,
        )
        .await;
    office
        .post_file(
            "/cases/NBC-2026-00021/documents",
            &[("csrf_token", &page.csrf())],
            "panel-notes.pdf",
            PDF,
        )
        .await;
    let tracker = parent.get("/cases/NBC-2026-00021").await;
    assert_eq!(
        tracker.select_text(".tandem-family-documents li"),
        ["decision-letter.pdf"]
    );
}

#[tokio::test]
async fn the_familys_own_actions_on_a_case_are_in_their_language() {
    let app = TestApp::new().await;
    let (mut parent, parent_id) = app.signed_in(Role::Parent, "polish@example.org").await;
    app.case(app.authority, "NBC-2026-00022", &[parent_id])
        .await;
    let form = parent
        .get("/cases/NBC-2026-00022/actions/record-meeting-request?lang=pl")
        .await;
    // Shown with the reason it is not open yet, in the family's language.
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("<html lang=\"pl\""));
    assert!(form.body.contains("Wyślij"));
    assert_eq!(
        form.select_text("h1"),
        [
            tandem_web::i18n::Tr::new(tandem_domain::request_form::Language::Polish)
                .t("action-meeting")
        ]
    );
}
