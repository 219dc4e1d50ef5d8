//! The authority's analysed cases grouped into about ten need clusters,
//! each described in words a panel reads: its usual primary needs, the
//! questions where its children's needs are highest, and the provision
//! most of them have. Reviewed values stand in for the engine's where a
//! coordinator corrected them, as in the similar-case search.

use tandem_engine::cohort::{cluster, PastCase, CLUSTER_COUNT};
use tandem_store::AnalysedCase;

use super::similar::past_case;
use super::words;

/// How many members' references a cluster lists as examples.
const EXAMPLES: usize = 3;

pub struct ClusterRow {
    pub number: usize,
    pub size: usize,
    /// e.g. "ASD: autistic spectrum disorder".
    pub needs: String,
    /// e.g. "Autism (2.5 of 3); Social interaction (2.4 of 3)".
    pub highest: String,
    pub provision: Vec<String>,
    pub examples: Vec<String>,
    /// Bar length in the chart, 0-400, and its place.
    pub width: i64,
    pub y: usize,
}

/// Clusters `cases` (CPU work: run it off the async runtime).
pub fn need_clusters(cases: &[AnalysedCase]) -> Vec<ClusterRow> {
    let past: Vec<PastCase> = cases.iter().map(|case| past_case(case).0).collect();
    let clusters = cluster(&past, CLUSTER_COUNT);
    let largest = clusters
        .iter()
        .map(|c| c.members.len())
        .max()
        .unwrap_or(1)
        .max(1);
    clusters
        .into_iter()
        .enumerate()
        .map(|(i, c)| ClusterRow {
            number: i + 1,
            size: c.members.len(),
            needs: if c.leading_needs.is_empty() {
                "no primary need found".to_owned()
            } else {
                c.leading_needs
                    .iter()
                    .map(|n| format!("{}: {}", n.code(), words::need_name(*n)))
                    .collect::<Vec<_>>()
                    .join(" / ")
            },
            highest: c
                .highest
                .iter()
                .map(|(metric, mean)| format!("{} ({mean:.1} of 3)", words::question(*metric)))
                .collect::<Vec<_>>()
                .join("; "),
            provision: c
                .usual_provision
                .iter()
                .map(|code| words::provision_with_name(code))
                .collect(),
            examples: c.members.iter().take(EXAMPLES).cloned().collect(),
            width: (c.members.len() * 400 / largest) as i64,
            y: i * 30,
        })
        .collect()
}
