//! Which actions the case's state allows, before looking at a command's
//! details. `decide` and `allowed_commands` share these rules so a page
//! never offers an action that would then be refused for being out of order.

use super::advice::AdviceKind;
use super::command::CommandKind;
use super::refusal::Refusal;
use super::stage::Stage;
use super::state::CaseState;

/// The actions open on the case now, in journey order.
pub fn allowed_commands(state: &CaseState) -> Vec<CommandKind> {
    CommandKind::ALL
        .into_iter()
        .filter(|kind| check_allowed(state, *kind).is_ok())
        .collect()
}

/// Whether the case's state allows this kind of action at all.
pub fn check_allowed(state: &CaseState, action: CommandKind) -> Result<(), Refusal> {
    use CommandKind as K;
    let stage = state.stage;
    match (stage, action) {
        (Stage::NotStarted, K::RecordRequest | K::RecordTransferIn) => return Ok(()),
        (_, K::RecordRequest | K::RecordTransferIn) => return Err(Refusal::AlreadyStarted),
        (Stage::NotStarted, _) => return Err(Refusal::NotStarted),
        (_, K::RecordMediation | K::RecordAppeal) => {
            return if has_disputable_decision(state) {
                Ok(())
            } else {
                Err(Refusal::WrongStage { action, stage })
            };
        }
        (Stage::Closed, _) => return Err(Refusal::Closed { action }),
        _ => {}
    }
    let in_stage = |wanted: &[Stage]| {
        if wanted.contains(&stage) {
            Ok(())
        } else {
            Err(Refusal::WrongStage { action, stage })
        }
    };
    const BEFORE_PLAN: &[Stage] = &[
        Stage::Requested,
        Stage::Assessing,
        Stage::Drafting,
        Stage::DraftIssued,
    ];
    match action {
        K::AllocateCoordinator | K::TransferOut => Ok(()),
        K::RecordException | K::WithdrawRequest => in_stage(BEFORE_PLAN),
        K::DecideWhetherToAssess => match &state.assess_decision {
            Some(d) => Err(Refusal::AlreadyDecided {
                what: "whether to assess",
                on: d.on,
            }),
            None => in_stage(&[Stage::Requested]),
        },
        K::RequestAdvice | K::ReuseAdvice => in_stage(&[Stage::Assessing]),
        K::ReceiveAdvice => {
            in_stage(&[Stage::Assessing])?;
            if state.advice.iter().any(|a| a.is_outstanding()) {
                Ok(())
            } else {
                Err(Refusal::NoAdviceOutstanding)
            }
        }
        K::DecideWhetherToIssue => {
            if let Some(d) = &state.issue_decision {
                return Err(Refusal::AlreadyDecided {
                    what: "whether to issue a plan",
                    on: d.on,
                });
            }
            in_stage(&[Stage::Assessing])?;
            advice_complete(state)
        }
        K::IssueDraft => in_stage(&[Stage::Drafting]),
        K::RecordComments | K::RecordPreference | K::RecordMeetingRequest | K::ConsultSchool => {
            in_stage(&[Stage::DraftIssued])
        }
        K::RecordSchoolResponse => {
            in_stage(&[Stage::DraftIssued])?;
            if state.consultations.iter().any(|c| c.response.is_none()) {
                Ok(())
            } else {
                Err(Refusal::NoConsultationOpen)
            }
        }
        K::IssueFinal => {
            in_stage(&[Stage::DraftIssued])?;
            preference_consulted(state)
        }
        K::NotePhaseTransfer | K::CeasePlan => in_stage(&[Stage::PlanInForce]),
        K::HoldReview => {
            in_stage(&[Stage::PlanInForce])?;
            if state.cease_decided() {
                Err(Refusal::CeaseDecided)
            } else if state.current_review().is_some_and(|r| !r.is_finished()) {
                Err(Refusal::ReviewInProgress)
            } else {
                Ok(())
            }
        }
        K::ReceiveReviewReport => {
            in_stage(&[Stage::PlanInForce])?;
            match state.current_review() {
                Some(r) if r.decision.is_none() => match r.report_on {
                    Some(on) => Err(Refusal::ReportAlreadyReceived { on }),
                    None => Ok(()),
                },
                _ => Err(Refusal::NoReviewInProgress),
            }
        }
        K::DecideReview => {
            in_stage(&[Stage::PlanInForce])?;
            match state.current_review() {
                Some(r) => match (&r.decision, r.report_on) {
                    (Some(d), _) => Err(Refusal::AlreadyDecided {
                        what: "after the annual review",
                        on: d.on,
                    }),
                    (None, None) => Err(Refusal::ReportNotReceived),
                    (None, Some(_)) => Ok(()),
                },
                None => Err(Refusal::NoReviewInProgress),
            }
        }
        K::ProposeAmendments | K::IssueAmendedFinal => {
            in_stage(&[Stage::PlanInForce])?;
            amendment_step(state, action)
        }
        K::RecordRequest | K::RecordTransferIn | K::RecordMediation | K::RecordAppeal => Ok(()),
    }
}

fn has_disputable_decision(state: &CaseState) -> bool {
    state.assess_decision.is_some()
        || state.issue_decision.is_some()
        || state.plan.is_some()
        || state.reviews.iter().any(|r| r.decision.is_some())
}

/// Regulation 6(1): the authority must have each required kind of advice,
/// and every piece it asked for, before it can decide about a plan.
fn advice_complete(state: &CaseState) -> Result<(), Refusal> {
    let waiting: Vec<String> = state
        .advice
        .iter()
        .filter(|a| a.is_outstanding())
        .map(|a| format!("{} from {}", a.kind.describe(), a.adviser))
        .collect();
    if !waiting.is_empty() {
        return Err(Refusal::AdviceOutstanding {
            waiting: waiting.join(", "),
        });
    }
    let needed: Vec<&str> = AdviceKind::REQUIRED
        .into_iter()
        .filter(|kind| !state.advice.iter().any(|a| a.kind == *kind))
        .map(AdviceKind::describe)
        .collect();
    if needed.is_empty() {
        Ok(())
    } else {
        Err(Refusal::AdviceMissing {
            needed: needed.join(", "),
        })
    }
}

/// The authority must consult the school the family asked for before
/// naming any placement (Section 39(2)).
fn preference_consulted(state: &CaseState) -> Result<(), Refusal> {
    match &state.preferred_school {
        Some(p) if state.consultation(p.school_id).is_none() => {
            Err(Refusal::PreferenceNotConsulted {
                school_name: p.school_name.clone(),
            })
        }
        _ => Ok(()),
    }
}

fn amendment_step(state: &CaseState, action: CommandKind) -> Result<(), Refusal> {
    use super::review::ReviewOutcome;
    let review = state.current_review().ok_or(Refusal::NoReviewInProgress)?;
    if review.outcome() != Some(ReviewOutcome::Amend) {
        return Err(Refusal::NotAmending);
    }
    match (
        action,
        review.amendments_proposed_on,
        review.amended_plan_on,
    ) {
        (_, _, Some(on)) => Err(Refusal::AlreadyDecided {
            what: "to amend the plan",
            on,
        }),
        (CommandKind::ProposeAmendments, Some(on), None) => {
            Err(Refusal::AmendmentsAlreadyProposed { on })
        }
        (CommandKind::IssueAmendedFinal, None, None) => Err(Refusal::AmendmentsNotProposed),
        _ => Ok(()),
    }
}
