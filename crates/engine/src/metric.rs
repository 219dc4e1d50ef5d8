//! The 20-question needs assessment: eighteen levels of need and two flags.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    LearningDifficulties,
    HealthIssues,
    HearingImpairment,
    VisualImpairment,
    PhysicalDisabilityOther,
    AdlChallenges,
    Asd,
    SenOther,
    PsychOther,
    EmotionalLiteracy,
    SocialInteraction,
    SelfEsteem,
    AbilityEnglish,
    AbilityMaths,
    AbilityProblemSolving,
    AbilitiesSlc,
    PhysicalSkills,
    SensorySkills,
    EalFlag,
    SocialCareFlag,
}

impl Metric {
    pub const ALL: [Metric; 20] = [
        Metric::LearningDifficulties,
        Metric::HealthIssues,
        Metric::HearingImpairment,
        Metric::VisualImpairment,
        Metric::PhysicalDisabilityOther,
        Metric::AdlChallenges,
        Metric::Asd,
        Metric::SenOther,
        Metric::PsychOther,
        Metric::EmotionalLiteracy,
        Metric::SocialInteraction,
        Metric::SelfEsteem,
        Metric::AbilityEnglish,
        Metric::AbilityMaths,
        Metric::AbilityProblemSolving,
        Metric::AbilitiesSlc,
        Metric::PhysicalSkills,
        Metric::SensorySkills,
        Metric::EalFlag,
        Metric::SocialCareFlag,
    ];

    /// The key used in labels and output (SCHEMA.md).
    pub fn key(self) -> &'static str {
        match self {
            Metric::LearningDifficulties => "learning_difficulties",
            Metric::HealthIssues => "health_issues",
            Metric::HearingImpairment => "hearing_impairment",
            Metric::VisualImpairment => "visual_impairment",
            Metric::PhysicalDisabilityOther => "physical_disability_other",
            Metric::AdlChallenges => "adl_challenges",
            Metric::Asd => "asd",
            Metric::SenOther => "sen_other",
            Metric::PsychOther => "psych_other",
            Metric::EmotionalLiteracy => "emotional_literacy",
            Metric::SocialInteraction => "social_interaction",
            Metric::SelfEsteem => "self_esteem",
            Metric::AbilityEnglish => "ability_english",
            Metric::AbilityMaths => "ability_maths",
            Metric::AbilityProblemSolving => "ability_problem_solving",
            Metric::AbilitiesSlc => "abilities_slc",
            Metric::PhysicalSkills => "physical_skills",
            Metric::SensorySkills => "sensory_skills",
            Metric::EalFlag => "eal_flag",
            Metric::SocialCareFlag => "social_care_flag",
        }
    }

    pub fn from_key(key: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.key() == key)
    }

    /// Flags are 0 or 1; every other metric is a level 0-3.
    pub fn max_level(self) -> u8 {
        match self {
            Metric::EalFlag | Metric::SocialCareFlag => 1,
            _ => 3,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A full 20Q profile, one level per metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Levels(pub [u8; 20]);

impl Levels {
    pub fn get(&self, metric: Metric) -> u8 {
        self.0[metric.index()]
    }

    pub fn set(&mut self, metric: Metric, level: u8) {
        self.0[metric.index()] = level.min(metric.max_level());
    }

    pub fn raise(&mut self, metric: Metric, level: u8) {
        let level = level.min(metric.max_level());
        if level > self.get(metric) {
            self.set(metric, level);
        }
    }

    pub fn to_map(&self) -> BTreeMap<&'static str, u8> {
        Metric::ALL
            .iter()
            .map(|m| (m.key(), self.get(*m)))
            .collect()
    }

    pub fn from_map(map: &BTreeMap<String, u8>) -> Levels {
        let mut levels = Levels::default();
        for (key, level) in map {
            if let Some(metric) = Metric::from_key(key) {
                levels.set(metric, *level);
            }
        }
        levels
    }
}
