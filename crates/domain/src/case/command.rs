//! What a person asks the case to do. `decide` turns a command into events
//! or refuses it.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::advice::{AdviceId, AdviceKind};
use super::closure::CeaseReason;
use super::consultation::ConsultationResponse;
use super::dispute::Disputed;
use super::exception::{ExceptionReason, ExceptionScope};
use super::plan::Placement;
use super::request::Requester;
use super::review::ReviewOutcome;

/// Every command carries `on`, the day the thing happened, which may be
/// earlier than the day it is recorded but never later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command")]
pub enum Command {
    RecordRequest {
        on: Date,
        requester: Requester,
        school_id: Option<i64>,
    },
    RecordTransferIn {
        on: Date,
        from_authority: String,
        plan_dated: Date,
        placement: Placement,
    },
    AllocateCoordinator {
        on: Date,
        coordinator_id: i64,
    },
    DecideWhetherToAssess {
        on: Date,
        assess: bool,
        reasons: String,
    },
    RequestAdvice {
        on: Date,
        kind: AdviceKind,
        adviser: String,
        adviser_id: Option<i64>,
    },
    ReceiveAdvice {
        on: Date,
        advice_id: AdviceId,
    },
    /// `given_on` is the date of the existing advice; `everyone_agrees` is the
    /// authority, the adviser and the family agreeing it is still sufficient.
    ReuseAdvice {
        on: Date,
        kind: AdviceKind,
        adviser: String,
        given_on: Date,
        everyone_agrees: bool,
    },
    RecordException {
        on: Date,
        applies_to: ExceptionScope,
        reason: ExceptionReason,
        note: String,
    },
    DecideWhetherToIssue {
        on: Date,
        issue: bool,
        reasons: String,
    },
    IssueDraft {
        on: Date,
    },
    RecordComments {
        on: Date,
        summary: String,
    },
    RecordPreference {
        on: Date,
        school_id: i64,
        school_name: String,
    },
    RecordMeetingRequest {
        on: Date,
    },
    ConsultSchool {
        on: Date,
        school_id: i64,
        school_name: String,
    },
    RecordSchoolResponse {
        on: Date,
        school_id: i64,
        response: ConsultationResponse,
        reasons: String,
    },
    IssueFinal {
        on: Date,
        placement: Placement,
    },
    NotePhaseTransfer {
        on: Date,
        year: i16,
        into_post16: bool,
    },
    HoldReview {
        on: Date,
    },
    ReceiveReviewReport {
        on: Date,
    },
    DecideReview {
        on: Date,
        outcome: ReviewOutcome,
        reasons: String,
    },
    ProposeAmendments {
        on: Date,
        summary: String,
    },
    IssueAmendedFinal {
        on: Date,
        placement: Placement,
    },
    CeasePlan {
        on: Date,
        reason: CeaseReason,
        note: String,
    },
    WithdrawRequest {
        on: Date,
        reason: String,
    },
    TransferOut {
        on: Date,
        to_authority: String,
    },
    RecordMediation {
        on: Date,
        about: Disputed,
        note: String,
    },
    RecordAppeal {
        on: Date,
        about: Disputed,
        note: String,
    },
}

/// A command without its details, for showing which actions are open now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CommandKind {
    RecordRequest,
    RecordTransferIn,
    AllocateCoordinator,
    DecideWhetherToAssess,
    RequestAdvice,
    ReceiveAdvice,
    ReuseAdvice,
    RecordException,
    DecideWhetherToIssue,
    IssueDraft,
    RecordComments,
    RecordPreference,
    RecordMeetingRequest,
    ConsultSchool,
    RecordSchoolResponse,
    IssueFinal,
    NotePhaseTransfer,
    HoldReview,
    ReceiveReviewReport,
    DecideReview,
    ProposeAmendments,
    IssueAmendedFinal,
    CeasePlan,
    WithdrawRequest,
    TransferOut,
    RecordMediation,
    RecordAppeal,
}

impl CommandKind {
    pub const ALL: [CommandKind; 27] = [
        CommandKind::RecordRequest,
        CommandKind::RecordTransferIn,
        CommandKind::AllocateCoordinator,
        CommandKind::DecideWhetherToAssess,
        CommandKind::RequestAdvice,
        CommandKind::ReceiveAdvice,
        CommandKind::ReuseAdvice,
        CommandKind::RecordException,
        CommandKind::DecideWhetherToIssue,
        CommandKind::IssueDraft,
        CommandKind::RecordComments,
        CommandKind::RecordPreference,
        CommandKind::RecordMeetingRequest,
        CommandKind::ConsultSchool,
        CommandKind::RecordSchoolResponse,
        CommandKind::IssueFinal,
        CommandKind::NotePhaseTransfer,
        CommandKind::HoldReview,
        CommandKind::ReceiveReviewReport,
        CommandKind::DecideReview,
        CommandKind::ProposeAmendments,
        CommandKind::IssueAmendedFinal,
        CommandKind::CeasePlan,
        CommandKind::WithdrawRequest,
        CommandKind::TransferOut,
        CommandKind::RecordMediation,
        CommandKind::RecordAppeal,
    ];

