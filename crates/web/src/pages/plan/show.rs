//! The staff page of a case's plan: the latest version with its quality
//! check, funding, comments, versions and the way to issue it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tandem_domain::access::{Action, Target};
use tandem_domain::case::Stage;
use tandem_domain::clock::{london_date, long_date};
use tandem_domain::plan::{check, open_for_changes, Fault, Plan, Section};

use crate::auth::session::{Nonce, SignedIn};
use crate::error::WebResult;
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::plan::{
    authority_data, draft_for_case, parts, pounds, Funding, Parts, PlanFacts, SectionLinks,
};
use crate::AppState;

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    saved: Option<i64>,
    issued: Option<String>,
    answered: Option<i64>,
    band: Option<String>,
}

pub struct VersionRow {
    pub version: i64,
    pub by: String,
    pub at: String,
    pub note: String,
    pub faults: i64,
}

pub struct CommentRow {
    pub id: i64,
    pub section: String,
    pub kind: String,
    pub body: String,
    pub by: String,
    pub at: String,
    pub answer: Option<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "plan/staff.html")]
struct StaffPage<'a> {
    layout: Layout,
    facts: &'a PlanFacts,
    plan: &'a Plan,
    parts: Parts<'a>,
    links: SectionLinks,
    banner: Option<String>,
    /// None when nothing is saved yet: the page shows the draft made now.
    version: Option<i64>,
    saved_line: String,
    locked: Option<String>,
    faults: Vec<(String, String)>,
    issue: Option<(&'static str, &'static str)>,
    versions: Vec<VersionRow>,
    comments: Vec<CommentRow>,
    can_answer: bool,
    funding: Funding,
    funding_rows: Vec<(String, String)>,
    can_set_band: bool,
    band_names: Vec<String>,
    reference: String,
}

pub fn kind_label(kind: &str) -> &'static str {
    match kind {
        "change" => "Proposed change",
        "school" => "Preferred school",
        "meeting" => "Asks for a meeting",
        _ => "Comment",
    }
}

fn fault_links(faults: &[Fault], base: Option<&str>) -> Vec<(String, String)> {
    faults
        .iter()
        .map(|f| {
            let href = match base {
                Some(base) => format!("{base}/{}", f.section),
                None => format!("#section-{}", f.section),
            };
            (href, f.message.clone())
        })
        .collect()
}

pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    Query(query): Query<ShowQuery>,
) -> WebResult<Response> {
    if !who.person.role.is_staff() {
        return super::family::show(state, who, tr, nonce, reference).await;
    }
    let case = super::load_case(&state, &who, &reference, Action::ViewStaffRecord).await?;
    let authority = who.person.authority;
    let today = state.today();
    let drafted = draft_for_case(
        state.store.as_ref(),
        authority,
        case.found.case.id,
        state.pdf_reader.clone(),
        today,
    )
    .await?;
    let (plan, version, saved_line) = match &case.saved {
        Some(saved) => (
            saved.plan.clone(),
            Some(saved.summary.version),
            format!(
                "Version {}, saved by {} on {}: {}",
                saved.summary.version,
                saved.summary.saved_by.as_deref().unwrap_or("Tandem"),
                long_date(london_date(saved.summary.saved_at)),
                saved.summary.note
            ),
        ),
        None => (drafted.plan.clone(), None, String::new()),
    };
    let actor = who.actor();
    let may = |action: Action| {
        tandem_domain::access::decide(&actor, action, Target::Case(&case.found.parties))
            .is_allowed()
    };
    let locked = open_for_changes(&case.state).err().map(|l| l.to_string());
    let can_edit = may(Action::RecordCaseEvent) && locked.is_none() && version.is_some();
    let edit_base = format!("/cases/{}/plan/sections", case.found.case.reference);
    let faults = check(&plan, today);
    let issue = match case.state.stage {
        _ if !can_edit => None,
        Stage::Drafting => Some(("draft", "Issue the draft plan")),
        Stage::DraftIssued => Some(("final", "Issue the final plan")),
        Stage::PlanInForce => Some(("amended", "Issue the amended plan")),
        _ => None,
    };
    let data = authority_data(state.store.as_ref(), authority).await?;
    let decisions = state
        .store
        .band_decisions(authority, case.found.case.id)
        .await?;
    let funding = Funding::new(&data.bands, &drafted.levels, &plan, &decisions);
    let mut funding_rows = vec![
        (
            "Points from the needs and provision".to_owned(),
            funding.points.to_string(),
        ),
        (
            "Band the points reach".to_owned(),
            funding
                .by_points
                .as_ref()
                .map(|b| format!("{} ({} a year)", b.name, pounds(b.annual_pence)))
                .unwrap_or_default(),
        ),
    ];
    if let Some(panel) = &funding.panel {
        funding_rows.push((
            "Band set by the panel".into(),
            format!(
                "{}: {} ({}, {})",
                panel.band,
                panel.reason,
                panel.by.as_deref().unwrap_or(""),
                long_date(london_date(panel.at))
            ),
        ));
    }
    funding_rows.push((
        "Band's amount a year (idealised)".into(),
        funding.idealised_pence().map(pounds).unwrap_or_default(),
    ));
    funding_rows.push((
        "Provision as planned a year (actual)".into(),
        pounds(funding.planned_pence),
    ));
    funding_rows.push(("Difference".into(), funding.gap()));

    let versions = state
        .store
        .plan_versions(authority, case.found.case.id)
        .await?
        .into_iter()
        .rev()
        .map(|v| VersionRow {
            version: v.version,
            by: v.saved_by.unwrap_or_else(|| "Tandem".into()),
            at: long_date(london_date(v.saved_at)),
            note: v.note,
            faults: v.faults,
        })
        .collect();
    let comments = state
        .store
        .plan_comments(authority, case.found.case.id)
        .await?
        .into_iter()
        .map(|c| CommentRow {
            id: c.id,
            section: Section::parse(&c.section)
                .map(|s| format!("Section {}: {}", s.code(), s.title()))
                .unwrap_or_else(|| "The plan as a whole".into()),
            kind: kind_label(&c.kind).to_owned(),
            body: c.body,
            by: c.author_name,
            at: long_date(london_date(c.at)),
            answer: c
                .answer
                .map(|a| (a.text, a.by, long_date(london_date(a.at)))),
        })
        .collect();
    let banner = if let Some(v) = query.saved {
        Some(format!("Version {v} saved."))
    } else if let Some(stage) = &query.issued {
        Some(match stage.as_str() {
            "draft" => {
                "The draft plan has been issued. The family has 15 days to comment.".to_owned()
            }
            _ => "The final plan has been issued.".to_owned(),
        })
    } else if query.answered.is_some() {
        Some("Your answer has been saved and the family can read it.".into())
    } else {
        query
            .band
            .as_ref()
            .map(|b| format!("The panel's band, {b}, has been recorded."))
    };
    let facts = super::facts(
        &who.authority.name,
        &case.found.case,
        version
            .map(|v| super::status_of(v, &case.issues))
            .unwrap_or_else(|| "Drafted now from the evidence, not saved".into()),
    );
    let page = StaffPage {
        layout: who.layout(&nonce),
        facts: &facts,
        plan: &plan,
        parts: parts(&plan),
        links: SectionLinks {
            edit: can_edit.then(|| edit_base.clone()),
            ..SectionLinks::default()
        },
        banner,
        version,
        saved_line,
        locked,
        faults: fault_links(&faults, can_edit.then_some(edit_base.as_str())),
        issue,
        versions,
        comments,
        can_answer: may(Action::RecordCaseEvent),
        funding,
        funding_rows,
        can_set_band: may(Action::VoteAtPanel) && version.is_some(),
        band_names: data.bands.bands.iter().map(|b| b.name.clone()).collect(),
        reference: case.found.case.reference.clone(),
    };
    Ok(Html(page.render()?).into_response())
}
