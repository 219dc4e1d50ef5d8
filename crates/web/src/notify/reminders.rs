//! Staff reminders: a week before each council deadline and when it is
//! missed, and late advice chased at 4 and 5 weeks after it was asked for,
//! then escalated at 6 weeks to the coordinator and the managers.
//!
//! [`due_reminders`] decides, purely, what is due on a day; [`remind`] is the
//! daily pass that queues each reminder once, recording it in the same
//! transaction so a second pass (or a second server) sends nothing more.

use jiff::civil::Date;
use tandem_domain::case::CaseEvent;
use tandem_domain::clock::timescale::{self as t, days_after, weeks_after};
use tandem_domain::clock::{milestones_from_events, Milestone, MilestoneKind};
use tandem_domain::ids::PersonId;
use tandem_domain::role::Role;
use tandem_store::read_model::to_case_events;
use tandem_store::{CaseFilter, CaseSummary, ReminderKey, Store, StoreResult};

use super::recipients::{self, Contact};
use super::staff_letters::staff_letter;

/// Which reminder about a milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    /// To the coordinator, a week before a council deadline.
    WeekBefore,
    /// To the coordinator and managers, the day after a missed deadline.
    Overdue,
    /// To the adviser, 4 weeks after advice was asked for.
    ChaseAt4Weeks,
    /// To the adviser again at 5 weeks.
    ChaseAt5Weeks,
    /// To the coordinator and managers at 6 weeks, when advice is due.
    EscalateAt6Weeks,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::WeekBefore => "week_before",
            Step::Overdue => "overdue",
            Step::ChaseAt4Weeks => "chase_4_weeks",
            Step::ChaseAt5Weeks => "chase_5_weeks",
            Step::EscalateAt6Weeks => "escalate_6_weeks",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub milestone: Milestone,
    pub step: Step,
}

/// The reminders due on `today` for a case's milestones: for each open
/// milestone, the latest step whose day has come. A pass that missed a day
/// sends the step that now applies rather than every step it missed.
pub fn due_reminders(milestones: &[Milestone], today: Date) -> Vec<Reminder> {
    milestones
        .iter()
        .filter(|m| m.is_open())
        .filter_map(|m| {
            let steps = steps(m);
            let step = steps.iter().rev().find(|(on, _)| *on <= today)?.1;
            Some(Reminder {
                milestone: m.clone(),
                step,
            })
        })
        .collect()
}

fn steps(m: &Milestone) -> Vec<(Date, Step)> {
    match m.kind {
        MilestoneKind::Advice { .. } => {
            let asked = weeks_after(m.due, -t::ADVICE_WEEKS);
            vec![
                (weeks_after(asked, 4), Step::ChaseAt4Weeks),
                (weeks_after(asked, 5), Step::ChaseAt5Weeks),
                (m.due, Step::EscalateAt6Weeks),
            ]
        }
        MilestoneKind::DecisionToAssess
        | MilestoneKind::DecisionToIssue
        | MilestoneKind::FinalPlan
        | MilestoneKind::AnnualReview { .. }
        | MilestoneKind::ReviewDecision { .. }
        | MilestoneKind::AmendedPlan { .. } => vec![
            (days_after(m.due, -7), Step::WeekBefore),
            (days_after(m.due, 1), Step::Overdue),
        ],
        _ => Vec::new(),
    }
}

/// A stable name for a milestone of a case, for the record of reminders.
pub fn milestone_key(kind: MilestoneKind) -> String {
    match kind {
        MilestoneKind::DecisionToAssess => "decision_to_assess".to_owned(),
        MilestoneKind::Advice { advice_id, .. } => format!("advice:{}", advice_id.0),
        MilestoneKind::DecisionToIssue => "decision_to_issue".to_owned(),
        MilestoneKind::FamilyCommentsOnDraft => "family_comments_on_draft".to_owned(),
        MilestoneKind::SchoolConsultation { school_id } => {
            format!("school_consultation:{school_id}")
        }
        MilestoneKind::FinalPlan => "final_plan".to_owned(),
        MilestoneKind::AnnualReview { number } => format!("annual_review:{number}"),
        MilestoneKind::ReviewReport { number } => format!("review_report:{number}"),
        MilestoneKind::ReviewDecision { number } => format!("review_decision:{number}"),
        MilestoneKind::FamilyCommentsOnAmendments { number } => {
            format!("family_comments_on_amendments:{number}")
        }
        MilestoneKind::AmendedPlan { number } => format!("amended_plan:{number}"),
        MilestoneKind::PhaseTransfer { year } => format!("phase_transfer:{year}"),
    }
}

