//! Every milestone of a case, computed from its state and today's date.

use jiff::civil::Date;

use super::milestone::{ExceptionNote, Milestone, MilestoneKind, Responsible, Status};
use super::timescale::{self as t, days_after, months_after, weeks_after};
use crate::case::{CaseEvent, CaseState, ExceptionScope, Review, ReviewOutcome, Stage};

pub fn milestones_from_events(events: &[CaseEvent], today: Date) -> Vec<Milestone> {
    milestones(&CaseState::from_events(events), today)
}

/// The case's milestones in date order. A closed case keeps the milestones
/// it met or missed and drops those no longer owed.
pub fn milestones(state: &CaseState, today: Date) -> Vec<Milestone> {
    let mut plan = Schedule {
        state,
        today,
        out: Vec::new(),
    };
    plan.assessment();
    plan.reviews();
    let mut out = plan.out;
    if state.stage == Stage::Closed {
        out.retain(|m| m.done.is_some());
    }
    out.sort_by_key(|m| m.due);
    out
}

/// Whether the final plan was issued within 20 weeks of the request; `None`
/// until it is issued, and for plans that came from another council.
pub fn issued_within_20_weeks(state: &CaseState) -> Option<bool> {
    let request = state.request.as_ref()?;
    let plan = state.plan.as_ref()?;
    Some(plan.issued_on <= weeks_after(request.received_on, t::FINAL_PLAN_WEEKS))
}

struct Schedule<'a> {
    state: &'a CaseState,
    today: Date,
    out: Vec<Milestone>,
}

