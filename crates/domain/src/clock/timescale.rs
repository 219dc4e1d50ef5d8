//! The statutory timescales and the calendar arithmetic they use.

use jiff::civil::Date;
use jiff::ToSpan;

/// Regulation 4(2): decide whether to assess within 6 weeks of the request.
pub const DECIDE_TO_ASSESS_WEEKS: i64 = 6;
/// Regulation 8(1): advice within 6 weeks of being asked for.
pub const ADVICE_WEEKS: i64 = 6;
/// Regulation 10(1): tell the family of a decision not to issue within 16 weeks.
pub const DECIDE_TO_ISSUE_WEEKS: i64 = 16;
/// Regulation 13(2): the final plan within 20 weeks of the request.
pub const FINAL_PLAN_WEEKS: i64 = 20;
/// Regulations 13(1) and 22(2): at least 15 days for the family on a draft or amendments.
pub const FAMILY_DAYS: i64 = 15;
/// Section 39 and the Code of Practice 9.79: 15 days for a consulted school.
pub const SCHOOL_DAYS: i64 = 15;
/// Section 44(1): review the plan within 12 months of it and of each review.
pub const REVIEW_MONTHS: i64 = 12;
/// Regulation 20(7): the review report within 2 weeks of the meeting.
pub const REVIEW_REPORT_WEEKS: i64 = 2;
/// Regulation 20(10): the authority's decision within 4 weeks of the meeting.
pub const REVIEW_DECISION_WEEKS: i64 = 4;
/// Regulation 22: the amended plan within 12 weeks of the review meeting.
pub const AMENDED_PLAN_WEEKS: i64 = 12;

/// `weeks` calendar weeks after `from`: always exactly 7 × `weeks` days.
pub fn weeks_after(from: Date, weeks: i64) -> Date {
    from.saturating_add(weeks.weeks())
}

pub fn days_after(from: Date, days: i64) -> Date {
    from.saturating_add(days.days())
}

/// `months` calendar months after `from`; a day the month lacks becomes its
/// last day, so 12 months from 29 February is 28 February.
pub fn months_after(from: Date, months: i64) -> Date {
    from.saturating_add(months.months())
}
