//! Days the demo's events fall on: weekdays, with fewer requests in August.

use jiff::civil::{Date, Weekday};
use jiff::Timestamp;
use tandem_domain::clock::london;
use tandem_domain::clock::timescale::{days_after, months_after};

use crate::rng::Rng;

pub fn plus(date: Date, days: i64) -> Date {
    days_after(date, days)
}

pub fn plus_months(date: Date, months: i64) -> Date {
    months_after(date, months)
}

fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Council staff record things on working days.
pub fn weekday_on_or_after(date: Date) -> Date {
    let mut d = date;
    while is_weekend(d) {
        d = plus(d, 1);
    }
    d
}

pub fn weekday_on_or_before(date: Date) -> Date {
    let mut d = date;
    while is_weekend(d) {
        d = plus(d, -1);
    }
    d
}

/// A working day `low..=high` days after `from`.
pub fn working_day_after(rng: &mut Rng, from: Date, low: i64, high: i64) -> Date {
    weekday_on_or_after(plus(from, rng.between(low, high)))
}

/// A request day in `[from, until)`: schools send fewer in the summer holiday.
pub fn request_day(rng: &mut Rng, from: Date, until: Date) -> Date {
    let span = from
        .until(until)
        .map(|s| i64::from(s.get_days()))
        .unwrap_or(1)
        .max(1);
    let mut day = plus(from, rng.between(0, span - 1));
    if day.month() == 8 && rng.chance(0.6) {
        day = plus(from, rng.between(0, span - 1));
    }
    weekday_on_or_before(day).max(weekday_on_or_after(from))
}

/// Mid-morning in London on `date`: when the demo says a step was recorded.
pub fn recorded_at(date: Date) -> Result<Timestamp, jiff::Error> {
    Ok(date
        .at(10, 30, 0, 0)
        .to_zoned(london().clone())?
        .timestamp())
}