/// What one daily pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RemindReport {
    /// Reminders recorded (and their messages queued) by this pass.
    pub queued: usize,
    /// Reminders due but sent by an earlier pass.
    pub already_sent: usize,
}

/// The daily pass over every open case of every authority.
pub async fn remind(store: &dyn Store, today: Date) -> StoreResult<RemindReport> {
    let mut report = RemindReport::default();
    for authority in store.authorities().await? {
        let mut managers = Vec::new();
        for person in store.people(authority.id).await? {
            if person.role == Role::Manager && !person.disabled {
                managers.extend(recipients::person(store, authority.id, person.id).await?);
            }
        }
        let filter = CaseFilter {
            limit: 1_000_000,
            ..CaseFilter::default()
        };
        for case in store.cases(authority.id, &filter).await? {
            let events = to_case_events(&store.events(authority.id, case.id).await?)?;
            for reminder in due_reminders(&milestones_from_events(&events, today), today) {
                let (to, adviser) = audience(store, &case, &events, &reminder, &managers).await?;
                if to.is_empty() {
                    continue;
                }
                let messages: Vec<_> = to
                    .iter()
                    .map(|c| {
                        let letter = staff_letter(&case, &reminder, &c.name, adviser);
                        recipients::message(case.id, c, letter)
                    })
                    .collect();
                let key = ReminderKey {
                    milestone: milestone_key(reminder.milestone.kind),
                    step: reminder.step.as_str().to_owned(),
                    sent_on: today.to_string(),
                };
                if store
                    .record_reminder(authority.id, case.id, &key, &messages)
                    .await?
                {
                    report.queued += 1;
                } else {
                    report.already_sent += 1;
                }
            }
        }
    }
    Ok(report)
}

/// Who hears of a reminder: chases go to the adviser when they have an
/// account (otherwise to the coordinator, to chase by other means);
/// escalations and missed deadlines also go to the managers. The flag says
/// whether the readers are the adviser.
async fn audience(
    store: &dyn Store,
    case: &CaseSummary,
    events: &[CaseEvent],
    reminder: &Reminder,
    managers: &[Contact],
) -> StoreResult<(Vec<Contact>, bool)> {
    let coordinator = match case.coordinator {
        Some(id) => recipients::person(store, case.authority, id).await?,
        None => None,
    };
    let mut to = Vec::new();
    match reminder.step {
        Step::ChaseAt4Weeks | Step::ChaseAt5Weeks => {
            let adviser = match adviser_of(events, reminder.milestone.kind) {
                Some(id) => recipients::person(store, case.authority, id).await?,
                None => None,
            };
            if let Some(adviser) = adviser {
                return Ok((vec![adviser], true));
            }
            to.extend(coordinator);
        }
        Step::WeekBefore => to.extend(coordinator),
        Step::Overdue | Step::EscalateAt6Weeks => {
            to.extend(coordinator);
            to.extend(managers.iter().cloned());
        }
    }
    Ok((to, false))
}

/// The adviser's account, if the request for this advice named one.
fn adviser_of(events: &[CaseEvent], kind: MilestoneKind) -> Option<PersonId> {
    let MilestoneKind::Advice {
        advice_id: wanted, ..
    } = kind
    else {
        return None;
    };
    events.iter().rev().find_map(|e| match e {
        CaseEvent::AdviceRequested {
            advice_id,
            adviser_id,
            ..
        } if *advice_id == wanted => adviser_id.map(PersonId),
        _ => None,
    })
}
