//! A case's plan from advice to the final plan through the pages: drafted
//! from the evidence, edited section by section with every save a version,
//! compared, refused at issue until the faults are answered, commented on by
//! the family section by section and answered, banded at panel, issued as a
//! final plan that is then locked, and downloaded as Word and PDF.

use axum::http::StatusCode;
use jiff::SignedDuration;
use tandem_domain::case::{decide, AdviceId, AdviceKind, CaseState, Command};
use tandem_domain::ids::CaseId;
use tandem_domain::role::Role;
use tandem_store::read_model::{project, to_case_events, to_new_events};
use tandem_store::{NewDocument, Store};
use tandem_web::Clock;

use crate::support::{Browser, Page, TestApp, PASSWORD};

const REF: &str = "NBC-2026-00300";

const ADVICE: &str = "Psychological advice for the child.\n\n\
The child has a diagnosis of autism spectrum condition and finds it hard to understand what others say.\n\
Her expressive language is well below that expected for her age and she speaks in short phrases.\n\
Her reading is at the level of a much younger child and she has specific difficulties with phonics.\n\
She becomes very anxious in noisy rooms and often hides under the table.\n\
She benefits from a visual timetable, Makaton signing and a quiet place to calm down.\n";

/// Moves the case on as the journey's forms would, straight through the
/// domain: the plan pages are what this test is about.
async fn advance(app: &TestApp, case: CaseId, commands: Vec<Command>) {
    for command in commands {
        let stored = app.store.events(app.authority, case).await.unwrap();
        let state = CaseState::from_events(&to_case_events(&stored).unwrap());
        let today = tandem_domain::clock::london_date(app.clock.now());
        let events = decide(&state, command, today).unwrap();
        let mut next = state.clone();
        for e in &events {
            next.apply(e);
        }
        let new = to_new_events(&events, None, app.clock.now()).unwrap();
        app.store
            .append_events(
                app.authority,
                case,
                stored.len() as i64,
                &new,
                &project(&next, today),
                &[],
            )
            .await
            .unwrap();
    }
}

fn attr(page: &Page, selector: &str, attr: &str) -> String {
    let selector = scraper::Selector::parse(selector).unwrap();
    page.html()
        .select(&selector)
        .next()
        .and_then(|e| e.value().attr(attr))
        .unwrap_or_default()
        .to_owned()
}

fn csrf(page: &Page) -> String {
    attr(page, "input[name='csrf_token']", "value")
}

/// Every field of the first form on `page` with its value, as a browser
/// would send it (checkboxes only when ticked).
fn form_fields(page: &Page, action: &str) -> Vec<(String, String)> {
    let html = page.html();
    let form = scraper::Selector::parse(&format!("form[action='{action}']")).unwrap();
    let fields = scraper::Selector::parse("input, textarea, select").unwrap();
    let option = scraper::Selector::parse("option[selected]").unwrap();
    let Some(form) = html.select(&form).next() else {
        panic!("no form {action} on {}", page.body)
    };
    form.select(&fields)
        .filter_map(|e| {
            let name = e.value().attr("name")?.to_owned();
            let value = match e.value().name() {
                "textarea" => e.text().collect(),
                "select" => e
                    .select(&option)
                    .next()
                    .and_then(|o| o.value().attr("value"))
                    .unwrap_or_default()
                    .to_owned(),
                _ if e.value().attr("type") == Some("checkbox") => {
                    e.value().attr("checked")?;
                    e.value().attr("value").unwrap_or("on").to_owned()
                }
                _ => e.value().attr("value").unwrap_or_default().to_owned(),
            };
            Some((name, value))
        })
        .collect()
}

async fn send(browser: &mut Browser<'_>, action: &str, fields: &[(String, String)]) -> Page {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    browser.post(action, &pairs).await
}

fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(n, _)| n != name);
    fields.push((name.to_owned(), value.to_owned()));
}

async fn edit_section(
    browser: &mut Browser<'_>,
    section: &str,
    changes: &[(&str, &str)],
) -> (Vec<(String, String)>, Page) {
    let path = format!("/cases/{REF}/plan/sections/{section}");
    let form = browser.get(&path).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let mut fields = form_fields(&form, &path);
    for (name, value) in changes {
        set(&mut fields, name, value);
    }
    let sent = send(browser, &path, &fields).await;
    (fields, sent)
}

