//! Extractive summaries by area of need. Every line is a sentence of the
//! documents, cited; nothing is reworded or invented, and nothing repeats.

pub mod features;
pub mod model;
pub mod salience;
mod select;
pub mod words;

use std::collections::HashMap;

use serde::Serialize;

use crate::advice_kind::AdviceKind;
use crate::area::Area;
use crate::context::Polarity;
use crate::dictionary::TermKind;
use crate::document::BlockKind;
use crate::reading::{Reading, Source};
use features::sentence_features;
use model::SentenceModel;
use salience::salience;
use select::select;
use words::content_words;

/// Most a case summary may be, as a share of the input words and outright.
pub const CASE_SHARE: f32 = 0.2;
pub const CASE_MAX_WORDS: usize = 400;
const DOCUMENT_MAX_WORDS: usize = 120;
/// Sentences sharing more than this share of content words say the same.
pub(crate) const REPEAT_OVERLAP: f32 = 0.6;
const MIN_WORDS: usize = 3;
const MIN_SCORE: f32 = 1.5;
const EARLY_BONUS: f32 = 1.0;
const PSYCHOLOGY_WEIGHT: f32 = 1.3;
const VIEWS_SHARE: f32 = 0.2;
const TERM_SHARE: f32 = 0.5;
const LENGTH_EXPONENT: f32 = 0.3;
pub(crate) const AREA_DECAY: f32 = 0.9;
const MAX_WORDS: usize = 45;
const FRAGMENT_SHARE: f32 = 0.3;

#[derive(Debug, Clone, Serialize)]
pub struct SummaryLine {
    pub area: Area,
    pub text: String,
    pub source: Source,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentSummary {
    pub document: String,
    pub lines: Vec<SummaryLine>,
}

pub(crate) struct Candidate {
    sentence: usize,
    area: Area,
    score: f32,
    words: usize,
    /// Content words as interned ids, sorted and distinct.
    content: Vec<u32>,
}

/// The case summary and one summary per document.
pub struct Summaries {
    pub case: Vec<SummaryLine>,
    pub documents: Vec<DocumentSummary>,
}

/// Summarises the whole case in at most 20% of its words and 400 words,
/// and each document in at most 20% of its own words.
pub fn summarise(reading: &Reading<'_>, model: Option<&SentenceModel>) -> Summaries {
    let pool = candidates(reading, model);
    let budget = ((reading.word_count as f32 * CASE_SHARE) as usize).min(CASE_MAX_WORDS);
    let case = select(reading, pool.iter().collect(), budget);
    let documents = reading
        .documents
        .iter()
        .enumerate()
        .map(|(index, document)| {
            let budget =
                ((document.word_count() as f32 * CASE_SHARE) as usize).min(DOCUMENT_MAX_WORDS);
            let own = pool
                .iter()
                .filter(|c| reading.sentences[c.sentence].document == index)
                .collect();
            DocumentSummary {
                document: document.name.clone(),
                lines: select(reading, own, budget),
            }
        })
        .collect();
    Summaries { case, documents }
}

/// The features of every sentence that could enter a summary, for fitting
/// the sentence model.
pub fn candidate_features(reading: &Reading<'_>) -> Vec<(usize, Vec<f32>)> {
    let signals = term_signals(reading);
    eligible(reading, &signals)
        .map(|(id, _, _)| {
            (
                id,
                sentence_features(reading, id, signals.weight[id], signals.negated[id]),
            )
        })
        .collect()
}

struct TermSignals {
    weight: Vec<f32>,
    negated: Vec<bool>,
    area: Vec<Option<(Area, f32)>>,
}

fn term_signals(reading: &Reading<'_>) -> TermSignals {
    let mut signals = TermSignals {
        weight: vec![0.0; reading.sentences.len()],
        negated: vec![false; reading.sentences.len()],
        area: vec![None; reading.sentences.len()],
    };
    for mention in &reading.mentions {
        let term = reading.term(mention);
        let w = match (term.kind, mention.polarity) {
            (_, Polarity::OtherPerson) => 0.2,
            (TermKind::Condition, Polarity::Negated) => 1.5,
            (_, Polarity::Negated | Polarity::Hypothetical | Polarity::Historical) => 0.5,
            (TermKind::Condition, _) => 2.5,
            (TermKind::Difficulty | TermKind::Medication, _) => 1.5,
            (TermKind::Cue, _) => 0.8,
            // Support and tests matter less to a reader than the needs.
            (TermKind::Intervention | TermKind::Equipment, _) => 0.5,
            _ => 0.3,
        };
        signals.weight[mention.sentence] += w;
        if term.kind == TermKind::Condition && mention.polarity == Polarity::Negated {
            signals.negated[mention.sentence] = true;
        }
        if let Some(area) = term.area {
            let slot = &mut signals.area[mention.sentence];
            if slot.is_none_or(|(_, best)| w > best) {
                *slot = Some((area, w));
            }
        }
    }
    signals
}

/// Sentences of summary length with an area and some signal, with their
/// area and heuristic cue score.
fn eligible<'r>(
    reading: &'r Reading<'_>,
    signals: &'r TermSignals,
) -> impl Iterator<Item = (usize, Area, f32)> + 'r {
    reading
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind != BlockKind::Heading)
        .filter_map(move |(id, sentence)| {
            let words = sentence.text.split_whitespace().count();
            if !(MIN_WORDS..=MAX_WORDS).contains(&words) || is_identity_line(&reading.lower[id]) {
                return None;
            }
            let area = area_of(reading, id, signals.area[id].map(|(a, _)| a))?;
            let heading = sentence.heading.as_deref().unwrap_or("").to_lowercase();
            let cues = salience(&reading.lower[id], &heading, reading.severity[id].severe);
            // A line with neither a SEND term nor a fact cue is not summary
            // material, whatever numbers it holds.
            (signals.weight[id] + cues >= MIN_SCORE).then_some((id, area, cues))
        })
}

