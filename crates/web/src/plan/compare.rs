//! Two versions of a plan side by side, section by section, each section's
//! content as the lines a reader compares, marked where they differ.

use tandem_domain::clock::long_date;
use tandem_domain::plan::{Need, Plan, Provision, Section};

use super::render::pounds;

pub struct ComparedSection {
    pub code: &'static str,
    pub title: &'static str,
    pub left: Vec<String>,
    pub right: Vec<String>,
    pub changed: bool,
}

fn needs(list: &[Need]) -> Vec<String> {
    list.iter()
        .map(|n| format!("{}. {} ({})", n.number, n.text, n.area.label()))
        .collect()
}

fn provision(list: &[Provision]) -> Vec<String> {
    list.iter()
        .map(|p| {
            let d = &p.delivery;
            let cost = p.annual_cost_pence.map(pounds).unwrap_or_default();
            format!(
                "{}. {} — {}; {}; {}; {}; {}; needs {:?}; outcomes {:?}; {cost}",
                p.number,
                p.what,
                d.who,
                d.expertise,
                d.frequency,
                d.duration,
                d.group_size,
                p.needs,
                p.outcomes
            )
        })
        .collect()
}

/// The section's content as lines of text.
pub fn section_lines(plan: &Plan, section: Section) -> Vec<String> {
    match section {
        Section::A => plan.views.iter().map(|v| v.text.clone()).collect(),
        Section::B => needs(&plan.needs),
        Section::C => needs(&plan.health_needs),
        Section::D => needs(&plan.social_care_needs),
        Section::E => plan
            .outcomes
            .iter()
            .map(|o| {
                format!(
                    "{}. {} (needs {:?}; by {}){}{}",
                    o.number,
                    o.text,
                    o.needs,
                    o.by.map(long_date).unwrap_or_else(|| "no date".into()),
                    if o.steps.is_empty() {
                        String::new()
                    } else {
                        format!("; steps: {}", o.steps.join("; "))
                    },
                    if o.adulthood {
                        "; preparing for adulthood"
                    } else {
                        ""
                    }
                )
            })
            .collect(),
        Section::F => provision(&plan.provision),
        Section::G => provision(&plan.health_provision),
        Section::H1 => provision(&plan.social_care_provision_h1),
        Section::H2 => provision(&plan.social_care_provision_h2),
        Section::I if plan.placement.name.is_empty() => Vec::new(),
        Section::I => vec![format!("{} ({})", plan.placement.name, plan.placement.kind)],
        Section::J if !plan.personal_budget.requested => Vec::new(),
        Section::J => vec![plan.personal_budget.details.clone()],
        Section::K => plan
            .advice
            .iter()
            .map(|a| format!("{}, {}, {}", a.author, a.role, long_date(a.dated)))
            .collect(),
    }
}

pub fn compare(left: &Plan, right: &Plan) -> Vec<ComparedSection> {
    Section::ALL
        .into_iter()
        .map(|section| {
            let l = section_lines(left, section);
            let r = section_lines(right, section);
            ComparedSection {
                code: section.code(),
                title: section.title(),
                changed: l != r,
                left: l,
                right: r,
            }
        })
        .collect()
}
