//! A case from request to final plan through the pages a coordinator and a
//! family use, and the ways a form is refused without recording anything.

use axum::http::StatusCode;
use jiff::SignedDuration;
use tandem_domain::ids::CaseId;
use tandem_domain::role::Role;
use tandem_store::Store;

use crate::support::{Browser, Page, TestApp, PASSWORD};

const REF: &str = "NBC-2026-00100";

fn input(page: &Page, name: &str) -> String {
    let selector = scraper::Selector::parse(&format!("input[name='{name}']")).unwrap();
    let html = page.html();
    let found = html.select(&selector).next();
    found
        .and_then(|e| e.value().attr("value"))
        .unwrap_or_default()
        .to_owned()
}

/// Opens the action's form, as a person would, and sends it with the
/// prefilled date, the version it was shown at and `fields`.
async fn act(browser: &mut Browser<'_>, slug: &str, fields: &[(&str, &str)]) -> Page {
    let path = format!("/cases/{REF}/actions/{slug}");
    let form = browser.get(&path).await;
    assert_eq!(form.status, StatusCode::OK, "{slug}: {}", form.body);
    send(browser, &form, slug, fields).await
}

async fn send(browser: &mut Browser<'_>, form: &Page, slug: &str, fields: &[(&str, &str)]) -> Page {
    let mut body: Vec<(String, String)> =
        ["csrf_token", "version", "on-day", "on-month", "on-year"]
            .iter()
            .map(|n| (n.to_string(), input(form, n)))
            .collect();
    for (name, value) in fields {
        body.retain(|(n, _)| n != name);
        body.push((name.to_string(), value.to_string()));
    }
    let pairs: Vec<(&str, &str)> = body.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    browser
        .post(&format!("/cases/{REF}/actions/{slug}"), &pairs)
        .await
}

async fn done(browser: &mut Browser<'_>, slug: &str, fields: &[(&str, &str)]) {
    let page = act(browser, slug, fields).await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "{slug} was not accepted: {}",
        page.body
    );
    assert_eq!(page.location(), format!("/cases/{REF}?saved={slug}"));
}

