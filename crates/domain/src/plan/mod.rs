//! The EHC plan as structured data (DESIGN §5): sections A to K, each
//! statement of need traceable to the evidence it came from, provision tied
//! to the needs and outcomes it serves, and the quality check a plan must
//! pass before it is issued. Pure: the web layer drafts, edits and renders.

mod catalogue;
mod content;
mod draft;
mod funding;
mod lock;
mod phase;
mod quality;
mod section;

pub use catalogue::{
    Catalogue, CatalogueEntry, DataError, OutcomeTemplate, OutcomesLibrary, PlanSection,
};
pub use content::*;
pub use draft::{draft, DraftInput};
pub use funding::{Band, FundingBands, FundingPosition};
pub use lock::{open_for_changes, Locked};
pub use phase::{end_of_stage, year_group, Phase};
pub use quality::{check, Fault, FaultKind};
pub use section::Section;
