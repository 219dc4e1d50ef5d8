//! The plan as a standalone, accessible HTML document: real headings for
//! each section, numbered needs, tables with header rows, the language set,
//! and every statement's source beside it. Askama escapes every value, so
//! text typed into a plan is shown, never run.

use askama::Template;
use tandem_domain::clock::long_date;
use tandem_domain::plan::{Need, NeedArea, Plan, Provision};

use crate::error::WebResult;

pub use tandem_documents::{pounds, PlanFacts};

/// The head of the plan for `case`, issued by `authority`.
pub fn facts_for(authority: &str, case: &tandem_store::CaseSummary, status: String) -> PlanFacts {
    PlanFacts {
        authority: authority.to_owned(),
        child_name: case.child_name.clone(),
        date_of_birth: case
            .child_date_of_birth
            .as_deref()
            .and_then(|d| d.parse().ok())
            .map(long_date)
            .unwrap_or_default(),
        reference: case.reference.clone(),
        status,
    }
}

pub struct AreaNeeds<'a> {
    pub label: &'static str,
    pub needs: Vec<&'a Need>,
}

pub struct OutcomeRow {
    pub number: u32,
    pub needs: String,
    pub text: String,
    pub by: String,
    pub steps: Vec<String>,
    pub adulthood: bool,
}

#[derive(Template)]
#[template(path = "plan/plan.html")]
struct PlanDocument<'a> {
    facts: &'a PlanFacts,
    plan: &'a Plan,
    parts: Parts<'a>,
    links: SectionLinks,
}

fn numbers(list: &[u32]) -> String {
    list.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The parts of the plan the document and the pages draw.
pub struct Parts<'a> {
    pub areas: Vec<AreaNeeds<'a>>,
    pub outcomes: Vec<OutcomeRow>,
    pub sections: Vec<(&'static str, &'static str, &'a [Provision])>,
    pub advice: Vec<(String, String, String)>,
    pub cost: String,
}

/// Where each section's heading links to: its edit page for staff who may
/// change the plan, its comment form for a family with a draft to answer.
#[derive(Default)]
pub struct SectionLinks {
    /// e.g. "/cases/REF/plan/sections": the section's code follows.
    pub edit: Option<String>,
    /// e.g. "/cases/REF/plan/comment?section=": the code follows.
    pub comment: Option<String>,
    /// "Comment on section", in the family's language.
    pub comment_label: String,
}

pub fn parts(plan: &Plan) -> Parts<'_> {
    let areas = NeedArea::ALL
        .into_iter()
        .map(|area| AreaNeeds {
            label: area.label(),
            needs: plan.needs.iter().filter(|n| n.area == area).collect(),
        })
        .filter(|a| !a.needs.is_empty())
        .collect();
    let outcomes = plan
        .outcomes
        .iter()
        .map(|o| OutcomeRow {
            number: o.number,
            needs: numbers(&o.needs),
            text: o.text.clone(),
            by: o.by.map(long_date).unwrap_or_default(),
            steps: o.steps.clone(),
            adulthood: o.adulthood,
        })
        .collect();
    Parts {
        areas,
        outcomes,
        sections: vec![
            ("F", "Special educational provision", &plan.provision),
            ("G", "Health provision", &plan.health_provision),
            (
                "H1",
                "Social care provision under the Chronically Sick and Disabled Persons Act 1970",
                &plan.social_care_provision_h1,
            ),
            (
                "H2",
                "Other social care provision",
                &plan.social_care_provision_h2,
            ),
        ],
        advice: plan
            .advice
            .iter()
            .map(|a| (a.author.clone(), a.role.clone(), long_date(a.dated)))
            .collect(),
        cost: pounds(plan.planned_cost_pence()),
    }
}

pub fn render_html(plan: &Plan, facts: &PlanFacts) -> WebResult<String> {
    let document = PlanDocument {
        facts,
        plan,
        parts: parts(plan),
        links: SectionLinks::default(),
    };
    Ok(document.render()?)
}
