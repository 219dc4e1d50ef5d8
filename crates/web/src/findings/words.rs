//! The engine's codes in the words a coordinator reads: the 20 questions,
//! their levels, the SEN2 types of need and the provision elements.

use tandem_engine::assess::provision::PROVISION_NAMES;
use tandem_engine::metric::Metric;
use tandem_engine::need_code::NeedCode;

/// Each of the 20 questions as a short plain question.
pub fn question(metric: Metric) -> &'static str {
    match metric {
        Metric::LearningDifficulties => "How much do learning difficulties hold them back?",
        Metric::HealthIssues => "How much do health needs affect them?",
        Metric::HearingImpairment => "How much does their hearing affect them?",
        Metric::VisualImpairment => "How much does their sight affect them?",
        Metric::PhysicalDisabilityOther => "How much does a physical disability affect them?",
        Metric::AdlChallenges => {
            "How much help do they need with everyday living, such as dressing and eating?"
        }
        Metric::Asd => "How much do autistic traits affect them?",
        Metric::SenOther => "How much do other special educational needs affect them?",
        Metric::PsychOther => "How much do other psychological needs affect them?",
        Metric::EmotionalLiteracy => "How hard is it for them to understand and manage feelings?",
        Metric::SocialInteraction => "How hard is it for them to get on with other people?",
        Metric::SelfEsteem => "How low is their self-esteem?",
        Metric::AbilityEnglish => "How far behind are they in reading and writing?",
        Metric::AbilityMaths => "How far behind are they in maths?",
        Metric::AbilityProblemSolving => "How hard do they find reasoning and solving problems?",
        Metric::AbilitiesSlc => "How hard do they find speech, language and communication?",
        Metric::PhysicalSkills => "How hard do they find movement and physical skills?",
        Metric::SensorySkills => "How much do sensory differences affect them?",
        Metric::EalFlag => "Is English an additional language for them?",
        Metric::SocialCareFlag => "Is children's social care involved?",
    }
}

pub fn is_flag(metric: Metric) -> bool {
    metric.max_level() == 1
}

/// A level in words: none, mild, moderate, severe; a flag is no or yes.
pub fn level(metric: Metric, level: u8) -> &'static str {
    match (is_flag(metric), level) {
        (true, 0) => "no",
        (true, _) => "yes",
        (false, 0) => "none",
        (false, 1) => "mild",
        (false, 2) => "moderate",
        (false, _) => "severe",
    }
}

/// "2 (moderate)", or "yes" for a flag.
pub fn level_with_words(metric: Metric, value: u8) -> String {
    if is_flag(metric) {
        level(metric, value).to_owned()
    } else {
        format!("{value} ({})", level(metric, value))
    }
}

/// The DfE SEN2 name of a type of need.
pub fn need_name(need: NeedCode) -> &'static str {
    match need {
        NeedCode::Spld => "specific learning difficulty",
        NeedCode::Mld => "moderate learning difficulty",
        NeedCode::Sld => "severe learning difficulty",
        NeedCode::Pmld => "profound and multiple learning difficulty",
        NeedCode::Semh => "social, emotional and mental health",
        NeedCode::Slcn => "speech, language and communication needs",
        NeedCode::Hi => "hearing impairment",
        NeedCode::Vi => "visual impairment",
        NeedCode::Msi => "multi-sensory impairment",
        NeedCode::Pd => "physical disability",
        NeedCode::Asd => "autistic spectrum disorder",
        NeedCode::Ds => "Down syndrome",
        NeedCode::Oth => "other difficulty or disability",
    }
}

/// "ASD: autistic spectrum disorder", or the code as given if unknown.
pub fn need_with_name(code: &str) -> String {
    match NeedCode::from_code(code) {
        Some(need) => format!("{}: {}", need.code(), need_name(need)),
        None if code.is_empty() => "none".to_owned(),
        None => code.to_owned(),
    }
}

/// The plain name of a provision element SP1-SP13.
pub fn provision_name(code: &str) -> &'static str {
    PROVISION_NAMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, name)| *name)
        .unwrap_or("an element Tandem does not know")
}

/// "SP4: SLC / picture / Makaton (alternative communication)".
pub fn provision_with_name(code: &str) -> String {
    format!("{code}: {}", provision_name(code))
}

pub fn yes_no(value: bool) -> &'static str {
    if value {
        "yes"
    } else {
        "no"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_words() {
        for metric in Metric::ALL {
            assert!(question(metric).ends_with('?'));
        }
        assert_eq!(level_with_words(Metric::Asd, 2), "2 (moderate)");
        assert_eq!(level_with_words(Metric::EalFlag, 1), "yes");
        assert_eq!(need_with_name("asd"), "ASD: autistic spectrum disorder");
        assert_eq!(need_with_name(""), "none");
        assert_eq!(provision_name("SP6"), "quiet place");
        for need in NeedCode::ALL {
            assert!(!need_name(need).is_empty());
        }
    }
}
