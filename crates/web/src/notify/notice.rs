//! What a case event means for the people told about it: the notices
//! letters are written from, with the facts their wording needs.

use jiff::civil::Date;
use tandem_domain::case::ReviewOutcome;

use super::letters::Key;

/// What a case event means for the people told about it, with the facts
/// the wording needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    RequestReceived {
        decide_by: Date,
    },
    Assessing {
        final_by: Option<Date>,
    },
    NotAssessing {
        reasons: String,
    },
    AdviceRequested {
        adviser: String,
        advice: String,
        due: Date,
    },
    AdviceReceived {
        advice: String,
    },
    Issuing {
        final_by: Option<Date>,
    },
    NotIssuing {
        reasons: String,
    },
    DraftIssued {
        comments_by: Date,
    },
    SchoolConsulted {
        school: String,
        reply_by: Date,
    },
    /// To the school being consulted, rather than the child's own school.
    ConsultationRequest {
        school: String,
        reply_by: Date,
    },
    FinalIssued {
        placement: String,
    },
    ReviewHeld {
        decision_by: Date,
    },
    ReviewDecided {
        outcome: ReviewOutcome,
        reasons: String,
    },
    AmendmentsProposed {
        summary: String,
        comments_by: Date,
    },
    AmendedFinalIssued {
        placement: String,
    },
    PlanCeased {
        reasons: String,
    },
    RequestWithdrawn,
    TransferredOut {
        to: String,
    },
}

impl Notice {
    /// Decisions a family may appeal to the SEND Tribunal: their letters
    /// carry the appeal rights and mediation information.
    pub fn is_appealable(&self) -> bool {
        matches!(
            self,
            Notice::NotAssessing { .. }
                | Notice::NotIssuing { .. }
                | Notice::FinalIssued { .. }
                | Notice::ReviewDecided { .. }
                | Notice::AmendedFinalIssued { .. }
                | Notice::PlanCeased { .. }
        )
    }

    pub(super) fn key(&self) -> Key {
        match self {
            Notice::RequestReceived { .. } => Key::RequestReceived,
            Notice::Assessing { .. } => Key::Assessing,
            Notice::NotAssessing { .. } => Key::NotAssessing,
            Notice::AdviceRequested { .. } => Key::AdviceRequested,
            Notice::AdviceReceived { .. } => Key::AdviceReceived,
            Notice::Issuing { .. } => Key::Issuing,
            Notice::NotIssuing { .. } => Key::NotIssuing,
            Notice::DraftIssued { .. } => Key::DraftIssued,
            Notice::SchoolConsulted { .. } => Key::SchoolConsulted,
            Notice::ConsultationRequest { .. } => Key::ConsultationRequest,
            Notice::FinalIssued { .. } => Key::FinalIssued,
            Notice::ReviewHeld { .. } => Key::ReviewHeld,
            Notice::ReviewDecided {
                outcome: ReviewOutcome::Maintain,
                ..
            } => Key::ReviewMaintain,
            Notice::ReviewDecided {
                outcome: ReviewOutcome::Amend,
                ..
            } => Key::ReviewAmend,
            Notice::ReviewDecided {
                outcome: ReviewOutcome::Cease,
                ..
            } => Key::ReviewCease,
            Notice::AmendmentsProposed { .. } => Key::AmendmentsProposed,
            Notice::AmendedFinalIssued { .. } => Key::AmendedFinalIssued,
            Notice::PlanCeased { .. } => Key::PlanCeased,
            Notice::RequestWithdrawn => Key::RequestWithdrawn,
            Notice::TransferredOut { .. } => Key::TransferredOut,
        }
    }

    /// The notice's own values for its placeholders, dates written by
    /// `write_date` (in the reader's language).
    pub(super) fn values(
        &self,
        write_date: &dyn Fn(Date) -> String,
    ) -> Vec<(&'static str, String)> {
        let date = |d: &Date| ("date", write_date(*d));
        match self {
            Notice::RequestReceived { decide_by: d }
            | Notice::DraftIssued { comments_by: d }
            | Notice::ReviewHeld { decision_by: d } => vec![date(d)],
            Notice::Assessing { final_by } | Notice::Issuing { final_by } => {
                final_by.iter().map(date).collect()
            }
            Notice::NotAssessing { reasons }
            | Notice::NotIssuing { reasons }
            | Notice::PlanCeased { reasons }
            | Notice::ReviewDecided { reasons, .. } => vec![("reasons", reasons.clone())],
            Notice::AdviceRequested {
                adviser,
                advice,
                due,
            } => vec![
                ("adviser", adviser.clone()),
                ("advice", advice.clone()),
                date(due),
            ],
            Notice::AdviceReceived { advice } => vec![("advice", advice.clone())],
            Notice::SchoolConsulted { school, reply_by }
            | Notice::ConsultationRequest { school, reply_by } => {
                vec![("school", school.clone()), date(reply_by)]
            }
            Notice::FinalIssued { placement } | Notice::AmendedFinalIssued { placement } => {
                vec![("placement", placement.clone())]
            }
            Notice::AmendmentsProposed {
                summary,
                comments_by,
            } => {
                vec![("summary", summary.clone()), date(comments_by)]
            }
            Notice::RequestWithdrawn => Vec::new(),
            Notice::TransferredOut { to } => vec![("to", to.clone())],
        }
    }
}
