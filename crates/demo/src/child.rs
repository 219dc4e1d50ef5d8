//! The child a case is about, as far as the demo's generator needs.

use jiff::civil::Date;

use crate::calendar::{plus, plus_months};
use crate::directory::{Directory, Phase};
use crate::need::PrimaryNeed;
use crate::rng::Rng;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Child {
    pub date_of_birth: Date,
    pub need: PrimaryNeed,
}

impl Child {
    /// A child who is `age` whole years old on `on`.
    pub fn aged(rng: &mut Rng, age: i64, on: Date, need: PrimaryNeed) -> Child {
        let birthday = plus_months(on, -12 * age);
        Child {
            date_of_birth: plus(birthday, -rng.between(0, 364)),
            need,
        }
    }

    pub fn age_on(&self, on: Date) -> i64 {
        let years = i64::from(on.year()) - i64::from(self.date_of_birth.year());
        let had_birthday =
            (on.month(), on.day()) >= (self.date_of_birth.month(), self.date_of_birth.day());
        if had_birthday {
            years
        } else {
            years - 1
        }
    }
}

/// The index of a school a child of `age` with this need might attend, or
/// `None` for the very young and adults not in a school or college.
pub fn school_for(rng: &mut Rng, dir: &Directory, age: i64, need: PrimaryNeed) -> Option<usize> {
    if age < 2 || (age < 4 && rng.chance(0.4)) || (age >= 19 && rng.chance(0.4)) {
        return None;
    }
    let special = age < 19 && (need.often_special_school() || rng.chance(0.08));
    let fits = |phase: Phase| {
        if special {
            phase == Phase::Special
        } else {
            phase != Phase::Special && phase.takes(age)
        }
    };
    let candidates: Vec<usize> = dir
        .schools
        .iter()
        .enumerate()
        .filter(|(_, s)| fits(s.phase) || (age >= 19 && s.phase == Phase::Post16))
        .map(|(i, _)| i)
        .collect();
    rng.pick(&candidates).copied()
}
