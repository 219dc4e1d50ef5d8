//! Calendar arithmetic and London days, checked across leap years and
//! clock changes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use jiff::civil::{date, Date};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};
use proptest::prelude::*;
use tandem_domain::clock::timescale::{days_after, months_after, weeks_after};
use tandem_domain::clock::{london_date, long_date};

fn any_date() -> impl Strategy<Value = Date> {
    (0i64..(365 * 80)).prop_map(|n| date(1990, 1, 1).saturating_add(n.days()))
}

#[test]
fn twelve_months_from_29_february_is_28_february() {
    assert_eq!(months_after(date(2024, 2, 29), 12), date(2025, 2, 28));
    assert_eq!(months_after(date(2028, 2, 29), 12), date(2029, 2, 28));
}

#[test]
fn twelve_months_into_a_leap_year_keeps_the_day() {
    assert_eq!(months_after(date(2027, 2, 28), 12), date(2028, 2, 28));
    assert_eq!(months_after(date(2027, 3, 1), 12), date(2028, 3, 1));
}

#[test]
fn weeks_cross_clock_changes_as_whole_days() {
    // 29 March 2026 is the day British Summer Time starts.
    assert_eq!(weeks_after(date(2026, 3, 23), 1), date(2026, 3, 30));
    assert_eq!(weeks_after(date(2026, 10, 20), 1), date(2026, 10, 27));
}

#[test]
fn london_days_across_clock_changes() {
    let day = |s: &str| london_date(s.parse::<Timestamp>().unwrap());
    // 23:30 UTC in summer is 00:30 the next day in London.
    assert_eq!(day("2026-06-15T23:30:00Z"), date(2026, 6, 16));
    // In winter London is on UTC.
    assert_eq!(day("2026-12-15T23:30:00Z"), date(2026, 12, 15));
    // Summer time starts at 01:00 UTC on the last Sunday of March.
    assert_eq!(day("2026-03-28T23:30:00Z"), date(2026, 3, 28));
    assert_eq!(day("2026-03-29T23:30:00Z"), date(2026, 3, 30));
    // It ends at 01:00 UTC on the last Sunday of October.
    assert_eq!(day("2026-10-24T23:30:00Z"), date(2026, 10, 25));
    assert_eq!(day("2026-10-25T23:30:00Z"), date(2026, 10, 25));
}

#[test]
fn dates_read_as_gov_uk_writes_them() {
    assert_eq!(long_date(date(2027, 3, 14)), "14 March 2027");
    assert_eq!(long_date(date(2026, 12, 1)), "1 December 2026");
}

proptest! {
    #[test]
    fn twenty_weeks_is_always_140_days(start in any_date()) {
        let due = weeks_after(start, 20);
        prop_assert_eq!(start.until(due).unwrap().get_days(), 140);
    }

    #[test]
    fn six_weeks_is_always_42_days_and_15_days_is_15(start in any_date()) {
        prop_assert_eq!(start.until(weeks_after(start, 6)).unwrap().get_days(), 42);
        prop_assert_eq!(start.until(days_after(start, 15)).unwrap().get_days(), 15);
    }

    #[test]
    fn twelve_months_lands_on_the_same_day_or_the_month_end(start in any_date()) {
        let due = months_after(start, 12);
        prop_assert_eq!(due.year(), start.year() + 1);
        prop_assert_eq!(due.month(), start.month());
        if start.month() == 2 && start.day() == 29 {
            prop_assert_eq!(due.day(), 28);
        } else {
            prop_assert_eq!(due.day(), start.day());
        }
    }

    #[test]
    fn london_days_match_the_time_zone_database(seconds in 852_076_800i64..4_102_444_800i64) {
        // From 1997, when today's summer time rule was already in force, to 2100.
        let Ok(zone) = TimeZone::get("Europe/London") else { return Ok(()) };
        let instant = Timestamp::from_second(seconds).unwrap();
        prop_assert_eq!(london_date(instant), zone.to_datetime(instant).date());
    }

    #[test]
    fn a_london_day_is_the_utc_day_or_the_next(seconds in 852_076_800i64..4_102_444_800i64) {
        let instant = Timestamp::from_second(seconds).unwrap();
        let utc = instant.to_zoned(TimeZone::UTC).date();
        let london = london_date(instant);
        prop_assert!(london == utc || london == utc.tomorrow().unwrap());
    }
}
