//! Drafting a whole plan from a case's evidence in one pass: the engine's
//! summary sentences become the statements of A-D (each keeping its
//! source), the need areas found choose outcomes from the library for the
//! child's phase, and the provision codes choose catalogue entries, each
//! linked to the needs and outcomes it serves. A coordinator edits from here.

use jiff::civil::Date;

use super::catalogue::{Catalogue, CatalogueEntry, OutcomesLibrary, PlanSection};
use super::content::*;
use super::phase::{end_of_stage, year_group, Phase};

/// What the evidence says, in the shape drafting needs (the web layer fills
/// it from the engine's findings and the family's views).
#[derive(Debug, Clone, Default)]
pub struct DraftInput {
    pub child_first_name: String,
    pub date_of_birth: Option<Date>,
    pub today: Option<Date>,
    /// Section A: the family's "all about me" and the child's own words.
    pub views: Vec<Statement>,
    /// Evidence of special educational need, by area.
    pub needs: Vec<(NeedArea, Statement)>,
    pub health: Vec<Statement>,
    pub social_care: Vec<Statement>,
    /// The engine's provision codes (SP1-SP13).
    pub provision_codes: Vec<String>,
    pub advice: Vec<AdviceGiven>,
}

/// At most this many statements of need per area: the strongest evidence,
/// not every sentence.
const NEEDS_PER_AREA: usize = 3;

pub fn draft(input: &DraftInput, catalogue: &Catalogue, library: &OutcomesLibrary) -> Plan {
    let mut plan = Plan {
        views: input.views.clone(),
        advice: input.advice.clone(),
        ..Plan::default()
    };
    let (phase, by, from_year_9) = match (input.date_of_birth, input.today) {
        (Some(born), Some(today)) => {
            let group = year_group(born, today);
            (
                Phase::of(group),
                Some(end_of_stage(born, today)),
                group >= 9,
            )
        }
        _ => (Phase::Primary, None, false),
    };
    plan.from_year_9 = from_year_9;
    let mut number = 0;
    let mut next = || {
        number += 1;
        number
    };
    for area in NeedArea::ALL {
        for (_, statement) in input
            .needs
            .iter()
            .filter(|(a, _)| *a == area)
            .take(NEEDS_PER_AREA)
        {
            plan.needs.push(Need {
                number: next(),
                area,
                text: statement.text.clone(),
                source: statement.source.clone(),
            });
        }
    }
    let as_need = |statement: &Statement, number: u32| Need {
        number,
        area: NeedArea::SensoryPhysical,
        text: statement.text.clone(),
        source: statement.source.clone(),
    };
    for statement in input.health.iter().take(NEEDS_PER_AREA) {
        let n = next();
        plan.health_needs.push(as_need(statement, n));
    }
    for statement in input.social_care.iter().take(NEEDS_PER_AREA) {
        let n = next();
        plan.social_care_needs.push(as_need(statement, n));
    }

    // Outcomes: the library's for each area with needs, in the child's phase.
    let name = if input.child_first_name.trim().is_empty() {
        "The child"
    } else {
        input.child_first_name.trim()
    };
    for area in NeedArea::ALL {
        let needs: Vec<u32> = plan
            .needs
            .iter()
            .filter(|n| n.area == area)
            .map(|n| n.number)
            .collect();
        if needs.is_empty() {
            continue;
        }
        for template in library
            .for_area(area, phase)
            .filter(|t| !t.adulthood || from_year_9)
        {
            let number = u32::try_from(plan.outcomes.len() + 1).unwrap_or(u32::MAX);
            plan.outcomes.push(Outcome {
                number,
                needs: needs.clone(),
                text: template.text.replace("{child}", name),
                by,
                steps: template
                    .steps
                    .iter()
                    .map(|s| s.replace("{child}", name))
                    .collect(),
                adulthood: template.adulthood,
            });
        }
    }

    // Provision: catalogue entries for the codes found, for areas with needs.
    let mut items = 0u32;
    for entry in &catalogue.entries {
        let (needs, outcomes): (Vec<u32>, Vec<u32>) = match entry.section {
            PlanSection::F => {
                let coded = entry
                    .codes
                    .iter()
                    .any(|c| input.provision_codes.contains(c));
                let needs: Vec<u32> = plan
                    .needs
                    .iter()
                    .filter(|n| entry.areas.contains(&n.area))
                    .map(|n| n.number)
                    .collect();
                if !coded || needs.is_empty() {
                    continue;
                }
                let outcomes = plan
                    .outcomes
                    .iter()
                    .filter(|o| o.needs.iter().any(|n| needs.contains(n)))
                    .map(|o| o.number)
                    .collect();
                (needs, outcomes)
            }
            PlanSection::G => (
                plan.health_needs.iter().map(|n| n.number).collect(),
                Vec::new(),
            ),
            PlanSection::H2 => (
                plan.social_care_needs.iter().map(|n| n.number).collect(),
                Vec::new(),
            ),
        };
        if needs.is_empty() {
            continue;
        }
        items += 1;
        let item = provision_from(entry, items, name, needs, outcomes);
        match entry.section {
            PlanSection::F => plan.provision.push(item),
            PlanSection::G => plan.health_provision.push(item),
            PlanSection::H2 => plan.social_care_provision_h2.push(item),
        }
    }
    plan
}

