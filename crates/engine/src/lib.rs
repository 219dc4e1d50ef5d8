//! Tandem's engine: reads the advice documents of an EHC needs assessment
//! and turns them into findings with evidence. Pure: text in, findings out.
#![forbid(unsafe_code)]

pub mod advice_kind;
pub mod analysis;
pub mod area;
pub mod assess;
pub mod bench;
pub mod cohort;
pub mod context;
pub mod dictionary;
pub mod document;
pub mod error;
pub mod evaluate;
pub mod ingest;
pub mod matcher;
pub mod metric;
pub mod need_code;
pub mod reader_version;
pub mod reading;
pub mod sentences;
pub mod summary;

pub use analysis::{analyse, analyse_reading, analyse_with, Analysis, Evidence, Finding};
pub use document::Document;
pub use error::IngestError;
pub use reader_version::reader_version;
