//! Advice and information gathered for the assessment (Regulation 6).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Identifies one piece of advice within a case. Numbered from 1 in the order
/// the advice was requested or reused, so it is stable across replays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AdviceId(pub u32);

/// The kinds of advice Regulation 6(1) names, plus any other the authority
/// thinks appropriate (Regulation 6(1)(h)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AdviceKind {
    ParentOrYoungPerson,
    Educational,
    Medical,
    Psychological,
    SocialCare,
    Other,
}

impl AdviceKind {
    /// Every assessment must have these before deciding whether to issue a plan.
    pub const REQUIRED: [AdviceKind; 5] = [
        AdviceKind::ParentOrYoungPerson,
        AdviceKind::Educational,
        AdviceKind::Medical,
        AdviceKind::Psychological,
        AdviceKind::SocialCare,
    ];

    pub fn describe(self) -> &'static str {
        match self {
            AdviceKind::ParentOrYoungPerson => "advice from the parent or young person",
            AdviceKind::Educational => "educational advice",
            AdviceKind::Medical => "medical advice",
            AdviceKind::Psychological => "psychological advice",
            AdviceKind::SocialCare => "social care advice",
            AdviceKind::Other => "other advice",
        }
    }
}

/// One piece of advice as the case knows it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Advice {
    pub id: AdviceId,
    pub kind: AdviceKind,
    /// Who gives it, as the coordinator named them (a service or a person).
    pub adviser: String,
    /// The adviser's person record, when they use Tandem.
    pub adviser_id: Option<i64>,
    /// When it was asked for; `None` for existing advice that was reused.
    pub requested_on: Option<Date>,
    pub received_on: Option<Date>,
    /// For reused advice: the date the existing advice was written.
    pub reused_from: Option<Date>,
}

impl Advice {
    pub fn is_outstanding(&self) -> bool {
        self.received_on.is_none()
    }
}
