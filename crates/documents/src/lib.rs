//! The EHC plan as the documents a family, a school and a tribunal read:
//! a Word document (DOCX) and a tagged PDF (PDF/UA). Both are drawn from
//! `domain::plan::Plan` and the facts of who it is for; neither touches the
//! network or the disk.

mod facts;

pub use facts::{pounds, PlanFacts};

pub mod docx;
pub mod pdf;
