//! The coordinator's review of the suggestions: each decision kept as a
//! case event, a stale form refused with what was typed, and the report
//! that counts the reviews.

use axum::http::StatusCode;
use tandem_domain::role::Role;
use tandem_store::Store;

use super::*;

#[tokio::test]
async fn a_review_keeps_each_decision_as_an_event_and_the_page_shows_the_corrections() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, "NBC-2026-00064", &[]).await;
    let past = app.case(app.authority, "NBC-2026-00065", &[]).await;
    upload(
        &mut coordinator,
        "NBC-2026-00064",
        "ep.txt",
        ADVICE.as_bytes(),
    )
    .await;
    upload(
        &mut coordinator,
        "NBC-2026-00065",
        "ep.txt",
        ADVICE.as_bytes(),
    )
    .await;
    analysed(&app, case).await;
    analysed(&app, past).await;
    let page = coordinator.get("/cases/NBC-2026-00064").await;
    assert_eq!(
        attr(&page, ".tandem-review-link", "href"),
        ["/cases/NBC-2026-00064/findings/review"]
    );
    let before = app.store.events(app.authority, case).await.unwrap().len();

    let saved = review_with_corrections(&mut coordinator, "NBC-2026-00064").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location(),
        "/cases/NBC-2026-00064?saved=findings#findings"
    );
    let events = app.store.events(app.authority, case).await.unwrap();
    assert_eq!(events.len(), before + 1);
    let event = events.last().unwrap();
    assert_eq!(event.event_type, "FindingsReviewed");
    let decisions = event.payload["decisions"].as_array().unwrap();
    assert!(
        decisions.len() >= 24,
        "every suggestion: {}",
        decisions.len()
    );
    let audit = app.store.audit_log(app.authority, 20).await.unwrap();
    assert!(audit
        .iter()
        .any(|e| e.action == "reviewed engine suggestions"
            && e.case == Some(case)
            && e.detail.contains("4 corrected")));
    let need = &decisions[0];
    assert_eq!(need["finding"]["kind"], "primary_need");
    assert_eq!(
        (need["suggested"].as_str(), need["decided"].as_str()),
        (Some("ASD"), Some("SLCN"))
    );

    let page = coordinator
        .get("/cases/NBC-2026-00064?saved=findings")
        .await;
    let corrected: Vec<_> = decisions
        .iter()
        .filter(|d| d["suggested"] != d["decided"])
        .collect();
    assert_eq!(corrected.len(), 4, "{corrected:?}");
    let banner = format!(
        "Saved: Reviewed Tandem's suggestions: {} accepted, 4 corrected",
        decisions.len() - 4
    );
    assert_eq!(
        page.select_text(".govuk-notification-banner__heading"),
        [banner]
    );
    let history = page.select_text("[data-event=FindingsReviewed]");
    assert_eq!(history.len(), 1);
    assert!(history[0].contains("Primary need: ASD: autistic spectrum disorder corrected to SLCN: speech, language and communication needs (The speech and language therapist's report is newer)"), "{}", history[0]);
    let marks = page.select_text(".tandem-findings .tandem-reviewed");
    assert_eq!(
        marks[0],
        "Reviewed: corrected to SLCN: speech, language and communication needs"
    );
    let rows = page.select_text(".tandem-questions tbody tr");
    let autism = rows
        .iter()
        .find(|r| r.starts_with("How much do autistic traits affect them?"))
        .unwrap();
    assert!(autism.contains("corrected to 1 (mild)"), "{autism}");
    assert!(rows.iter().any(|r| r.contains("accepted")));
    let provision = page.select_text(".tandem-provision tbody tr");
    assert!(provision
        .iter()
        .any(|r| r.starts_with("SP6: quiet place") && r.contains("corrected to not needed")));
    assert!(provision
        .iter()
        .any(|r| r.starts_with("SP8: liaison service") && r.contains("added at review")));

    // The past case is found by its reviewed values: now the other's
    // primary need is SLCN, theirs no longer matches exactly.
    let other = coordinator.get("/cases/NBC-2026-00065").await;
    let row = other.select_text(".tandem-similar tbody tr")[0].clone();
    assert!(row.contains("SLCN"), "{row}");
    assert!(row.contains("As reviewed by a coordinator"), "{row}");
    assert!(row.contains("SP8: liaison service"), "{row}");
}

