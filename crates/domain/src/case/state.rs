//! A case's current state: a pure fold over its events.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::advice::{Advice, AdviceId};
use super::closure::Closure;
use super::consultation::{Comment, Consultation, PreferredSchool, SchoolResponse};
use super::decision::Decision;
use super::dispute::{Dispute, DisputeKind};
use super::event::CaseEvent;
use super::exception::Exception;
use super::plan::{IssuedPlan, Placement};
use super::request::{Request, TransferIn};
use super::review::{PhaseTransfer, Review, ReviewDecision, ReviewOutcome};
use super::stage::Stage;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseState {
    pub stage: Stage,
    /// How many events the state was built from: the store's expected version.
    pub version: u64,
    pub request: Option<Request>,
    pub transfer_in: Option<TransferIn>,
    pub coordinator_id: Option<i64>,
    pub assess_decision: Option<Decision>,
    pub advice: Vec<Advice>,
    pub exceptions: Vec<Exception>,
    pub issue_decision: Option<Decision>,
    pub draft_issued_on: Option<Date>,
    pub comments: Vec<Comment>,
    pub preferred_school: Option<PreferredSchool>,
    pub meeting_requested_on: Option<Date>,
    pub consultations: Vec<Consultation>,
    /// The plan as first issued (or as received on a transfer in).
    pub plan: Option<IssuedPlan>,
    /// The placement named now, after any amendments.
    pub placement: Option<Placement>,
    pub reviews: Vec<Review>,
    pub phase_transfer: Option<PhaseTransfer>,
    pub closure: Option<Closure>,
    pub disputes: Vec<Dispute>,
}

impl CaseState {
    pub fn from_events(events: &[CaseEvent]) -> CaseState {
        let mut state = CaseState::default();
        for event in events {
            state.apply(event);
        }
        state
    }

    /// The day the case began: the request, or the day a plan arrived from
    /// another authority. Nothing on the case can be dated before it.
    pub fn started_on(&self) -> Option<Date> {
        self.request
            .as_ref()
            .map(|r| r.received_on)
            .or(self.transfer_in.as_ref().map(|t| t.on))
    }

    pub fn advice_by_id(&self, id: AdviceId) -> Option<&Advice> {
        self.advice.iter().find(|a| a.id == id)
    }

    pub fn next_advice_id(&self) -> AdviceId {
        AdviceId(self.advice.iter().map(|a| a.id.0).max().unwrap_or(0) + 1)
    }

    pub fn consultation(&self, school_id: i64) -> Option<&Consultation> {
        self.consultations.iter().find(|c| c.school_id == school_id)
    }

    pub fn current_review(&self) -> Option<&Review> {
        self.reviews.last()
    }

    /// The date the last plan was issued or reviewed, which the next annual
    /// review counts 12 months from.
    pub fn last_plan_or_review(&self) -> Option<Date> {
        self.reviews
            .last()
            .map(|r| r.meeting_on)
            .or(self.plan.as_ref().map(|p| p.issued_on))
    }

