//! Plans to render: one written by hand that fills every section (with a
//! need deleted, so numbering has a gap), and one drafted from the shipped
//! catalogue as a coordinator would start from.

use jiff::civil::date;
use tandem_documents::PlanFacts;
use tandem_domain::plan::*;

use super::ooxml::Result;

pub fn facts(child: &str) -> PlanFacts {
    PlanFacts {
        authority: "Northbrook Council".into(),
        child_name: child.into(),
        date_of_birth: "4 May 2017".into(),
        reference: "NB-2026-0042".into(),
        status: "Draft".into(),
    }
}

fn from(document: &str, sentence: usize) -> Option<Source> {
    Some(Source {
        document: document.into(),
        sentence,
    })
}

fn need(number: u32, area: NeedArea, text: &str) -> Need {
    Need {
        number,
        area,
        text: text.into(),
        source: from("report.pdf", number as usize + 3),
    }
}

fn item(number: u32, what: &str, needs: Vec<u32>, cost: Option<i64>) -> Provision {
    Provision {
        number,
        what: what.into(),
        delivery: Delivery {
            who: "Speech and language therapist".into(),
            expertise: "HCPC registered".into(),
            frequency: "Weekly".into(),
            duration: "30 minutes".into(),
            group_size: "1:1".into(),
        },
        needs,
        outcomes: vec![1],
        annual_cost_pence: cost,
        catalogue_id: None,
    }
}

pub fn by_hand() -> Plan {
    use NeedArea::*;
    Plan {
        views: vec![Statement {
            text: "Sam loves trains.".into(),
            source: from("all-about-me.docx", 2),
        }],
        // Need 2 was deleted by the coordinator.
        needs: vec![
            need(
                1,
                CommunicationAndInteraction,
                "Sam's speech is hard to follow.",
            ),
            need(
                3,
                CommunicationAndInteraction,
                "Sam finds turn-taking hard.",
            ),
            need(4, CognitionAndLearning, "Sam reads well below his age."),
            need(5, SensoryPhysical, "Sam is sensitive to noise."),
        ],
        health_needs: vec![need(6, SensoryPhysical, "Sam has asthma.")],
        social_care_needs: vec![need(7, SensoryPhysical, "Sam needs short breaks.")],
        outcomes: vec![Outcome {
            number: 1,
            needs: vec![1, 3],
            text: "Sam will join a conversation with a friend.".into(),
            by: Some(date(2028, 7, 21)),
            steps: vec!["Takes two turns".into(), "Takes four turns".into()],
            adulthood: true,
        }],
        provision: vec![item(1, "Speech therapy", vec![1, 3], Some(2_300_000))],
        health_provision: vec![item(1, "Asthma plan", vec![6], None)],
        social_care_provision_h1: vec![item(1, "Short breaks", vec![7], Some(150_000))],
        social_care_provision_h2: vec![],
        placement: NamedPlacement {
            school_id: None,
            name: "Northbrook Primary".into(),
            kind: "mainstream".into(),
        },
        personal_budget: PersonalBudget {
            requested: true,
            details: "£1,500 a year for short breaks.".into(),
        },
        advice: vec![AdviceGiven {
            author: "Dr Amara Lowe".into(),
            role: "Educational psychologist".into(),
            dated: date(2026, 10, 1),
        }],
        from_year_9: false,
    }
}

fn said(text: &str, sentence: usize) -> Statement {
    Statement {
        text: text.into(),
        source: from("ep-report.docx", sentence),
    }
}

pub fn drafted() -> Result<Plan> {
    let catalogue = Catalogue::from_toml(include_str!(
        "../../../domain/data/northbrook/provision-catalogue.toml"
    ))?;
    let library = OutcomesLibrary::from_toml(include_str!(
        "../../../domain/data/northbrook/outcomes.toml"
    ))?;
    let input = DraftInput {
        child_first_name: "Ava".into(),
        date_of_birth: Some(date(2012, 1, 10)),
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
        social_care: vec![said("Ava's family would like short breaks.", 5)],
        provision_codes: vec!["SP3".into(), "SP4".into(), "SP6".into(), "SP9".into()],
        advice: vec![AdviceGiven {
            author: "Dr Amara Lowe".into(),
            role: "Educational psychologist".into(),
            dated: date(2026, 10, 1),
        }],
    };
    Ok(draft(&input, &catalogue, &library))
}

/// Every need of B, C and D in the order the plan prints them.
pub fn needs_in_order(plan: &Plan) -> Vec<&Need> {
    let mut needs = Vec::new();
    for area in NeedArea::ALL {
        needs.extend(plan.needs.iter().filter(|n| n.area == area));
    }
    needs.extend(&plan.health_needs);
    needs.extend(&plan.social_care_needs);
    needs
}
