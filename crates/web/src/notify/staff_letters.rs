//! The wording of staff reminders. Staff read English; families' letters
//! are in `letters` and translated.

use tandem_domain::clock::{long_date, timescale, MilestoneKind};
use tandem_store::CaseSummary;

use super::letters::Letter;
use super::reminders::{Reminder, Step};

/// The reminder to one member of staff, or to the adviser being chased.
pub fn staff_letter(
    case: &CaseSummary,
    reminder: &Reminder,
    reader: &str,
    to_adviser: bool,
) -> Letter {
    let m = &reminder.milestone;
    let child = &case.child_name;
    let reference = &case.reference;
    let due = long_date(m.due);
    let what = label(m.kind);
    let adviser = m.subject.as_deref().unwrap_or("the adviser");
    let asked = long_date(timescale::weeks_after(m.due, -timescale::ADVICE_WEEKS));
    let (subject, text) = match reminder.step {
        Step::ChaseAt4Weeks | Step::ChaseAt5Weeks if to_adviser => {
            let second = if reminder.step == Step::ChaseAt5Weeks { "Second reminder" } else { "Reminder" };
            (
                format!("{second}: {what} for {child} is due by {due}"),
                format!(
                    "We asked you for {what} about {child} on {asked}. The law gives 6 weeks for advice, \
                     so we need it by {due}.\n\nPlease sign in to Tandem to send it."
                ),
            )
        }
        Step::ChaseAt4Weeks | Step::ChaseAt5Weeks => (
            format!("Please chase {adviser}: {what} for {child} is due by {due}"),
            format!(
                "We asked {adviser} for {what} about {child} on {asked}. It has not arrived. \
                 It is due by {due}. {adviser} has no Tandem account, so please chase them directly."
            ),
        ),
        Step::EscalateAt6Weeks => (
            format!("Late advice: {what} for {child} was due on {due}"),
            format!(
                "{adviser} has not sent {what} for {child}. It was due on {due}, 6 weeks after we asked for it. \
                 It was chased at 4 and 5 weeks.\n\nPlease take this up with the adviser's service today: \
                 late advice puts the 20-week deadline for the plan at risk."
            ),
        ),
        Step::WeekBefore => (
            format!("Due in a week: {what} for {child} by {due}"),
            format!("The deadline for the {what} for {child} is {due}, a week from now."),
        ),
        Step::Overdue => (
            format!("Overdue: {what} for {child} was due on {due}"),
            format!(
                "The deadline for the {what} for {child} was {due}. It has passed. \
                 If a lawful exception applies, record it on the case."
            ),
        ),
    };
    Letter {
        subject,
        body: format!("Dear {reader},\n\n{text}\n\nCase reference: {reference}\n"),
    }
}

fn label(kind: MilestoneKind) -> String {
    match kind {
        MilestoneKind::DecisionToAssess => "decision whether to assess".to_owned(),
        MilestoneKind::Advice { kind, .. } => kind.describe().to_owned(),
        MilestoneKind::DecisionToIssue => "decision whether to issue a plan".to_owned(),
        MilestoneKind::FinalPlan => "final EHC plan".to_owned(),
        MilestoneKind::AnnualReview { .. } => "annual review meeting".to_owned(),
        MilestoneKind::ReviewDecision { .. } => "decision after the annual review".to_owned(),
        MilestoneKind::AmendedPlan { .. } => "amended EHC plan".to_owned(),
        other => format!("{other:?}"),
    }
}
