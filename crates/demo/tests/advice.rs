//! The demo's advice documents: one per advice received, shaped like real
//! advice, the same for the same seed, stored with their cases, and read by
//! the engine as the need the demo gave the child.

// Helpers outside #[test] functions may panic too: this is a test file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use jiff::civil::{date, Date};
use tandem_demo::{advice_documents, load_demo, plan_demo, DemoOptions, PlannedCase};
use tandem_domain::case::{CaseState, Stage};
use tandem_domain::plan::{
    draft, Catalogue, DraftInput, NeedArea, OutcomesLibrary, Plan, Source, Statement,
};
use tandem_engine::area::Area;
use tandem_engine::document::BlockKind;
use tandem_engine::ingest::read_bytes;
use tandem_engine::{analyse, Analysis, Document};
use tandem_store::read_model::to_case_events;
use tandem_store::{CaseFilter, SqlStore, Store};

const TODAY: Date = date(2026, 3, 16);

fn options(seed: u64) -> DemoOptions {
    DemoOptions {
        plans: 200,
        requests_per_year: 40,
        ..DemoOptions::full(seed, TODAY)
    }
}

fn received(state: &CaseState) -> usize {
    state
        .advice
        .iter()
        .filter(|a| a.received_on.or(a.reused_from).is_some())
        .count()
}

fn read(name: &str, text: &[u8]) -> Document {
    read_bytes(name, text, None).unwrap()
}

/// The broad area of a DfE SEN2 type of need; other needs stand alone.
fn area_of(code: &str) -> &'static str {
    match code {
        "ASD" | "SLCN" => "communication and interaction",
        "MLD" | "SLD" | "PMLD" | "SPLD" | "DS" => "cognition and learning",
        "SEMH" => "social, emotional and mental health",
        "HI" | "VI" | "MSI" | "PD" => "sensory and physical",
        _ => "other",
    }
}

/// Every `step`-th case with advice documents.
fn sample(cases: &[PlannedCase], step: usize) -> Vec<&PlannedCase> {
    cases
        .iter()
        .filter(|c| received(&c.state) > 0)
        .step_by(step)
        .collect()
}

#[test]
fn every_advice_received_has_one_document_written_like_advice() {
    let options = options(5);
    let cases = plan_demo(&options).unwrap();
    let mut documents = 0;
    let mut words = Vec::new();
    for case in &cases {
        let docs = advice_documents(options.seed, case);
        assert_eq!(docs.len(), received(&case.state), "{}", case.reference);
        let mut names: Vec<&str> = docs.iter().map(|d| d.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), docs.len(), "{}", case.reference);
        let first = case.child_name.split(' ').next().unwrap();
        for doc in &docs {
            let context = format!("{} {}:\n{}", case.reference, doc.name, doc.text);
            assert!(!doc.text.contains(['{', '}', '@']), "{context}");
            assert!(doc.text.contains(&case.child_name), "{context}");
            assert!(doc.text.contains(first), "{context}");
            let read = read(&doc.name, doc.text.as_bytes());
            // Sections follow the letterhead, which ends with the child's
            // row, and come before the signature, which reads as a heading.
            let blocks = read.blocks.split_last().unwrap().1;
            let headings = blocks
                .iter()
                .skip_while(|b| b.kind != BlockKind::TableRow)
                .filter(|b| b.kind == BlockKind::Heading)
                .count();
            assert!(
                (3..=6).contains(&headings),
                "{headings} headings in {context}"
            );
            let count = doc.text.split_whitespace().count();
            assert!((200..=560).contains(&count), "{count} words in {context}");
            words.push(count);
        }
        documents += docs.len();
    }
    words.sort_unstable();
    let middle = words[words.len() / 2];
    let in_range = words.iter().filter(|w| (250..=500).contains(*w)).count();
    eprintln!(
        "{} cases, {documents} documents, words: min {} median {middle} max {}, {in_range} in 250-500",
        cases.len(),
        words[0],
        words[words.len() - 1]
    );
    assert!(documents > 500, "{documents}");
    assert!(
        in_range * 10 >= words.len() * 9,
        "{in_range} of {}",
        words.len()
    );
}

#[test]
fn the_same_seed_gives_the_same_documents() {
    let a = plan_demo(&options(7)).unwrap();
    let b = plan_demo(&options(7)).unwrap();
    let docs = |cases: &[PlannedCase], seed| -> Vec<_> {
        cases
            .iter()
            .flat_map(|c| advice_documents(seed, c))
            .collect()
    };
    assert_eq!(docs(&a, 7), docs(&b, 7));
    let c = plan_demo(&options(8)).unwrap();
    assert_ne!(docs(&a, 7), docs(&c, 8));
}

fn analysed(case: &PlannedCase, seed: u64) -> Analysis {
    let documents: Vec<Document> = advice_documents(seed, case)
        .iter()
        .map(|d| read(&d.name, d.text.as_bytes()))
        .collect();
    analyse(&documents)
}

#[test]
fn the_engine_reads_the_childs_need_from_the_documents() {
    let options = options(11);
    let cases = plan_demo(&options).unwrap();
    let sample = sample(&cases, 2);
    let mut by_need: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for case in &sample {
        let analysis = analysed(case, options.seed);
        let want = case.need().sen2_code();
        let got = analysis.primary_need.map_or("none", |n| n.code());
        let entry = by_need.entry(want).or_default();
        entry.0 += 1;
        entry.1 += usize::from(area_of(got) == area_of(want));
        entry.2 += usize::from(got == want);
        if area_of(got) != area_of(want) {
            eprintln!("{} {want} read as {got}", case.reference);
        }
    }
    let (mut n, mut area, mut code) = (0, 0, 0);
    for (need, (cases, right_area, right_code)) in &by_need {
        eprintln!("{need:5} {cases:3} cases: area {right_area}, code {right_code}");
        n += cases;
        area += right_area;
        code += right_code;
    }
    eprintln!("{n} cases: area right {area}, need right {code}");
    assert!(n >= 100, "{n}");
    assert!(area * 100 >= n * 80, "area right for {area} of {n}");
}

