//! Whose need a mention describes, and whether it is current.
//!
//! "No concerns about hearing", "his brother has autism", "possible ADHD"
//! and "glue ear, now resolved" all mention a condition without being
//! evidence of the child's current need. Rules look at the words of the same
//! clause around the mention.

use serde::Serialize;

use crate::advice_kind::AdviceKind;
use crate::matcher::Token;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// About the child, now.
    Current,
    Negated,
    Historical,
    /// About someone else, such as a sibling or parent.
    OtherPerson,
    /// Suspected, queried or awaiting assessment.
    Hypothetical,
    /// Recommended or planned support.
    Recommended,
}

impl Polarity {
    /// Whether the mention is evidence of the child's current situation.
    pub fn is_current(self) -> bool {
        matches!(self, Polarity::Current | Polarity::Recommended)
    }
}

const NEGATION_BEFORE: &[&str] = &[
    "no", "not", "without", "never", "nor", "denies", "negative", "excluded", "none", "neither",
];
const NEGATION_AFTER: &[&str] = &[
    "ruled",
    "excluded",
    "normal",
    "fine",
    "unremarkable",
    "negative",
    "clear",
    "none",
];
/// Words that, after "not", say the condition was not found.
const NOT_FOUND: &[&str] = &[
    "indicated",
    "diagnosed",
    "confirmed",
    "met",
    "present",
    "supported",
    "found",
    "involved",
    "needed",
    "required",
];
const HYPOTHESIS_AFTER: &[&str] = &[
    "considered",
    "queried",
    "suspected",
    "query",
    "questioned",
    "possible",
];
const HISTORICAL: &[&str] = &[
    "previously",
    "previous",
    "resolved",
    "formerly",
    "outgrew",
    "longer",
    "past",
    "earlier",
];
const HYPOTHETICAL: &[&str] = &[
    "possible",
    "possibly",
    "query",
    "queried",
    "suspected",
    "suspect",
    "may",
    "might",
    "if",
    "awaiting",
    "await",
    "waiting",
    "referral",
    "referred",
    "whether",
    "unless",
    "screening",
    "investigate",
    "investigation",
    "probable",
    "risk",
    "signs",
];
const RECOMMENDED: &[&str] = &[
    "recommend",
    "recommended",
    "recommends",
    "recommendation",
    "should",
    "would",
    "suggest",
    "suggested",
    "advise",
    "advised",
    "will",
    "could",
    "needs",
    "need",
    "require",
    "requires",
    "continue",
    "benefit",
    "access",
    "provide",
    "provided",
    "plan",
    "want",
    "wants",
];
const OTHER_PEOPLE: &[&str] = &[
    "brother",
    "brothers",
    "sister",
    "sisters",
    "sibling",
    "siblings",
    "cousin",
    "cousins",
    "uncle",
    "aunt",
    "auntie",
    "grandmother",
    "grandfather",
    "grandparent",
    "grandparents",
    "nan",
    "grandma",
    "grandad",
    "mum",
    "mother",
    "dad",
    "father",
    "stepfather",
    "stepmother",
    "stepdad",
    "stepmum",
    "twin",
    "peers",
    "peer",
    "classmate",
    "classmates",
    "friend",
    "friends",
    "family",
    "carer",
    "parent",
    "parents",
];
const CHILD_WORDS: &[&str] = &[
    "he", "she", "him", "her", "his", "hers", "himself", "herself", "son", "daughter", "child",
];
const REPORTING: &[&str] = &[
    "says",
    "said",
    "reports",
    "reported",
    "report",
    "describes",
    "described",
    "feels",
    "felt",
    "thinks",
    "thought",
    "worries",
    "worried",
    "told",
    "tells",
    "explains",
    "explained",
    "notes",
    "noted",
    "concerned",
    "concerns",
    "believes",
    "believe",
    "feel",
    "think",
    "say",
    "told",
    "noticed",
    "asked",
    "ask",
    "requested",
    "request",
    "would",
    "like",
];

/// Words a parent writes about themselves; in a parent's own views, a
/// mention whose subject is one of these is the parent's, not the child's.
const WRITER_WORDS: &[&str] = &["i", "me", "myself", "we", "us", "ourselves"];

