//! Checks on the dates people enter: nothing in the future, nothing before
//! the thing it follows.

use jiff::civil::Date;

use super::refusal::Refusal;

pub(crate) fn not_future(what: &'static str, date: Date, today: Date) -> Result<(), Refusal> {
    if date > today {
        Err(Refusal::FutureDate { what, date })
    } else {
        Ok(())
    }
}

pub(crate) fn not_before(
    what: &'static str,
    date: Date,
    earlier_what: &'static str,
    earlier: Option<Date>,
) -> Result<(), Refusal> {
    match earlier {
        Some(earlier) if date < earlier => Err(Refusal::TooEarly {
            what,
            date,
            earlier_what,
            earlier,
        }),
        _ => Ok(()),
    }
}

pub(crate) fn required(what: &'static str, text: &str) -> Result<(), Refusal> {
    if text.trim().is_empty() {
        Err(Refusal::Missing { what })
    } else {
        Ok(())
    }
}