    /// Completes "You can't …": a plain verb phrase, also usable as a link text.
    pub fn describe(self) -> &'static str {
        match self {
            CommandKind::RecordRequest => "record a request for an assessment",
            CommandKind::RecordTransferIn => "record a plan transferred from another council",
            CommandKind::AllocateCoordinator => "allocate a coordinator",
            CommandKind::DecideWhetherToAssess => "record the decision whether to assess",
            CommandKind::RequestAdvice => "request advice",
            CommandKind::ReceiveAdvice => "record advice received",
            CommandKind::ReuseAdvice => "reuse existing advice",
            CommandKind::RecordException => "record an exception to the time limits",
            CommandKind::DecideWhetherToIssue => "record the decision whether to issue a plan",
            CommandKind::IssueDraft => "issue the draft plan",
            CommandKind::RecordComments => "record the family's comments on the draft",
            CommandKind::RecordPreference => "record the family's preferred school",
            CommandKind::RecordMeetingRequest => "record the family's request for a meeting",
            CommandKind::ConsultSchool => "consult a school or college",
            CommandKind::RecordSchoolResponse => "record a school's response",
            CommandKind::IssueFinal => "issue the final plan",
            CommandKind::NotePhaseTransfer => "note a phase transfer",
            CommandKind::HoldReview => "record an annual review meeting",
            CommandKind::ReceiveReviewReport => "record the annual review report",
            CommandKind::DecideReview => "record the decision after the annual review",
            CommandKind::ProposeAmendments => "send the proposed amendments",
            CommandKind::IssueAmendedFinal => "issue the amended final plan",
            CommandKind::CeasePlan => "stop the plan",
            CommandKind::WithdrawRequest => "withdraw the request",
            CommandKind::TransferOut => "transfer the case to another council",
            CommandKind::RecordMediation => "record mediation",
            CommandKind::RecordAppeal => "record an appeal",
        }
    }
}

impl Command {
    /// The day the thing happened.
    pub fn on(&self) -> Date {
        match self {
            Command::RecordRequest { on, .. }
            | Command::RecordTransferIn { on, .. }
            | Command::AllocateCoordinator { on, .. }
            | Command::DecideWhetherToAssess { on, .. }
            | Command::RequestAdvice { on, .. }
            | Command::ReceiveAdvice { on, .. }
            | Command::ReuseAdvice { on, .. }
            | Command::RecordException { on, .. }
            | Command::DecideWhetherToIssue { on, .. }
            | Command::IssueDraft { on }
            | Command::RecordComments { on, .. }
            | Command::RecordPreference { on, .. }
            | Command::RecordMeetingRequest { on }
            | Command::ConsultSchool { on, .. }
            | Command::RecordSchoolResponse { on, .. }
            | Command::IssueFinal { on, .. }
            | Command::NotePhaseTransfer { on, .. }
            | Command::HoldReview { on }
            | Command::ReceiveReviewReport { on }
            | Command::DecideReview { on, .. }
            | Command::ProposeAmendments { on, .. }
            | Command::IssueAmendedFinal { on, .. }
            | Command::CeasePlan { on, .. }
            | Command::WithdrawRequest { on, .. }
            | Command::TransferOut { on, .. }
            | Command::RecordMediation { on, .. }
            | Command::RecordAppeal { on, .. } => *on,
        }
    }

    pub fn kind(&self) -> CommandKind {
        match self {
            Command::RecordRequest { .. } => CommandKind::RecordRequest,
            Command::RecordTransferIn { .. } => CommandKind::RecordTransferIn,
            Command::AllocateCoordinator { .. } => CommandKind::AllocateCoordinator,
            Command::DecideWhetherToAssess { .. } => CommandKind::DecideWhetherToAssess,
            Command::RequestAdvice { .. } => CommandKind::RequestAdvice,
            Command::ReceiveAdvice { .. } => CommandKind::ReceiveAdvice,
            Command::ReuseAdvice { .. } => CommandKind::ReuseAdvice,
            Command::RecordException { .. } => CommandKind::RecordException,
            Command::DecideWhetherToIssue { .. } => CommandKind::DecideWhetherToIssue,
            Command::IssueDraft { .. } => CommandKind::IssueDraft,
            Command::RecordComments { .. } => CommandKind::RecordComments,
            Command::RecordPreference { .. } => CommandKind::RecordPreference,
            Command::RecordMeetingRequest { .. } => CommandKind::RecordMeetingRequest,
            Command::ConsultSchool { .. } => CommandKind::ConsultSchool,
            Command::RecordSchoolResponse { .. } => CommandKind::RecordSchoolResponse,
            Command::IssueFinal { .. } => CommandKind::IssueFinal,
            Command::NotePhaseTransfer { .. } => CommandKind::NotePhaseTransfer,
            Command::HoldReview { .. } => CommandKind::HoldReview,
            Command::ReceiveReviewReport { .. } => CommandKind::ReceiveReviewReport,
            Command::DecideReview { .. } => CommandKind::DecideReview,
            Command::ProposeAmendments { .. } => CommandKind::ProposeAmendments,
            Command::IssueAmendedFinal { .. } => CommandKind::IssueAmendedFinal,
            Command::CeasePlan { .. } => CommandKind::CeasePlan,
            Command::WithdrawRequest { .. } => CommandKind::WithdrawRequest,
            Command::TransferOut { .. } => CommandKind::TransferOut,
            Command::RecordMediation { .. } => CommandKind::RecordMediation,
            Command::RecordAppeal { .. } => CommandKind::RecordAppeal,
        }
    }
}
