//! The areas a summary is organised by: the four broad areas of need of the
//! SEND Code of Practice, plus health, social care and the views of the child
//! and family.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    CommunicationInteraction,
    CognitionLearning,
    Semh,
    SensoryPhysical,
    Health,
    SocialCare,
    Views,
}

impl Area {
    pub const ALL: [Area; 7] = [
        Area::CommunicationInteraction,
        Area::CognitionLearning,
        Area::Semh,
        Area::SensoryPhysical,
        Area::Health,
        Area::SocialCare,
        Area::Views,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Area::CommunicationInteraction => "Communication and interaction",
            Area::CognitionLearning => "Cognition and learning",
            Area::Semh => "Social, emotional and mental health",
            Area::SensoryPhysical => "Sensory and/or physical",
            Area::Health => "Health",
            Area::SocialCare => "Social care",
            Area::Views => "Views of the child and family",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}
