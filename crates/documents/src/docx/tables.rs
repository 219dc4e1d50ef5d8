//! The plan's tables: outcomes (E), provision (F, G, H1, H2) and advice
//! (K). Each has a header row that repeats on every page and a caption for
//! assistive technology.

use tandem_domain::clock::long_date;
use tandem_domain::plan::{Plan, Provision};

use super::blocks::{cell, Blocks, Column, Heading};
use super::numbering::BULLETS;
use super::page::TEXT_WIDTH;
use super::text::Look;
use crate::{pounds, PlanFacts};

fn numbers(list: &[u32]) -> String {
    list.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn outcomes(body: &mut Blocks, plan: &Plan, facts: &PlanFacts) {
    body.heading(Heading::One, "Section E: outcomes");
    if plan.outcomes.is_empty() {
        body.text(&[("None set yet.", Look::PLAIN)]);
        return;
    }
    let achieve = format!("What {} will achieve", facts.child_name);
    let columns: [Column; 4] = [
        ("Outcome", 1400),
        (&achieve, TEXT_WIDTH - 1400 - 1300 - 1700),
        ("Needs", 1300),
        ("By", 1700),
    ];
    let rows = plan
        .outcomes
        .iter()
        .map(|o| {
            let mut number = o.number.to_string();
            if o.adulthood {
                number.push_str(" (preparing for adulthood)");
            }
            let mut what = cell(&o.text);
            for step in &o.steps {
                what.list_item(BULLETS, &[(step, Look::PLAIN)]);
            }
            vec![
                cell(&number),
                what,
                cell(&numbers(&o.needs)),
                cell(&o.by.map(long_date).unwrap_or_default()),
            ]
        })
        .collect();
    body.table(
        "Outcomes, the needs they answer, and when they should be met",
        &columns,
        rows,
    );
}

/// Sections F to H2: their code, heading and items.
pub(super) fn provision_sections(plan: &Plan) -> [(&'static str, &'static str, &[Provision]); 4] {
    [
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
    ]
}

/// Widths fit "Outcomes" and "£1,234,567" on one line in 9pt type.
const PROVISION_COLUMNS: [Column<'static>; 9] = [
    ("No.", 600),
    ("Provision", 1778),
    ("Who delivers it and their expertise", 1600),
    ("How often", 950),
    ("For how long", 950),
    ("Group size", 800),
    ("Needs", 760),
    ("Outcomes", 1100),
    ("Cost a year", 1100),
];

pub(super) fn provision(body: &mut Blocks, code: &str, title: &str, items: &[Provision]) {
    body.heading(Heading::One, &format!("Section {code}: {title}"));
    if items.is_empty() {
        body.text(&[("None.", Look::PLAIN)]);
        return;
    }
    let rows = items
        .iter()
        .map(|p| {
            let d = &p.delivery;
            vec![
                // "H1.1", not "H11", which reads as item 11.
                cell(&if code.len() > 1 {
                    format!("{code}.{}", p.number)
                } else {
                    format!("{code}{}", p.number)
                }),
                cell(&p.what),
                cell(&format!("{}. {}", d.who, d.expertise)),
                cell(&d.frequency),
                cell(&d.duration),
                cell(&d.group_size),
                cell(&numbers(&p.needs)),
                cell(&numbers(&p.outcomes)),
                cell(&p.annual_cost_pence.map(pounds).unwrap_or_default()),
            ]
        })
        .collect();
    body.table(
        &format!("Section {code}: {title}: who provides what, how often, and for which needs"),
        &PROVISION_COLUMNS,
        rows,
    );
}

pub(super) fn advice(body: &mut Blocks, plan: &Plan) {
    body.heading(Heading::One, "Section K: advice and information");
    if plan.advice.is_empty() {
        body.text(&[("None received yet.", Look::PLAIN)]);
        return;
    }
    let columns: [Column; 3] = [
        ("Author", 3600),
        ("Role", TEXT_WIDTH - 3600 - 2400),
        ("Date", 2400),
    ];
    let rows = plan
        .advice
        .iter()
        .map(|a| vec![cell(&a.author), cell(&a.role), cell(&long_date(a.dated))])
        .collect();
    body.table("Advice and information the plan rests on", &columns, rows);
}
