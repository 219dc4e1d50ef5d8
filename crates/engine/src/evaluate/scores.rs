//! The measures `tandem evaluate` reports.

use crate::summary::words::{content_words, overlap};

/// Accuracy and macro-F1 over classes present in truth or prediction.
pub fn accuracy_and_macro_f1(pairs: &[(String, String)]) -> (f64, f64) {
    if pairs.is_empty() {
        return (0.0, 0.0);
    }
    let correct = pairs.iter().filter(|(t, p)| t == p).count();
    let mut classes: Vec<&String> = pairs.iter().flat_map(|(t, p)| [t, p]).collect();
    classes.sort();
    classes.dedup();
    let mut f1_sum = 0.0;
    for class in &classes {
        let tp = pairs
            .iter()
            .filter(|(t, p)| t == *class && p == *class)
            .count() as f64;
        let fp = pairs
            .iter()
            .filter(|(t, p)| t != *class && p == *class)
            .count() as f64;
        let fn_ = pairs
            .iter()
            .filter(|(t, p)| t == *class && p != *class)
            .count() as f64;
        let f1 = if tp == 0.0 {
            0.0
        } else {
            2.0 * tp / (2.0 * tp + fp + fn_)
        };
        f1_sum += f1;
    }
    (
        correct as f64 / pairs.len() as f64,
        f1_sum / classes.len() as f64,
    )
}

/// Mean of recall on each class (true and false).
pub fn balanced_accuracy(pairs: &[(bool, bool)]) -> f64 {
    let recall = |class: bool| {
        let total = pairs.iter().filter(|(t, _)| *t == class).count();
        let hit = pairs
            .iter()
            .filter(|(t, p)| *t == class && *p == class)
            .count();
        (total > 0).then(|| hit as f64 / total as f64)
    };
    let parts: Vec<f64> = [recall(true), recall(false)]
        .into_iter()
        .flatten()
        .collect();
    if parts.is_empty() {
        0.0
    } else {
        parts.iter().sum::<f64>() / parts.len() as f64
    }
}

/// Micro-averaged F1 over (truth, predicted) sets.
#[derive(Debug, Default, Clone, Copy)]
pub struct MicroF1 {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl MicroF1 {
    pub fn add(&mut self, truth: &[String], predicted: &[String]) {
        self.tp += predicted.iter().filter(|p| truth.contains(p)).count();
        self.fp += predicted.iter().filter(|p| !truth.contains(p)).count();
        self.fn_ += truth.iter().filter(|t| !predicted.contains(t)).count();
    }

    pub fn f1(&self) -> f64 {
        let denominator = 2 * self.tp + self.fp + self.fn_;
        if denominator == 0 {
            1.0
        } else {
            2.0 * self.tp as f64 / denominator as f64
        }
    }
}

fn normalise(term: &str) -> String {
    term.to_lowercase()
        .chars()
        .map(|c| if c == '-' { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Labelled key terms found among the engine's key terms (same words, or
/// an engine term that contains the labelled one).
pub fn key_terms_found(truth: &[String], predicted: &[String]) -> usize {
    let predicted: Vec<String> = predicted.iter().map(|p| normalise(p)).collect();
    truth
        .iter()
        .map(|t| normalise(t))
        .filter(|t| predicted.iter().any(|p| p == t || p.contains(t.as_str())))
        .count()
}

/// `a / b`, or 0 when there is nothing to divide by.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Key facts covered and words used by case summaries, over a corpus.
#[derive(Debug, Default, Clone, Copy)]
pub struct SummaryTally {
    facts_found: usize,
    facts_total: usize,
    summary_words: usize,
    input_words: usize,
}

impl SummaryTally {
    /// One case: its labelled facts, its summary and its input's length.
    pub fn add(&mut self, key_facts: &[String], summary: &[String], input_words: usize) {
        self.facts_found += key_facts
            .iter()
            .filter(|fact| fact_covered(fact, summary))
            .count();
        self.facts_total += key_facts.len();
        self.summary_words += summary
            .iter()
            .map(|line| line.split_whitespace().count())
            .sum::<usize>();
        self.input_words += input_words;
    }

    pub fn key_fact_recall(&self) -> f64 {
        ratio(self.facts_found, self.facts_total)
    }

    pub fn length_ratio(&self) -> f64 {
        ratio(self.summary_words, self.input_words)
    }
}

/// A fact is covered when most (over half) of its content words appear in
/// one summary sentence.
pub fn fact_covered(fact: &str, summary: &[String]) -> bool {
    let fact_words = content_words(fact);
    summary
        .iter()
        .any(|line| overlap(&fact_words, &content_words(line)) > 0.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_is_covered_by_one_sentence_carrying_most_of_its_words() {
        let summary = vec!["Oliver is over-responsive to noise and covers his ears in assembly and the dining hall.".to_string()];
        assert!(fact_covered(
            "over-responsive to noise in assembly and the dining hall",
            &summary
        ));
        assert!(!fact_covered(
            "speaks in two to three word phrases",
            &summary
        ));
    }

    #[test]
    fn macro_f1_punishes_a_missed_class() {
        let pairs = vec![("ASD".into(), "ASD".into()), ("HI".into(), "ASD".into())];
        let (accuracy, f1) = accuracy_and_macro_f1(&pairs);
        assert_eq!(accuracy, 0.5);
        assert!(f1 < 0.5);
    }
}
