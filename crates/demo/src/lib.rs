//! A realistic, fictional demo authority, Northbrook Council, generated
//! through the domain's own commands so every case obeys the rules.
//!
//! Planning ([`plan_demo`]) is pure and deterministic: the same seed gives
//! the same cases. Loading ([`load_demo`]) writes the plan into a store.
#![forbid(unsafe_code)]

mod advice_text;
mod assessment;
mod calendar;
mod cases;
mod child;
mod credentials;
mod directory;
mod draft;
mod error;
mod family;
mod load;
mod need;
mod options;
mod people;
mod replay;
mod reviews;
mod rng;
mod words;

pub use advice_text::{advice_documents, AdviceDocument};
pub use cases::{plan_cases, Origin, PlannedCase};
pub use child::Child;
pub use directory::{
    plan_schools, plan_staff, Directory, DirectorySchool, Phase, SchoolPlan, StaffPlan,
};
pub use error::DemoError;
pub use load::load_demo;
pub use need::PrimaryNeed;
pub use options::{DemoAuthority, DemoOptions, DemoProgress, DemoSignIn};

/// Plans the demo's cases without a store, numbering schools and staff as a
/// fresh store would. What [`load_demo`] writes, for tests and previews.
pub fn plan_demo(options: &DemoOptions) -> Result<Vec<PlannedCase>, DemoError> {
    let staff = plan_staff(&mut rng::Rng::stream(options.seed, "people"));
    let dir = Directory::numbered(&plan_schools(), &staff);
    plan_cases(options, &dir)
}
