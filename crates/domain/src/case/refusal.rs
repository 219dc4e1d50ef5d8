//! Why a command was refused, in words a coordinator or family can act on.

use jiff::civil::Date;
use thiserror::Error;

use super::advice::AdviceId;
use super::command::CommandKind;
use super::dispute::Disputed;
use super::stage::Stage;
use crate::clock::long_date;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    #[error("There is no request on this case yet. Record the request first.")]
    NotStarted,
    #[error("This case has already started. A request can only be recorded once.")]
    AlreadyStarted,
    #[error("This case is closed, so you can't {}.", .action.describe())]
    Closed { action: CommandKind },
    #[error("You can't {} while {}.", .action.describe(), .stage.describe())]
    WrongStage { action: CommandKind, stage: Stage },
    #[error("The decision {what} was already recorded on {}.", long_date(*.on))]
    AlreadyDecided { what: &'static str, on: Date },
    #[error("The date {what} ({}) is in the future. Enter today's date or an earlier one.", long_date(*.date))]
    FutureDate { what: &'static str, date: Date },
    #[error("The date {what} ({}) is before {earlier_what} ({}).", long_date(*.date), long_date(*.earlier))]
    TooEarly {
        what: &'static str,
        date: Date,
        earlier_what: &'static str,
        earlier: Date,
    },
    #[error("Enter {what}.")]
    Missing { what: &'static str },
    #[error("Keep {what} to {limit} characters or fewer.")]
    TooLong { what: &'static str, limit: usize },
    #[error("There is no advice numbered {} on this case.", .0.0)]
    UnknownAdvice(AdviceId),
    #[error("That advice was already received on {}.", long_date(*.on))]
    AdviceAlreadyReceived { on: Date },
    #[error("No advice is waiting to be received.")]
    NoAdviceOutstanding,
    #[error("Existing advice can only be reused if the family, the adviser and the council all agree it is still enough.")]
    ReuseNotAgreed,
    #[error("Existing advice written on {} is 12 months old or more, so it can't be reused. Request new advice.", long_date(*.given_on))]
    AdviceTooOld { given_on: Date },
    #[error("Some advice has not arrived yet: {waiting}. Record it before deciding whether to issue a plan.")]
    AdviceOutstanding { waiting: String },
    #[error("The assessment still needs {needed}. Request or reuse it before deciding whether to issue a plan.")]
    AdviceMissing { needed: String },
    #[error("The family has until {} to comment on the draft. The final plan can be issued after that.", long_date(*.until))]
    FamilyStillHasTime { until: Date },
    #[error("The family has until {} to comment on the proposed amendments. The amended plan can be issued after that.", long_date(*.until))]
    FamilyStillHasTimeOnAmendments { until: Date },
    #[error("The family's preferred school, {school_name}, has not been consulted yet. Consult it before issuing the final plan.")]
    PreferenceNotConsulted { school_name: String },
    #[error("{school_name} has until {} to respond to the consultation. Wait for its response or that date before naming it.", long_date(*.until))]
    SchoolStillHasTime { school_name: String, until: Date },
    #[error("{school_name} has already been consulted.")]
    AlreadyConsulted { school_name: String },
    #[error("That school has not been consulted on this plan.")]
    NotConsulted,
    #[error("{school_name} has already responded.")]
    AlreadyResponded { school_name: String },
    #[error("No school is waiting to respond to a consultation.")]
    NoConsultationOpen,
    #[error("The last annual review is not finished yet. Finish it before holding another.")]
    ReviewInProgress,
    #[error("The decision after the last review was to stop the plan. Stop the plan instead of holding another review.")]
    CeaseDecided,
    #[error("There is no annual review in progress.")]
    NoReviewInProgress,
    #[error("The annual review report was already received on {}.", long_date(*.on))]
    ReportAlreadyReceived { on: Date },
    #[error("The annual review report has not been received yet. Record it before the decision.")]
    ReportNotReceived,
    #[error("The last review did not decide to amend the plan.")]
    NotAmending,
    #[error("The proposed amendments were already sent on {}.", long_date(*.on))]
    AmendmentsAlreadyProposed { on: Date },
    #[error("Send the proposed amendments to the family before issuing the amended plan.")]
    AmendmentsNotProposed,
    #[error("The phase transfer year {year} is not within 25 years of this case.")]
    ImplausibleTransferYear { year: i16 },
    #[error("This can only be recorded against {}, and this case has none.", .0.describe())]
    NothingToDispute(Disputed),
    #[error("That exception refers to a time limit this case does not have.")]
    ExceptionTargetUnknown,
}