/// Labels of the lines that say who the document is about, not what they need.
const IDENTITY_LABELS: &[&str] = &[
    "name",
    "child",
    "pupil",
    "student",
    "young person",
    "age",
    "dob",
    "date of birth",
    "school",
    "setting",
    "year group",
    "year",
    "class",
    "date",
    "completed by",
    "gender",
    "nhs number",
    "upn",
];

/// A line such as "Child: Oliver; Age: 7 years 4 months" names the child
/// and their school; the reader knows that already, so it wastes the
/// summary's words. A line that also holds a finding ("Attendance: 95%")
/// is kept.
fn is_identity_line(lower: &str) -> bool {
    lower
        .split(';')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .all(|part| {
            IDENTITY_LABELS.iter().any(|label| {
                part.strip_prefix(label).is_some_and(|rest| {
                    let rest = rest.trim_start();
                    rest.starts_with(':')
                        || (matches!(*label, "year" | "age")
                            && rest.starts_with(|c: char| c.is_ascii_digit()))
                })
            })
        })
}

fn candidates(reading: &Reading<'_>, model: Option<&SentenceModel>) -> Vec<Candidate> {
    let mut vocabulary: HashMap<String, u32> = HashMap::new();
    let mut document_lengths = vec![0usize; reading.documents.len()];
    for sentence in &reading.sentences {
        document_lengths[sentence.document] += 1;
    }
    let signals = term_signals(reading);
    eligible(reading, &signals)
        .map(|(id, area, cues)| {
            let sentence = &reading.sentences[id];
            let words = sentence.text.split_whitespace().count();
            let score = match model {
                Some(model) => model.probability(&sentence_features(
                    reading,
                    id,
                    signals.weight[id],
                    signals.negated[id],
                )),
                None => heuristic_score(
                    reading,
                    id,
                    area,
                    signals.weight[id],
                    cues,
                    &document_lengths,
                ),
            };
            // Dense sentences first: a long sentence must earn its words.
            let score = score / (words as f32).powf(LENGTH_EXPONENT);
            Candidate {
                sentence: id,
                area,
                score,
                words,
                content: intern(&mut vocabulary, content_words(&sentence.text)),
            }
        })
        .collect()
}

/// The hand-set score used when no fitted sentence model is shipped.
fn heuristic_score(
    reading: &Reading<'_>,
    id: usize,
    area: Area,
    term_weight: f32,
    cues: f32,
    document_lengths: &[usize],
) -> f32 {
    let sentence = &reading.sentences[id];
    // Advice opens with the history and diagnosis a reader needs first.
    let length = document_lengths[sentence.document].max(1) as f32;
    let early = 1.0 - sentence.index as f32 / length;
    let mut score = term_weight * TERM_SHARE + cues + EARLY_BONUS * early;
    // The professionals' advice carries the facts a panel needs; the
    // views keep a voice in the summary without crowding it.
    if area == Area::Views {
        score *= VIEWS_SHARE;
    }
    // Table cells, letterheads and headings without a full stop rarely say
    // what a reader needs; the facts are in written sentences.
    if !is_written_sentence(&sentence.text) {
        score *= FRAGMENT_SHARE;
    }
    score * advice_weight(reading.kind_of(id))
}

