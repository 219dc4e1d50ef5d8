//! Grouping cases into need clusters by agglomerative clustering (average
//! linkage), each with a profile a panel can read.

use serde::Serialize;

use crate::cohort::profile::{distance, needs_vector, PastCase};
use crate::metric::Metric;

/// The number of clusters the service plans around.
pub const CLUSTER_COUNT: usize = 10;

#[derive(Debug, Clone, Serialize)]
pub struct Cluster {
    pub members: Vec<String>,
    /// For example "ASD: asd 2.5, social_interaction 2.3, sensory_skills 2.1".
    pub profile: String,
    /// Provision most members received.
    pub usual_provision: Vec<String>,
}

/// Merges the two closest groups until `count` remain.
pub fn cluster(cases: &[PastCase], count: usize) -> Vec<Cluster> {
    let points: Vec<Vec<f32>> = cases
        .iter()
        .map(|c| needs_vector(&c.levels, c.primary_need))
        .collect();
    let mut groups: Vec<Vec<usize>> = (0..cases.len()).map(|i| vec![i]).collect();
    while groups.len() > count.max(1) {
        let mut best = (f32::INFINITY, 0, 1);
        for a in 0..groups.len() {
            for b in a + 1..groups.len() {
                let d = average_linkage(&points, &groups[a], &groups[b]);
                if d < best.0 {
                    best = (d, a, b);
                }
            }
        }
        let (_, a, b) = best;
        let merged = groups.swap_remove(b);
        groups[a].extend(merged);
    }
    let mut clusters: Vec<Cluster> = groups.iter().map(|g| describe(cases, g)).collect();
    clusters.sort_by(|a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then(a.profile.cmp(&b.profile))
    });
    clusters
}

fn average_linkage(points: &[Vec<f32>], a: &[usize], b: &[usize]) -> f32 {
    let total: f32 = a
        .iter()
        .flat_map(|i| b.iter().map(move |j| (i, j)))
        .map(|(i, j)| distance(&points[*i], &points[*j]))
        .sum();
    total / (a.len() * b.len()) as f32
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
    let mut needs: Vec<&str> = group
        .iter()
        .filter_map(|i| cases[*i].primary_need.map(|n| n.code()))
        .collect();
    needs.sort_unstable();
    // The most common primary needs name the cluster; ties are all named.
    let count = |code: &&str| needs.iter().filter(|c| *c == code).count();
    let most = needs.iter().map(count).max().unwrap_or(0);
    let mut leading: Vec<&str> = needs.iter().filter(|c| count(c) == most).copied().collect();
    leading.dedup();
    let dominant = if leading.is_empty() {
        "mixed".to_string()
    } else {
        leading.join("/")
    };
    let top: Vec<String> = means
        .iter()
        .take(3)
        .map(|(m, v)| format!("{} {:.1}", m.key(), v))
        .collect();
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
        profile: format!("{dominant}: {}", top.join(", ")),
        usual_provision: provision,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metric::Levels;
    use crate::need_code::NeedCode;

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
            .any(|c| c.profile.starts_with("ASD: asd 3.0")));
    }
}
