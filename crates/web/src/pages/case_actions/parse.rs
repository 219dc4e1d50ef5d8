//! From a submitted form to the domain's `Command`. Each problem names its
//! field so the error summary can link to it; the rules about what is
//! allowed stay in the domain's `decide`.

use std::collections::HashMap;

use jiff::civil::Date;
use tandem_domain::case::{AdviceId, AdviceKind, Command, CommandKind, Requester};

use super::choices::{
    ADVICE_KINDS, CEASE_REASONS, DISPUTED, EXCEPTION_REASONS, OUTCOMES, RESPONSES,
};
use super::fields::Options;
use super::reader::Reader;
use crate::pages::form::FieldError;

pub type Values = HashMap<String, String>;

/// Reads `kind`'s form into a command, or says what is wrong with it.
pub fn command(
    kind: CommandKind,
    values: &Values,
    options: &Options,
) -> Result<Command, Vec<FieldError>> {
    use CommandKind as K;
    let mut r = Reader {
        values,
        errors: Vec::new(),
    };
    let on = r.date("on", "Enter the date it happened");
    let command = match kind {
        K::RecordRequest => {
            let requester = r.one_of(
                "requester",
                &[Requester::Parent, Requester::YoungPerson, Requester::School],
                "Select who made the request",
            );
            let school_id = r.raw("school_id").parse().ok();
            requester.map(|requester| {
                boxed(move |on| Command::RecordRequest {
                    on,
                    requester,
                    school_id,
                })
            })
        }
        K::RecordTransferIn => {
            let from_authority = r.text("from_authority");
            let plan_dated = r.date("plan_dated", "Enter the date of the plan");
            let placement = r.placement(options);
            zip(plan_dated, placement).map(|(plan_dated, placement)| {
                boxed(move |on| Command::RecordTransferIn {
                    on,
                    from_authority,
                    plan_dated,
                    placement,
                })
            })
        }
        K::AllocateCoordinator => {
            r.id("coordinator_id", "Select a coordinator")
                .map(|coordinator_id| {
                    boxed(move |on| Command::AllocateCoordinator { on, coordinator_id })
                })
        }
        K::DecideWhetherToAssess => {
            let assess = r.yes_no("assess", "Select whether the council will assess");
            let reasons = r.text("reasons");
            assess.map(|assess| {
                boxed(move |on| Command::DecideWhetherToAssess {
                    on,
                    assess,
                    reasons,
                })
            })
        }
        K::RequestAdvice => {
            let kind = r.one_of("kind", &ADVICE_KINDS, "Select the kind of advice");
            let adviser = r.text("adviser");
            let adviser_id = r.raw("adviser_id").parse().ok();
            kind.map(|kind| {
                boxed(move |on| Command::RequestAdvice {
                    on,
                    kind,
                    adviser,
                    adviser_id,
                })
            })
        }
        K::ReceiveAdvice => r
            .id("advice_id", "Select which advice arrived")
            .and_then(|n| u32::try_from(n).ok())
            .map(|n| {
                boxed(move |on| Command::ReceiveAdvice {
                    on,
                    advice_id: AdviceId(n),
                })
            }),
        K::ReuseAdvice => {
            let kind: Option<AdviceKind> =
                r.one_of("kind", &ADVICE_KINDS, "Select the kind of advice");
            let adviser = r.text("adviser");
            let given_on = r.date("given_on", "Enter the date the advice was written");
            let agrees = r.yes_no(
                "everyone_agrees",
                "Select whether everyone agrees it is still enough",
            );
            zip(zip(kind, given_on), agrees).map(|((kind, given_on), everyone_agrees)| {
                boxed(move |on| Command::ReuseAdvice {
                    on,
                    kind,
                    adviser,
                    given_on,
                    everyone_agrees,
                })
            })
        }
        K::RecordException => {
            let applies_to = r.scope();
            let reason = r.one_of("reason", &EXCEPTION_REASONS, "Select the reason");
            let note = r.text("note");
            zip(applies_to, reason).map(|(applies_to, reason)| {
                boxed(move |on| Command::RecordException {
                    on,
                    applies_to,
                    reason,
                    note,
                })
            })
        }
        K::DecideWhetherToIssue => {
            let issue = r.yes_no("issue", "Select whether the council will issue a plan");
            let reasons = r.text("reasons");
            issue.map(|issue| boxed(move |on| Command::DecideWhetherToIssue { on, issue, reasons }))
        }
        K::IssueDraft => Some(boxed(|on| Command::IssueDraft { on })),
        K::RecordComments => {
            let summary = r.text("summary");
            if summary.is_empty() {
                r.fail::<()>("summary", "Enter the comments");
            }
            Some(boxed(move |on| Command::RecordComments { on, summary }))
        }
        K::RecordPreference => {
            r.school(options, "Select a school or college")
                .map(|(school_id, school_name)| {
                    boxed(move |on| Command::RecordPreference {
                        on,
                        school_id,
                        school_name,
                    })
                })
        }
        K::RecordMeetingRequest => Some(boxed(|on| Command::RecordMeetingRequest { on })),
        K::ConsultSchool => r
            .school(options, "Select the school or college to consult")
            .map(|(school_id, school_name)| {
                boxed(move |on| Command::ConsultSchool {
                    on,
                    school_id,
                    school_name,
                })
            }),
        K::RecordSchoolResponse => {
            let school_id = r.id("school_id", "Select which school replied");
            let response = r.one_of("response", &RESPONSES, "Select the school's reply");
            let reasons = r.text("reasons");
            zip(school_id, response).map(|(school_id, response)| {
                boxed(move |on| Command::RecordSchoolResponse {
                    on,
                    school_id,
                    response,
                    reasons,
                })
            })
        }
        K::IssueFinal => r
            .placement(options)
            .map(|placement| boxed(move |on| Command::IssueFinal { on, placement })),
        K::NotePhaseTransfer => {
            let year = r.raw("year").parse::<i16>().ok();
            let year =
                year.or_else(|| r.fail("year", "Enter the year as 4 numbers, for example 2027"));
            let into_post16 = r.yes_no(
                "into_post16",
                "Select whether it is a move into post-16 education",
            );
            zip(year, into_post16).map(|(year, into_post16)| {
                boxed(move |on| Command::NotePhaseTransfer {
                    on,
                    year,
                    into_post16,
                })
            })
        }
        K::HoldReview => Some(boxed(|on| Command::HoldReview { on })),
        K::ReceiveReviewReport => Some(boxed(|on| Command::ReceiveReviewReport { on })),
        K::DecideReview => {
            let outcome = r.one_of("outcome", &OUTCOMES, "Select the decision");
            let reasons = r.text("reasons");
            outcome.map(|outcome| {
                boxed(move |on| Command::DecideReview {
                    on,
                    outcome,
                    reasons,
                })
            })
        }
        K::ProposeAmendments => {
            let summary = r.text("summary");
            Some(boxed(move |on| Command::ProposeAmendments { on, summary }))
        }
        K::IssueAmendedFinal => r
            .placement(options)
            .map(|placement| boxed(move |on| Command::IssueAmendedFinal { on, placement })),
        K::CeasePlan => {
            let reason = r.one_of("reason", &CEASE_REASONS, "Select why the plan is stopping");
            let note = r.text("note");
            reason.map(|reason| boxed(move |on| Command::CeasePlan { on, reason, note }))
        }
        K::WithdrawRequest => {
            let reason = r.text("reason");
            Some(boxed(move |on| Command::WithdrawRequest { on, reason }))
        }
        K::TransferOut => {
            let to_authority = r.text("to_authority");
            if to_authority.is_empty() {
                r.fail::<()>("to_authority", "Enter the council the family moved to");
            }
            Some(boxed(move |on| Command::TransferOut { on, to_authority }))
        }
        K::RecordMediation | K::RecordAppeal => {
            let about = r.one_of("about", &DISPUTED, "Select which decision it is about");
            let note = r.text("note");
            about.map(|about| -> Build {
                if kind == K::RecordMediation {
                    boxed(move |on| Command::RecordMediation { on, about, note })
                } else {
                    boxed(move |on| Command::RecordAppeal { on, about, note })
                }
            })
        }
    };
    match (on, command) {
        (Some(on), Some(build)) if r.errors.is_empty() => Ok(build(on)),
        _ => Err(r.errors),
    }
}

/// A command waiting only for its date.
type Build = Box<dyn FnOnce(Date) -> Command>;

fn boxed(build: impl FnOnce(Date) -> Command + 'static) -> Build {
    Box::new(build)
}

fn zip<A, B>(a: Option<A>, b: Option<B>) -> Option<(A, B)> {
    a.zip(b)
}