#[tokio::test]
async fn a_plan_goes_from_advice_to_an_issued_final_plan_through_the_pages() {
    let app = TestApp::new().await;
    let (mut coordinator, me) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let (mut other, _) = app.signed_in(Role::Coordinator, "c2@example.test").await;
    let (mut panel, _) = app.signed_in(Role::PanelMember, "panel@example.test").await;
    let (mut parent, parent_id) = app.signed_in(Role::Parent, "p@example.test").await;
    let case = app.case(app.authority, REF, &[parent_id]).await;
    let today = tandem_domain::clock::london_date(app.clock.now());
    let mut commands = vec![
        Command::AllocateCoordinator {
            on: today,
            coordinator_id: me.0,
        },
        Command::DecideWhetherToAssess {
            on: today,
            assess: true,
            reasons: "Evidence of need".into(),
        },
    ];
    for kind in AdviceKind::REQUIRED {
        commands.push(Command::RequestAdvice {
            on: today,
            kind,
            adviser: format!("{kind:?} adviser"),
            adviser_id: None,
        });
    }
    for n in 1..=5 {
        commands.push(Command::ReceiveAdvice {
            on: today,
            advice_id: AdviceId(n),
        });
    }
    commands.push(Command::DecideWhetherToIssue {
        on: today,
        issue: true,
        reasons: "Needs call for a plan".into(),
    });
    advance(&app, case, commands).await;
    let advice = NewDocument {
        name: "ep-advice.txt".into(),
        content_type: "text/plain; charset=utf-8".into(),
        content: ADVICE.as_bytes().to_vec(),
        uploaded_by: None,
        family_visible: false,
    };
    app.store
        .add_document(app.authority, case, &advice)
        .await
        .unwrap();

    // Drafted from the evidence, then saved as version 1.
    let page = coordinator.get(&format!("/cases/{REF}/plan")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page
        .body
        .contains("No version of the plan has been saved yet"));
    assert!(
        page.body.contains("ep-advice.txt"),
        "statements cite their document"
    );
    let saved = send(
        &mut coordinator,
        &format!("/cases/{REF}/plan/draft"),
        &[
            ("csrf_token".into(), csrf(&page)),
            ("after".into(), "0".into()),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = coordinator.get(saved.location()).await;
    assert_eq!(
        page.select_text(".govuk-notification-banner__heading"),
        ["Version 1 saved."]
    );
    let faults = page.select_text(".tandem-plan-faults a");
    assert!(
        faults.iter().any(|f| f.contains("Section A is empty")),
        "{faults:?}"
    );
    assert_eq!(
        attr(&page, ".tandem-plan-faults a", "href"),
        format!("/cases/{REF}/plan/sections/A"),
        "each fault links to the form that fixes it"
    );

    // Issuing with faults and no reason is refused, with the faults listed.
    let issue = coordinator
        .get(&format!("/cases/{REF}/plan/issue/draft"))
        .await;
    assert!(!issue.select_text(".tandem-plan-faults a").is_empty());
    let refused = send(
        &mut coordinator,
        &format!("/cases/{REF}/plan/issue/draft"),
        &[
            ("csrf_token".into(), csrf(&issue)),
            ("reason".into(), "  ".into()),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = refused.select_text(".govuk-error-summary__list a");
    assert!(summary[0].starts_with("The plan has"), "{summary:?}");
    assert!(!refused.select_text(".tandem-plan-faults a").is_empty());

    // Two coordinators open section A; the second save is told, nothing lost.
    let hostile = format!(
        "<script>alert(1)</script> Ali says: مرحبا، أنا أحب الرسم {}",
        "and drawing ".repeat(1700)
    );
    let form_b = other.get(&format!("/cases/{REF}/plan/sections/A")).await;
    let (_, first) = edit_section(&mut coordinator, "A", &[("r0-text", &hostile)]).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let mut theirs = form_fields(&form_b, &format!("/cases/{REF}/plan/sections/A"));
    set(&mut theirs, "r0-text", "Ali likes football");
    let clash = send(
        &mut other,
        &format!("/cases/{REF}/plan/sections/A"),
        &theirs,
    )
    .await;
    assert_eq!(clash.status, StatusCode::CONFLICT);
    assert!(clash
        .body
        .contains("saved version 2 of the plan after you opened this page"));
    assert!(clash
        .select_text(".tandem-plan-clash-compare li")
        .iter()
        .any(|l| l == "Ali likes football"));
    assert_eq!(attr(&clash, "textarea[name='r0-text']", "id"), "r0-text");
    assert!(
        clash.body.contains(">Ali likes football</textarea>"),
        "what they typed is kept"
    );
    assert!(
        !clash.body.contains("<script>alert(1)"),
        "typed text is shown, never run"
    );
    let versions = app.store.plan_versions(app.authority, case).await.unwrap();
    assert_eq!(versions.len(), 2, "the clash saved nothing");

    // Provision edited: a vague item is flagged by the check on save.
    let (_, vague) = edit_section(
        &mut coordinator,
        "F",
        &[
            (
                "r0-what",
                "Access to speech and language therapy as required",
            ),
            ("r0-frequency", "Regular sessions"),
            ("r0-duration", "As needed"),
        ],
    )
    .await;
    assert_eq!(vague.status, StatusCode::SEE_OTHER, "{}", vague.body);
    let page = coordinator.get(&format!("/cases/{REF}/plan")).await;
    assert!(
        page.select_text(".tandem-plan-faults a")
            .iter()
            .any(|f| f.contains("without saying how much")),
        "{:?}",
        page.select_text(".tandem-plan-faults a")
    );
    let (_, fixed) = edit_section(
        &mut coordinator,
        "F",
        &[
            ("r0-what", "Speech and language therapy, one to one"),
            ("r0-frequency", "45 minutes each week"),
            ("r0-duration", "39 weeks a year"),
        ],
    )
    .await;
    assert_eq!(fixed.status, StatusCode::SEE_OTHER);

    // Bad input on a form: named on its field, nothing saved.
    let (_, wrong) = edit_section(&mut coordinator, "E", &[("r0-by", "31 13 2028")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        wrong.select_text(".govuk-error-summary__list a"),
        ["Enter the date as day, month and year, for example 31 7 2028"]
    );

    // Any two versions side by side.
    let compare = coordinator
        .get(&format!("/cases/{REF}/plan/compare?left=1&right=4"))
        .await;
    assert_eq!(compare.status, StatusCode::OK);
    let changed: Vec<String> = compare.select_text(".tandem-compare-changed h2");
    assert!(
        changed.iter().any(|h| h.starts_with("Section A")),
        "{changed:?}"
    );
    assert!(
        changed.iter().any(|h| h.starts_with("Section F")),
        "{changed:?}"
    );
    assert!(
        !changed.iter().any(|h| h.starts_with("Section K")),
        "{changed:?}"
    );

    // The panel sets another band with a reason; idealised and actual kept.
    let page = panel.get(&format!("/cases/{REF}/plan")).await;
    let banded = send(
        &mut panel,
        &format!("/cases/{REF}/plan/band"),
        &[
            ("csrf_token".into(), csrf(&page)),
            ("band".into(), "Band 5".into()),
            ("reason".into(), "Two adults at lunch and break".into()),
        ],
    )
    .await;
    assert_eq!(banded.status, StatusCode::SEE_OTHER, "{}", banded.body);
    let page = coordinator.get(&format!("/cases/{REF}/plan")).await;
    let funding = page.select_text(".tandem-plan-funding dd");
    assert!(
        funding
            .iter()
            .any(|d| d.starts_with("Band 5: Two adults at lunch and break")),
        "{funding:?}"
    );
    assert!(funding.iter().any(|d| d == "£24,000"), "{funding:?}");

    // Issued with a recorded reason for what is left.
    let issue = coordinator
        .get(&format!("/cases/{REF}/plan/issue/draft"))
        .await;
    let reason = "Health advice names no provision yet; agreed with the family to add it";
    let issued = send(
        &mut coordinator,
        &format!("/cases/{REF}/plan/issue/draft"),
        &[
            ("csrf_token".into(), csrf(&issue)),
            ("reason".into(), reason.into()),
            ("invite_school".into(), "yes".into()),
        ],
    )
    .await;
    assert_eq!(issued.status, StatusCode::SEE_OTHER, "{}", issued.body);
    let record = app.store.plan_issues(app.authority, case).await.unwrap();
    assert_eq!(record.len(), 1);
    assert_eq!(record[0].stage, "draft");
    assert_eq!(record[0].band.as_deref(), Some("Band 5"));
    assert_eq!(record[0].idealised_pence, Some(2_400_000));
    if record[0].faults > 0 {
        assert_eq!(record[0].override_reason.as_deref(), Some(reason));
    }

    // The invited school reads the draft and may comment too.
    let (mut school, _) = app.signed_in(Role::School, "senco@example.test").await;
    let seen = school.get(&format!("/cases/{REF}/plan")).await;
    assert_eq!(seen.status, StatusCode::OK, "{}", seen.body);
    assert!(!seen.select_text(".tandem-plan-comment a").is_empty());

    // The family reads the draft and comments on section F; it is answered.
    let tracker = parent.get(&format!("/cases/{REF}")).await;
    let next = tracker.select_text(".tandem-next a");
    assert!(next.contains(&"Read the plan".to_owned()), "{next:?}");
    let seen = parent.get(&format!("/cases/{REF}/plan")).await;
    assert_eq!(seen.status, StatusCode::OK, "{}", seen.body);
    assert!(seen.body.contains("Please send us your comments by"));
    let comment_link = attr(&seen, "#section-F .tandem-plan-comment a", "href");
    assert_eq!(comment_link, format!("/cases/{REF}/plan/comment?section=F"));
    let form = parent.get(&comment_link).await;
    assert_eq!(form.status, StatusCode::OK);
    let mut fields = form_fields(&form, &format!("/cases/{REF}/plan/comment"));
    set(&mut fields, "kind", "");
    set(&mut fields, "body", "");
    let missing = send(&mut parent, &format!("/cases/{REF}/plan/comment"), &fields).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(missing.select_text(".govuk-error-summary__list a").len(), 2);
    set(&mut fields, "kind", "change");
    set(&mut fields, "body", "Please make the therapy twice a week");
    let thanked = send(&mut parent, &format!("/cases/{REF}/plan/comment"), &fields).await;
    assert_eq!(thanked.status, StatusCode::OK, "{}", thanked.body);
    assert!(thanked.body.contains("Thank you. We have your comment."));
    let comments = app.store.plan_comments(app.authority, case).await.unwrap();
    assert_eq!(
        (comments[0].section.as_str(), comments[0].kind.as_str()),
        ("F", "change")
    );
    let state = CaseState::from_events(
        &to_case_events(&app.store.events(app.authority, case).await.unwrap()).unwrap(),
    );
    assert_eq!(
        state.comments.len(),
        1,
        "the journey knows the family commented"
    );

    let page = coordinator.get(&format!("/cases/{REF}/plan")).await;
    let action = format!("/cases/{REF}/plan/comments/{}/answer", comments[0].id);
    let answered = send(
        &mut coordinator,
        &action,
        &[
            ("csrf_token".into(), csrf(&page)),
            ("answer".into(), "Agreed: twice a week from January".into()),
        ],
    )
    .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER);
    let seen = parent.get(&format!("/cases/{REF}/plan")).await;
    assert!(seen.body.contains("Agreed: twice a week from January"));

    // After the family's 15 days, the final plan names the school and locks.
    app.clock.advance(SignedDuration::from_hours(24 * 16));
    coordinator.sign_in("c@example.test", PASSWORD).await;
    parent.sign_in("p@example.test", PASSWORD).await;
    let issue = coordinator
        .get(&format!("/cases/{REF}/plan/issue/final"))
        .await;
    assert_eq!(issue.status, StatusCode::OK);
    let final_reason = "The health provision is agreed and will be added at the first review";
    let issued = send(
        &mut coordinator,
        &format!("/cases/{REF}/plan/issue/final"),
        &[
            ("csrf_token".into(), csrf(&issue)),
            ("reason".into(), final_reason.into()),
            ("placement_school".into(), app.school.0.to_string()),
        ],
    )
    .await;
    assert_eq!(issued.status, StatusCode::SEE_OTHER, "{}", issued.body);
    let page = coordinator.get(&format!("/cases/{REF}/plan")).await;
    assert!(page
        .body
        .contains("The plan cannot be changed: the final plan has been issued"));
    assert!(
        page.select_text(".tandem-plan-change a").is_empty(),
        "no Change links on a final plan"
    );
    let locked = coordinator
        .get(&format!("/cases/{REF}/plan/sections/F"))
        .await;
    assert_eq!(locked.status, StatusCode::UNPROCESSABLE_ENTITY);
    let latest = app
        .store
        .plan_versions(app.authority, case)
        .await
        .unwrap()
        .len();
    let seen = parent.get(&format!("/cases/{REF}/plan")).await;
    assert!(
        seen.select_text("h1").contains(&"The plan".to_owned()),
        "{:?}",
        seen.select_text("h1")
    );
    assert!(
        seen.select_text(".tandem-plan-comment a").is_empty(),
        "no comments on a final plan"
    );

    // The gap between the band and the plan's cost is reported.
    panel.sign_in("panel@example.test", PASSWORD).await;
    let report = panel.get("/reports/plan-funding").await;
    assert_eq!(report.status, StatusCode::OK);
    let cells = report.select_text(".tandem-funding-plans td");
    assert!(cells.contains(&REF.to_owned()), "{cells:?}");
    assert!(
        cells.contains(&"Band 5".to_owned()) && cells.contains(&"£24,000".to_owned()),
        "{cells:?}"
    );
    assert!(report.body.contains("<svg"), "the numbers have a chart");
    assert_eq!(
        parent.get("/reports/plan-funding").await.status,
        StatusCode::FORBIDDEN
    );

    // The Word and PDF documents of the final version.
    let docx = parent
        .get(&format!("/cases/{REF}/plan/versions/{latest}.docx"))
        .await;
    assert_eq!(docx.status, StatusCode::OK);
    assert!(docx.bytes.starts_with(b"PK"), "a DOCX is a zip package");
    let pdf = parent
        .get(&format!("/cases/{REF}/plan/versions/{latest}.pdf"))
        .await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert!(pdf.bytes.starts_with(b"%PDF"));
    assert_eq!(
        parent
            .get(&format!("/cases/{REF}/plan/versions/1.pdf"))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "never-issued versions stay with staff"
    );
}

#[tokio::test]
async fn the_journeys_issue_forms_lead_to_the_plan_and_a_final_before_a_draft_is_refused() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    app.case(app.authority, REF, &[]).await;
    let sent = coordinator
        .get(&format!("/cases/{REF}/actions/issue-draft"))
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert_eq!(sent.location(), format!("/cases/{REF}/plan/issue/draft"));

    let page = coordinator.get(&format!("/cases/{REF}/plan")).await;
    let saved = send(
        &mut coordinator,
        &format!("/cases/{REF}/plan/draft"),
        &[
            ("csrf_token".into(), csrf(&page)),
            ("after".into(), "0".into()),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let issue = coordinator
        .get(&format!("/cases/{REF}/plan/issue/final"))
        .await;
    let refused = send(
        &mut coordinator,
        &format!("/cases/{REF}/plan/issue/final"),
        &[
            ("csrf_token".into(), csrf(&issue)),
            ("reason".into(), "Testing".into()),
            ("placement_school".into(), app.school.0.to_string()),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.select_text(".govuk-error-summary__list a"),
        ["You can't issue the final plan while we are deciding whether to assess."]
    );
}

#[tokio::test]
async fn an_authority_edits_its_own_catalogue_and_broken_data_is_refused() {
    let app = TestApp::new().await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "c@example.test").await;
    let page = coordinator.get("/admin/plan-data/funding-bands").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Band 6"),
        "starts from the shipped bands"
    );

    let broken = "[[bands]]\nname = \"Only\"\nmin_points = 5\n";
    let refused = send(
        &mut coordinator,
        "/admin/plan-data/funding-bands",
        &[
            ("csrf_token".into(), csrf(&page)),
            ("text".into(), broken.into()),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = refused.select_text(".govuk-error-summary__list a");
    assert!(
        summary[0].starts_with("This does not load as the funding bands"),
        "{summary:?}"
    );
    assert!(
        refused.select_text("textarea#text")[0].contains("name = \"Only\""),
        "what was typed is kept"
    );

    let own = "[[bands]]\nname = \"Core\"\nmin_points = 0\nannual_pence = 500000\n\n[[bands]]\nname = \"High\"\nmin_points = 30\nannual_pence = 2000000\n";
    let saved = send(
        &mut coordinator,
        "/admin/plan-data/funding-bands",
        &[
            ("csrf_token".into(), csrf(&page)),
            ("text".into(), own.into()),
        ],
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    app.case(app.authority, REF, &[]).await;
    let plan = coordinator.get(&format!("/cases/{REF}/plan")).await;
    let funding = plan.select_text(".tandem-plan-funding dd");
    assert!(
        funding
            .iter()
            .any(|d| d.starts_with("Core (£5,000 a year)")),
        "{funding:?}"
    );
    assert_eq!(
        coordinator.get("/admin/plan-data/unknown").await.status,
        StatusCode::NOT_FOUND
    );
}
