//! Drafting a case's EHC plan from its evidence, and the plan as an
//! accessible HTML document. The rules are in `domain::plan`; this module
//! gathers what they need: the engine's reading of the case's documents,
//! the family's "all about me", the advice received, and the authority's
//! provision catalogue and outcomes library.

mod compare;
mod data;
pub mod edit;
mod money;
mod render;
mod stored;

pub use compare::{compare, section_lines, ComparedSection};
pub use data::{authority_data, current_text, validate, DraftingData};
pub use money::Funding;
pub use render::{parts, pounds, render_html, Parts, PlanFacts, SectionLinks};
pub use stored::{load, save, Saved};

use tandem_domain::case::CaseState;
use tandem_domain::ids::{AuthorityId, CaseId};
use tandem_domain::plan::{draft, AdviceGiven, DraftInput, NeedArea, Plan, Source, Statement};
use tandem_engine::area::Area;
use tandem_engine::ingest::{read_bytes, PdfReader};
use tandem_store::read_model::to_case_events;
use tandem_store::Store;

use crate::error::{WebError, WebResult};

fn statement(text: &str, document: &str, sentence: usize) -> Statement {
    Statement {
        text: text.to_owned(),
        source: Some(Source {
            document: document.to_owned(),
            sentence,
        }),
    }
}

/// A plan drafted from the evidence, with the 20-question levels the
/// engine read, which the funding bands count.
pub struct Drafted {
    pub plan: Plan,
    pub levels: Vec<u8>,
}

/// Drafts the plan of `case` from what the case holds today.
pub async fn draft_for_case(
    store: &dyn Store,
    authority: AuthorityId,
    case: CaseId,
    pdf: Option<PdfReader>,
    today: jiff::civil::Date,
) -> WebResult<Drafted> {
    let summary = store
        .case(authority, case)
        .await?
        .ok_or(WebError::NotFound)?;
    let events = to_case_events(&store.events(authority, case).await?)?;
    let state = CaseState::from_events(&events);
    let mut files = Vec::new();
    for document in store.documents(authority, case).await? {
        if let Some((document, content)) =
            store.document_content(authority, case, document.id).await?
        {
            files.push((document.name, content));
        }
    }
    let analysis = tokio::task::spawn_blocking(move || {
        let documents: Vec<_> = files
            .iter()
            .filter_map(|(name, bytes)| read_bytes(name, bytes, pdf.as_ref()).ok())
            .collect();
        tandem_engine::analyse(&documents)
    })
    .await
    .map_err(|e| WebError::Internal(e.into()))?;

    let mut input = DraftInput {
        child_first_name: summary
            .child_name
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned(),
        date_of_birth: summary
            .child_date_of_birth
            .as_deref()
            .and_then(|d| d.parse().ok()),
        today: Some(today),
        provision_codes: analysis.provision.iter().map(|c| (*c).to_owned()).collect(),
        ..DraftInput::default()
    };
    for line in &analysis.summary {
        let said = statement(&line.text, &line.source.document, line.source.sentence);
        match line.area {
            Area::CommunicationInteraction => input
                .needs
                .push((NeedArea::CommunicationAndInteraction, said)),
            Area::CognitionLearning => input.needs.push((NeedArea::CognitionAndLearning, said)),
            Area::Semh => input
                .needs
                .push((NeedArea::SocialEmotionalMentalHealth, said)),
            Area::SensoryPhysical => input.needs.push((NeedArea::SensoryPhysical, said)),
            Area::Health => input.health.push(said),
            Area::SocialCare => input.social_care.push(said),
            Area::Views => input.views.push(said),
        }
    }
    if let Some(views) = store.child_views(authority, case).await? {
        for text in [views.admired, views.important, views.hopes, views.support] {
            if !text.trim().is_empty() {
                input.views.push(Statement { text, source: None });
            }
        }
    }
    input.advice = state
        .advice
        .iter()
        .filter_map(|a| {
            let dated = a.reused_from.or(a.received_on)?;
            Some(AdviceGiven {
                author: a.adviser.clone(),
                role: a.kind.describe().to_owned(),
                dated,
            })
        })
        .collect();
    let data = authority_data(store, authority).await?;
    Ok(Drafted {
        plan: draft(&input, &data.catalogue, &data.outcomes),
        levels: analysis.metrics.values().copied().collect(),
    })
}
