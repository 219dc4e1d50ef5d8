//! A case read once: every sentence of every document, and every dictionary
//! mention with its context. The assessors all work from this.

use crate::advice_kind::AdviceKind;
use crate::area::Area;
use crate::context::{polarity, Polarity, Setting};
use crate::dictionary::{Dictionary, Term};
use crate::document::Document;
use crate::matcher::{tokenize, Matcher};
use crate::sentences::{sentences_of, Sentence};

/// A dictionary term found in a sentence.
#[derive(Debug, Clone)]
pub struct Mention {
    pub term: usize,
    /// Index into `Reading::sentences`.
    pub sentence: usize,
    pub surface: String,
    pub polarity: Polarity,
}

/// Words in a sentence that raise or lower how severe a need is.
#[derive(Debug, Clone, Copy, Default)]
pub struct Severity {
    pub severe: bool,
    pub mild: bool,
}

pub struct Reading<'a> {
    pub documents: &'a [Document],
    /// Who wrote each document, in the order of `documents`.
    pub kinds: Vec<AdviceKind>,
    pub sentences: Vec<Sentence>,
    /// Each sentence in lower case, for the cue searches of the assessors.
    pub lower: Vec<String>,
    pub severity: Vec<Severity>,
    pub mentions: Vec<Mention>,
    pub dictionary: &'static Dictionary,
    pub word_count: usize,
}

const SEVERE: &[&str] = &[
    "severe",
    "severely",
    "significant",
    "significantly",
    "profound",
    "profoundly",
    "complex",
    "substantial",
    "marked",
    "considerable",
    "extreme",
    "extremely",
    "very",
];
const MILD: &[&str] = &["mild", "mildly", "slight", "slightly", "minor", "milder"];

impl<'a> Reading<'a> {
    pub fn new(documents: &'a [Document]) -> Reading<'a> {
        let matcher = Matcher::shipped();
        let dictionary = Dictionary::shipped();
        let kinds: Vec<AdviceKind> = documents.iter().map(AdviceKind::of).collect();
        let mut sentences = Vec::new();
        for (index, document) in documents.iter().enumerate() {
            sentences.extend(sentences_of(index, document));
        }
        let mut mentions = Vec::new();
        let mut severity = Vec::with_capacity(sentences.len());
        let mut word_count = 0;
        for (id, sentence) in sentences.iter().enumerate() {
            let tokens = tokenize(&sentence.text);
            word_count += tokens.len();
            severity.push(Severity {
                severe: tokens.iter().any(|t| SEVERE.contains(&t.lower.as_str())),
                mild: tokens.iter().any(|t| MILD.contains(&t.lower.as_str())),
            });
            for hit in matcher.find(&sentence.text, &tokens) {
                mentions.push(Mention {
                    term: hit.term,
                    sentence: id,
                    surface: hit.surface,
                    polarity: polarity(
                        &tokens,
                        hit.first_token,
                        hit.end_token,
                        &Setting {
                            sentence: &sentence.text,
                            heading: sentence.heading.as_deref(),
                            writer: kinds[sentence.document],
                        },
                    ),
                });
            }
        }
        let lower = sentences.iter().map(|s| s.text.to_lowercase()).collect();
        Reading {
            documents,
            kinds,
            sentences,
            lower,
            severity,
            mentions,
            dictionary,
            word_count,
        }
    }

    /// Who wrote the document a sentence belongs to.
    pub fn kind_of(&self, sentence: usize) -> AdviceKind {
        self.kinds[self.sentences[sentence].document]
    }

    pub fn term(&self, mention: &Mention) -> &'static Term {
        &self.dictionary.terms[mention.term]
    }

    /// Mentions that are evidence of the child's current needs or support.
    pub fn current_mentions(&self) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().filter(|m| m.polarity.is_current())
    }

    pub fn source(&self, sentence: usize) -> Source {
        let s = &self.sentences[sentence];
        Source {
            document: self.documents[s.document].name.clone(),
            sentence: s.index,
        }
    }

    pub fn quote(&self, sentence: usize) -> Quote {
        Quote {
            source: self.source(sentence),
            text: self.sentences[sentence].text.clone(),
        }
    }

    /// The area a sentence speaks to, from its own label, its heading or
    /// the terms it mentions.
    pub fn area_of_heading(heading: &str) -> Option<Area> {
        let h = heading.to_lowercase();
        let rules: [(&[&str], Area); 7] = [
            (
                &["communication", "speech", "language", "interaction"],
                Area::CommunicationInteraction,
            ),
            (
                &[
                    "cognition",
                    "learning",
                    "attainment",
                    "literacy",
                    "numeracy",
                    "progress",
                    "assessment",
                ],
                Area::CognitionLearning,
            ),
            (
                &[
                    "emotional",
                    "mental health",
                    "wellbeing",
                    "behaviour",
                    "social, emotional",
                ],
                Area::Semh,
            ),
            (
                &[
                    "sensory", "physical", "motor", "mobility", "vision", "hearing",
                ],
                Area::SensoryPhysical,
            ),
            (
                &["health", "medical", "diagnos", "medication", "sleep"],
                Area::Health,
            ),
            (
                &["social care", "family situation", "care"],
                Area::SocialCare,
            ),
            (
                &[
                    "view",
                    "what i",
                    "about me",
                    "worries",
                    "what we",
                    "what helps",
                    "want",
                    "like",
                ],
                Area::Views,
            ),
        ];
        rules
            .iter()
            .find(|(keys, _)| keys.iter().any(|k| h.contains(k)))
            .map(|(_, area)| *area)
    }
}

/// Where a finding comes from: the document and the sentence within it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Source {
    pub document: String,
    pub sentence: usize,
}

/// A source with the words it says.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Quote {
    #[serde(flatten)]
    pub source: Source,
    pub text: String,
}
