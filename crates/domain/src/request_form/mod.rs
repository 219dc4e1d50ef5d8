//! The online request for an EHC needs assessment: its questions, one thing
//! per page, and the rules each answer must meet before the request can be
//! sent. Problems are message keys, so the web layer can say them in the
//! family's language.

mod answers;
mod step;
mod validate;

pub use answers::{Answers, Language, RequesterKind};
pub use step::{Section, Step, SECTIONS};
pub use validate::{age_on, email_ok, missing_steps, validate, Problem};

/// The longest name we keep: long enough for any real name, short enough
/// for a letter's address block.
pub const MAX_NAME: usize = 100;
/// The longest free-text answer, about three pages.
pub const MAX_TEXT: usize = 5_000;