/// Issues the plan through its own page: a first version drafted from the
/// evidence when there is none, and a reason for the faults it has.
async fn issue_plan(browser: &mut Browser<'_>, stage: &str, fields: &[(&str, &str)]) {
    let plan = browser.get(&format!("/cases/{REF}/plan")).await;
    if plan.body.contains("Save this draft as version 1") {
        let csrf = plan.csrf();
        let saved = browser
            .post(
                &format!("/cases/{REF}/plan/draft"),
                &[("csrf_token", &csrf), ("after", "0")],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let path = format!("/cases/{REF}/plan/issue/{stage}");
    let form = browser.get(&path).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let csrf = form.csrf();
    let mut body = vec![
        ("csrf_token", csrf.as_str()),
        ("reason", "No documents were uploaded in this test"),
    ];
    body.extend_from_slice(fields);
    let issued = browser.post(&path, &body).await;
    assert_eq!(issued.status, StatusCode::SEE_OTHER, "{}", issued.body);
}

async fn event_count(app: &TestApp, case: CaseId) -> usize {
    app.store.events(app.authority, case).await.unwrap().len()
}

async fn tracker(family: &mut Browser<'_>) -> String {
    let page = family.get(&format!("/cases/{REF}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
}

#[tokio::test]
async fn a_coordinator_takes_a_case_from_request_to_final_plan_and_the_family_follows_it() {
    let app = TestApp::new().await;
    let (mut coordinator, me) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let (mut parent, parent_id) = app.signed_in(Role::Parent, "p@example.test").await;
    let case = app.case(app.authority, REF, &[parent_id]).await;
    let school = app.school.0.to_string();

    let page = coordinator.get(&format!("/cases/{REF}")).await;
    assert!(page
        .select_text(".tandem-actions a")
        .contains(&"Allocate a coordinator".to_owned()));
    assert!(page
        .body
        .contains("There are no documents on this case yet"));
    assert!(tracker(&mut parent)
        .await
        .contains("We will tell you soon who your coordinator is"));

    done(
        &mut coordinator,
        "allocate-coordinator",
        &[("coordinator_id", &me.0.to_string())],
    )
    .await;
    let page = coordinator
        .get(&format!("/cases/{REF}?saved=allocate-coordinator"))
        .await;
    assert_eq!(
        page.select_text(".govuk-notification-banner__heading"),
        ["Saved: Coordinator allocated: Coordinator c"]
    );
    assert!(tracker(&mut parent)
        .await
        .contains("Your coordinator is Coordinator c."));

    let reasons = "The evidence from school shows needs that may call for a plan";
    done(
        &mut coordinator,
        "decide-whether-to-assess",
        &[("assess", "yes"), ("reasons", reasons)],
    )
    .await;
    let seen = tracker(&mut parent).await;
    assert!(seen.contains("We decided whether to assess on"), "{seen}");
    assert!(
        seen.contains(reasons),
        "decision reasons are in the family's letter, so on their tracker"
    );

    let advisers = [
        ("ParentOrYoungPerson", "The family"),
        ("Educational", "Brook Primary"),
        ("Medical", "Community paediatrics"),
        ("Psychological", "Educational psychology service"),
        ("SocialCare", "Children's social care"),
    ];
    for (kind, adviser) in advisers {
        done(
            &mut coordinator,
            "request-advice",
            &[("kind", kind), ("adviser", adviser)],
        )
        .await;
    }
    let seen = tracker(&mut parent).await;
    assert!(
        seen.contains("Psychological advice from Educational psychology service is due by"),
        "{seen}"
    );
    for n in 1..=5 {
        done(
            &mut coordinator,
            "receive-advice",
            &[("advice_id", &n.to_string())],
        )
        .await;
    }
    assert!(tracker(&mut parent)
        .await
        .contains("Psychological advice from Educational psychology service arrived on"));

    done(
        &mut coordinator,
        "decide-whether-to-issue",
        &[("issue", "yes"), ("reasons", "Needs call for a plan")],
    )
    .await;
    issue_plan(&mut coordinator, "draft", &[]).await;
    let seen = parent.get(&format!("/cases/{REF}")).await;
    assert!(seen.body.contains("to comment on the draft plan"));
    let next = seen.select_text(".tandem-next a");
    assert!(
        next.contains(&"Comment on the draft plan".to_owned()),
        "{next:?}"
    );

    // The family's own steps, through the same forms.
    let comments = "We would like more speech and language therapy";
    let sent = act(&mut parent, "record-comments", &[("summary", comments)]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let thanked = parent.get(sent.location()).await;
    assert!(thanked.body.contains("Thank you. We have received it."));
    done(&mut parent, "record-preference", &[("school_id", &school)]).await;

    done(
        &mut coordinator,
        "consult-school",
        &[("school_id", &school)],
    )
    .await;
    let internal = "Staffing note: the Year 3 teaching assistant post is vacant";
    let response = [
        ("school_id", school.as_str()),
        ("response", "CanMeetNeeds"),
        ("reasons", internal),
    ];
    done(&mut coordinator, "record-school-response", &response).await;
    assert!(tracker(&mut parent)
        .await
        .contains("Brook Primary replied on"));

    // The family's 15 days on the draft run out; both sessions have ended by then.
    app.clock.advance(SignedDuration::from_hours(24 * 16));
    coordinator.sign_in("c@example.test", PASSWORD).await;
    parent.sign_in("p@example.test", PASSWORD).await;
    issue_plan(&mut coordinator, "final", &[("placement_school", &school)]).await;
    assert_eq!(event_count(&app, case).await, 20);

    let seen = parent.get(&format!("/cases/{REF}")).await;
    assert!(seen.body.contains("We sent you the final plan on"));
    assert!(seen.body.contains("The plan is in place"));
    assert!(
        !seen.body.contains(internal),
        "the school's reply is not shared with the family"
    );
    assert!(
        seen.select_text("h2").iter().all(|h| h != "History"),
        "no staff history for families"
    );

    let staff = coordinator.get(&format!("/cases/{REF}")).await;
    let history = staff.select_text(".tandem-history li");
    assert!(
        history
            .iter()
            .any(|h| h.contains("Final plan issued, naming Brook Primary")),
        "{history:?}"
    );
    assert!(
        history.iter().any(|h| h.contains(internal)),
        "staff see the school's reasons"
    );
    let received = "Psychological advice from Educational psychology service received";
    assert!(history.iter().any(|h| h.contains(received)), "{history:?}");
    assert!(staff
        .select_text(".tandem-timeline td")
        .contains(&"Final plan issued (20 weeks)".to_owned()));
    assert!(
        !staff.body.contains("AdviceId("),
        "milestones have labels, not debug strings"
    );
}

#[tokio::test]
async fn a_form_sent_twice_gets_the_conflict_message_and_records_once() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, REF, &[]).await;
    let form = coordinator
        .get(&format!("/cases/{REF}/actions/decide-whether-to-assess"))
        .await;
    let fields = [("assess", "yes"), ("reasons", "Evidence of need")];
    let first = send(&mut coordinator, &form, "decide-whether-to-assess", &fields).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let again = send(&mut coordinator, &form, "decide-whether-to-assess", &fields).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert_eq!(again.select_text("h1"), ["This case has changed"]);
    assert_eq!(event_count(&app, case).await, 2);
}

#[tokio::test]
async fn a_date_in_the_future_is_refused_on_its_field_and_what_was_typed_is_kept() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let case = app.case(app.authority, REF, &[]).await;
    let next_year = "2099".to_owned();
    let fields = [
        ("on-year", next_year.as_str()),
        ("assess", "no"),
        ("reasons", "Needs are met at school"),
    ];
    let page = act(&mut coordinator, "decide-whether-to-assess", &fields).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = page.select_text("#on-error");
    assert_eq!(error.len(), 1);
    assert!(error[0].contains("is in the future"), "{error:?}");
    assert_eq!(page.select_text(".govuk-error-summary__list a").len(), 1);
    assert_eq!(input(&page, "on-year"), next_year);
    assert_eq!(
        page.select_text("textarea#reasons"),
        ["Needs are met at school"]
    );
    assert_eq!(event_count(&app, case).await, 1);
}

#[tokio::test]
async fn a_missing_choice_is_an_error_on_its_field() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    app.case(app.authority, REF, &[]).await;
    let page = act(
        &mut coordinator,
        "decide-whether-to-assess",
        &[("reasons", "Some reasons")],
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page.select_text("#assess-error"),
        ["Error: Select whether the council will assess"]
    );
}

#[tokio::test]
async fn a_family_member_cannot_reach_the_staff_action_pages() {
    let app = TestApp::new().await;
    let (mut parent, me) = app.signed_in(Role::Parent, "p@example.test").await;
    let case = app.case(app.authority, REF, &[me]).await;
    let path = format!("/cases/{REF}/actions/decide-whether-to-assess");
    assert_eq!(parent.get(&path).await.status, StatusCode::FORBIDDEN);
    let csrf = parent.get("/cases").await.csrf();
    let fields = [
        ("csrf_token", csrf.as_str()),
        ("version", "1"),
        ("assess", "yes"),
        ("reasons", "x"),
    ];
    assert_eq!(
        parent.post(&path, &fields).await.status,
        StatusCode::FORBIDDEN
    );
    let comment = format!("/cases/{REF}/actions/record-comments");
    let page = parent.get(&comment).await;
    assert_eq!(page.status, StatusCode::OK, "the family's own form opens");
    assert!(
        !page.select_text(".govuk-error-summary__list a").is_empty(),
        "but says it is not open yet"
    );
    assert_eq!(event_count(&app, case).await, 1);
}

#[tokio::test]
async fn another_authoritys_case_and_unknown_actions_are_not_found() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    app.case(app.other_authority, "SMC-2026-00001", &[]).await;
    app.case(app.authority, REF, &[]).await;
    let other = coordinator
        .get("/cases/SMC-2026-00001/actions/decide-whether-to-assess")
        .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    let unknown = coordinator
        .get(&format!("/cases/{REF}/actions/launch-rockets"))
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_action_open_on_a_case_has_a_form() {
    let app = TestApp::new().await;
    let (mut manager, _) = app.signed_in(Role::Manager, "m@example.test").await;
    app.case(app.authority, REF, &[]).await;
    let page = manager.get(&format!("/cases/{REF}")).await;
    let links: Vec<String> = {
        let selector = scraper::Selector::parse(".tandem-actions a").unwrap();
        let html = page.html();
        html.select(&selector)
            .filter_map(|a| a.value().attr("href").map(str::to_owned))
            .collect()
    };
    assert!(links.len() >= 4, "{links:?}");
    for link in links {
        let form = manager.get(&link).await;
        assert_eq!(form.status, StatusCode::OK, "{link}");
        assert!(
            form.select_text(".govuk-error-summary").is_empty(),
            "{link} is open"
        );
    }
}
