//! Choosing summary lines within a word budget: best first, never the
//! same thing twice, and spread across the areas of need.

use crate::reading::Reading;
use crate::summary::{Candidate, SummaryLine, AREA_DECAY, REPEAT_OVERLAP};

pub(crate) fn select(
    reading: &Reading<'_>,
    pool: Vec<&Candidate>,
    budget: usize,
) -> Vec<SummaryLine> {
    let mut chosen: Vec<&Candidate> = Vec::new();
    let mut taken = vec![false; pool.len()];
    let mut used = 0;
    loop {
        // Each line already taken from an area makes the next one from
        // there less attractive, so the summary covers the areas of need.
        let best = pool
            .iter()
            .enumerate()
            .filter(|(i, c)| !taken[*i] && used + c.words <= budget)
            .map(|(i, c)| {
                let same_area = chosen.iter().filter(|k| k.area == c.area).count() as i32;
                (i, c.score * AREA_DECAY.powi(same_area))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let Some((index, _)) = best else { break };
        taken[index] = true;
        let picked = &pool[index].content;
        for (other, candidate) in pool.iter().enumerate() {
            if !taken[other]
                && (shared(&candidate.content, picked) > REPEAT_OVERLAP
                    || shared(picked, &candidate.content) > REPEAT_OVERLAP)
            {
                taken[other] = true;
            }
        }
        used += pool[index].words;
        chosen.push(pool[index]);
    }
    chosen.sort_by_key(|c| (c.area, c.sentence));
    chosen
        .into_iter()
        .map(|c| SummaryLine {
            area: c.area,
            text: reading.sentences[c.sentence].text.clone(),
            source: reading.source(c.sentence),
        })
        .collect()
}

/// Share of the words of `a` also in `b` (both sorted and distinct).
fn shared(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both as f32 / a.len() as f32
}
