//! A case event in the plain words staff read in the case history.

use super::consultation::ConsultationResponse;
use super::event::CaseEvent;
use super::findings::tally;
use crate::clock::long_date;

fn yes_no(yes: bool, yes_words: &str, no_words: &str) -> String {
    if yes { yes_words } else { no_words }.to_owned()
}

impl CaseEvent {
    /// One line for the staff history, e.g. "Decided to assess". Reasons and
    /// notes are shown beside it, not folded in, so the line stays short.
    pub fn summary(&self) -> String {
        use CaseEvent as E;
        match self {
            E::RequestReceived { requester, .. } => {
                format!(
                    "Request for an assessment received from {}",
                    requester.describe()
                )
            }
            E::TransferredIn {
                from_authority,
                plan_dated,
                ..
            } => format!(
                "Plan dated {} transferred in from {from_authority}",
                long_date(*plan_dated)
            ),
            E::CoordinatorAllocated { .. } => "Coordinator allocated".to_owned(),
            E::DecisionToAssess { assess, .. } => {
                yes_no(*assess, "Decided to assess", "Decided not to assess")
            }
            E::AdviceRequested { kind, adviser, .. } => {
                format!("Asked {adviser} for {}", kind.describe())
            }
            E::AdviceReceived { advice_id, .. } => format!("Advice {} received", advice_id.0),
            E::ExistingAdviceReused {
                kind,
                adviser,
                given_on,
                ..
            } => format!(
                "Reused {} from {adviser}, written on {}",
                kind.describe(),
                long_date(*given_on)
            ),
            E::ExceptionRecorded { reason, .. } => {
                format!("Exception to the time limits: {}", reason.describe())
            }
            E::DecisionToIssue { issue, .. } => yes_no(
                *issue,
                "Decided to issue a plan",
                "Decided not to issue a plan",
            ),
            E::DraftIssued { .. } => "Draft plan sent to the family".to_owned(),
            E::CommentMade { .. } => "Family's comments on the draft received".to_owned(),
            E::SchoolPreferenceStated { school_name, .. } => {
                format!("Family asked for {school_name} to be named")
            }
            E::MeetingRequested { .. } => "Family asked for a meeting about the draft".to_owned(),
            E::SchoolConsulted { school_name, .. } => format!("Consulted {school_name}"),
            E::SchoolResponded { response, .. } => match response {
                ConsultationResponse::CanMeetNeeds => "School replied: it can meet the needs",
                ConsultationResponse::CannotMeetNeeds => "School replied: it cannot meet the needs",
            }
            .to_owned(),
            E::FinalIssued { placement, .. } => {
                format!("Final plan issued, naming {}", placement.name)
            }
            E::PhaseTransferNoted {
                year, into_post16, ..
            } => {
                let into = if *into_post16 { " into post-16" } else { "" };
                format!("Phase transfer{into} noted for {year}")
            }
            E::ReviewHeld { .. } => "Annual review meeting held".to_owned(),
            E::ReviewReportReceived { .. } => "Annual review report received".to_owned(),
            E::ReviewDecided { outcome, .. } => {
                format!("Decided after the annual review to {}", outcome.describe())
            }
            E::AmendmentsProposed { .. } => "Proposed amendments sent to the family".to_owned(),
            E::AmendedFinalIssued { placement, .. } => {
                format!("Amended plan issued, naming {}", placement.name)
            }
            E::PlanCeased { reason, .. } => {
                format!("Plan stopped: the young person {}", reason.describe())
            }
            E::RequestWithdrawn { .. } => "Request withdrawn".to_owned(),
            E::TransferredOut { to_authority, .. } => format!("Case transferred to {to_authority}"),
            E::MediationRecorded { about, .. } => format!("Mediation about {}", about.describe()),
            E::AppealRecorded { about, .. } => format!("Appeal about {}", about.describe()),
            E::FindingsReviewed { decisions, .. } => {
                format!("Reviewed Tandem's suggestions: {}", tally(decisions))
            }
        }
    }

    /// The free text that came with the event (reasons, notes, summaries),
    /// for the staff history.
    pub fn details(&self) -> Option<&str> {
        use CaseEvent as E;
        match self {
            E::DecisionToAssess { reasons, .. }
            | E::DecisionToIssue { reasons, .. }
            | E::SchoolResponded { reasons, .. }
            | E::ReviewDecided { reasons, .. }
            | E::RequestWithdrawn {
                reason: reasons, ..
            } => Some(reasons),
            E::ExceptionRecorded { note, .. }
            | E::PlanCeased { note, .. }
            | E::MediationRecorded { note, .. }
            | E::AppealRecorded { note, .. } => Some(note),
            E::CommentMade { summary, .. } | E::AmendmentsProposed { summary, .. } => Some(summary),
            _ => None,
        }
        .map(String::as_str)
        .filter(|text| !text.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_decision_reads_as_words_and_keeps_its_reasons_apart() {
        let event = CaseEvent::DecisionToAssess {
            on: date(2026, 2, 1),
            assess: true,
            reasons: "Evidence of need".into(),
        };
        assert_eq!(event.summary(), "Decided to assess");
        assert_eq!(event.details(), Some("Evidence of need"));
    }
}
