//! The names staff read for each milestone on the case page.

use super::milestone::{Milestone, MilestoneKind};
use super::wording::long_date;

/// A short label naming the milestone and who it waits on, e.g.
/// "Psychological advice from Dr Amy Patel".
pub fn staff_label(m: &Milestone) -> String {
    let who = m.subject.as_deref().unwrap_or("the school");
    match m.kind {
        MilestoneKind::DecisionToAssess => "Decision whether to assess".to_owned(),
        MilestoneKind::Advice { kind, .. } => {
            format!("{} from {who}", capitalised(kind.describe()))
        }
        MilestoneKind::DecisionToIssue => "Decision whether to issue a plan".to_owned(),
        MilestoneKind::FamilyCommentsOnDraft => "Family's time to comment on the draft".to_owned(),
        MilestoneKind::SchoolConsultation { .. } => format!("Consultation reply from {who}"),
        MilestoneKind::FinalPlan => "Final plan issued (20 weeks)".to_owned(),
        MilestoneKind::AnnualReview { number } => format!("Annual review {number}: meeting"),
        MilestoneKind::ReviewReport { number } => format!("Annual review {number}: report"),
        MilestoneKind::ReviewDecision { number } => format!("Annual review {number}: decision"),
        MilestoneKind::FamilyCommentsOnAmendments { number } => {
            format!("Annual review {number}: family's time to comment on amendments")
        }
        MilestoneKind::AmendedPlan { number } => {
            format!("Annual review {number}: amended plan issued")
        }
        MilestoneKind::PhaseTransfer { .. } => {
            format!("Phase transfer review finished by {}", long_date(m.due))
        }
    }
}

pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{AdviceId, AdviceKind};
    use crate::clock::{Responsible, Status};
    use jiff::civil::date;

    fn milestone(kind: MilestoneKind, subject: Option<&str>) -> Milestone {
        Milestone {
            kind,
            responsible: Responsible::Council,
            subject: subject.map(str::to_owned),
            due: date(2027, 2, 15),
            done: None,
            status: Status::OnTrack,
            exception: None,
        }
    }

    #[test]
    fn advice_is_named_with_its_adviser_not_its_ids() {
        let kind = MilestoneKind::Advice {
            advice_id: AdviceId(1),
            kind: AdviceKind::Psychological,
        };
        let label = staff_label(&milestone(kind, Some("Dr Amy Patel")));
        assert_eq!(label, "Psychological advice from Dr Amy Patel");
    }

    #[test]
    fn every_label_is_plain_words() {
        let kinds = [
            MilestoneKind::DecisionToAssess,
            MilestoneKind::DecisionToIssue,
            MilestoneKind::FamilyCommentsOnDraft,
            MilestoneKind::SchoolConsultation { school_id: 4 },
            MilestoneKind::FinalPlan,
            MilestoneKind::AnnualReview { number: 1 },
            MilestoneKind::ReviewReport { number: 1 },
            MilestoneKind::ReviewDecision { number: 1 },
            MilestoneKind::FamilyCommentsOnAmendments { number: 1 },
            MilestoneKind::AmendedPlan { number: 1 },
            MilestoneKind::PhaseTransfer { year: 2027 },
        ];
        for kind in kinds {
            let label = staff_label(&milestone(kind, Some("Ash School")));
            assert!(!label.contains('{') && !label.contains("Id("), "{label}");
        }
    }
}
