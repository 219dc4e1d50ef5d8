//! The checks a plan must pass (or be overridden, with a reason) before it
//! is issued: the faults tribunals find. Code of Practice 9.61-9.69; "access
//! to", "opportunities" and "support" are not provision (Worcestershire CC v
//! SE [2020] UKUT 217 (AAC)).

use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;

use super::content::{Plan, Provision};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FaultKind {
    ViewsMissing,
    VagueProvision,
    ProvisionWithoutDelivery,
    NeedWithoutProvision,
    ProvisionWithoutOutcome,
    OutcomeNotSpecific,
    OutcomeNotTimeBound,
    HealthNeedWithoutProvision,
    SocialCareNeedWithoutProvision,
    AdviceOutOfDate,
    AdulthoodMissing,
}

/// One fault, with the section and item to go to and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fault {
    pub kind: FaultKind,
    /// "A" to "K".
    pub section: &'static str,
    /// The need, outcome or provision number, where there is one.
    pub item: Option<u32>,
    pub message: String,
}

fn fault(kind: FaultKind, section: &'static str, item: Option<u32>, message: String) -> Fault {
    Fault {
        kind,
        section,
        item,
        message,
    }
}

/// Words that promise nothing a tribunal can enforce unless a quantity
/// pins them down.
const VAGUE: [&str; 11] = [
    "access to",
    "opportunities for",
    "opportunity to",
    "support with",
    "regular",
    "as required",
    "as needed",
    "up to",
    "where appropriate",
    "if needed",
    "when necessary",
];

const UNITS: [&str; 12] = [
    "minute", "hour", "session", "times", "day", "week", "term", "year", "daily", "weekly",
    "lesson", "month",
];

/// A number with a unit of time or amount somewhere in the text.
fn quantified(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.chars().any(|c| c.is_ascii_digit()) && UNITS.iter().any(|u| lower.contains(u))
}

fn vague_phrases(text: &str) -> Vec<&'static str> {
    let lower = format!(" {} ", text.to_lowercase());
    VAGUE
        .into_iter()
        .filter(|phrase| {
            // Whole words only: "irregular" is not "regular".
            lower.match_indices(phrase).any(|(i, _)| {
                let before = lower[..i].chars().last().unwrap_or(' ');
                let after = lower[i + phrase.len()..].chars().next().unwrap_or(' ');
                !before.is_alphanumeric() && !after.is_alphanumeric()
            })
        })
        .collect()
}

fn check_provision(out: &mut Vec<Fault>, section: &'static str, item: &Provision) {
    let d = &item.delivery;
    let all = format!("{} {} {}", item.what, d.frequency, d.duration);
    let vague = vague_phrases(&all);
    if !vague.is_empty() && !quantified(&all) {
        out.push(fault(
            FaultKind::VagueProvision,
            section,
            Some(item.number),
            format!(
                "Provision {} says \"{}\" without saying how much: give the hours, sessions or times a week",
                item.number,
                vague.join("\", \"")
            ),
        ));
    }
    let missing: Vec<&str> = [
        ("who delivers it", &d.who),
        ("how often", &d.frequency),
        ("for how long", &d.duration),
    ]
    .into_iter()
    .filter(|(_, value)| value.trim().is_empty())
    .map(|(label, _)| label)
    .collect();
    if !missing.is_empty() {
        out.push(fault(
            FaultKind::ProvisionWithoutDelivery,
            section,
            Some(item.number),
            format!(
                "Provision {} does not say {}",
                item.number,
                missing.join(", ")
            ),
        ));
    }
}

/// Words that make an outcome something a person could see happen.
const MEASURABLE: [&str; 8] = [
    "will be able to",
    "independently",
    "without adult",
    "out of",
    "%",
    "every",
    "each",
    "at least",
];

fn specific(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.split_whitespace().count() >= 6
        && (lower.chars().any(|c| c.is_ascii_digit())
            || MEASURABLE.iter().any(|m| lower.contains(m)))
}

