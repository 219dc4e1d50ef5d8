//! The case journey: events, commands and state.
//!
//! A case is the ordered list of its [`CaseEvent`]s. [`CaseState::from_events`]
//! folds them into the current state; [`decide`] checks a [`Command`] against
//! that state and returns new events or a [`Refusal`]; [`allowed_commands`]
//! lists what may be done next.

mod advice;
mod allocation;
mod checks;
mod closure;
mod command;
mod consultation;
mod dates;
mod decide;
mod decision;
mod dispute;
mod event;
mod exception;
mod findings;
mod gate;
mod history;
mod plan;
mod refusal;
mod request;
mod review;
mod stage;
mod state;

pub use advice::{Advice, AdviceId, AdviceKind};
pub use allocation::{suggest_coordinator, Caseload, SuggestionReason};
pub use closure::{CeaseReason, Closure};
pub use command::{Command, CommandKind};
pub use consultation::{
    Comment, Consultation, ConsultationResponse, PreferredSchool, SchoolResponse,
};
pub use decide::decide;
pub use decision::Decision;
pub use dispute::{Dispute, DisputeKind, Disputed};
pub use event::CaseEvent;
pub use exception::{Exception, ExceptionReason, ExceptionScope};
pub use findings::{review_findings, Finding, FindingDecision, MAX_REASON_CHARS};
pub use gate::{allowed_commands, check_allowed};
pub use plan::{IssuedPlan, Placement};
pub use refusal::Refusal;
pub use request::{Request, Requester, TransferIn};
pub use review::{PhaseTransfer, Review, ReviewDecision, ReviewOutcome};
pub use stage::Stage;
pub use state::CaseState;
