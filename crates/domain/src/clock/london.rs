//! The London calendar day of an instant.

use std::sync::OnceLock;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// UK summer time as the Summer Time Order 2002 sets it: from 01:00 GMT on
/// the last Sunday of March to 01:00 GMT on the last Sunday of October.
/// A fixed rule instead of the system's time zone files keeps the domain
/// free of I/O and gives every machine the same answer.
const LONDON_RULE: &str = "GMT0BST,M3.5.0/1,M10.5.0";

/// Europe/London (for every date since 1996, when the current rule began).
pub fn london() -> &'static TimeZone {
    static ZONE: OnceLock<TimeZone> = OnceLock::new();
    ZONE.get_or_init(|| TimeZone::posix(LONDON_RULE).unwrap_or(TimeZone::UTC))
}

/// The calendar day in London at `instant`: what the statutory clock counts.
pub fn london_date(instant: Timestamp) -> Date {
    london().to_datetime(instant).date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_parses() {
        assert!(TimeZone::posix(LONDON_RULE).is_ok());
    }

    #[test]
    fn late_evening_in_summer_is_the_next_london_day() {
        let ts: Timestamp = "2026-07-01T23:30:00Z".parse().unwrap();
        assert_eq!(london_date(ts), jiff::civil::date(2026, 7, 2));
    }

    #[test]
    fn late_evening_in_winter_is_the_same_day() {
        let ts: Timestamp = "2026-01-01T23:30:00Z".parse().unwrap();
        assert_eq!(london_date(ts), jiff::civil::date(2026, 1, 1));
    }
}