#[tokio::test]
async fn a_loaded_demo_keeps_its_advice_documents() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("demo.db").display());
    let store = SqlStore::open(&url).await.unwrap();
    let options = options(3);
    let demo = load_demo(&store, &options, &|p| p.to_owned(), &mut |_| {})
        .await
        .unwrap();
    let authority = demo.authority;
    let planned = plan_demo(&options).unwrap();
    let cases = store
        .cases(
            authority,
            &CaseFilter {
                limit: 100_000,
                ..CaseFilter::default()
            },
        )
        .await
        .unwrap();
    let (mut with_advice, mut sampled, mut right) = (0, 0, 0);
    for case in &cases {
        let events = to_case_events(&store.events(authority, case.id).await.unwrap()).unwrap();
        let state = CaseState::from_events(&events);
        let stored = store.documents(authority, case.id).await.unwrap();
        assert_eq!(stored.len(), received(&state), "{}", case.reference);
        if stored.is_empty() {
            continue;
        }
        with_advice += 1;
        if state.stage == Stage::PlanInForce {
            assert!(
                stored.iter().all(|d| d.family_visible),
                "{}",
                case.reference
            );
        }
        if with_advice % 4 != 0 {
            continue;
        }
        let mut documents = Vec::new();
        for document in &stored {
            let (document, content) = store
                .document_content(authority, case.id, document.id)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(document.content_type, "text/plain; charset=utf-8");
            documents.push(read(&document.name, &content));
        }
        let need = planned
            .iter()
            .find(|p| p.reference == case.reference)
            .unwrap()
            .need()
            .sen2_code();
        let got = analyse(&documents)
            .primary_need
            .map_or("none", |n| n.code());
        sampled += 1;
        right += usize::from(area_of(got) == area_of(need));
    }
    eprintln!("{with_advice} cases with advice; need area right in {right} of {sampled}");
    assert!(
        with_advice * 2 > cases.len(),
        "{with_advice} of {}",
        cases.len()
    );
    assert!(right * 100 >= sampled * 80, "{right} of {sampled}");
}

const CATALOGUE: &str = include_str!("../../domain/data/northbrook/provision-catalogue.toml");
const OUTCOMES: &str = include_str!("../../domain/data/northbrook/outcomes.toml");

/// Drafts the plan of `case` the way the plan page does, from the engine's
/// reading of its documents (crates/web/src/plan/mod.rs).
fn drafted(
    case: &PlannedCase,
    seed: u64,
    catalogue: &Catalogue,
    library: &OutcomesLibrary,
) -> Plan {
    let analysis = analysed(case, seed);
    let mut input = DraftInput {
        child_first_name: case.child_name.split(' ').next().unwrap().to_owned(),
        date_of_birth: Some(case.child.date_of_birth),
        today: Some(TODAY),
        provision_codes: analysis.provision.iter().map(|c| (*c).to_owned()).collect(),
        ..DraftInput::default()
    };
    for line in &analysis.summary {
        let said = Statement {
            text: line.text.clone(),
            source: Some(Source {
                document: line.source.document.clone(),
                sentence: line.source.sentence,
            }),
        };
        let need = match line.area {
            Area::CommunicationInteraction => NeedArea::CommunicationAndInteraction,
            Area::CognitionLearning => NeedArea::CognitionAndLearning,
            Area::Semh => NeedArea::SocialEmotionalMentalHealth,
            Area::SensoryPhysical => NeedArea::SensoryPhysical,
            Area::Health => {
                input.health.push(said);
                continue;
            }
            Area::SocialCare => {
                input.social_care.push(said);
                continue;
            }
            Area::Views => {
                input.views.push(said);
                continue;
            }
        };
        input.needs.push((need, said));
    }
    draft(&input, catalogue, library)
}

#[test]
fn plans_drafted_from_demo_cases_have_needs_outcomes_and_provision() {
    let catalogue = Catalogue::from_toml(CATALOGUE).unwrap();
    let library = OutcomesLibrary::from_toml(OUTCOMES).unwrap();
    let options = options(13);
    let cases = plan_demo(&options).unwrap();
    let sample: Vec<&PlannedCase> = sample(&cases, 2).into_iter().take(100).collect();
    let (mut b, mut e, mut f, mut all) = (0, 0, 0, 0);
    for case in &sample {
        let plan = drafted(case, options.seed, &catalogue, &library);
        let has = (
            !plan.needs.is_empty(),
            !plan.outcomes.is_empty(),
            !plan.provision.is_empty(),
        );
        b += usize::from(has.0);
        e += usize::from(has.1);
        f += usize::from(has.2);
        all += usize::from(has.0 && has.1 && has.2);
        if !(has.0 && has.1 && has.2) {
            eprintln!("{} {}: {has:?}", case.reference, case.need().sen2_code());
        }
    }
    eprintln!(
        "of {} drafted plans: needs in B {b}, outcomes in E {e}, provision in F {f}, all three {all}",
        sample.len()
    );
    assert_eq!(sample.len(), 100);
    assert!(all >= 90, "{all}");
}
