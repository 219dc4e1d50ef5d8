//! Finds dictionary terms in sentences: longest match wins, abbreviations
//! match with their exact case, a final plural "s" is tolerated.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::dictionary::Dictionary;

/// A word of a sentence with its byte span and what precedes it.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub text: &'a str,
    pub lower: String,
    pub start: usize,
    pub end: usize,
    /// A comma, semicolon, colon or bracket sits between this token and the
    /// one before: the start of a new clause for context rules.
    pub clause_break_before: bool,
}

pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut pending_break = false;
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let inner = c.is_alphanumeric()
            || ((c == '-' || c == '\'' || c == '\u{2019}' || c == '/') && start.is_some())
            || (c == ':'
                && start.is_some()
                && i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        match (inner, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push_token(text, s, i, &mut tokens, &mut pending_break);
                start = None;
            }
            _ => {}
        }
        if !inner
            && matches!(
                c,
                ',' | ';' | ':' | '(' | ')' | '.' | '!' | '?' | '\u{2013}'
            )
        {
            pending_break = true;
        }
    }
    if let Some(s) = start {
        push_token(text, s, text.len(), &mut tokens, &mut pending_break);
    }
    tokens
}

fn push_token<'a>(
    text: &'a str,
    start: usize,
    mut end: usize,
    tokens: &mut Vec<Token<'a>>,
    pending_break: &mut bool,
) {
    while end > start && matches!(text.as_bytes()[end - 1], b'-' | b'\'' | b'/') {
        end -= 1;
    }
    let word = &text[start..end];
    if word.is_empty() {
        return;
    }
    tokens.push(Token {
        text: word,
        lower: word.to_lowercase().replace('\u{2019}', "'"),
        start,
        end,
        clause_break_before: std::mem::take(pending_break),
    });
}

/// A term found in a sentence: token range and the words used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub term: usize,
    pub first_token: usize,
    pub end_token: usize,
    pub surface: String,
}

struct Pattern {
    words: Vec<String>,
    term: usize,
}

/// The dictionary compiled into first-word indexes.
pub struct Matcher {
    folded: HashMap<String, Vec<Pattern>>,
    exact: HashMap<String, Vec<Pattern>>,
}

impl Matcher {
    pub fn new(dictionary: &Dictionary) -> Matcher {
        let mut folded: HashMap<String, Vec<Pattern>> = HashMap::new();
        let mut exact: HashMap<String, Vec<Pattern>> = HashMap::new();
        for (term, entry) in dictionary.terms.iter().enumerate() {
            let names = std::iter::once(&entry.name).chain(entry.forms.iter());
            for form in names {
                add(&mut folded, &form.to_lowercase(), term);
            }
            for abbreviation in &entry.abbreviations {
                add(&mut exact, abbreviation, term);
            }
        }
        for patterns in folded.values_mut().chain(exact.values_mut()) {
            patterns.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        Matcher { folded, exact }
    }

    pub fn shipped() -> &'static Matcher {
        static SHIPPED: OnceLock<Matcher> = OnceLock::new();
        SHIPPED.get_or_init(|| Matcher::new(Dictionary::shipped()))
    }

    /// All non-overlapping hits in a tokenised sentence, left to right.
    pub fn find(&self, sentence: &str, tokens: &[Token<'_>]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let best = self.longest_at(tokens, i);
            match best {
                Some((term, len)) => {
                    let start = tokens[i].start;
                    let end = tokens[i + len - 1].end;
                    hits.push(Hit {
                        term,
                        first_token: i,
                        end_token: i + len,
                        surface: sentence[start..end].to_string(),
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
        hits
    }

    fn longest_at(&self, tokens: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
        let folded = self
            .folded
            .get(&tokens[i].lower)
            .or_else(|| self.folded.get(singular(&tokens[i].lower)?));
        let exact = self.exact.get(tokens[i].text);
        let mut best: Option<(usize, usize)> = None;
        for (patterns, case_sensitive) in [(folded, false), (exact, true)] {
            for pattern in patterns.into_iter().flatten() {
                let len = pattern.words.len();
                if best.is_some_and(|(_, b)| b >= len) || i + len > tokens.len() {
                    continue;
                }
                let matches = pattern.words.iter().enumerate().all(|(k, word)| {
                    let token = &tokens[i + k];
                    if case_sensitive {
                        token.text == word
                    } else {
                        token.lower == *word
                            || (k + 1 == len && singular(&token.lower) == Some(word.as_str()))
                    }
                });
                if matches {
                    best = Some((pattern.term, len));
                }
            }
        }
        best
    }
}

fn add(index: &mut HashMap<String, Vec<Pattern>>, form: &str, term: usize) {
    let words: Vec<String> = tokenize(form)
        .into_iter()
        .map(|t| t.text.to_string())
        .collect();
    if let Some(first) = words.first() {
        index.entry(first.clone()).or_default().push(Pattern {
            words: words.clone(),
            term,
        });
    }
}

fn singular(word: &str) -> Option<&str> {
    if word.len() > 3 {
        word.strip_suffix("es")
            .filter(|w| w.ends_with("ss") || w.ends_with("sh") || w.ends_with("ch"))
            .or_else(|| word.strip_suffix('s'))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_ratios_and_hyphenated_names() {
        let words: Vec<&str> = tokenize("Toe by Toe (1:1), WIAT-III and self-esteem.")
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            vec!["Toe", "by", "Toe", "1:1", "WIAT-III", "and", "self-esteem"]
        );
    }
}
