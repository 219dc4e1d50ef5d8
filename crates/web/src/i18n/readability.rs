//! Flesch reading ease, to keep family-facing English plain. Written here
//! because the crates that offer it pull in whole NLP stacks for one formula;
//! syllables are counted by vowel groups, the usual approximation.

fn syllables(word: &str) -> usize {
    let lower: Vec<char> = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if lower.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for &c in &lower {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    // A silent final "e" ("make"), but not "-le" ("table").
    let n = lower.len();
    if n > 2 && lower[n - 1] == 'e' && lower[n - 2] != 'l' && !vowel(lower[n - 2]) && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// 206.835 - 1.015 × words per sentence - 84.6 × syllables per word.
/// Higher is easier; 60 and above is plain English.
pub fn flesch_reading_ease(text: &str) -> f64 {
    let sentences = text
        .split(['.', '!', '?', ':', '\n'])
        .filter(|s| {
            s.split_whitespace()
                .any(|w| w.chars().any(char::is_alphabetic))
        })
        .count()
        .max(1);
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.is_empty() {
        return 100.0;
    }
    let syllable_count: usize = words.iter().map(|w| syllables(w)).sum();
    let w = words.len() as f64;
    206.835 - 1.015 * (w / sentences as f64) - 84.6 * (syllable_count as f64 / w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_are_counted_by_vowel_groups() {
        assert_eq!(syllables("cat"), 1);
        assert_eq!(syllables("make"), 1);
        assert_eq!(syllables("table"), 2);
        assert_eq!(syllables("assessment"), 3);
        assert_eq!(syllables("education"), 4);
    }

    #[test]
    fn plain_text_scores_higher_than_jargon() {
        let plain = "We will tell you what we decide. You can ask us for help at any time.";
        let jargon = "Statutory assessment determinations necessitate comprehensive multidisciplinary consideration of documentation.";
        assert!(flesch_reading_ease(plain) > 80.0);
        assert!(flesch_reading_ease(jargon) < 20.0);
    }
}