    /// Applies one event. Events were checked by `decide` when recorded, so
    /// this never refuses; one that does not fit the state changes nothing.
    pub fn apply(&mut self, event: &CaseEvent) {
        self.version += 1;
        match event.clone() {
            CaseEvent::RequestReceived {
                on,
                requester,
                school_id,
            } => {
                self.request = Some(Request {
                    received_on: on,
                    requester,
                    school_id,
                });
                self.stage = Stage::Requested;
            }
            CaseEvent::TransferredIn {
                on,
                from_authority,
                plan_dated,
                placement,
            } => {
                self.transfer_in = Some(TransferIn {
                    on,
                    from_authority,
                    plan_dated,
                });
                self.plan = Some(IssuedPlan {
                    issued_on: plan_dated,
                    placement: placement.clone(),
                });
                self.placement = Some(placement);
                self.stage = Stage::PlanInForce;
            }
            CaseEvent::CoordinatorAllocated { coordinator_id, .. } => {
                self.coordinator_id = Some(coordinator_id);
            }
            CaseEvent::DecisionToAssess {
                on,
                assess,
                reasons,
            } => {
                self.assess_decision = Some(Decision {
                    on,
                    yes: assess,
                    reasons,
                });
                if assess {
                    self.stage = Stage::Assessing;
                } else {
                    self.close(Closure::NotAssessed { on });
                }
            }
            CaseEvent::AdviceRequested {
                on,
                advice_id,
                kind,
                adviser,
                adviser_id,
            } => {
                self.advice.push(Advice {
                    id: advice_id,
                    kind,
                    adviser,
                    adviser_id,
                    requested_on: Some(on),
                    received_on: None,
                    reused_from: None,
                });
            }
            CaseEvent::AdviceReceived { on, advice_id } => {
                if let Some(advice) = self.advice.iter_mut().find(|a| a.id == advice_id) {
                    advice.received_on = Some(on);
                }
            }
            CaseEvent::ExistingAdviceReused {
                on,
                advice_id,
                kind,
                adviser,
                given_on,
            } => {
                self.advice.push(Advice {
                    id: advice_id,
                    kind,
                    adviser,
                    adviser_id: None,
                    requested_on: None,
                    received_on: Some(on),
                    reused_from: Some(given_on),
                });
            }
            CaseEvent::ExceptionRecorded {
                on,
                applies_to,
                reason,
                note,
            } => {
                self.exceptions.push(Exception {
                    recorded_on: on,
                    applies_to,
                    reason,
                    note,
                });
            }
            CaseEvent::DecisionToIssue { on, issue, reasons } => {
                self.issue_decision = Some(Decision {
                    on,
                    yes: issue,
                    reasons,
                });
                if issue {
                    self.stage = Stage::Drafting;
                } else {
                    self.close(Closure::NoPlan { on });
                }
            }
            CaseEvent::DraftIssued { on } => {
                self.draft_issued_on = Some(on);
                self.stage = Stage::DraftIssued;
            }
            CaseEvent::CommentMade { on, summary } => {
                self.comments.push(Comment { on, summary });
            }
            CaseEvent::SchoolPreferenceStated {
                on,
                school_id,
                school_name,
            } => {
                self.preferred_school = Some(PreferredSchool {
                    on,
                    school_id,
                    school_name,
                });
            }
            CaseEvent::MeetingRequested { on } => {
                self.meeting_requested_on = Some(on);
            }
            CaseEvent::SchoolConsulted {
                on,
                school_id,
                school_name,
            } => {
                self.consultations.push(Consultation {
                    school_id,
                    school_name,
                    consulted_on: on,
                    response: None,
                });
            }
            CaseEvent::SchoolResponded {
                on,
                school_id,
                response,
                reasons,
            } => {
                if let Some(c) = self
                    .consultations
                    .iter_mut()
                    .find(|c| c.school_id == school_id)
                {
                    c.response = Some(SchoolResponse {
                        on,
                        response,
                        reasons,
                    });
                }
            }
            CaseEvent::FinalIssued { on, placement } => {
                self.plan = Some(IssuedPlan {
                    issued_on: on,
                    placement: placement.clone(),
                });
                self.placement = Some(placement);
                self.stage = Stage::PlanInForce;
            }
            CaseEvent::PhaseTransferNoted {
                on,
                year,
                into_post16,
            } => {
                self.phase_transfer = Some(PhaseTransfer {
                    noted_on: on,
                    year,
                    into_post16,
                });
            }
            CaseEvent::ReviewHeld { on } => self.reviews.push(Review::new(on)),
            CaseEvent::ReviewReportReceived { on } => {
                if let Some(review) = self.reviews.last_mut() {
                    review.report_on = Some(on);
                }
            }
            CaseEvent::ReviewDecided {
                on,
                outcome,
                reasons,
            } => {
                if let Some(review) = self.reviews.last_mut() {
                    review.decision = Some(ReviewDecision {
                        on,
                        outcome,
                        reasons,
                    });
                }
            }
            CaseEvent::AmendmentsProposed { on, .. } => {
                if let Some(review) = self.reviews.last_mut() {
                    review.amendments_proposed_on = Some(on);
                }
            }
            CaseEvent::AmendedFinalIssued { on, placement } => {
                if let Some(review) = self.reviews.last_mut() {
                    review.amended_plan_on = Some(on);
                }
                self.placement = Some(placement);
            }
            CaseEvent::PlanCeased { on, reason, note } => {
                self.close(Closure::Ceased { on, reason, note });
            }
            CaseEvent::RequestWithdrawn { on, reason } => {
                self.close(Closure::Withdrawn { on, reason });
            }
            CaseEvent::TransferredOut { on, to_authority } => {
                self.close(Closure::TransferredOut { on, to_authority });
            }
            CaseEvent::MediationRecorded { on, about, note } => {
                self.disputes.push(Dispute {
                    on,
                    kind: DisputeKind::Mediation,
                    about,
                    note,
                });
            }
            CaseEvent::AppealRecorded { on, about, note } => {
                self.disputes.push(Dispute {
                    on,
                    kind: DisputeKind::Appeal,
                    about,
                    note,
                });
            }
            // A note for the record and for measuring the engine: the
            // journey and its clock do not depend on it.
            CaseEvent::FindingsReviewed { .. } => {}
        }
    }

    fn close(&mut self, closure: Closure) {
        self.closure = Some(closure);
        self.stage = Stage::Closed;
    }

    /// Whether the last review decided to stop the plan.
    pub fn cease_decided(&self) -> bool {
        self.reviews.last().and_then(Review::outcome) == Some(ReviewOutcome::Cease)
    }
}
