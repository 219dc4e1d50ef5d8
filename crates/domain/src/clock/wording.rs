//! Plain-English lines for the family's tracker.

use jiff::civil::Date;

use super::milestone::{Milestone, MilestoneKind, Status};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as GOV.UK writes it: "14 March 2027".
pub fn long_date(date: Date) -> String {
    let month = usize::try_from(date.month() - 1)
        .ok()
        .and_then(|i| MONTHS.get(i))
        .copied()
        .unwrap_or("");
    format!("{} {} {}", date.day(), month, date.year())
}

/// One sentence telling the family where this milestone stands, e.g.
/// "We will decide whether to assess by 14 March 2027."
pub fn family_sentence(m: &Milestone) -> String {
    let due = long_date(m.due);
    let who = m.subject.as_deref().unwrap_or("the school");
    let mut line = match window_sentence(m, &due) {
        Some(line) => line,
        None => {
            let (future, past) = phrases(m.kind, who);
            match (m.status, m.done) {
                (Status::Done, Some(done)) => format!("{past} on {}.", long_date(done)),
                (Status::DoneLate, Some(done)) => {
                    format!("{past} on {}. It was due by {due}.", long_date(done))
                }
                (Status::Lapsed, _) => {
                    format!("{who} did not reply by {due}, so the final plan was issued without its reply.")
                }
                (Status::Overdue, _) => {
                    format!("{future} by {due}. This is late, and we are sorry.")
                }
                _ => format!("{future} by {due}."),
            }
        }
    };
    if let Some(exception) = &m.exception {
        if !m.status.is_done() || m.status == Status::DoneLate {
            line.push_str(&format!(
                " The time limit does not apply because {}.",
                exception.reason.describe()
            ));
        }
    }
    line
}

/// The family's own windows read as "you have until …".
fn window_sentence(m: &Milestone, due: &str) -> Option<String> {
    let what = match m.kind {
        MilestoneKind::FamilyCommentsOnDraft => {
            "comment on the draft plan and tell us which school you prefer"
        }
        MilestoneKind::FamilyCommentsOnAmendments { .. } => {
            "comment on the proposed changes to the plan"
        }
        _ => return None,
    };
    Some(if m.status.is_done() {
        format!("The time to {what} ended on {due}.")
    } else {
        format!("You have until {due} to {what}.")
    })
}

/// What will happen and what did happen, without the date.
fn phrases(kind: MilestoneKind, who: &str) -> (String, String) {
    let (future, past): (&str, &str) = match kind {
        MilestoneKind::DecisionToAssess => (
            "We will decide whether to assess",
            "We decided whether to assess",
        ),
        MilestoneKind::Advice { kind, .. } => {
            let what = capitalise(kind.describe());
            return (
                format!("{what} from {who} is due"),
                format!("{what} from {who} arrived"),
            );
        }
        MilestoneKind::DecisionToIssue => (
            "We will decide whether to issue an EHC plan",
            "We decided whether to issue an EHC plan",
        ),
        MilestoneKind::SchoolConsultation { .. } => {
            return (
                format!("{who} will tell us whether it can meet the needs"),
                format!("{who} replied"),
            );
        }
        MilestoneKind::FinalPlan => (
            "We will send you the final EHC plan",
            "We sent you the final EHC plan",
        ),
        MilestoneKind::AnnualReview { .. } => (
            "The annual review meeting will be held",
            "The annual review meeting was held",
        ),
        MilestoneKind::ReviewReport { .. } => (
            "The annual review report will be sent to us",
            "The annual review report was sent to us",
        ),
        MilestoneKind::ReviewDecision { .. } => (
            "We will tell you what we decided after the annual review",
            "We told you what we decided after the annual review",
        ),
        MilestoneKind::AmendedPlan { .. } => (
            "We will send you the amended plan",
            "We sent you the amended plan",
        ),
        MilestoneKind::PhaseTransfer { .. } => (
            "We will finish reviewing the plan for the move to the next school or college",
            "We finished reviewing the plan for the move to the next school or college",
        ),
        MilestoneKind::FamilyCommentsOnDraft | MilestoneKind::FamilyCommentsOnAmendments { .. } => {
            ("You can comment", "You commented")
        }
    };
    (future.to_owned(), past.to_owned())
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
