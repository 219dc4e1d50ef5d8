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
pub use render::{facts_for, parts, pounds, render_html, Parts, PlanFacts, SectionLinks};
pub use stored::{load, save, Saved};

use std::collections::HashSet;
use tandem_domain::case::CaseState;
use tandem_domain::ids::{AuthorityId, CaseId};
use tandem_domain::plan::{draft, AdviceGiven, DraftInput, NeedArea, Plan, Source, Statement};

use tandem_engine::area::Area;
use tandem_engine::ingest::{read_bytes, PdfReader};
use tandem_engine::reading::Reading;
use tandem_store::read_model::to_case_events;
use tandem_store::Store;

use crate::error::{WebError, WebResult};
use crate::findings::read::case_files;

fn statement(text: &str, document: &str, sentence: usize) -> Statement {
    Statement {
        text: text.to_owned(),
        source: Some(Source {
            document: document.to_owned(),
            sentence,
        }),
    }
}

/// At most this many of the child's and family's own sentences in A.
const VIEWS_FROM_ADVICE: usize = 6;

/// Sentences the advice gives as the child's or family's views: those
/// under a views heading ("Views of …", "What Leila says", "What we want
/// for …") and the child's words quoted anywhere.
fn views_in(reading: &Reading<'_>) -> Vec<Statement> {
    use tandem_engine::document::BlockKind;
    let mut out: Vec<Statement> = Vec::new();
    for (id, sentence) in reading.sentences.iter().enumerate() {
        if out.len() == VIEWS_FROM_ADVICE {
            break;
        }
        let under_views = sentence
            .heading
            .as_deref()
            .and_then(Reading::area_of_heading)
            == Some(Area::Views);
        let quoted = sentence.text.contains(" said: \"") || sentence.text.contains(" says: \"");
        let words = sentence.text.split_whitespace().count();
        if sentence.kind != BlockKind::Heading
            && (under_views || quoted)
            && (4..=60).contains(&words)
            && !out.iter().any(|s| s.text == sentence.text)
        {
            let source = reading.source(id);
            out.push(statement(&sentence.text, &source.document, source.sentence));
        }
    }
    out
}

/// Sentences (document, position) whose every mention of a need is
/// negated, past, about someone else or only suspected: evidence, perhaps,
/// but not a statement of the child's need today (DESIGN §4).
fn not_about_the_child_now(reading: &Reading<'_>) -> HashSet<(String, usize)> {
    let mut current = HashSet::new();
    let mut mentioned = HashSet::new();
    for mention in &reading.mentions {
        mentioned.insert(mention.sentence);
        if mention.polarity.is_current() {
            current.insert(mention.sentence);
        }
    }
    mentioned
        .difference(&current)
        .map(|s| {
            let source = reading.source(*s);
            (source.document, source.sentence)
        })
        .collect()
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
    let files = case_files(store, authority, case).await?;
    let (analysis, own_words, not_current) = tokio::task::spawn_blocking(move || {
        let documents: Vec<_> = files
            .iter()
            .filter_map(|f| read_bytes(&f.name, &f.content, pdf.as_ref()).ok())
            .collect();
        let reading = tandem_engine::reading::Reading::new(&documents);
        (
            tandem_engine::analyse_reading(
                &reading,
                tandem_engine::assess::profiles::Profiles::shipped(),
                None,
            ),
            views_in(&reading),
            not_about_the_child_now(&reading),
        )
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
        let about = (line.source.document.clone(), line.source.sentence);
        if line.area != Area::Views && not_current.contains(&about) {
            continue;
        }
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
    // The summary keeps the views short; section A is the child's and
    // family's own words, so it takes them from where the advice gives them.
    for said in own_words {
        if !input.views.iter().any(|v| v.text == said.text) {
            input.views.push(said);
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
