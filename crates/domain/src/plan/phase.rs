//! School years and phases in England, for outcomes set "to the end of the
//! key stage or phase" (Code of Practice 9.66).

use jiff::civil::{date, Date};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    EarlyYears,
    Primary,
    Secondary,
    PostSixteen,
}

/// The September that starts the school year `on` falls in.
fn school_year_start(on: Date) -> i16 {
    if on.month() >= 9 {
        on.year()
    } else {
        on.year() - 1
    }
}

/// The year group on `on`: 0 is Reception, the September after the fourth
/// birthday; negative is before school.
pub fn year_group(born: Date, on: Date) -> i16 {
    let cohort = school_year_start(born);
    school_year_start(on) - cohort - 5
}

impl Phase {
    pub fn of(year_group: i16) -> Phase {
        match year_group {
            ..=0 => Phase::EarlyYears,
            1..=6 => Phase::Primary,
            7..=11 => Phase::Secondary,
            _ => Phase::PostSixteen,
        }
    }

    /// The last year group of the key stage or phase a child in
    /// `year_group` is in (Reception ends early years; 2 and 6 end key stages
    /// 1 and 2; 9 and 11 end key stages 3 and 4; 13 ends sixth form).
    fn last_year(year_group: i16) -> i16 {
        match year_group {
            ..=0 => 0,
            1..=2 => 2,
            3..=6 => 6,
            7..=9 => 9,
            10..=11 => 11,
            _ => 13,
        }
    }
}

/// The end of the key stage or phase: 31 July of its last school year.
pub fn end_of_stage(born: Date, on: Date) -> Date {
    let now = year_group(born, on);
    let last = Phase::last_year(now.max(-1));
    let year = school_year_start(on) + (last - now.max(0)).max(0) + 1;
    date(year, 7, 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_groups_and_stage_ends_follow_the_english_school_year() {
        // Born 4 May 2017: Reception from September 2021, Year 5 in 2026/27.
        let born = date(2017, 5, 4);
        let today = date(2026, 11, 25);
        assert_eq!(year_group(born, today), 5);
        assert_eq!(Phase::of(5), Phase::Primary);
        assert_eq!(
            end_of_stage(born, today),
            date(2028, 7, 31),
            "end of Year 6"
        );
        // Born 14 September 2016 is the next cohort down from one born in August.
        assert_eq!(year_group(date(2016, 9, 14), today), 5);
        assert_eq!(year_group(date(2016, 8, 31), today), 6);
        assert_eq!(year_group(date(2013, 1, 10), today), 9);
        assert_eq!(end_of_stage(date(2013, 1, 10), today), date(2027, 7, 31));
        assert_eq!(year_group(date(2012, 1, 10), today), 10);
        assert_eq!(end_of_stage(date(2012, 1, 10), today), date(2028, 7, 31));
        assert_eq!(
            Phase::of(year_group(date(2023, 1, 1), today)),
            Phase::EarlyYears
        );
    }
}
