//! Annual reviews of a plan in force, up to the demo's today, and the few
//! plans that stop.

use jiff::civil::Date;
use tandem_domain::case::{CeaseReason, Command, Placement, ReviewOutcome};

use crate::calendar::{
    plus, plus_months, weekday_on_or_after, weekday_on_or_before, working_day_after,
};
use crate::child::{school_for, Child};
use crate::directory::Directory;
use crate::rng::Rng;

/// Appends a review every year from `issued` until a meeting would fall
/// after `today`, carrying each through to its decision.
pub fn reviews(
    rng: &mut Rng,
    dir: &Directory,
    child: &Child,
    issued: Date,
    placement: &Placement,
    today: Date,
    out: &mut Vec<Command>,
) {
    let mut last = issued;
    let mut placement = placement.clone();
    loop {
        let due = plus_months(last, 12);
        let meeting = if rng.chance(0.18) {
            // Late reviews are common; some are still not held at today.
            weekday_on_or_after(plus(due, rng.between(7, 80)))
        } else {
            weekday_on_or_before(plus(due, -rng.between(0, 35))).max(plus(last, 1))
        };
        if meeting > today {
            return;
        }
        out.push(Command::HoldReview { on: meeting });
        let report = if rng.chance(0.12) {
            working_day_after(rng, meeting, 15, 30)
        } else {
            working_day_after(rng, meeting, 3, 13)
        };
        out.push(Command::ReceiveReviewReport { on: report });
        let decided = working_day_after(rng, report, 2, 12);
        let next_year = child.age_on(plus_months(meeting, 9));
        let moving_on = needs_new_school(dir, &placement, next_year);
        let outcome = if moving_on && next_year < 19 {
            (
                ReviewOutcome::Amend,
                "The child moves to the next phase of education; section I names the new school.",
            )
        } else {
            review_outcome(rng, child.age_on(meeting))
        };
        out.push(Command::DecideReview {
            on: decided,
            outcome: outcome.0,
            reasons: outcome.1.to_owned(),
        });
        match outcome.0 {
            ReviewOutcome::Maintain => {}
            ReviewOutcome::Amend => {
                let proposed = working_day_after(rng, decided, 2, 14);
                if moving_on {
                    if let Some(school) =
                        school_for(rng, dir, next_year, child.need).and_then(|i| dir.schools.get(i))
                    {
                        placement = Placement {
                            school_id: Some(school.id),
                            name: school.name.clone(),
                        };
                    }
                }
                out.push(Command::ProposeAmendments {
                    on: proposed,
                    summary:
                        "Updated outcomes in section E and provision in section F after the review."
                            .to_owned(),
                });
                out.push(Command::IssueAmendedFinal {
                    on: working_day_after(rng, proposed, 15, 45),
                    placement: placement.clone(),
                });
            }
            ReviewOutcome::Cease => {
                out.push(Command::CeasePlan {
                    on: working_day_after(rng, decided, 20, 45),
                    reason: cease_reason(rng, child.age_on(meeting)),
                    note: "The review agreed the plan is no longer needed; the family was told of the right to appeal.".to_owned(),
                });
                return;
            }
        }
        last = meeting;
    }
}

/// Whether the school named does not take a child of `age`.
fn needs_new_school(dir: &Directory, placement: &Placement, age: i64) -> bool {
    let phase = dir
        .schools
        .iter()
        .find(|s| Some(s.id) == placement.school_id)
        .map(|s| s.phase);
    phase.is_some_and(|p| !p.takes(age))
}

fn review_outcome(rng: &mut Rng, age: i64) -> (ReviewOutcome, &'static str) {
    let cease = if age >= 24 {
        1.0
    } else if age >= 19 {
        0.3
    } else {
        0.02
    };
    if rng.chance(cease) {
        (
            ReviewOutcome::Cease,
            "The young person's outcomes have been met or they are moving on.",
        )
    } else if rng.chance(0.3) {
        (
            ReviewOutcome::Amend,
            "Needs have changed; sections B, E and F need updating.",
        )
    } else {
        (
            ReviewOutcome::Maintain,
            "The plan still describes the needs and provision well.",
        )
    }
}

fn cease_reason(rng: &mut Rng, age: i64) -> CeaseReason {
    if age >= 24 {
        return CeaseReason::MaximumAge;
    }
    if age >= 19 {
        let reasons = [
            CeaseReason::MovedToHigherEducation,
            CeaseReason::MovedToPaidEmployment,
            CeaseReason::NoLongerWishesToEngage,
        ];
        return rng.pick(&reasons).copied().unwrap_or(CeaseReason::Other);
    }
    if rng.chance(0.8) {
        CeaseReason::NeedsMetWithoutPlan
    } else {
        CeaseReason::MovedOutsideEngland
    }
}
