//! `tandem bench plan`: drafts the plans of demo cases that hold advice,
//! times drafting and the Word and PDF renderings, and counts the faults
//! the quality check finds in Tandem's own drafts before anyone edits them.

use std::collections::BTreeMap;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use tandem_domain::case::CaseState;
use tandem_domain::clock::london_date;
use tandem_domain::plan::{check, FaultKind};
use tandem_store::read_model::to_case_events;
use tandem_store::{CaseFilter, Store};
use tandem_web::plan::{draft_for_case, facts_for};

use crate::cli::BenchPlanArgs;

fn millis(started: Instant) -> f64 {
    started.elapsed().as_secs_f64() * 1000.0
}

fn summary(name: &str, mut times: Vec<f64>) -> String {
    if times.is_empty() {
        return format!("{name}: nothing timed");
    }
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    format!(
        "{name}: median {:.2} ms, 95th percentile {:.2} ms, slowest {:.2} ms",
        at(0.5),
        at(0.95),
        times[times.len() - 1]
    )
}

pub async fn run(args: BenchPlanArgs) -> anyhow::Result<()> {
    let store = tandem_store::open(&args.database.url()?).await?;
    let today = london_date(jiff::Timestamp::now());
    let pdf = crate::engine_cmd::pdf_reader();
    let mut chosen = Vec::new();
    'authorities: for authority in store.authorities().await? {
        let filter = CaseFilter {
            limit: 5000,
            ..CaseFilter::default()
        };
        // Cases being assessed or drafted first: those are the plans
        // Tandem drafts today; then older cases, drafted as of the day
        // the authority decided to issue their plan.
        let mut cases = store.cases(authority.id, &filter).await?;
        cases.sort_by_key(|c| {
            !matches!(c.stage.as_str(), "drafting" | "draft_issued" | "assessing")
        });
        for case in cases {
            if !store.documents(authority.id, case.id).await?.is_empty() {
                chosen.push((authority.clone(), case));
                if chosen.len() == args.cases {
                    break 'authorities;
                }
            }
        }
    }
    anyhow::ensure!(
        !chosen.is_empty(),
        "no case holds advice documents: load the demo first (tandem demo)"
    );
    let bar = ProgressBar::new(chosen.len() as u64);
    bar.set_style(ProgressStyle::with_template(
        "{msg} [{bar:40}] {pos}/{len} cases ({eta} left)",
    )?);
    bar.set_message("Drafting plans");
    let (mut draft_ms, mut docx_ms, mut pdf_ms) = (Vec::new(), Vec::new(), Vec::new());
    let mut faults: BTreeMap<String, usize> = BTreeMap::new();
    let (mut clean, mut total_faults, mut provision_items) = (0, 0, 0);
    for (authority, case) in &chosen {
        let events = to_case_events(&store.events(authority.id, case.id).await?)?;
        let as_of = CaseState::from_events(&events)
            .issue_decision
            .map(|d| d.on)
            .filter(|on| *on < today)
            .unwrap_or(today);
        let started = Instant::now();
        let plan = draft_for_case(&store, authority.id, case.id, pdf.clone(), as_of)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .plan;
        draft_ms.push(millis(started));
        let found = check(&plan, as_of);
        provision_items += plan.provision.len() + plan.health_provision.len();
        total_faults += found.len();
        if found.is_empty() {
            clean += 1;
        }
        for fault in &found {
            *faults.entry(format!("{:?}", fault.kind)).or_default() += 1;
        }
        let facts = facts_for(&authority.name, case, "Draft".into());
        let started = Instant::now();
        let docx = tandem_documents::docx::render_docx(&plan, &facts)?;
        docx_ms.push(millis(started));
        let started = Instant::now();
        let pdf_bytes = tandem_documents::pdf::render_pdf(&plan, &facts)?;
        pdf_ms.push(millis(started));
        std::hint::black_box((docx, pdf_bytes));
        bar.inc(1);
    }
    bar.finish_and_clear();
    let vague = faults
        .get(&format!("{:?}", FaultKind::VagueProvision))
        .copied()
        .unwrap_or(0);
    println!("plans drafted from {} demo cases with advice", chosen.len());
    println!("{}", summary("draft (engine reading + drafting)", draft_ms));
    println!("{}", summary("Word document", docx_ms));
    println!("{}", summary("tagged PDF", pdf_ms));
    println!(
        "quality check before editing: {total_faults} faults in {} drafts ({clean} with none); {provision_items} provision items, {vague} with vague wording",
        chosen.len()
    );
    for (kind, count) in faults {
        println!("  {kind}: {count}");
    }
    Ok(())
}