impl Schedule<'_> {
    fn push(&mut self, kind: MilestoneKind, who: Responsible, due: Date, done: Option<Date>) {
        let exception = self.exception_for(kind);
        self.out.push(Milestone {
            kind,
            responsible: who,
            subject: None,
            due,
            done,
            status: Status::at(due, done, self.today),
            exception,
        });
    }

    fn push_about(
        &mut self,
        kind: MilestoneKind,
        who: Responsible,
        due: Date,
        done: Option<Date>,
        subject: &str,
    ) {
        self.push(kind, who, due, done);
        if let Some(last) = self.out.last_mut() {
            last.subject = Some(subject.to_owned());
        }
    }

    /// A window the family is given closes on its last day, or earlier if
    /// the step it precedes has happened.
    fn push_window(&mut self, kind: MilestoneKind, due: Date, followed_on: Option<Date>) {
        let closed = if self.today >= due {
            Some(due)
        } else {
            followed_on.map(|d| d.min(due))
        };
        self.push(kind, Responsible::Family, due, closed);
    }

    fn exception_for(&self, kind: MilestoneKind) -> Option<ExceptionNote> {
        let scope = match kind {
            MilestoneKind::DecisionToAssess => ExceptionScope::DecisionToAssess,
            MilestoneKind::Advice { advice_id, .. } => ExceptionScope::Advice { advice_id },
            MilestoneKind::DecisionToIssue => ExceptionScope::DecisionToIssue,
            MilestoneKind::FinalPlan => ExceptionScope::FinalPlan,
            _ => return None,
        };
        self.state
            .exceptions
            .iter()
            .rev()
            .find(|e| e.applies_to == scope)
            .map(ExceptionNote::from)
    }

    fn assessment(&mut self) {
        let state = self.state;
        let Some(request) = &state.request else {
            return;
        };
        let start = request.received_on;
        let assess = state.assess_decision.as_ref();
        self.push(
            MilestoneKind::DecisionToAssess,
            Responsible::Council,
            weeks_after(start, t::DECIDE_TO_ASSESS_WEEKS),
            assess.map(|d| d.on),
        );
        if assess.is_some_and(|d| !d.yes) {
            return;
        }
        for advice in &state.advice {
            if let Some(asked) = advice.requested_on {
                let kind = MilestoneKind::Advice {
                    advice_id: advice.id,
                    kind: advice.kind,
                };
                let due = weeks_after(asked, t::ADVICE_WEEKS);
                self.push_about(
                    kind,
                    Responsible::Adviser,
                    due,
                    advice.received_on,
                    &advice.adviser,
                );
            }
        }
        let issue = state.issue_decision.as_ref();
        self.push(
            MilestoneKind::DecisionToIssue,
            Responsible::Council,
            weeks_after(start, t::DECIDE_TO_ISSUE_WEEKS),
            issue.map(|d| d.on),
        );
        if issue.is_some_and(|d| !d.yes) {
            return;
        }
        let final_on = state.plan.as_ref().map(|p| p.issued_on);
        if let Some(draft) = state.draft_issued_on {
            let due = days_after(draft, t::FAMILY_DAYS);
            self.push_window(MilestoneKind::FamilyCommentsOnDraft, due, final_on);
        }
        for c in &state.consultations {
            let kind = MilestoneKind::SchoolConsultation {
                school_id: c.school_id,
            };
            let due = days_after(c.consulted_on, t::SCHOOL_DAYS);
            let answered = c.response.as_ref().map(|r| r.on);
            match (answered, final_on) {
                (None, Some(issued)) => {
                    self.push_about(kind, Responsible::School, due, Some(issued), &c.school_name);
                    if let Some(last) = self.out.last_mut() {
                        last.status = Status::Lapsed;
                    }
                }
                _ => self.push_about(kind, Responsible::School, due, answered, &c.school_name),
            }
        }
        let due = weeks_after(start, t::FINAL_PLAN_WEEKS);
        self.push(
            MilestoneKind::FinalPlan,
            Responsible::Council,
            due,
            final_on,
        );
    }

    fn reviews(&mut self) {
        let state = self.state;
        let Some(plan) = &state.plan else { return };
        let mut last = plan.issued_on;
        let mut number = 0;
        for review in &state.reviews {
            number += 1;
            self.review(number, last, review);
            last = review.meeting_on;
        }
        if state.stage == Stage::PlanInForce && !state.cease_decided() {
            let kind = MilestoneKind::AnnualReview { number: number + 1 };
            self.push(
                kind,
                Responsible::Council,
                months_after(last, t::REVIEW_MONTHS),
                None,
            );
        }
        self.phase_transfer();
    }

    fn review(&mut self, number: u32, last: Date, review: &Review) {
        let meeting = review.meeting_on;
        let council = Responsible::Council;
        let due = months_after(last, t::REVIEW_MONTHS);
        self.push(
            MilestoneKind::AnnualReview { number },
            council,
            due,
            Some(meeting),
        );
        let due = weeks_after(meeting, t::REVIEW_REPORT_WEEKS);
        self.push(
            MilestoneKind::ReviewReport { number },
            Responsible::School,
            due,
            review.report_on,
        );
        let due = weeks_after(meeting, t::REVIEW_DECISION_WEEKS);
        let decided = review.decision.as_ref().map(|d| d.on);
        self.push(
            MilestoneKind::ReviewDecision { number },
            council,
            due,
            decided,
        );
        if review.outcome() != Some(ReviewOutcome::Amend) {
            return;
        }
        if let Some(proposed) = review.amendments_proposed_on {
            let due = days_after(proposed, t::FAMILY_DAYS);
            let kind = MilestoneKind::FamilyCommentsOnAmendments { number };
            self.push_window(kind, due, review.amended_plan_on);
        }
        let due = weeks_after(meeting, t::AMENDED_PLAN_WEEKS);
        self.push(
            MilestoneKind::AmendedPlan { number },
            council,
            due,
            review.amended_plan_on,
        );
    }

    /// Done when a review held in the 12 months before the deadline has been
    /// carried through: kept as it is, amended, or the plan stopped.
    fn phase_transfer(&mut self) {
        let Some(transfer) = self.state.phase_transfer else {
            return;
        };
        let Some(deadline) = transfer.deadline() else {
            return;
        };
        let window_opens = months_after(deadline, -t::REVIEW_MONTHS);
        let done = self
            .state
            .reviews
            .iter()
            .filter(|r| r.meeting_on > window_opens)
            .filter_map(finished_on)
            .min();
        let kind = MilestoneKind::PhaseTransfer {
            year: transfer.year,
        };
        self.push(kind, Responsible::Council, deadline, done);
    }
}

fn finished_on(review: &Review) -> Option<Date> {
    let decision = review.decision.as_ref()?;
    match decision.outcome {
        ReviewOutcome::Amend => review.amended_plan_on,
        ReviewOutcome::Maintain | ReviewOutcome::Cease => Some(decision.on),
    }
}
