//! A case's needs profile as a point in space, so cases can be compared.

use serde::Serialize;

use crate::metric::{Levels, Metric};
use crate::need_code::NeedCode;

/// Weight of the primary need beside the 20 metric levels: two cases with
/// the same primary need start a little closer together.
const PRIMARY_WEIGHT: f32 = 1.5;

/// A past case: its needs and what it received.
#[derive(Debug, Clone, Serialize)]
pub struct PastCase {
    pub id: String,
    pub primary_need: Option<NeedCode>,
    #[serde(skip)]
    pub levels: Levels,
    pub provision: Vec<String>,
}

/// The point a case occupies: each metric scaled to 0-1, then the primary
/// need as a one-hot block.
pub fn needs_vector(levels: &Levels, primary: Option<NeedCode>) -> Vec<f32> {
    let mut v: Vec<f32> = Metric::ALL
        .iter()
        .map(|m| f32::from(levels.get(*m)) / f32::from(m.max_level()))
        .collect();
    v.extend(NeedCode::ALL.iter().map(|n| {
        if Some(*n) == primary {
            PRIMARY_WEIGHT
        } else {
            0.0
        }
    }));
    v
}

pub fn distance(a: &[f32], b: &[f32]) -> f32 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y) * (x - y))
        .sum::<f32>()
        .sqrt()
}