#[tokio::test]
async fn a_stale_review_form_saves_nothing_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let (mut coordinator, me) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, "NBC-2026-00066", &[]).await;
    upload(
        &mut coordinator,
        "NBC-2026-00066",
        "ep.txt",
        ADVICE.as_bytes(),
    )
    .await;
    let form = coordinator
        .get("/cases/NBC-2026-00066/findings/review")
        .await;
    let mut values = form_values(&form);
    set(&mut values, "primary-need", "SEMH");
    set(
        &mut values,
        "primary-need-reason",
        "Typed before the case moved on",
    );

    // Meanwhile the case is allocated through its own form.
    let allocate = coordinator
        .get("/cases/NBC-2026-00066/actions/allocate-coordinator")
        .await;
    let mut fields = vec![
        ("csrf_token".to_owned(), allocate.csrf()),
        ("coordinator_id".to_owned(), me.0.to_string()),
    ];
    for name in ["version", "on-day", "on-month", "on-year"] {
        fields.push((
            name.to_owned(),
            attr(&allocate, &format!("input[name='{name}']"), "value")[0].clone(),
        ));
    }
    let allocated = post_pairs(
        &mut coordinator,
        "/cases/NBC-2026-00066/actions/allocate-coordinator",
        &fields,
    )
    .await;
    assert_eq!(
        allocated.status,
        StatusCode::SEE_OTHER,
        "{}",
        allocated.body
    );
    let before = app.store.events(app.authority, case).await.unwrap().len();

    let refused = send_review(&mut coordinator, "NBC-2026-00066", &values).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused
        .body
        .contains("Nothing was saved: this case changed while you were working on it"));
    assert_eq!(
        attr(&refused, "#primary-need-reason", "value"),
        ["Typed before the case moved on"]
    );
    assert_eq!(
        attr(&refused, "#primary-need option[selected]", "value"),
        ["SEMH"]
    );
    assert_eq!(
        app.store.events(app.authority, case).await.unwrap().len(),
        before
    );

    // A document added since also makes the form stale: the suggestions
    // it showed are not the ones there are now.
    let again = form_values(&refused);
    upload(
        &mut coordinator,
        "NBC-2026-00066",
        "school.txt",
        b"Sam enjoys trains and painting.",
    )
    .await;
    let refused = send_review(&mut coordinator, "NBC-2026-00066", &again).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);

    let saved = send_review(&mut coordinator, "NBC-2026-00066", &form_values(&refused)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let events = app.store.events(app.authority, case).await.unwrap();
    assert_eq!(events.last().unwrap().event_type, "FindingsReviewed");
    assert_eq!(
        events.last().unwrap().payload["decisions"][0]["reason"],
        "Typed before the case moved on"
    );
}

#[tokio::test]
async fn the_report_counts_how_often_suggestions_were_accepted() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let (mut finance, _) = app.signed_in(Role::Finance, "f@example.test").await;
    let (mut support, _) = app.signed_in(Role::BusinessSupport, "b@example.test").await;
    let empty = coordinator.get("/reports/engine").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.body.contains("No one has reviewed"));
    app.case(app.authority, "NBC-2026-00070", &[]).await;
    upload(
        &mut coordinator,
        "NBC-2026-00070",
        "ep.txt",
        ADVICE.as_bytes(),
    )
    .await;
    let saved = review_with_corrections(&mut coordinator, "NBC-2026-00070").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let report = finance.get("/reports/engine").await;
    assert_eq!(report.status, StatusCode::OK);
    let rows = report.select_text(".tandem-engine-kinds tbody tr");
    assert_eq!(rows[0], "Primary need 1 0 1 0%");
    assert_eq!(rows[2], "Whether a plan looks needed 1 1 0 100%");
    assert!(
        rows[3].starts_with("The 20 questions' levels 20 19 1 95%"),
        "{rows:?}"
    );
    assert!(report.select_text("svg title")[0].contains("Share of Tandem's suggestions accepted"));
    assert!(report.select_text("svg desc")[0].contains("Primary need: 0% accepted."));
    let events = app
        .store
        .events_of_type(app.authority, "FindingsReviewed")
        .await
        .unwrap();
    let autism = events[0].payload["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["finding"]["key"] == "asd")
        .unwrap()["suggested"]
        .as_str()
        .unwrap()
        .parse::<f64>()
        .unwrap();
    assert_eq!(
        report.select_text(".tandem-mean-correction"),
        [format!("{:.2}", (autism - 1.0).abs() / 20.0)]
    );
    let provision = report.select_text(".tandem-engine-provision dd");
    let suggested: usize = provision[0].parse().unwrap();
    assert_eq!(
        provision[1],
        suggested.to_string(),
        "one removed, one added"
    );
    assert_eq!(provision[2], (suggested - 1).to_string());
    // The one analysed case makes one need cluster, with it as the example.
    let clusters = report.select_text(".tandem-need-clusters tbody tr");
    assert_eq!(clusters.len(), 1, "{clusters:?}");
    assert!(clusters[0].starts_with("1 1 "), "{clusters:?}");
    assert!(clusters[0].contains("NBC-2026-00070"), "{clusters:?}");
    assert!(report.select_text("#clusters-chart-desc")[0].contains(": 1 cases."));
    assert_eq!(
        support.get("/reports/engine").await.status,
        StatusCode::FORBIDDEN
    );
    assert!(coordinator
        .get("/cases")
        .await
        .select_text("nav a")
        .contains(&"Engine suggestions".to_owned()));
}
