//! The plan as a tagged PDF (PDF/UA-1), laid out by typst as a library.
//!
//! The plan reaches the template (`pdf/plan.typ`) as JSON data, never as
//! markup, so whatever a family or a coordinator typed prints as written.
//! Fonts are shipped in the binary; nothing is read from disk or fetched.
//!
//! Conformance: the export asks typst (through krilla) for PDF/UA-1, and
//! krilla refuses to write a document that breaks the rules it can check
//! (no title, no language, untagged content, missing glyphs, headings
//! without text, no outline). veraPDF, the reference validator, is not
//! packaged for Debian, so that check at export and the structural checks
//! in `tests/pdf.rs` (tagging, language, metadata, `pdfinfo`) are the
//! validation we have.

mod fonts;
mod text;
mod view;
mod world;

use typst::diag::SourceDiagnostic;
use typst::ecow::EcoVec;
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use tandem_domain::plan::Plan;

use crate::PlanFacts;
use view::PlanView;
use world::PlanWorld;

/// Why a plan could not be made into a PDF. Each is a fault in Tandem, not
/// in the plan: user text is cleaned before layout, so no plan content
/// should ever cause one.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the plan could not be passed to the layout: {0}")]
    Data(#[from] serde_json::Error),
    #[error("the plan could not be laid out: {0}")]
    Layout(String),
    #[error("the PDF could not be written as PDF/UA-1: {0}")]
    Export(String),
}

/// Compiled results are kept this many renders after their last use: enough
/// to reuse the template's work from one plan to the next, without letting
/// typst's global cache grow for the life of the server.
const CACHE_RENDERS: usize = 10;

/// The plan as PDF bytes, tagged and checked against PDF/UA-1. Laying out
/// takes tens of milliseconds of CPU: call it from `spawn_blocking`.
pub fn render_pdf(plan: &Plan, facts: &PlanFacts) -> Result<Vec<u8>, PdfError> {
    let document = lay_out(plan, facts)?.0;
    let standards = PdfStandards::new(&[PdfStandard::Ua_1])
        .map_err(|e| PdfError::Export(e.message().to_string()))?;
    let options = PdfOptions {
        ident: match facts.reference.trim() {
            "" => Smart::Auto,
            reference => Smart::Custom(reference.to_owned()),
        },
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| PdfError::Export(describe(&errors)))
}

/// The laid-out pages and typst's warnings, which the tests hold at none.
fn lay_out(plan: &Plan, facts: &PlanFacts) -> Result<(PagedDocument, Vec<String>), PdfError> {
    let data = serde_json::to_vec(&PlanView::new(plan, facts))?;
    let world = PlanWorld::new(data);
    let compiled = typst::compile::<PagedDocument>(&world);
    typst::comemo::evict(CACHE_RENDERS);
    let warnings = compiled
        .warnings
        .iter()
        .map(|w| w.message.to_string())
        .collect();
    let document = compiled
        .output
        .map_err(|errors| PdfError::Layout(describe(&errors)))?;
    Ok((document, warnings))
}

fn describe(errors: &EcoVec<SourceDiagnostic>) -> String {
    errors
        .iter()
        .map(|e| e.message.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;
    use tandem_domain::plan::{
        AdviceGiven, Delivery, Need, NeedArea, Outcome, Plan, Provision, Statement,
    };

    use crate::PlanFacts;

    /// Every branch of the template once: lists, tables, steps, adulthood.
    fn one_of_everything() -> Plan {
        let need = Need {
            number: 1,
            area: NeedArea::CognitionAndLearning,
            text: "Reads below age.".to_owned(),
            source: None,
        };
        let item = Provision {
            number: 1,
            what: "Reading".to_owned(),
            delivery: Delivery::default(),
            needs: vec![1],
            outcomes: vec![1],
            annual_cost_pence: Some(100),
            catalogue_id: None,
        };
        Plan {
            views: vec![Statement {
                text: "Likes trains.".to_owned(),
                source: None,
            }],
            needs: vec![need.clone()],
            health_needs: vec![need.clone()],
            social_care_needs: vec![need],
            outcomes: vec![Outcome {
                number: 1,
                needs: vec![1],
                text: "Reads a page.".to_owned(),
                by: Some(date(2030, 7, 31)),
                steps: vec!["Reads a line.".to_owned()],
                adulthood: true,
            }],
            provision: vec![item.clone()],
            health_provision: vec![item.clone()],
            social_care_provision_h1: vec![item.clone()],
            social_care_provision_h2: vec![item],
            advice: vec![AdviceGiven {
                author: "A".to_owned(),
                role: "B".to_owned(),
                dated: date(2026, 1, 1),
            }],
            ..Plan::default()
        }
    }

    #[test]
    fn the_template_lays_out_without_warnings() -> Result<(), super::PdfError> {
        for plan in [Plan::default(), one_of_everything()] {
            let (document, warnings) = super::lay_out(&plan, &PlanFacts::default())?;
            assert!(warnings.is_empty(), "{warnings:?}");
            assert!(!document.pages().is_empty());
        }
        Ok(())
    }
}
