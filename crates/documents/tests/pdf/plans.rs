//! A plan written by hand with every section filled, and one drafted from
//! evidence with Northbrook's shipped catalogue, as the service drafts it.

use jiff::civil::date;
use tandem_documents::PlanFacts;
use tandem_domain::plan::{
    draft, AdviceGiven, Catalogue, Delivery, DraftInput, NamedPlacement, Need, NeedArea, Outcome,
    OutcomesLibrary, PersonalBudget, Plan, Provision, Source, Statement,
};

const CATALOGUE: &str = include_str!("../../../domain/data/northbrook/provision-catalogue.toml");
const OUTCOMES: &str = include_str!("../../../domain/data/northbrook/outcomes.toml");

pub fn facts(child_name: &str) -> PlanFacts {
    PlanFacts {
        authority: "Northbrook Council".to_owned(),
        child_name: child_name.to_owned(),
        date_of_birth: "4 May 2016".to_owned(),
        reference: "NB-2026-0042".to_owned(),
        status: "Draft".to_owned(),
    }
}

fn said(text: &str, sentence: usize) -> Statement {
    Statement {
        text: text.to_owned(),
        source: Some(Source {
            document: "report.pdf".to_owned(),
            sentence,
        }),
    }
}

fn need(number: u32, area: NeedArea, text: &str) -> Need {
    Need {
        number,
        area,
        text: text.to_owned(),
        source: said(text, 4).source,
    }
}

fn provision(number: u32, what: &str, cost: Option<i64>) -> Provision {
    Provision {
        number,
        what: what.to_owned(),
        delivery: Delivery {
            who: "Speech and language therapist".to_owned(),
            expertise: "HCPC registered".to_owned(),
            frequency: "Weekly, 45 minutes".to_owned(),
            duration: "39 weeks a year".to_owned(),
            group_size: "1:1".to_owned(),
        },
        needs: vec![1, 2],
        outcomes: vec![1],
        annual_cost_pence: cost,
        catalogue_id: None,
    }
}

pub fn hand_built() -> Plan {
    Plan {
        views: vec![said("Ola loves drawing trains.", 4)],
        needs: vec![
            need(
                1,
                NeedArea::CommunicationAndInteraction,
                "Ola finds it hard to follow spoken instructions.",
            ),
            need(
                2,
                NeedArea::CognitionAndLearning,
                "Ola reads two years below her age.",
            ),
        ],
        health_needs: vec![need(3, NeedArea::SensoryPhysical, "Ola has asthma.")],
        social_care_needs: vec![need(
            4,
            NeedArea::SensoryPhysical,
            "Ola needs respite care.",
        )],
        outcomes: vec![Outcome {
            number: 1,
            needs: vec![1, 2],
            text: "Ola will follow a 3-step instruction in class.".to_owned(),
            by: Some(date(2027, 7, 31)),
            steps: vec!["Ola will follow a 2-step instruction.".to_owned()],
            adulthood: false,
        }],
        provision: vec![provision(1, "Speech and language therapy", Some(420_000))],
        health_provision: vec![provision(1, "An asthma care plan", None)],
        social_care_provision_h1: vec![provision(1, "Short breaks", None)],
        social_care_provision_h2: vec![provision(1, "A family support worker", None)],
        placement: NamedPlacement {
            school_id: None,
            name: "Northbrook Primary".to_owned(),
            kind: "mainstream".to_owned(),
        },
        personal_budget: PersonalBudget {
            requested: true,
            details: "£1,000 a year for short breaks.".to_owned(),
        },
        advice: vec![AdviceGiven {
            author: "Dr Amir Khan".to_owned(),
            role: "Educational psychologist".to_owned(),
            dated: date(2026, 2, 3),
        }],
        from_year_9: false,
    }
}

pub fn drafted() -> Result<Plan, Box<dyn std::error::Error>> {
    let catalogue = Catalogue::from_toml(CATALOGUE)?;
    let library = OutcomesLibrary::from_toml(OUTCOMES)?;
    let input = DraftInput {
        child_first_name: "Ola".to_owned(),
        date_of_birth: Some(date(2016, 5, 4)),
        today: Some(date(2026, 3, 16)),
        views: vec![said(
            "Ola loves drawing trains and wants to be a driver.",
            2,
        )],
        needs: vec![
            (
                NeedArea::CommunicationAndInteraction,
                said("Ola finds it hard to follow spoken instructions.", 5),
            ),
            (
                NeedArea::CognitionAndLearning,
                said("Ola reads two years below her age.", 7),
            ),
            (
                NeedArea::SocialEmotionalMentalHealth,
                said("Ola becomes anxious at transitions.", 9),
            ),
            (
                NeedArea::SensoryPhysical,
                said("Ola is sensitive to noise.", 11),
            ),
        ],
        health: vec![said("Ola has asthma.", 12)],
        social_care: vec![said("The family would benefit from short breaks.", 14)],
        provision_codes: (1..=13).map(|n| format!("SP{n}")).collect(),
        advice: vec![AdviceGiven {
            author: "Dr Amir Khan".to_owned(),
            role: "Educational psychologist".to_owned(),
            dated: date(2026, 2, 3),
        }],
    };
    Ok(draft(&input, &catalogue, &library))
}
