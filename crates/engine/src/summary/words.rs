//! Content words: what two sentences must share to say the same thing.

const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "he",
    "she", "his", "her", "him", "they", "their", "them", "it", "its", "this", "that", "these",
    "those", "there", "which", "who", "when", "where", "what", "so", "if", "than", "then", "not",
    "no", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "very",
    "also", "about", "into", "out", "up", "all", "any", "some", "more", "most", "i", "we", "our",
    "my", "me", "you", "your", "us", "per",
];

/// Lowercased content words of a text, with a plural "s" dropped.
pub fn content_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

fn stem(word: &str) -> String {
    let w = word.trim_matches('\'');
    let w = w.strip_suffix("'s").unwrap_or(w);
    if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// Share of the words of `a` that also occur in `b`.
pub fn overlap(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    shared as f32 / a.len() as f32
}