/// Where a mention sits: its sentence, the heading above it and who wrote
/// the document.
pub struct Setting<'s> {
    pub sentence: &'s str,
    pub heading: Option<&'s str>,
    pub writer: AdviceKind,
}

/// The longest label before a colon that can negate what follows, as in
/// "Not requiring: specialist seating, sensory diet".
const LABEL_MAX_BYTES: usize = 40;

const WINDOW_BEFORE: usize = 6;
const WINDOW_AFTER: usize = 4;

/// Judges the mention spanning `tokens[first..end]`, within its sentence and
/// under its heading.
pub fn polarity(tokens: &[Token<'_>], first: usize, end: usize, setting: &Setting<'_>) -> Polarity {
    let heading = setting.heading;
    let clause_start = clause_start(tokens, first);
    let before = &tokens[clause_start.max(first.saturating_sub(WINDOW_BEFORE))..first];
    let after_end = clause_end(tokens, end).min(end + WINDOW_AFTER);
    let after = &tokens[end..after_end];

    let parent_writing = setting.writer == AdviceKind::ParentViews;
    if is_about_someone_else(tokens, first, parent_writing) {
        return Polarity::OtherPerson;
    }
    if under_negative_label(setting.sentence, tokens[first].start) {
        return Polarity::Negated;
    }
    let negated_before = before.iter().enumerate().any(|(k, t)| {
        NEGATION_BEFORE.contains(&t.lower.as_str())
            && !(t.lower == "not" && before.get(k + 1).is_some_and(|n| n.lower == "yet"))
            && !(t.lower == "no" && before.get(k + 1).is_some_and(|n| n.lower == "more"))
    });
    let negated_after = after.iter().enumerate().any(|(k, t)| {
        let next = after.get(k + 1).map(|n| n.lower.as_str());
        NEGATION_AFTER.contains(&t.lower.as_str())
            || (t.lower == "no" && next.is_some_and(|n| n.starts_with("concern")))
            || (t.lower == "not" && next.is_some_and(|n| NOT_FOUND.contains(&n)))
    });
    if negated_before || negated_after {
        return Polarity::Negated;
    }
    let historical = before.iter().enumerate().any(|(k, t)| {
        HISTORICAL.contains(&t.lower.as_str())
            || (t.lower == "used" && before.get(k + 1).is_some_and(|n| n.lower == "to"))
            || is_simple_past_had(before, k)
    }) || after
        .iter()
        .any(|t| t.lower == "resolved" || t.lower == "outgrown");
    if historical {
        return Polarity::Historical;
    }
    // "ADHD was considered" and "autism was queried" name a question, not
    // a finding.
    if before
        .iter()
        .any(|t| HYPOTHETICAL.contains(&t.lower.as_str()))
        || after
            .iter()
            .take(2)
            .any(|t| HYPOTHESIS_AFTER.contains(&t.lower.as_str()))
    {
        return Polarity::Hypothetical;
    }
    let recommended_heading = heading.is_some_and(|h| {
        let h = h.to_lowercase();
        h.contains("recommend")
            || h.contains("provision")
            || h.contains("outcome")
            || h.contains("want")
    });
    let recommended_words = tokens[clause_start..first]
        .iter()
        .any(|t| RECOMMENDED.contains(&t.lower.as_str()));
    if recommended_heading || recommended_words {
        return Polarity::Recommended;
    }
    Polarity::Current
}

fn clause_start(tokens: &[Token<'_>], first: usize) -> usize {
    (0..=first)
        .rev()
        .find(|&k| {
            k < first
                && (tokens[k + 1].clause_break_before
                    || matches!(
                        tokens[k].lower.as_str(),
                        "but" | "although" | "however" | "whereas"
                    ))
        })
        .map_or(0, |k| k + 1)
}

fn clause_end(tokens: &[Token<'_>], end: usize) -> usize {
    (end..tokens.len())
        .find(|&k| {
            tokens[k].clause_break_before
                || matches!(
                    tokens[k].lower.as_str(),
                    "but" | "although" | "however" | "whereas"
                )
        })
        .unwrap_or(tokens.len())
}

/// "She had grommets" and "he had some early feeding difficulties" are the
/// past; "she has had six suspensions" and "he had to leave" are not, and
/// neither is "he had SEN support at school for moderate learning
/// difficulties", where what he had is the support, not the condition.
fn is_simple_past_had(before: &[Token<'_>], k: usize) -> bool {
    const HAD_REACH: usize = 3;
    before[k].lower == "had"
        && before.len() - k <= HAD_REACH
        && !(k > 0
            && matches!(
                before[k - 1].lower.as_str(),
                "has" | "have" | "'s" | "he's" | "she's"
            ))
        && before.get(k + 1).is_none_or(|n| n.lower != "to")
}

/// "Not requiring: specialist seating" or "None needed: hoist": a short
/// label that negates the list after its colon.
fn under_negative_label(sentence: &str, mention_start: usize) -> bool {
    let Some(colon) = sentence.find(':') else {
        return false;
    };
    if colon > LABEL_MAX_BYTES || mention_start < colon {
        return false;
    }
    sentence[..colon]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w.to_lowercase().as_str(), "not" | "no" | "none" | "without"))
}

/// Walks back from the mention: a family member met before the child's own
/// pronoun makes the mention theirs, unless they are only reporting it. In
/// a parent's own views, "I" and "we" are the parent.
fn is_about_someone_else(tokens: &[Token<'_>], first: usize, parent_writing: bool) -> bool {
    let mut reported = false;
    for token in tokens[..first].iter().rev().take(8) {
        let word = token.lower.as_str();
        if word == "history" {
            // "family history of autism" is someone else's condition.
            continue;
        }
        if REPORTING.contains(&word) {
            reported = true;
        }
        if CHILD_WORDS.contains(&word) {
            return false;
        }
        if OTHER_PEOPLE.contains(&word) || (parent_writing && WRITER_WORDS.contains(&word)) {
            return !reported;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::tokenize;

    fn judge(sentence: &str, word: &str) -> Polarity {
        let tokens = tokenize(sentence);
        let at = tokens.iter().position(|t| t.lower == word).unwrap();
        polarity(
            &tokens,
            at,
            at + 1,
            &Setting {
                sentence,
                heading: None,
                writer: AdviceKind::Unknown,
            },
        )
    }

    #[test]
    fn the_childs_current_condition_is_current() {
        assert_eq!(
            judge("He was diagnosed with autism at age 5.", "autism"),
            Polarity::Current
        );
        assert_eq!(
            judge("Mum says he has autism.", "autism"),
            Polarity::Current
        );
    }

    #[test]
    fn negated_historical_other_and_hypothetical_mentions_are_told_apart() {
        assert_eq!(
            judge("There are no concerns about deafness.", "deafness"),
            Polarity::Negated
        );
        assert_eq!(
            judge("Hearing loss was ruled out last year.", "loss"),
            Polarity::Negated
        );
        assert_eq!(
            judge("His brother has autism.", "autism"),
            Polarity::OtherPerson
        );
        assert_eq!(
            judge("He previously had glue ear.", "glue"),
            Polarity::Historical
        );
        assert_eq!(
            judge("He is awaiting an assessment for ADHD.", "adhd"),
            Polarity::Hypothetical
        );
        assert_eq!(
            judge("She is not yet toilet trained.", "toilet"),
            Polarity::Current
        );
        assert_eq!(
            judge("Not requiring: specialist seating, sensory diet.", "diet"),
            Polarity::Negated
        );
        assert_eq!(
            judge("She had grommets inserted at three.", "grommets"),
            Polarity::Historical
        );
        assert_eq!(
            judge("He has had six suspensions this year.", "suspensions"),
            Polarity::Current
        );
        assert_eq!(
            judge("CAMHS are not involved at present.", "camhs"),
            Polarity::Negated
        );
        assert_eq!(
            judge("Physiotherapy is not needed.", "physiotherapy"),
            Polarity::Negated
        );
    }

    #[test]
    fn in_a_parents_views_i_and_we_are_the_parent() {
        let sentence = "I went to a special school myself.";
        let tokens = tokenize(sentence);
        let at = tokens.iter().position(|t| t.lower == "special").unwrap();
        let setting = |writer| Setting {
            sentence,
            heading: None,
            writer,
        };
        assert_eq!(
            polarity(&tokens, at, at + 2, &setting(AdviceKind::ParentViews)),
            Polarity::OtherPerson
        );
        assert_eq!(
            polarity(&tokens, at, at + 2, &setting(AdviceKind::ChildViews)),
            Polarity::Current
        );
    }
}
