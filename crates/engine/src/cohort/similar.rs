//! The past cases nearest to this one, and what they received.

use serde::Serialize;

use crate::cohort::profile::{distance, needs_vector, PastCase};
use crate::metric::Levels;
use crate::need_code::NeedCode;

#[derive(Debug, Clone, Serialize)]
pub struct SimilarCase {
    pub id: String,
    pub primary_need: Option<NeedCode>,
    /// 1 for an identical profile, falling towards 0 as profiles differ.
    pub similarity: f32,
    pub provision: Vec<String>,
}

/// The `k` nearest past cases, nearest first.
pub fn nearest(
    levels: &Levels,
    primary: Option<NeedCode>,
    past: &[PastCase],
    k: usize,
) -> Vec<SimilarCase> {
    let here = needs_vector(levels, primary);
    let mut ranked: Vec<(f32, &PastCase)> = past
        .iter()
        .map(|case| {
            (
                distance(&here, &needs_vector(&case.levels, case.primary_need)),
                case,
            )
        })
        .collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
    ranked
        .into_iter()
        .take(k)
        .map(|(d, case)| SimilarCase {
            id: case.id.clone(),
            primary_need: case.primary_need,
            similarity: 1.0 / (1.0 + d),
            provision: case.provision.clone(),
        })
        .collect()
}

/// Provision received by at least half of the similar cases.
pub fn usual_provision(similar: &[SimilarCase]) -> Vec<String> {
    let mut codes: Vec<&String> = similar.iter().flat_map(|s| &s.provision).collect();
    codes.sort();
    codes.dedup();
    codes
        .into_iter()
        .filter(|code| {
            let with = similar
                .iter()
                .filter(|s| s.provision.contains(code))
                .count();
            with * 2 >= similar.len()
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metric::Metric;

    fn case(id: &str, need: NeedCode, metric: Metric, level: u8, provision: &[&str]) -> PastCase {
        let mut levels = Levels::default();
        levels.set(metric, level);
        PastCase {
            id: id.to_string(),
            primary_need: Some(need),
            levels,
            provision: provision.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn the_nearest_case_shares_the_need_and_its_provision_is_shown() {
        let past = vec![
            case("A", NeedCode::Hi, Metric::HearingImpairment, 3, &["SP8"]),
            case("B", NeedCode::Asd, Metric::Asd, 3, &["SP5", "SP9"]),
            case("C", NeedCode::Asd, Metric::Asd, 2, &["SP9"]),
        ];
        let mut levels = Levels::default();
        levels.set(Metric::Asd, 3);
        let similar = nearest(&levels, Some(NeedCode::Asd), &past, 2);
        assert_eq!(similar[0].id, "B");
        assert_eq!(similar[1].id, "C");
        assert_eq!(
            usual_provision(&similar),
            vec!["SP5".to_string(), "SP9".to_string()]
        );
    }
}
