//! What each event tells whom: the family and the child's school hear of
//! every decision and step, and a school being consulted is asked directly.

use tandem_domain::case::{AdviceId, CaseEvent, CaseState};
use tandem_domain::clock::timescale::{self as t, days_after, weeks_after};

use super::letters::Notice;

/// Who a notice is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The family and the child's own school.
    FamilyAndSchool,
    /// A school consulted about a place, by its id.
    ConsultedSchool(i64),
}

/// The notices `event` gives, read against the case's `history` before it.
/// Events that change nothing the family need to hear of give none.
pub fn notices(history: &[CaseEvent], event: &CaseEvent) -> Vec<(Audience, Notice)> {
    let everyone = |notice| vec![(Audience::FamilyAndSchool, notice)];
    let final_by = || {
        CaseState::from_events(history)
            .request
            .map(|r| weeks_after(r.received_on, t::FINAL_PLAN_WEEKS))
    };
    match event {
        CaseEvent::RequestReceived { on, .. } => everyone(Notice::RequestReceived {
            decide_by: weeks_after(*on, t::DECIDE_TO_ASSESS_WEEKS),
        }),
        CaseEvent::DecisionToAssess { assess: true, .. } => everyone(Notice::Assessing {
            final_by: final_by(),
        }),
        CaseEvent::DecisionToAssess {
            assess: false,
            reasons,
            ..
        } => everyone(Notice::NotAssessing {
            reasons: reasons.clone(),
        }),
        CaseEvent::AdviceRequested {
            on, kind, adviser, ..
        } => everyone(Notice::AdviceRequested {
            adviser: adviser.clone(),
            advice: kind.describe().to_owned(),
            due: weeks_after(*on, t::ADVICE_WEEKS),
        }),
        CaseEvent::AdviceReceived { advice_id, .. } => everyone(Notice::AdviceReceived {
            advice: advice_kind(history, *advice_id),
        }),
        CaseEvent::DecisionToIssue { issue: true, .. } => everyone(Notice::Issuing {
            final_by: final_by(),
        }),
        CaseEvent::DecisionToIssue {
            issue: false,
            reasons,
            ..
        } => everyone(Notice::NotIssuing {
            reasons: reasons.clone(),
        }),
        CaseEvent::DraftIssued { on } => everyone(Notice::DraftIssued {
            comments_by: days_after(*on, t::FAMILY_DAYS),
        }),
        CaseEvent::SchoolConsulted {
            on,
            school_id,
            school_name,
        } => {
            let reply_by = days_after(*on, t::SCHOOL_DAYS);
            let school = school_name.clone();
            vec![
                (
                    Audience::FamilyAndSchool,
                    Notice::SchoolConsulted {
                        school: school.clone(),
                        reply_by,
                    },
                ),
                (
                    Audience::ConsultedSchool(*school_id),
                    Notice::ConsultationRequest { school, reply_by },
                ),
            ]
        }
        CaseEvent::FinalIssued { placement, .. } => everyone(Notice::FinalIssued {
            placement: placement.name.clone(),
        }),
        CaseEvent::ReviewHeld { on } => everyone(Notice::ReviewHeld {
            decision_by: weeks_after(*on, t::REVIEW_DECISION_WEEKS),
        }),
        CaseEvent::ReviewDecided {
            outcome, reasons, ..
        } => everyone(Notice::ReviewDecided {
            outcome: *outcome,
            reasons: reasons.clone(),
        }),
        CaseEvent::AmendmentsProposed { on, summary } => everyone(Notice::AmendmentsProposed {
            summary: summary.clone(),
            comments_by: days_after(*on, t::FAMILY_DAYS),
        }),
        CaseEvent::AmendedFinalIssued { placement, .. } => everyone(Notice::AmendedFinalIssued {
            placement: placement.name.clone(),
        }),
        CaseEvent::PlanCeased { reason, note, .. } => {
            let reasons = if note.trim().is_empty() {
                reason.describe().to_owned()
            } else {
                note.clone()
            };
            everyone(Notice::PlanCeased { reasons })
        }
        CaseEvent::RequestWithdrawn { .. } => everyone(Notice::RequestWithdrawn),
        CaseEvent::TransferredOut { to_authority, .. } => everyone(Notice::TransferredOut {
            to: to_authority.clone(),
        }),
        CaseEvent::TransferredIn { .. }
        | CaseEvent::CoordinatorAllocated { .. }
        | CaseEvent::ExistingAdviceReused { .. }
        | CaseEvent::ExceptionRecorded { .. }
        | CaseEvent::CommentMade { .. }
        | CaseEvent::SchoolPreferenceStated { .. }
        | CaseEvent::MeetingRequested { .. }
        | CaseEvent::SchoolResponded { .. }
        | CaseEvent::PhaseTransferNoted { .. }
        | CaseEvent::ReviewReportReceived { .. }
        | CaseEvent::MediationRecorded { .. }
        | CaseEvent::AppealRecorded { .. }
        | CaseEvent::FindingsReviewed { .. } => Vec::new(),
    }
}

/// What the advice with `id` is, from the request for it.
fn advice_kind(history: &[CaseEvent], id: AdviceId) -> String {
    history
        .iter()
        .rev()
        .find_map(|e| match e {
            CaseEvent::AdviceRequested {
                advice_id, kind, ..
            } if *advice_id == id => Some(kind.describe()),
            _ => None,
        })
        .unwrap_or("advice")
        .to_owned()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use jiff::civil::date;
    use tandem_domain::case::{AdviceKind, Placement, Requester};

    use super::*;

    #[test]
    fn the_final_plan_date_counts_from_the_request() {
        let history = vec![CaseEvent::RequestReceived {
            on: date(2026, 9, 1),
            requester: Requester::Parent,
            school_id: None,
        }];
        let event = CaseEvent::DecisionToAssess {
            on: date(2026, 10, 1),
            assess: true,
            reasons: String::new(),
        };
        let notices = notices(&history, &event);
        assert_eq!(
            notices,
            vec![(
                Audience::FamilyAndSchool,
                Notice::Assessing {
                    final_by: Some(date(2027, 1, 19))
                }
            )]
        );
    }

    #[test]
    fn a_consulted_school_is_asked_and_the_family_told() {
        let event = CaseEvent::SchoolConsulted {
            on: date(2027, 1, 4),
            school_id: 7,
            school_name: "Hill Academy".into(),
        };
        let audiences: Vec<Audience> = notices(&[], &event).into_iter().map(|(a, _)| a).collect();
        assert_eq!(
            audiences,
            vec![Audience::FamilyAndSchool, Audience::ConsultedSchool(7)]
        );
    }

    #[test]
    fn received_advice_is_named_from_its_request() {
        let history = vec![CaseEvent::AdviceRequested {
            on: date(2026, 10, 1),
            advice_id: AdviceId(3),
            kind: AdviceKind::Psychological,
            adviser: "Dr Lee".into(),
            adviser_id: None,
        }];
        let event = CaseEvent::AdviceReceived {
            on: date(2026, 11, 1),
            advice_id: AdviceId(3),
        };
        assert_eq!(
            notices(&history, &event)[0].1,
            Notice::AdviceReceived {
                advice: "psychological advice".into()
            }
        );
        let final_issued = CaseEvent::FinalIssued {
            on: date(2027, 1, 10),
            placement: Placement {
                school_id: None,
                name: "Brook Primary".into(),
            },
        };
        assert!(notices(&history, &final_issued)[0].1.is_appealable());
    }
}
