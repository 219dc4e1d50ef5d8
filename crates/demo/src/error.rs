//! Why loading the demo failed.

use tandem_domain::case::Refusal;
use tandem_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The generator built a case the rules refuse: a bug in the demo, never
    /// papered over, because a demo case must be one the service could record.
    #[error("demo case {reference}: the rules refused a step: {refusal}")]
    Refused { reference: String, refusal: Refusal },
    #[error("the demo could not be written: {0}")]
    Store(#[from] StoreError),
    #[error("a demo date could not be computed: {0}")]
    Date(#[from] jiff::Error),
    #[error("no readable password could be made for {0}")]
    Password(String),
    #[error("the demo options are not usable: {0}")]
    Options(&'static str),
}