/// Every fault in `plan` on `today`, in the order of the sections.
pub fn check(plan: &Plan, today: Date) -> Vec<Fault> {
    let mut out = Vec::new();
    if plan.views.iter().all(|s| s.text.trim().is_empty()) {
        out.push(fault(
            FaultKind::ViewsMissing,
            "A",
            None,
            "Section A is empty: add the child's and family's views, interests and hopes".into(),
        ));
    }
    for need in &plan.needs {
        if !plan
            .provision
            .iter()
            .any(|p| p.needs.contains(&need.number))
        {
            out.push(fault(
                FaultKind::NeedWithoutProvision,
                "B",
                Some(need.number),
                format!("Need {} has no provision in section F", need.number),
            ));
        }
    }
    for need in &plan.health_needs {
        if !plan
            .health_provision
            .iter()
            .any(|p| p.needs.contains(&need.number))
        {
            out.push(fault(
                FaultKind::HealthNeedWithoutProvision,
                "C",
                Some(need.number),
                format!(
                    "Health need {} has no health provision in section G",
                    need.number
                ),
            ));
        }
    }
    for need in &plan.social_care_needs {
        let met = plan
            .social_care_provision_h1
            .iter()
            .chain(&plan.social_care_provision_h2)
            .any(|p| p.needs.contains(&need.number));
        if !met {
            out.push(fault(
                FaultKind::SocialCareNeedWithoutProvision,
                "D",
                Some(need.number),
                format!(
                    "Social care need {} has no social care provision in section H",
                    need.number
                ),
            ));
        }
    }
    for outcome in &plan.outcomes {
        if !specific(&outcome.text) {
            out.push(fault(
                FaultKind::OutcomeNotSpecific,
                "E",
                Some(outcome.number),
                format!(
                    "Outcome {} is not specific: say what the child will be able to do, and how much",
                    outcome.number
                ),
            ));
        }
        if outcome.by.is_none() {
            out.push(fault(
                FaultKind::OutcomeNotTimeBound,
                "E",
                Some(outcome.number),
                format!(
                    "Outcome {} has no date: set it to the end of the key stage or phase",
                    outcome.number
                ),
            ));
        }
    }
    if plan.from_year_9 && !plan.outcomes.iter().any(|o| o.adulthood) {
        out.push(fault(
            FaultKind::AdulthoodMissing,
            "E",
            None,
            "From Year 9 the plan needs outcomes that prepare for adulthood".into(),
        ));
    }
    let outcome_numbers: Vec<u32> = plan.outcomes.iter().map(|o| o.number).collect();
    for item in &plan.provision {
        check_provision(&mut out, "F", item);
        if !item.outcomes.iter().any(|n| outcome_numbers.contains(n)) {
            out.push(fault(
                FaultKind::ProvisionWithoutOutcome,
                "F",
                Some(item.number),
                format!(
                    "Provision {} is not linked to an outcome in section E",
                    item.number
                ),
            ));
        }
    }
    for item in &plan.health_provision {
        check_provision(&mut out, "G", item);
    }
    for item in plan
        .social_care_provision_h1
        .iter()
        .chain(&plan.social_care_provision_h2)
    {
        check_provision(&mut out, "H", item);
    }
    let year_ago = today.saturating_sub(12.months());
    for advice in &plan.advice {
        if advice.dated < year_ago {
            out.push(fault(
                FaultKind::AdviceOutOfDate,
                "K",
                None,
                format!(
                    "Advice from {} ({}) is more than 12 months old: ask whether it still stands",
                    advice.author, advice.role
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::content::*;
    use jiff::civil::date;

    fn good_plan() -> Plan {
        Plan {
            views: vec![Statement {
                text: "Ava loves horses and wants to be a vet.".into(),
                source: None,
            }],
            needs: vec![Need {
                number: 1,
                area: NeedArea::CommunicationAndInteraction,
                text: "Ava has a speech and language disorder.".into(),
                source: None,
            }],
            outcomes: vec![Outcome {
                number: 1,
                needs: vec![1],
                text: "Ava will be able to tell an adult about her day in 3 linked sentences."
                    .into(),
                by: Some(date(2028, 7, 21)),
                steps: vec![],
                adulthood: false,
            }],
            provision: vec![Provision {
                number: 1,
                what: "Direct speech and language therapy".into(),
                delivery: Delivery {
                    who: "Speech and language therapist".into(),
                    expertise: "HCPC registered".into(),
                    frequency: "30 minutes, once a week".into(),
                    duration: "For 36 weeks a year".into(),
                    group_size: "1:1".into(),
                },
                needs: vec![1],
                outcomes: vec![1],
                annual_cost_pence: Some(180_000),
                catalogue_id: Some("salt-direct".into()),
            }],
            advice: vec![AdviceGiven {
                author: "Dr Lowe".into(),
                role: "Paediatrician".into(),
                dated: date(2026, 6, 1),
            }],
            ..Plan::default()
        }
    }

    fn kinds(plan: &Plan) -> Vec<FaultKind> {
        check(plan, date(2026, 11, 25))
            .into_iter()
            .map(|f| f.kind)
            .collect()
    }

    #[test]
    fn a_complete_quantified_plan_passes() {
        assert_eq!(kinds(&good_plan()), []);
        assert_eq!(good_plan().planned_cost_pence(), 180_000);
    }

    #[test]
    fn vague_words_are_faults_only_when_nothing_quantifies_them() {
        let mut plan = good_plan();
        plan.provision[0].what = "Access to speech and language therapy as required".into();
        plan.provision[0].delivery.frequency = "Regular sessions".into();
        plan.provision[0].delivery.duration = "Ongoing".into();
        assert_eq!(kinds(&plan), [FaultKind::VagueProvision]);
        let message = &check(&plan, date(2026, 11, 25))[0].message;
        assert!(
            message.contains("access to") && message.contains("as required"),
            "{message}"
        );
        plan.provision[0].delivery.frequency = "2 sessions of 30 minutes a week".into();
        assert_eq!(kinds(&plan), []);
        assert!(vague_phrases("An irregular timetable").is_empty());
    }

    #[test]
    fn every_link_between_needs_outcomes_and_provision_is_checked() {
        let mut plan = good_plan();
        plan.needs.push(Need {
            number: 2,
            area: NeedArea::SensoryPhysical,
            text: "Ava has glue ear.".into(),
            source: None,
        });
        plan.health_needs.push(Need {
            number: 3,
            area: NeedArea::SensoryPhysical,
            text: "Ava needs grommets reviewed.".into(),
            source: None,
        });
        plan.social_care_needs.push(Need {
            number: 4,
            area: NeedArea::SocialEmotionalMentalHealth,
            text: "The family needs short breaks.".into(),
            source: None,
        });
        plan.provision[0].outcomes = vec![9];
        plan.provision[0].delivery.who = String::new();
        plan.outcomes[0].by = None;
        plan.outcomes[0].text = "Improve confidence".into();
        plan.views.clear();
        plan.advice[0].dated = date(2025, 10, 1);
        plan.from_year_9 = true;
        assert_eq!(
            kinds(&plan),
            [
                FaultKind::ViewsMissing,
                FaultKind::NeedWithoutProvision,
                FaultKind::HealthNeedWithoutProvision,
                FaultKind::SocialCareNeedWithoutProvision,
                FaultKind::OutcomeNotSpecific,
                FaultKind::OutcomeNotTimeBound,
                FaultKind::AdulthoodMissing,
                FaultKind::ProvisionWithoutDelivery,
                FaultKind::ProvisionWithoutOutcome,
                FaultKind::AdviceOutOfDate,
            ]
        );
    }
}
