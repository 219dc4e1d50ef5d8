//! What makes a sentence worth a reader's two minutes: a diagnosis, a
//! number that shows how often or how far, a need ruled in or out, a wish
//! of the child or family, the professional's view on the plan.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

/// Phrases that mark a fact a summary must carry, with their weight.
const FACT_CUES: &[(&str, f32)] = &[
    ("diagnos", 2.0),
    ("attendance", 2.0),
    ("incident", 1.5),
    ("percentile", 1.0),
    ("standard score", 1.0),
    ("reading age", 1.5),
    ("entry level", 1.5),
    ("not explained by", 2.0),
    ("first language", 2.0),
    ("home language", 2.0),
    ("languages", 1.5),
    ("arrived", 1.0),
    ("born in", 1.0),
    ("no concerns", 2.0),
    ("within normal limits", 2.0),
    ("normal", 1.0),
    ("did not meet", 2.0),
    ("not indicated", 2.0),
    ("does not have", 1.5),
    ("no evidence of", 1.5),
    ("ruled out", 2.0),
    ("requested", 1.5),
    ("can be met", 2.0),
    ("cannot", 1.0),
    ("suspension", 1.0),
    ("exclusion", 1.0),
    ("communicates", 1.5),
    ("uses around", 1.0),
    ("words", 0.5),
    ("progress", 1.0),
    ("risen", 1.0),
    ("improved", 1.0),
    ("independen", 1.0),
    ("college", 1.0),
    ("course", 1.0),
    ("want", 1.5),
    ("would like", 1.0),
    ("wish", 1.0),
    ("prefer", 1.0),
    ("contact with", 1.0),
    ("social care", 1.0),
    ("a week", 1.0),
    ("a day", 0.5),
    ("most days", 1.0),
    ("every", 0.5),
    ("%", 1.0),
    ("in my view", 2.0),
    ("worried", 1.5),
    ("because", 0.5),
    ("happy", 1.0),
    ("friend", 1.0),
    ("struggles", 1.0),
    ("finds it hard", 1.0),
    ("relies on", 1.5),
];

const HEADING_BONUS: f32 = 2.0;

const SALIENT_HEADINGS: &[&str] = &[
    "background",
    "diagnos",
    "development",
    "history",
    "concern",
    "observation",
    "summary",
    "identified",
    "need",
];

/// All cues found in one pass over a sentence; the engine's budget is a
/// couple of milliseconds per case.
fn cue_finder() -> Option<&'static AhoCorasick> {
    static FINDER: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    FINDER
        .get_or_init(|| AhoCorasick::new(FACT_CUES.iter().map(|(cue, _)| cue)).ok())
        .as_ref()
}

/// Number of fact cues, one model feature each.
pub const CUE_COUNT: usize = FACT_CUES.len();

/// Which fact cues occur in a lower-case sentence.
pub fn cue_hits(text: &str) -> [bool; CUE_COUNT] {
    let mut seen = [false; CUE_COUNT];
    if let Some(finder) = cue_finder() {
        for found in finder.find_overlapping_iter(text) {
            seen[found.pattern().as_usize()] = true;
        }
    }
    seen
}

/// How much a sentence says, beyond the dictionary terms it mentions.
pub fn salience(text: &str, heading: &str, severe: bool) -> f32 {
    let seen = cue_hits(text);
    let mut score: f32 = FACT_CUES
        .iter()
        .zip(seen)
        .filter(|(_, seen)| *seen)
        .map(|((_, weight), _)| weight)
        .sum();
    if text.bytes().any(|b| b.is_ascii_digit()) {
        score += 0.5;
    }
    if severe {
        score += 1.0;
    }
    if SALIENT_HEADINGS.iter().any(|h| heading.contains(h)) {
        score += HEADING_BONUS;
    }
    score
}
