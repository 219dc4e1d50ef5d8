//! Turns a command into the events it causes, or refuses it and causes nothing.

use jiff::civil::Date;

use super::checks::check_details;
use super::command::Command;
use super::dates::{not_before, not_future};
use super::event::CaseEvent;
use super::gate::check_allowed;
use super::refusal::Refusal;
use super::state::CaseState;

/// Checks `command` against the case as it stands on `today` (a London
/// calendar day) and returns the events to append, or why it can't be done.
pub fn decide(state: &CaseState, command: Command, today: Date) -> Result<Vec<CaseEvent>, Refusal> {
    check_allowed(state, command.kind())?;
    let on = command.on();
    not_future("it happened", on, today)?;
    not_before(
        "it happened",
        on,
        "the start of the case",
        state.started_on(),
    )?;
    check_details(state, &command)?;
    Ok(vec![into_event(state, command)])
}

/// The event an accepted command records. Advice is numbered here so the
/// number is fixed in the record, not recomputed on every replay.
fn into_event(state: &CaseState, command: Command) -> CaseEvent {
    use CaseEvent as E;
    match command {
        Command::RecordRequest {
            on,
            requester,
            school_id,
        } => E::RequestReceived {
            on,
            requester,
            school_id,
        },
        Command::RecordTransferIn {
            on,
            from_authority,
            plan_dated,
            placement,
        } => E::TransferredIn {
            on,
            from_authority,
            plan_dated,
            placement,
        },
        Command::AllocateCoordinator { on, coordinator_id } => {
            E::CoordinatorAllocated { on, coordinator_id }
        }
        Command::DecideWhetherToAssess {
            on,
            assess,
            reasons,
        } => E::DecisionToAssess {
            on,
            assess,
            reasons,
        },
        Command::RequestAdvice {
            on,
            kind,
            adviser,
            adviser_id,
        } => E::AdviceRequested {
            on,
            advice_id: state.next_advice_id(),
            kind,
            adviser,
            adviser_id,
        },
        Command::ReceiveAdvice { on, advice_id } => E::AdviceReceived { on, advice_id },
        Command::ReuseAdvice {
            on,
            kind,
            adviser,
            given_on,
            ..
        } => E::ExistingAdviceReused {
            on,
            advice_id: state.next_advice_id(),
            kind,
            adviser,
            given_on,
        },
        Command::RecordException {
            on,
            applies_to,
            reason,
            note,
        } => E::ExceptionRecorded {
            on,
            applies_to,
            reason,
            note,
        },
        Command::DecideWhetherToIssue { on, issue, reasons } => {
            E::DecisionToIssue { on, issue, reasons }
        }
        Command::IssueDraft { on } => E::DraftIssued { on },
        Command::RecordComments { on, summary } => E::CommentMade { on, summary },
        Command::RecordPreference {
            on,
            school_id,
            school_name,
        } => E::SchoolPreferenceStated {
            on,
            school_id,
            school_name,
        },
        Command::RecordMeetingRequest { on } => E::MeetingRequested { on },
        Command::ConsultSchool {
            on,
            school_id,
            school_name,
        } => E::SchoolConsulted {
            on,
            school_id,
            school_name,
        },
        Command::RecordSchoolResponse {
            on,
            school_id,
            response,
            reasons,
        } => E::SchoolResponded {
            on,
            school_id,
            response,
            reasons,
        },
        Command::IssueFinal { on, placement } => E::FinalIssued { on, placement },
        Command::NotePhaseTransfer {
            on,
            year,
            into_post16,
        } => E::PhaseTransferNoted {
            on,
            year,
            into_post16,
        },
        Command::HoldReview { on } => E::ReviewHeld { on },
        Command::ReceiveReviewReport { on } => E::ReviewReportReceived { on },
        Command::DecideReview {
            on,
            outcome,
            reasons,
        } => E::ReviewDecided {
            on,
            outcome,
            reasons,
        },
        Command::ProposeAmendments { on, summary } => E::AmendmentsProposed { on, summary },
        Command::IssueAmendedFinal { on, placement } => E::AmendedFinalIssued { on, placement },
        Command::CeasePlan { on, reason, note } => E::PlanCeased { on, reason, note },
        Command::WithdrawRequest { on, reason } => E::RequestWithdrawn { on, reason },
        Command::TransferOut { on, to_authority } => E::TransferredOut { on, to_authority },
        Command::RecordMediation { on, about, note } => E::MediationRecorded { on, about, note },
        Command::RecordAppeal { on, about, note } => E::AppealRecorded { on, about, note },
    }
}
