//! A plan drafted from a case's evidence: statements keep their sources,
//! provision comes from the catalogue quantified, and the HTML shows typed
//! text as text.

use tandem_domain::plan::{check, FaultKind};
use tandem_store::{NewDocument, Store};
use tandem_web::plan::{draft_for_case, render_html, PlanFacts};

use crate::support::TestApp;

const REPORT: &str = "Educational psychology advice for Ava Brook.\n\n\
Ava has a diagnosis of autism spectrum condition and finds it hard to understand what others say.\n\
Her expressive language is well below that expected for her age and she speaks in short phrases.\n\
Ava's reading is at the level of a much younger child and she has specific difficulties with phonics.\n\
She becomes very anxious in noisy rooms and often hides under the table <script>alert(1)</script>.\n\
Ava benefits from a visual timetable, Makaton signing and a quiet place to calm down.\n\
Small group work and social stories have helped her to take turns.\n";

async fn add_report(app: &TestApp, case: tandem_domain::ids::CaseId) {
    let report = NewDocument {
        name: "ep-advice.txt".into(),
        content_type: "text/plain; charset=utf-8".into(),
        content: REPORT.as_bytes().to_vec(),
        uploaded_by: None,
        family_visible: false,
    };
    app.store
        .add_document(app.authority, case, &report)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_draft_comes_from_the_evidence_with_every_statement_sourced() {
    let app = TestApp::new().await;
    let case = app.case(app.authority, "NBC-2026-00011", &[]).await;
    add_report(&app, case).await;
    let today = jiff::civil::date(2026, 11, 25);
    let started = std::time::Instant::now();
    let plan = draft_for_case(app.store.as_ref(), app.authority, case, None, today)
        .await
        .unwrap()
        .plan;
    println!("drafted in {:?}", started.elapsed());
    assert!(!plan.needs.is_empty(), "{plan:#?}");
    assert!(plan.needs.iter().all(|n| n
        .source
        .as_ref()
        .is_some_and(|s| s.document == "ep-advice.txt")));
    assert!(!plan.provision.is_empty());
    assert!(plan.provision.iter().all(|p| !p.outcomes.is_empty()));
    let faults = check(&plan, today);
    assert!(
        !faults.iter().any(|f| f.kind == FaultKind::VagueProvision),
        "{faults:#?}"
    );
    let facts = PlanFacts {
        authority: "Northbrook Council".into(),
        child_name: "Ava Brook".into(),
        date_of_birth: "4 May 2017".into(),
        reference: "NBC-2026-00011".into(),
        status: "Draft".into(),
    };
    let html = render_html(&plan, &facts).unwrap();
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("<h2>Section B: special educational needs</h2>"));
    assert!(html.contains("<th scope=\"col\">How often</th>"));
    assert!(!html.contains("<script>alert(1)"));
}

#[tokio::test]
async fn staff_see_the_draft_with_its_quality_check_and_families_do_not() {
    use axum::http::StatusCode;
    use tandem_domain::role::Role;
    let app = TestApp::new().await;
    let (mut parent, parent_id) = app.signed_in(Role::Parent, "p@example.org").await;
    let case = app
        .case(app.authority, "NBC-2026-00012", &[parent_id])
        .await;
    add_report(&app, case).await;
    let (mut coordinator, _) = app.signed_in(Role::Coordinator, "coord@example.org").await;
    let page = coordinator.get("/cases/NBC-2026-00012/plan").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Quality check"));
    // No views were given yet: section A is the one thing to fix, linked to it.
    let faults = page.select_text(".tandem-plan-faults a");
    assert!(
        faults.iter().any(|f| f.contains("Section A is empty")),
        "{faults:?}"
    );
    assert!(page.body.contains("href=\"#section-A\""));
    assert!(page.body.contains("id=\"section-F\""));
    assert_eq!(
        parent.get("/cases/NBC-2026-00012/plan").await.status,
        StatusCode::NOT_FOUND,
        "the family sees the plan once a draft is issued to them"
    );
}

#[tokio::test]
async fn section_a_takes_the_child_and_familys_own_words_from_the_advice() {
    let app = TestApp::new().await;
    let case = app.case(app.authority, "NBC-2026-00013", &[]).await;
    add_report(&app, case).await;
    let views = NewDocument {
        name: "parent-carer-views.txt".into(),
        content_type: "text/plain; charset=utf-8".into(),
        content: "Parent and carer views\n\nWhat Ava says\n\nAva said: \"I like trains and I want to be a driver.\"\n\nWhat we want for Ava\n\nWe want Ava to be happy and to have friends at school.\n"
            .as_bytes()
            .to_vec(),
        uploaded_by: None,
        family_visible: true,
    };
    app.store
        .add_document(app.authority, case, &views)
        .await
        .unwrap();
    let plan = draft_for_case(
        app.store.as_ref(),
        app.authority,
        case,
        None,
        jiff::civil::date(2026, 11, 25),
    )
    .await
    .unwrap()
    .plan;
    let said: Vec<&str> = plan.views.iter().map(|v| v.text.as_str()).collect();
    assert!(said.iter().any(|t| t.contains("I like trains")), "{said:?}");
    assert!(
        said.iter()
            .any(|t| t.contains("to be happy and to have friends")),
        "{said:?}"
    );
    assert!(plan.views.iter().all(|v| v
        .source
        .as_ref()
        .is_some_and(|s| s.document.ends_with(".txt"))));
    assert!(!check(&plan, jiff::civil::date(2026, 11, 25))
        .iter()
        .any(|f| f.kind == FaultKind::ViewsMissing));
}
