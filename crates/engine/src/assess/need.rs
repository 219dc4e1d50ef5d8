//! Primary and secondary types of need from the weight of evidence.

use std::collections::HashMap;

use crate::need_code::NeedCode;
use crate::reading::Reading;

/// Evidence weight for each type of need, with the sentences behind it.
#[derive(Debug, Clone, Default)]
pub struct NeedScores {
    pub score: [f32; 13],
    pub evidence: Vec<Vec<usize>>,
}

/// A need ranks as secondary when its weight is at least this share of the
/// primary need's weight.
const SECONDARY_SHARE: f32 = 0.3;
const SECONDARY_MIN: f32 = 5.0;
const MAX_SECONDARY: usize = 2;

pub fn score_needs(reading: &Reading<'_>) -> NeedScores {
    // Repeated mentions of one term add less and less: the tenth mention of
    // "autism" is not ten times the evidence of the first.
    let mut counts: HashMap<usize, (u32, Vec<usize>)> = HashMap::new();
    for mention in reading.current_mentions() {
        let entry = counts.entry(mention.term).or_default();
        entry.0 += 1;
        entry.1.push(mention.sentence);
    }
    let mut scores = NeedScores {
        score: [0.0; 13],
        evidence: vec![Vec::new(); 13],
    };
    for (term, (count, sentences)) in counts {
        let term = &reading.dictionary.terms[term];
        let repeat = 1.0 + (count as f32).ln();
        for (need, weight) in &term.needs {
            scores.score[need.index()] += weight * repeat;
            scores.evidence[need.index()].extend(sentences.iter().take(3));
        }
    }
    for evidence in &mut scores.evidence {
        evidence.sort_unstable();
        evidence.dedup();
    }
    scores
}

/// The primary need and up to two secondary needs.
pub fn choose_needs(scores: &NeedScores) -> (Option<NeedCode>, Vec<NeedCode>) {
    let mut ranked: Vec<(NeedCode, f32)> = NeedCode::ALL
        .iter()
        .map(|n| (*n, scores.score[n.index()]))
        .filter(|(_, s)| *s > 0.0)
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let Some(&(primary, top)) = ranked.first() else {
        return (None, Vec::new());
    };
    let secondary = ranked
        .iter()
        .skip(1)
        .filter(|(need, score)| {
            *score >= SECONDARY_MIN && *score >= top * SECONDARY_SHARE && !subsumed(primary, *need)
        })
        .map(|(need, _)| *need)
        .take(MAX_SECONDARY)
        .collect();
    (Some(primary), secondary)
}

/// Needs that the primary need already includes, so naming them again
/// would add nothing (severe learning difficulties include moderate ones).
fn subsumed(primary: NeedCode, other: NeedCode) -> bool {
    use NeedCode::*;
    matches!(
        (primary, other),
        (Pmld, Sld | Mld | Spld | Slcn | Ds)
            | (Sld, Mld | Spld | Ds)
            | (Ds, Mld | Sld)
            | (Mld, Spld | Ds)
            | (Msi, Hi | Vi)
            | (Asd, Spld)
    )
}
