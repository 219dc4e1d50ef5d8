//! What the sentence model sees of a sentence: which kind of document and
//! section it sits in, where, how long, and which cues and terms it holds.

use crate::advice_kind::AdviceKind;
use crate::document::BlockKind;
use crate::reading::Reading;
use crate::summary::salience::{cue_hits, CUE_COUNT};

const DOCUMENT_KINDS: &[AdviceKind] = &[
    AdviceKind::EducationalPsychology,
    AdviceKind::SpeechLanguageTherapy,
    AdviceKind::OccupationalTherapy,
    AdviceKind::Health,
    AdviceKind::SocialCare,
    AdviceKind::School,
    AdviceKind::ParentViews,
    AdviceKind::ChildViews,
];

const HEADING_KINDS: &[&[&str]] = &[
    &["background", "history", "development", "family"],
    &["diagnos"],
    &["need", "summary", "identified", "concern", "areas"],
    &[
        "assessment",
        "result",
        "finding",
        "attainment",
        "progress",
        "observation",
    ],
    &[
        "recommend",
        "provision",
        "outcome",
        "support",
        "advice",
        "strateg",
    ],
    &["view", "what", "about", "want", "like", "worr", "help"],
];

/// Length of every feature vector.
pub const FEATURE_COUNT: usize = 1 + DOCUMENT_KINDS.len() + HEADING_KINDS.len() + 1 + 8 + CUE_COUNT;

/// The features of one sentence, given the weight of the dictionary terms
/// it mentions and whether one of them is a condition ruled out.
pub fn sentence_features(
    reading: &Reading<'_>,
    id: usize,
    term_weight: f32,
    negated: bool,
) -> Vec<f32> {
    let sentence = &reading.sentences[id];
    let mut x = Vec::with_capacity(FEATURE_COUNT);
    x.push(1.0);
    let kind = reading.kind_of(id);
    x.extend(
        DOCUMENT_KINDS
            .iter()
            .map(|k| f32::from(u8::from(*k == kind))),
    );
    let heading = sentence.heading.as_deref().unwrap_or("").to_lowercase();
    let section = HEADING_KINDS
        .iter()
        .position(|keys| keys.iter().any(|k| heading.contains(k)));
    x.extend((0..HEADING_KINDS.len()).map(|i| f32::from(u8::from(section == Some(i)))));
    x.push(f32::from(u8::from(section.is_none())));
    let document_sentences = reading
        .sentences
        .iter()
        .rev()
        .find(|s| s.document == sentence.document)
        .map_or(1, |s| s.index + 1);
    let words = sentence.text.split_whitespace().count().max(1);
    x.push(sentence.index as f32 / document_sentences as f32);
    x.push((words as f32).ln() / 4.0);
    x.push((term_weight / 3.0).min(2.0));
    x.push(f32::from(u8::from(
        sentence.text.bytes().any(|b| b.is_ascii_digit()),
    )));
    x.push(f32::from(u8::from(reading.severity[id].severe)));
    x.push(f32::from(u8::from(negated)));
    x.push(f32::from(u8::from(sentence.kind == BlockKind::ListItem)));
    x.push(f32::from(u8::from(sentence.kind == BlockKind::TableRow)));
    x.extend(
        cue_hits(&reading.lower[id])
            .iter()
            .map(|hit| f32::from(u8::from(*hit))),
    );
    x
}
