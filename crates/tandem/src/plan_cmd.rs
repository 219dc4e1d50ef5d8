//! `tandem plan draft` and `tandem plan check`: a case's plan drafted from
//! its evidence, for batch work outside the pages.

use std::io::Write;

use tandem_domain::clock::london_date;
use tandem_domain::plan::check as check_plan;
use tandem_store::{Authority, CaseSummary, SqlStore, Store};
use tandem_web::plan::{draft_for_case, facts_for, render_html};

use crate::cli::{PlanCheckArgs, PlanDraftArgs, PlanFormat};

/// The case with this reference, in whichever authority holds it.
async fn find_case(store: &SqlStore, reference: &str) -> anyhow::Result<(Authority, CaseSummary)> {
    let reference = reference.trim().to_ascii_uppercase();
    for authority in store.authorities().await? {
        if let Some(case) = store.case_by_reference(authority.id, &reference).await? {
            return Ok((authority, case));
        }
    }
    anyhow::bail!("there is no case {reference}")
}

async fn drafted(
    database: &crate::cli::Database,
    reference: &str,
) -> anyhow::Result<(Authority, CaseSummary, tandem_domain::plan::Plan)> {
    let store = tandem_store::open(&database.url()?).await?;
    let (authority, case) = find_case(&store, reference).await?;
    let today = london_date(jiff::Timestamp::now());
    let plan = draft_for_case(
        &store,
        authority.id,
        case.id,
        crate::engine_cmd::pdf_reader(),
        today,
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?
    .plan;
    Ok((authority, case, plan))
}

pub async fn draft(args: PlanDraftArgs) -> anyhow::Result<()> {
    let (authority, case, plan) = drafted(&args.database, &args.case).await?;
    let facts = facts_for(&authority.name, &case, "Draft".into());
    let bytes = match args.format {
        PlanFormat::Html => render_html(&plan, &facts)
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .into_bytes(),
        PlanFormat::Docx => tandem_documents::docx::render_docx(&plan, &facts)?,
        PlanFormat::Pdf => tandem_documents::pdf::render_pdf(&plan, &facts)?,
    };
    match &args.out {
        Some(path) => {
            std::fs::write(path, bytes)?;
            eprintln!(
                "Wrote the draft plan of {} to {}",
                case.reference,
                path.display()
            );
        }
        None => std::io::stdout().write_all(&bytes)?,
    }
    Ok(())
}

pub async fn check(args: PlanCheckArgs) -> anyhow::Result<()> {
    let (_, case, plan) = drafted(&args.database, &args.case).await?;
    let faults = check_plan(&plan, london_date(jiff::Timestamp::now()));
    if args.json {
        println!("{}", serde_json::to_string_pretty(&faults)?);
    } else if faults.is_empty() {
        println!(
            "The draft plan of {} passes the quality check.",
            case.reference
        );
    } else {
        println!(
            "The draft plan of {} has {} faults:",
            case.reference,
            faults.len()
        );
        for fault in &faults {
            println!("  Section {}: {}", fault.section, fault.message);
        }
    }
    Ok(())
}
