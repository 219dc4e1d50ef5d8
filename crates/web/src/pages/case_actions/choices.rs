//! The choices a form offers for the domain's enums, and each action's
//! address. An enum's value in a form is its Rust name.

use tandem_domain::case::{
    AdviceKind, CeaseReason, CommandKind, ConsultationResponse, Disputed, ExceptionReason,
    ReviewOutcome,
};

pub struct Choice {
    pub value: String,
    pub label: String,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
        }
    }
}

pub const ADVICE_KINDS: [AdviceKind; 6] = [
    AdviceKind::ParentOrYoungPerson,
    AdviceKind::Educational,
    AdviceKind::Medical,
    AdviceKind::Psychological,
    AdviceKind::SocialCare,
    AdviceKind::Other,
];
pub const EXCEPTION_REASONS: [ExceptionReason; 4] = [
    ExceptionReason::SettingClosed,
    ExceptionReason::FamilyAway,
    ExceptionReason::ExceptionalCircumstances,
    ExceptionReason::MissedAppointment,
];
pub const RESPONSES: [ConsultationResponse; 2] = [
    ConsultationResponse::CanMeetNeeds,
    ConsultationResponse::CannotMeetNeeds,
];
pub const OUTCOMES: [ReviewOutcome; 3] = [
    ReviewOutcome::Maintain,
    ReviewOutcome::Amend,
    ReviewOutcome::Cease,
];
pub const CEASE_REASONS: [CeaseReason; 9] = [
    CeaseReason::MaximumAge,
    CeaseReason::NeedsMetWithoutPlan,
    CeaseReason::MovedToHigherEducation,
    CeaseReason::MovedToPaidEmployment,
    CeaseReason::TransferredToAnotherAuthority,
    CeaseReason::NoLongerWishesToEngage,
    CeaseReason::MovedOutsideEngland,
    CeaseReason::Deceased,
    CeaseReason::Other,
];
pub const DISPUTED: [Disputed; 5] = [
    Disputed::NotToAssess,
    Disputed::NotToIssue,
    Disputed::PlanContents,
    Disputed::ReviewDecision,
    Disputed::Cease,
];

/// An enum's value in a form is its Rust name: stable and readable in tests.
pub fn choices<T: Copy + std::fmt::Debug>(
    all: &[T],
    describe: fn(T) -> &'static str,
) -> Vec<Choice> {
    all.iter()
        .map(|v| Choice::new(format!("{v:?}"), capitalised(describe(*v))))
        .collect()
}

pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn response_label(r: ConsultationResponse) -> &'static str {
    match r {
        ConsultationResponse::CanMeetNeeds => "it can meet the needs",
        ConsultationResponse::CannotMeetNeeds => "it cannot meet the needs",
    }
}

/// The address of an action: its name in kebab case.
pub fn slug(kind: CommandKind) -> String {
    let mut out = String::new();
    for (i, c) in format!("{kind:?}").chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

pub fn kind_from_slug(slug: &str) -> Option<CommandKind> {
    CommandKind::ALL
        .into_iter()
        .find(|k| self::slug(*k) == slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_an_address_that_leads_back_to_it() {
        for kind in CommandKind::ALL {
            assert_eq!(kind_from_slug(&slug(kind)), Some(kind));
        }
        assert_eq!(
            slug(CommandKind::DecideWhetherToAssess),
            "decide-whether-to-assess"
        );
    }
}