/// Psychological advice assesses the child directly; it is weighted a
/// little above reports that describe support.
fn advice_weight(kind: AdviceKind) -> f32 {
    if kind == AdviceKind::EducationalPsychology {
        PSYCHOLOGY_WEIGHT
    } else {
        1.0
    }
}

fn is_written_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', '"', '\u{201d}', ')'])
}

fn intern(vocabulary: &mut HashMap<String, u32>, words: Vec<String>) -> Vec<u32> {
    let mut ids: Vec<u32> = words
        .into_iter()
        .map(|w| {
            let next = vocabulary.len() as u32;
            *vocabulary.entry(w).or_insert(next)
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

fn area_of(reading: &Reading<'_>, id: usize, from_terms: Option<Area>) -> Option<Area> {
    let sentence = &reading.sentences[id];
    if let Some((label, _)) = sentence.text.split_once(':') {
        if label.split_whitespace().count() <= 6 {
            if let Some(area) = Reading::area_of_heading(label) {
                return Some(area);
            }
        }
    }
    let kind = reading.kind_of(id);
    if kind.is_views() {
        return Some(Area::Views);
    }
    from_terms
        .or_else(|| {
            sentence
                .heading
                .as_deref()
                .and_then(Reading::area_of_heading)
        })
        .or_else(|| area_of_text(&reading.lower[id]))
        .or_else(|| area_of_document(kind))
}

/// Last resort: the area the document as a whole advises on.
fn area_of_document(kind: AdviceKind) -> Option<Area> {
    match kind {
        AdviceKind::SocialCare => Some(Area::SocialCare),
        AdviceKind::Health => Some(Area::Health),
        AdviceKind::SpeechLanguageTherapy => Some(Area::CommunicationInteraction),
        AdviceKind::OccupationalTherapy => Some(Area::SensoryPhysical),
        _ => None,
    }
}

/// The area a sentence's own words point to, when neither its terms nor
/// its heading say.
fn area_of_text(text: &str) -> Option<Area> {
    const RULES: [(&[&str], Area); 6] = [
        (
            &[
                "attendance",
                "behaviour",
                "anxi",
                "incident",
                "friend",
                "confidence",
                "upset",
                "distress",
            ],
            Area::Semh,
        ),
        (
            &["speech", "language", "talk", "words", "understand"],
            Area::CommunicationInteraction,
        ),
        (
            &[
                "reading",
                "writing",
                "maths",
                "spelling",
                "learning",
                "attainment",
                "progress",
                "expected standard",
                "percentile",
            ],
            Area::CognitionLearning,
        ),
        (
            &[
                "hearing", "vision", "sight", "motor", "mobility", "walk", "noise", "sensory",
            ],
            Area::SensoryPhysical,
        ),
        (
            &[
                "health",
                "medical",
                "medication",
                "sleep",
                "hospital",
                "diagnos",
            ],
            Area::Health,
        ),
        (
            &[
                "social worker",
                "social care",
                "care order",
                "foster",
                "safeguarding",
            ],
            Area::SocialCare,
        ),
    ];
    RULES
        .iter()
        .find(|(keys, _)| keys.iter().any(|k| text.contains(k)))
        .map(|(_, area)| *area)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_naming_the_child_and_their_age_is_not_summary_material() {
        assert!(is_identity_line("name: evie marsh; age 3y 6m"));
        assert!(is_identity_line("child: oliver; age: 7 years 4 months"));
        assert!(!is_identity_line("age 3y 6m; attendance: 81%"));
    }

    #[test]
    fn table_cells_and_letterheads_are_not_written_sentences() {
        assert!(!is_written_sentence("500; 60; 70"));
        assert!(!is_written_sentence(
            "Thornwick College Occupational Therapy Service"
        ));
        assert!(is_written_sentence("She wears two hearing aids."));
        assert!(is_written_sentence("He said \"it is too loud\""));
    }
}
