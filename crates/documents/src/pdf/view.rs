//! The plan as the template reads it: every value already worded and
//! cleaned, in the order the sections print, so `plan.typ` only lays out.
//! It travels to typst as JSON, which is why user text can never become
//! markup.

use serde::Serialize;
use tandem_domain::clock::long_date;
use tandem_domain::plan::{Need, NeedArea, Plan, Provision, Source};

use super::text::clean;
use crate::{pounds, PlanFacts};

#[derive(Debug, Serialize)]
pub struct PlanView {
    /// The document title readers and screen readers announce.
    pub title: String,
    pub authority: String,
    pub child_name: String,
    pub date_of_birth: String,
    pub reference: String,
    pub status: String,
    pub views: Vec<Said>,
    pub areas: Vec<AreaView>,
    pub health_needs: Vec<NeedView>,
    pub social_care_needs: Vec<NeedView>,
    pub outcomes: Vec<OutcomeView>,
    pub provision: Vec<SectionView>,
    pub placement: String,
    pub personal_budget: String,
    pub advice: Vec<AdviceView>,
    pub cost: String,
}

#[derive(Debug, Serialize)]
pub struct Said {
    pub text: String,
    /// E.g. "(from report.pdf, sentence 4)", empty when typed by hand.
    pub source: String,
}

#[derive(Debug, Serialize)]
pub struct AreaView {
    pub label: &'static str,
    pub needs: Vec<NeedView>,
}

#[derive(Debug, Serialize)]
pub struct NeedView {
    pub number: u32,
    pub text: String,
    pub source: String,
}

#[derive(Debug, Serialize)]
pub struct OutcomeView {
    pub number: u32,
    pub text: String,
    pub needs: String,
    pub by: String,
    pub steps: Vec<String>,
    pub adulthood: bool,
}

#[derive(Debug, Serialize)]
pub struct SectionView {
    pub code: &'static str,
    pub title: &'static str,
    pub items: Vec<ProvisionView>,
}

#[derive(Debug, Serialize)]
pub struct ProvisionView {
    pub number: String,
    pub what: String,
    pub who: String,
    pub frequency: String,
    pub duration: String,
    pub group_size: String,
    pub needs: String,
    pub outcomes: String,
    pub cost: String,
}

#[derive(Debug, Serialize)]
pub struct AdviceView {
    pub author: String,
    pub role: String,
    pub dated: String,
}

impl PlanView {
    pub fn new(plan: &Plan, facts: &PlanFacts) -> Self {
        let child_name = clean(&facts.child_name);
        let authority = clean(&facts.authority);
        PlanView {
            title: format!("Education, health and care plan – {child_name} – {authority}"),
            authority,
            child_name,
            date_of_birth: clean(&facts.date_of_birth),
            reference: clean(&facts.reference),
            status: clean(&facts.status),
            views: plan
                .views
                .iter()
                .map(|v| Said {
                    text: clean(&v.text),
                    source: source(v.source.as_ref()),
                })
                .collect(),
            areas: NeedArea::ALL
                .into_iter()
                .map(|area| AreaView {
                    label: area.label(),
                    needs: need_views(plan.needs.iter().filter(|n| n.area == area)),
                })
                .filter(|a| !a.needs.is_empty())
                .collect(),
            health_needs: need_views(&plan.health_needs),
            social_care_needs: need_views(&plan.social_care_needs),
            outcomes: plan
                .outcomes
                .iter()
                .map(|o| OutcomeView {
                    number: o.number,
                    text: clean(&o.text),
                    needs: numbers(&o.needs),
                    by: o.by.map(long_date).unwrap_or_default(),
                    steps: o.steps.iter().map(|s| clean(s)).collect(),
                    adulthood: o.adulthood,
                })
                .collect(),
            provision: sections(plan),
            placement: placement(plan),
            personal_budget: if plan.personal_budget.requested {
                clean(&plan.personal_budget.details)
            } else {
                "No personal budget has been asked for.".to_owned()
            },
            advice: plan
                .advice
                .iter()
                .map(|a| AdviceView {
                    author: clean(&a.author),
                    role: clean(&a.role),
                    dated: long_date(a.dated),
                })
                .collect(),
            cost: pounds(plan.planned_cost_pence()),
        }
    }
}

fn source(source: Option<&Source>) -> String {
    source
        .map(|s| format!("(from {}, sentence {})", clean(&s.document), s.sentence))
        .unwrap_or_default()
}

fn need_views<'a>(needs: impl IntoIterator<Item = &'a Need>) -> Vec<NeedView> {
    needs
        .into_iter()
        .map(|n| NeedView {
            number: n.number,
            text: clean(&n.text),
            source: source(n.source.as_ref()),
        })
        .collect()
}

fn numbers(list: &[u32]) -> String {
    list.iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn sections(plan: &Plan) -> Vec<SectionView> {
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
    .into_iter()
    .map(|(code, title, items)| SectionView {
        code,
        title,
        items: items.iter().map(|p| provision(code, p)).collect(),
    })
    .collect()
}

fn provision(code: &str, p: &Provision) -> ProvisionView {
    let d = &p.delivery;
    let who = match (d.who.trim(), d.expertise.trim()) {
        (who, "") => who.to_owned(),
        ("", expertise) => expertise.to_owned(),
        (who, expertise) => format!("{who}. {expertise}"),
    };
    // "H1.1", not "H11": the number must not run into the section's own.
    let number = if code.ends_with(|c: char| c.is_ascii_digit()) {
        format!("{code}.{}", p.number)
    } else {
        format!("{code}{}", p.number)
    };
    ProvisionView {
        number,
        what: clean(&p.what),
        who: clean(&who),
        frequency: clean(&d.frequency),
        duration: clean(&d.duration),
        group_size: clean(&d.group_size),
        needs: numbers(&p.needs),
        outcomes: numbers(&p.outcomes),
        cost: p
            .annual_cost_pence
            .map(pounds)
            .unwrap_or_else(|| "Not costed".to_owned()),
    }
}

fn placement(plan: &Plan) -> String {
    let named = &plan.placement;
    if named.name.is_empty() {
        "To be named in the final plan, after the family's preference and the school's reply."
            .to_owned()
    } else if named.kind.is_empty() {
        clean(&named.name)
    } else {
        clean(&format!("{} ({})", named.name, named.kind))
    }
}
