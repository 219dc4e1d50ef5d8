//! The engine in the service: each case's documents read in the background
//! and kept as its latest analysis, the suggestions a coordinator reviews,
//! the similar past cases, and how the reviews measure the engine. The
//! pages are in `pages::findings`; staff only, never families or schools.

pub mod background;
pub mod clusters;
pub mod form;
pub mod measure;
pub mod read;
pub mod review;
pub mod similar;
pub mod stored;
pub mod words;

pub use background::{analyse_later, catch_up, start_catch_up, CatchUp};
pub use read::current;
pub use stored::StoredFindings;
