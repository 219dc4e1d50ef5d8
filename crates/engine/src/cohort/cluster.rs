//! Grouping cases into need clusters by agglomerative clustering (average
//! linkage), each with a profile a panel can read.

use kodama::{linkage, Method};
use serde::Serialize;

use crate::cohort::profile::{distance, needs_vector, PastCase};
use crate::metric::Metric;
use crate::need_code::NeedCode;

/// The number of clusters the service plans around.
pub const CLUSTER_COUNT: usize = 10;

#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    pub members: Vec<String>,
    /// The most common primary needs of the members (ties all named).
    pub leading_needs: Vec<NeedCode>,
    /// The three questions with the highest mean level, with that mean.
    pub highest: Vec<(Metric, f32)>,
    /// Provision most members received.
    pub usual_provision: Vec<String>,
}

impl Cluster {
    /// For example "ASD: asd 2.5, social_interaction 2.3, sensory_skills 2.1".
    pub fn profile(&self) -> String {
        let dominant = if self.leading_needs.is_empty() {
            "mixed".to_string()
        } else {
            self.leading_needs
                .iter()
                .map(|n| n.code())
                .collect::<Vec<_>>()
                .join("/")
        };
        let top: Vec<String> = self
            .highest
            .iter()
            .map(|(m, v)| format!("{} {:.1}", m.key(), v))
            .collect();
        format!("{dominant}: {}", top.join(", "))
    }
}

/// Groups the cases by average-linkage agglomerative clustering, stopping
/// when `count` groups remain. kodama does the linkage in quadratic time,
/// so an authority's few thousand cases group in well under a second.
pub fn cluster(cases: &[PastCase], count: usize) -> Vec<Cluster> {
    let n = cases.len();
    if n == 0 {
        return Vec::new();
    }
    let points: Vec<Vec<f32>> = cases
        .iter()
        .map(|c| needs_vector(&c.levels, c.primary_need))
        .collect();
    let mut condensed = Vec::with_capacity(n * (n - 1) / 2);
    for a in 0..n {
        for b in a + 1..n {
            condensed.push(distance(&points[a], &points[b]));
        }
    }
    let dendrogram = linkage(&mut condensed, n, Method::Average);
    // Group k of the dendrogram is a case for k < n, else the merge made
    // at step k - n.
    let mut groups: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for step in dendrogram
        .steps()
        .iter()
        .take(n.saturating_sub(count.max(1)))
    {
        let mut merged = std::mem::take(&mut groups[step.cluster1]);
        merged.append(&mut groups[step.cluster2]);
        groups.push(merged);
    }
    let mut clusters: Vec<Cluster> = groups
        .iter()
        .filter(|g| !g.is_empty())
        .map(|g| describe(cases, g))
        .collect();
    clusters.sort_by(|a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then_with(|| a.profile().cmp(&b.profile()))
    });
    clusters
}

fn describe(cases: &[PastCase], group: &[usize]) -> Cluster {
    let n = group.len() as f32;
    let mut means: Vec<(Metric, f32)> = Metric::ALL
        .iter()
        .map(|m| {
            let sum: f32 = group
                .iter()
                .map(|i| f32::from(cases[*i].levels.get(*m)))
                .sum();
            (*m, sum / n)
        })
        .filter(|(m, _)| m.max_level() > 1)
        .collect();
    means.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut needs: Vec<NeedCode> = group
        .iter()
        .filter_map(|i| cases[*i].primary_need)
        .collect();
    needs.sort_unstable_by_key(|n| n.code());
    // The most common primary needs name the cluster; ties are all named.
    let count = |code: &NeedCode| needs.iter().filter(|c| *c == code).count();
    let most = needs.iter().map(count).max().unwrap_or(0);
    let mut leading: Vec<NeedCode> = needs.iter().filter(|c| count(c) == most).copied().collect();
    leading.dedup();
    let mut provision: Vec<String> = group
        .iter()
        .flat_map(|i| cases[*i].provision.iter().cloned())
        .collect();
    provision.sort();
    provision.dedup();
    provision.retain(|code| {
        let with = group
            .iter()
            .filter(|i| cases[**i].provision.contains(code))
            .count();
        with * 2 >= group.len()
    });
    provision.sort_by_key(|code| code.trim_start_matches("SP").parse::<u32>().unwrap_or(0));
    Cluster {
        members: group.iter().map(|i| cases[*i].id.clone()).collect(),
        leading_needs: leading,
        highest: means.iter().take(3).copied().collect(),
        usual_provision: provision,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metric::Levels;

    fn case(id: &str, need: NeedCode, metric: Metric) -> PastCase {
        let mut levels = Levels::default();
        levels.set(metric, 3);
        PastCase {
            id: id.to_string(),
            primary_need: Some(need),
            levels,
            provision: vec!["SP2".to_string()],
        }
    }

    #[test]
    fn cases_with_the_same_needs_end_up_together_with_a_readable_profile() {
        let cases = vec![
            case("a1", NeedCode::Asd, Metric::Asd),
            case("h1", NeedCode::Hi, Metric::HearingImpairment),
            case("a2", NeedCode::Asd, Metric::Asd),
            case("h2", NeedCode::Hi, Metric::HearingImpairment),
        ];
        let clusters = cluster(&cases, 2);
        assert_eq!(clusters.len(), 2);
        for c in &clusters {
            let first = &c.members[0][..1];
            assert!(c.members.iter().all(|m| m.starts_with(first)));
            assert_eq!(c.usual_provision, vec!["SP2".to_string()]);
        }
        assert!(clusters
            .iter()
            .any(|c| c.profile().starts_with("ASD: asd 3.0")));
    }

    #[test]
    fn no_cases_make_no_clusters_and_fewer_cases_than_clusters_stay_apart() {
        assert!(cluster(&[], 10).is_empty());
        let cases = vec![
            case("a1", NeedCode::Asd, Metric::Asd),
            case("h1", NeedCode::Hi, Metric::HearingImpairment),
        ];
        assert_eq!(cluster(&cases, 10).len(), 2);
    }
}
