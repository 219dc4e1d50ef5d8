//! What happened on a case. The ordered list of these is the legal record;
//! everything else is computed from it.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::advice::{AdviceId, AdviceKind};
use super::closure::CeaseReason;
use super::consultation::ConsultationResponse;
use super::dispute::Disputed;
use super::exception::{ExceptionReason, ExceptionScope};
use super::findings::FindingDecision;
use super::plan::Placement;
use super::request::Requester;
use super::review::ReviewOutcome;

/// One fact about a case. Every event carries `on`, the London calendar day
/// it happened, which is what the statutory clock counts from. The store
/// keeps `event_type()` beside the JSON so it can index without parsing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum CaseEvent {
    RequestReceived {
        on: Date,
        requester: Requester,
        school_id: Option<i64>,
    },
    TransferredIn {
        on: Date,
        from_authority: String,
        plan_dated: Date,
        placement: Placement,
    },
    CoordinatorAllocated {
        on: Date,
        coordinator_id: i64,
    },
    DecisionToAssess {
        on: Date,
        assess: bool,
        reasons: String,
    },
    AdviceRequested {
        on: Date,
        advice_id: AdviceId,
        kind: AdviceKind,
        adviser: String,
        adviser_id: Option<i64>,
    },
    AdviceReceived {
        on: Date,
        advice_id: AdviceId,
    },
    /// Advice under 12 months old reused because everyone agreed it is still sufficient (Regulation 6(4)).
    ExistingAdviceReused {
        on: Date,
        advice_id: AdviceId,
        kind: AdviceKind,
        adviser: String,
        given_on: Date,
    },
    ExceptionRecorded {
        on: Date,
        applies_to: ExceptionScope,
        reason: ExceptionReason,
        note: String,
    },
    DecisionToIssue {
        on: Date,
        issue: bool,
        reasons: String,
    },
    DraftIssued {
        on: Date,
    },
    CommentMade {
        on: Date,
        summary: String,
    },
    SchoolPreferenceStated {
        on: Date,
        school_id: i64,
        school_name: String,
    },
    MeetingRequested {
        on: Date,
    },
    SchoolConsulted {
        on: Date,
        school_id: i64,
        school_name: String,
    },
    SchoolResponded {
        on: Date,
        school_id: i64,
        response: ConsultationResponse,
        reasons: String,
    },
    FinalIssued {
        on: Date,
        placement: Placement,
    },
    PhaseTransferNoted {
        on: Date,
        year: i16,
        into_post16: bool,
    },
    ReviewHeld {
        on: Date,
    },
    ReviewReportReceived {
        on: Date,
    },
    ReviewDecided {
        on: Date,
        outcome: ReviewOutcome,
        reasons: String,
    },
    AmendmentsProposed {
        on: Date,
        summary: String,
    },
    AmendedFinalIssued {
        on: Date,
        placement: Placement,
    },
    PlanCeased {
        on: Date,
        reason: CeaseReason,
        note: String,
    },
    RequestWithdrawn {
        on: Date,
        reason: String,
    },
    TransferredOut {
        on: Date,
        to_authority: String,
    },
    MediationRecorded {
        on: Date,
        about: Disputed,
        note: String,
    },
    AppealRecorded {
        on: Date,
        about: Disputed,
        note: String,
    },
    /// A person accepted or corrected what the engine suggested from the
    /// case's documents. A note on the record: no date or stage moves.
    FindingsReviewed {
        on: Date,
        decisions: Vec<FindingDecision>,
    },
}

