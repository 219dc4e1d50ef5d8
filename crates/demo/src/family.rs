//! Which demo cases the family sign-ins and the supporter follow.

use tandem_domain::case::Stage;

use crate::cases::{Origin, PlannedCase};

/// Indexes into the planned cases for the people linked to them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FamilyCases {
    /// The demo parent's two children: one being assessed, one with a final plan.
    pub parent: Vec<usize>,
    pub young_person: Option<usize>,
    pub supporter: Option<usize>,
}

pub fn choose(cases: &[PlannedCase]) -> FamilyCases {
    let newest = |wanted: &dyn Fn(&PlannedCase) -> bool, not: &[usize]| {
        cases
            .iter()
            .enumerate()
            .rev()
            .find(|(i, c)| !not.contains(i) && wanted(c))
            .map(|(i, _)| i)
    };
    let assessing = newest(
        &|c| c.state.stage == Stage::Assessing && c.child.age_on(c.opened_on) < 14,
        &[],
    );
    let with_plan = newest(
        &|c| {
            c.origin == Origin::Request
                && c.state.stage == Stage::PlanInForce
                && c.state.reviews.is_empty()
        },
        &[],
    );
    let parent: Vec<usize> = assessing.into_iter().chain(with_plan).collect();
    let young_person = newest(
        &|c| {
            c.state.stage.is_open()
                && c.child.age_on(c.opened_on) >= 16
                && c.origin == Origin::Request
        },
        &parent,
    );
    let mut taken = parent.clone();
    taken.extend(young_person);
    let supporter = newest(&|c| c.state.stage == Stage::DraftIssued, &taken);
    FamilyCases {
        parent,
        young_person,
        supporter,
    }
}
