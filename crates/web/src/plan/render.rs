//! The plan as a standalone, accessible HTML document: real headings for
//! each section, numbered needs, tables with header rows, the language set,
//! and every statement's source beside it. Askama escapes every value, so
//! text typed into a plan is shown, never run.

use askama::Template;
use tandem_domain::clock::long_date;
use tandem_domain::plan::{Need, NeedArea, Plan, Provision};

use crate::error::WebResult;

/// Who the plan is for and who issues it.
pub struct PlanFacts {
    pub authority: String,
    pub child_name: String,
    pub date_of_birth: String,
    pub reference: String,
    pub status: String,
}

struct AreaNeeds<'a> {
    label: &'static str,
    needs: Vec<&'a Need>,
}

struct OutcomeRow {
    number: u32,
    needs: String,
    text: String,
    by: String,
    steps: Vec<String>,
    adulthood: bool,
}

#[derive(Template)]
#[template(path = "plan/plan.html")]
struct PlanDocument<'a> {
    facts: &'a PlanFacts,
    plan: &'a Plan,
    parts: Parts<'a>,
}

fn numbers(list: &[u32]) -> String {
    list.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn pounds(pence: i64) -> String {
    let pounds = pence / 100;
    let text = pounds.to_string();
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i > 0 && (text.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    format!("£{out}")
}

/// The parts of the plan both the document and the page draw.
struct Parts<'a> {
    areas: Vec<AreaNeeds<'a>>,
    outcomes: Vec<OutcomeRow>,
    sections: Vec<(&'static str, &'static str, &'a [Provision])>,
    advice: Vec<(String, String, String)>,
    cost: String,
}

#[derive(Template)]
#[template(path = "plan/page.html")]
struct PlanPage<'a> {
    layout: crate::layout::Layout,
    facts: &'a PlanFacts,
    plan: &'a Plan,
    parts: Parts<'a>,
    /// Each fault with a link to the place to fix it.
    faults: Vec<(String, String)>,
}

/// The staff page: the quality check as a list of links, then the plan.
pub fn render_page(
    layout: crate::layout::Layout,
    plan: &Plan,
    facts: &PlanFacts,
    faults: &[tandem_domain::plan::Fault],
) -> WebResult<String> {
    let page = PlanPage {
        layout,
        facts,
        plan,
        parts: parts(plan),
        faults: faults
            .iter()
            .map(|f| (format!("#section-{}", f.section), f.message.clone()))
            .collect(),
    };
    Ok(page.render()?)
}

fn parts(plan: &Plan) -> Parts<'_> {
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
    };
    Ok(document.render()?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn pounds_are_written_with_thousands_separated() {
        assert_eq!(super::pounds(2_300_000), "£23,000");
        assert_eq!(super::pounds(99), "£0");
        assert_eq!(super::pounds(123_456_789), "£1,234,567");
    }
}