impl CaseEvent {
    /// The stable name the store files this event under; equal to the serde tag.
    pub fn event_type(&self) -> &'static str {
        match self {
            CaseEvent::RequestReceived { .. } => "RequestReceived",
            CaseEvent::TransferredIn { .. } => "TransferredIn",
            CaseEvent::CoordinatorAllocated { .. } => "CoordinatorAllocated",
            CaseEvent::DecisionToAssess { .. } => "DecisionToAssess",
            CaseEvent::AdviceRequested { .. } => "AdviceRequested",
            CaseEvent::AdviceReceived { .. } => "AdviceReceived",
            CaseEvent::ExistingAdviceReused { .. } => "ExistingAdviceReused",
            CaseEvent::ExceptionRecorded { .. } => "ExceptionRecorded",
            CaseEvent::DecisionToIssue { .. } => "DecisionToIssue",
            CaseEvent::DraftIssued { .. } => "DraftIssued",
            CaseEvent::CommentMade { .. } => "CommentMade",
            CaseEvent::SchoolPreferenceStated { .. } => "SchoolPreferenceStated",
            CaseEvent::MeetingRequested { .. } => "MeetingRequested",
            CaseEvent::SchoolConsulted { .. } => "SchoolConsulted",
            CaseEvent::SchoolResponded { .. } => "SchoolResponded",
            CaseEvent::FinalIssued { .. } => "FinalIssued",
            CaseEvent::PhaseTransferNoted { .. } => "PhaseTransferNoted",
            CaseEvent::ReviewHeld { .. } => "ReviewHeld",
            CaseEvent::ReviewReportReceived { .. } => "ReviewReportReceived",
            CaseEvent::ReviewDecided { .. } => "ReviewDecided",
            CaseEvent::AmendmentsProposed { .. } => "AmendmentsProposed",
            CaseEvent::AmendedFinalIssued { .. } => "AmendedFinalIssued",
            CaseEvent::PlanCeased { .. } => "PlanCeased",
            CaseEvent::RequestWithdrawn { .. } => "RequestWithdrawn",
            CaseEvent::TransferredOut { .. } => "TransferredOut",
            CaseEvent::MediationRecorded { .. } => "MediationRecorded",
            CaseEvent::AppealRecorded { .. } => "AppealRecorded",
            CaseEvent::FindingsReviewed { .. } => "FindingsReviewed",
        }
    }

    /// The day it happened.
    pub fn on(&self) -> Date {
        match self {
            CaseEvent::RequestReceived { on, .. }
            | CaseEvent::TransferredIn { on, .. }
            | CaseEvent::CoordinatorAllocated { on, .. }
            | CaseEvent::DecisionToAssess { on, .. }
            | CaseEvent::AdviceRequested { on, .. }
            | CaseEvent::AdviceReceived { on, .. }
            | CaseEvent::ExistingAdviceReused { on, .. }
            | CaseEvent::ExceptionRecorded { on, .. }
            | CaseEvent::DecisionToIssue { on, .. }
            | CaseEvent::DraftIssued { on }
            | CaseEvent::CommentMade { on, .. }
            | CaseEvent::SchoolPreferenceStated { on, .. }
            | CaseEvent::MeetingRequested { on }
            | CaseEvent::SchoolConsulted { on, .. }
            | CaseEvent::SchoolResponded { on, .. }
            | CaseEvent::FinalIssued { on, .. }
            | CaseEvent::PhaseTransferNoted { on, .. }
            | CaseEvent::ReviewHeld { on }
            | CaseEvent::ReviewReportReceived { on }
            | CaseEvent::ReviewDecided { on, .. }
            | CaseEvent::AmendmentsProposed { on, .. }
            | CaseEvent::AmendedFinalIssued { on, .. }
            | CaseEvent::PlanCeased { on, .. }
            | CaseEvent::RequestWithdrawn { on, .. }
            | CaseEvent::TransferredOut { on, .. }
            | CaseEvent::MediationRecorded { on, .. }
            | CaseEvent::AppealRecorded { on, .. }
            | CaseEvent::FindingsReviewed { on, .. } => *on,
        }
    }

    /// Reads an event back from the store's (type, payload) pair. The payload
    /// may or may not carry the `type` field; `event_type` wins.
    pub fn from_stored(event_type: &str, payload: &str) -> Result<CaseEvent, serde_json::Error> {
        let mut value: serde_json::Value = serde_json::from_str(payload)?;
        if let serde_json::Value::Object(map) = &mut value {
            map.insert(
                "type".to_owned(),
                serde_json::Value::String(event_type.to_owned()),
            );
        }
        serde_json::from_value(value)
    }

    /// The JSON payload to store beside `event_type()`.
    pub fn to_payload(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }
}
