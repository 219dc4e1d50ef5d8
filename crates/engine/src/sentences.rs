//! UK English sentence splitting that keeps each sentence's place.
//!
//! Abbreviations common in advice ("Dr.", "approx.", "i.e.", "e.g.") do not
//! end a sentence; list items and table rows are sentences of their own.

use serde::Serialize;

use crate::document::{BlockKind, Document};

/// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "approx", "e.g", "i.e", "eg", "ie", "etc", "vs", "st", "no",
    "cf", "fig", "dept", "nb", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "yrs", "min", "mins", "hrs", "wk", "wks", "cont",
];

/// One sentence of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Index of the document within the case.
    pub document: usize,
    /// Position of the sentence within its document, from 0.
    pub index: usize,
    /// The block of the document the sentence comes from.
    pub block: usize,
    pub text: String,
    pub kind: BlockKind,
    /// The nearest heading above the sentence, if any.
    pub heading: Option<String>,
}

/// Splits every block of a document into sentences, headings included.
pub fn sentences_of(document_index: usize, document: &Document) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut heading: Option<String> = None;
    for (block_index, block) in document.blocks.iter().enumerate() {
        if block.kind == BlockKind::Heading {
            heading = Some(block.text.clone());
        }
        for text in split_sentences(&block.text) {
            out.push(Sentence {
                document: document_index,
                index: out.len(),
                block: block_index,
                text: text.to_string(),
                kind: block.kind,
                heading: heading.clone(),
            });
        }
    }
    out
}

/// Splits running text into sentences.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                end += 1;
            }
            if end < bytes.len()
                && bytes[end].is_ascii_whitespace()
                && starts_new_sentence(&text[end..])
                && !(b == b'.' && is_abbreviation(&text[start..i]))
            {
                push_trimmed(&mut out, &text[start..end]);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(&mut out, &text[start..]);
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, piece: &'a str) {
    let piece = piece.trim();
    if !piece.is_empty() {
        out.push(piece);
    }
}

fn starts_new_sentence(rest: &str) -> bool {
    rest.trim_start().chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '(' | '\u{201c}' | '-')
    })
}

/// Whether the word just before a full stop is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "He was seen by Dr. Patel at approx. 3 years, i.e. before nursery. Tasks were shown visually, e.g. Numicon. He enjoyed it!";
        assert_eq!(
            split_sentences(text),
            vec![
                "He was seen by Dr. Patel at approx. 3 years, i.e. before nursery.",
                "Tasks were shown visually, e.g. Numicon.",
                "He enjoyed it!"
            ]
        );
    }

    #[test]
    fn decimals_and_quotes_are_kept_whole() {
        let text = "Attendance is 94.1% this year. He said \"I like trains.\" Then he left.";
        assert_eq!(split_sentences(text).len(), 3);
    }
}
