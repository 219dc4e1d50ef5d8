//! Who wrote a document: a psychologist, a therapist, health, social care,
//! the school, the family or the child. The engine is given files, not
//! labels, so it tells from the file name and, failing that, from how the
//! document opens. Views are weighed differently from professional advice:
//! a family's wish for a plan is a view, not evidence that one is needed.

use serde::Serialize;

use crate::document::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AdviceKind {
    EducationalPsychology,
    SpeechLanguageTherapy,
    OccupationalTherapy,
    Health,
    SocialCare,
    School,
    ParentViews,
    ChildViews,
    Unknown,
}

/// Checked in order: the family's and social care's words come before the
/// child's, so "Dad's views" and "child in need review" land right. Short
/// keys (up to four letters) match whole words of the name, so "ep" finds
/// "EP report" but not "keep"; longer keys match anywhere.
const BY_NAME: &[(&[&str], AdviceKind)] = &[
    (
        &[
            "parent", "mum", "mums", "mom", "dad", "dads", "mother", "father", "carer", "family",
            "guardian",
        ],
        AdviceKind::ParentViews,
    ),
    (
        &[
            "social",
            "child in need",
            "cin",
            "cic",
            "lac",
            "sw",
            "looked after",
        ],
        AdviceKind::SocialCare,
    ),
    (
        &[
            "child view",
            "childs view",
            "yp",
            "young person",
            "my",
            "pupil voice",
            "about me",
            "voice",
        ],
        AdviceKind::ChildViews,
    ),
    (
        &["slt", "salt", "speech", "language therapy"],
        AdviceKind::SpeechLanguageTherapy,
    ),
    (
        &[
            "health",
            "paed",
            "neuropsych",
            "clinical psych",
            "camhs",
            "medical",
            "cdc",
            "clinic",
            "hospital",
            "audiolog",
            "neuro",
            "gp",
            "nhs",
            "doctor",
            "consultant",
            "ophthalm",
            "eye",
        ],
        AdviceKind::Health,
    ),
    (
        &["occupational", "ot", "physio"],
        AdviceKind::OccupationalTherapy,
    ),
    (
        &["ep", "eps", "psycholog"],
        AdviceKind::EducationalPsychology,
    ),
    (
        &[
            "school",
            "senco",
            "setting",
            "college",
            "nursery",
            "academy",
            "sen support",
            "send",
            "class",
            "teacher",
            "qtvi",
            "tod",
            "msi",
        ],
        AdviceKind::School,
    ),
];

/// What the opening lines of each kind of advice usually say.
const BY_OPENING: &[(&[&str], AdviceKind)] = &[
    (
        &[
            "educational psycholog",
            "psychological advice",
            "psychology service",
        ],
        AdviceKind::EducationalPsychology,
    ),
    (
        &["speech and language", "speech & language", "slt ", "salt "],
        AdviceKind::SpeechLanguageTherapy,
    ),
    (
        &["occupational therap", "physiotherap"],
        AdviceKind::OccupationalTherapy,
    ),
    (
        &[
            "social care",
            "social worker",
            "children's services",
            "child in need",
            "looked after",
        ],
        AdviceKind::SocialCare,
    ),
    (
        &[
            "paediatric",
            "nhs",
            "clinic",
            "consultant",
            "hospital",
            "camhs",
            "medical advice",
            "health advice",
            "dx:",
        ],
        AdviceKind::Health,
    ),
    (
        &[
            "parent views",
            "parents' views",
            "parent's views",
            "written by",
            "our son",
            "our daughter",
            "we are",
            "as his parents",
            "as her parents",
        ],
        AdviceKind::ParentViews,
    ),
    (
        &[
            "my views",
            "about me",
            "all about me",
            "my name is",
            "i am ",
            "i'm ",
        ],
        AdviceKind::ChildViews,
    ),
    (
        &["senco", "school", "college", "nursery", "pupil", "student"],
        AdviceKind::School,
    ),
];

/// How many opening blocks are read when the name does not tell.
const OPENING_BLOCKS: usize = 4;

impl AdviceKind {
    pub fn of(document: &Document) -> AdviceKind {
        let words: Vec<String> = document
            .name
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let joined = words.join(" ");
        let in_name = |key: &str| {
            if key.len() <= 4 && !key.contains(' ') {
                words.iter().any(|w| w == key)
            } else {
                joined.contains(key)
            }
        };
        if let Some((_, kind)) = BY_NAME
            .iter()
            .find(|(keys, _)| keys.iter().any(|k| in_name(k)))
        {
            return *kind;
        }
        let opening: String = document
            .blocks
            .iter()
            .take(OPENING_BLOCKS)
            .map(|b| b.text.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        first_match(BY_OPENING, &opening).unwrap_or(AdviceKind::Unknown)
    }

    /// The family's or the child's own words.
    pub fn is_views(self) -> bool {
        matches!(self, AdviceKind::ParentViews | AdviceKind::ChildViews)
    }

    /// The corpus's name for the kind (SCHEMA.md), for measuring.
    pub fn code(self) -> &'static str {
        match self {
            AdviceKind::EducationalPsychology => "educational_psychology",
            AdviceKind::SpeechLanguageTherapy => "speech_language_therapy",
            AdviceKind::OccupationalTherapy => "occupational_therapy",
            AdviceKind::Health => "health",
            AdviceKind::SocialCare => "social_care",
            AdviceKind::School => "school",
            AdviceKind::ParentViews => "parent_views",
            AdviceKind::ChildViews => "child_views",
            AdviceKind::Unknown => "unknown",
        }
    }
}

fn first_match(rules: &[(&[&str], AdviceKind)], text: &str) -> Option<AdviceKind> {
    rules
        .iter()
        .find(|(keys, _)| keys.iter().any(|k| text.contains(k)))
        .map(|(_, kind)| *kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, BlockKind};

    fn document(name: &str, opening: &str) -> Document {
        Document {
            name: name.to_string(),
            blocks: vec![Block::new(BlockKind::Paragraph, opening)],
        }
    }

    #[test]
    fn the_name_tells_first_and_the_opening_lines_when_it_does_not() {
        let kind = |name, opening| AdviceKind::of(&document(name, opening));
        assert_eq!(kind("Dad's views.txt", ""), AdviceKind::ParentViews);
        assert_eq!(kind("my_views.txt", ""), AdviceKind::ChildViews);
        assert_eq!(
            kind("EP_report_March.txt", ""),
            AdviceKind::EducationalPsychology
        );
        assert_eq!(
            kind("slt-advice.txt", ""),
            AdviceKind::SpeechLanguageTherapy
        );
        assert_eq!(kind("CIN review.txt", ""), AdviceKind::SocialCare);
        assert_eq!(
            kind("advice_2.txt", "Northmere Educational Psychology Service"),
            AdviceKind::EducationalPsychology
        );
        assert_eq!(
            kind("letter.txt", "Written by Oliver's mum and dad"),
            AdviceKind::ParentViews
        );
        assert_eq!(
            kind("notes.txt", "Nothing here says who wrote it"),
            AdviceKind::Unknown
        );
    }
}