fn provision_from(
    entry: &CatalogueEntry,
    number: u32,
    name: &str,
    needs: Vec<u32>,
    outcomes: Vec<u32>,
) -> Provision {
    Provision {
        number,
        what: entry.what.replace("{child}", name),
        // Any field of a catalogue entry may name the child.
        delivery: Delivery {
            who: format!("{} ({})", entry.who, entry.provider).replace("{child}", name),
            expertise: entry.expertise.replace("{child}", name),
            frequency: entry.frequency.replace("{child}", name),
            duration: entry.duration.replace("{child}", name),
            group_size: entry.group_size.replace("{child}", name),
        },
        needs,
        outcomes,
        annual_cost_pence: Some(entry.annual_cost_pence),
        catalogue_id: Some(entry.id.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::quality::{check, FaultKind};
    use jiff::civil::date;

    const CATALOGUE: &str = include_str!("../../data/northbrook/provision-catalogue.toml");
    const OUTCOMES: &str = include_str!("../../data/northbrook/outcomes.toml");

    fn said(text: &str, sentence: usize) -> Statement {
        Statement {
            text: text.into(),
            source: Some(Source {
                document: "ep-report.docx".into(),
                sentence,
            }),
        }
    }

    fn input(born: Date) -> DraftInput {
        DraftInput {
            child_first_name: "Ava".into(),
            date_of_birth: Some(born),
            today: Some(date(2026, 11, 25)),
            views: vec![said("Ava loves drawing horses.", 1)],
            needs: vec![
                (
                    NeedArea::CommunicationAndInteraction,
                    said("Ava's expressive language is well below her age.", 4),
                ),
                (
                    NeedArea::CognitionAndLearning,
                    said("Ava reads at the level of a 6-year-old.", 9),
                ),
                (
                    NeedArea::SocialEmotionalMentalHealth,
                    said("Ava becomes anxious in busy rooms.", 12),
                ),
            ],
            health: vec![said("Ava has epilepsy, controlled by medication.", 2)],
            social_care: vec![],
            provision_codes: vec!["SP3".into(), "SP4".into(), "SP6".into(), "SP9".into()],
            advice: vec![AdviceGiven {
                author: "Dr Amara Lowe".into(),
                role: "Educational psychologist".into(),
                dated: date(2026, 10, 1),
            }],
        }
    }

    #[test]
    fn the_shipped_data_reads() {
        let catalogue = Catalogue::from_toml(CATALOGUE).unwrap();
        let library = OutcomesLibrary::from_toml(OUTCOMES).unwrap();
        assert!(catalogue.entries.len() >= 10);
        assert!(library.outcomes.len() >= 16);
        assert!(Catalogue::from_toml("[[provision]]\nid = 3").is_err());
    }

    #[test]
    fn a_draft_keeps_its_sources_links_everything_and_passes_the_check() {
        let catalogue = Catalogue::from_toml(CATALOGUE).unwrap();
        let library = OutcomesLibrary::from_toml(OUTCOMES).unwrap();
        for born in [
            date(2022, 3, 1),
            date(2017, 5, 4),
            date(2012, 1, 10),
            date(2009, 6, 1),
        ] {
            let plan = draft(&input(born), &catalogue, &library);
            assert_eq!(plan.needs.len(), 3);
            assert_eq!(plan.needs[0].source.as_ref().map(|s| s.sentence), Some(4));
            assert!(plan.outcomes.iter().all(|o| o.by.is_some()));
            assert!(plan.outcomes.iter().all(|o| !o.text.contains("{child}")));
            assert!(
                !serde_json::to_string(&plan)
                    .unwrap_or_default()
                    .contains("{child}"),
                "no field of the draft keeps the placeholder"
            );
            assert!(!plan.health_provision.is_empty());
            let faults = check(&plan, date(2026, 11, 25));
            assert!(faults.is_empty(), "born {born}: {faults:#?}");
            assert!(plan.planned_cost_pence() > 0);
        }
    }

    #[test]
    fn a_need_the_catalogue_cannot_meet_is_left_for_the_coordinator_to_see() {
        let catalogue = Catalogue::from_toml(CATALOGUE).unwrap();
        let library = OutcomesLibrary::from_toml(OUTCOMES).unwrap();
        let mut input = input(date(2017, 5, 4));
        input.provision_codes = vec!["SP7".into()];
        let plan = draft(&input, &catalogue, &library);
        let kinds: Vec<FaultKind> = check(&plan, date(2026, 11, 25))
            .into_iter()
            .map(|f| f.kind)
            .collect();
        assert!(
            kinds.contains(&FaultKind::NeedWithoutProvision),
            "{kinds:?}"
        );
        assert!(!kinds.contains(&FaultKind::VagueProvision));
    }
}
