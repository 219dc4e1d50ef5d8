//! Whether an EHC plan looks warranted: do the professionals say the needs
//! can be met from SEN support, or that they cannot?

use crate::need_code::NeedCode;
use crate::reading::Reading;

const MET_AT_SEN_SUPPORT: &[&str] = &[
    "can be met through sen support",
    "can be met at sen support",
    "can be met through the resources ordinarily available",
    "can be met within the resources ordinarily available",
    "needs can be met through",
    "needs can be met within",
    "ehc plan is necessary at this time",
    "do not consider that an ehc plan is necessary",
    "do not think an ehc plan is necessary",
    "do not require an ehc plan",
    "does not require an ehc plan",
    "not require an ehc plan",
    "ehc plan is not necessary",
    "an ehc plan is not needed",
    "being met effectively at sen support",
    "do not require provision beyond sen support",
    "being met through the school's graduated approach",
    "being met through the school",
];

const BEYOND_SEN_SUPPORT: &[&str] = &[
    "cannot be met",
    "can not be met",
    "more support than sen support can provide",
    "beyond what",
    "cannot sustain",
    "cannot provide",
    "request that the local authority",
    "requires an ehc plan",
    "require an ehc plan",
    "needs an ehc plan",
    "ehc plan is needed",
    "ehc plan is necessary",
    "recommend an ehc plan",
    "support an ehc plan",
    "supports the request",
    "special school",
    "specialist provision",
    "exceed",
];

/// Documents whose wish for a plan is a view, not professional evidence.
fn is_views_document(name: &str) -> bool {
    let n = name.to_lowercase();
    n.contains("parent") || n.contains("views") || n.contains("child_") || n.contains("yp_")
}

pub struct WarrantedFinding {
    pub warranted: bool,
    pub evidence: Vec<usize>,
}

pub fn assess_warranted(reading: &Reading<'_>, primary: Option<NeedCode>) -> WarrantedFinding {
    let mut against = Vec::new();
    let mut for_plan = Vec::new();
    for (id, sentence) in reading.sentences.iter().enumerate() {
        if is_views_document(&reading.documents[sentence.document].name) {
            continue;
        }
        let text = &reading.lower[id];
        if MET_AT_SEN_SUPPORT.iter().any(|cue| text.contains(cue)) {
            against.push(id);
        } else if BEYOND_SEN_SUPPORT.iter().any(|cue| text.contains(cue)) {
            for_plan.push(id);
        }
    }
    // Severe and sensory needs almost always need a plan, whatever one
    // sentence says.
    let high_need = matches!(
        primary,
        Some(
            NeedCode::Sld
                | NeedCode::Pmld
                | NeedCode::Msi
                | NeedCode::Pd
                | NeedCode::Hi
                | NeedCode::Vi
        )
    );
    let warranted = high_need || against.len() <= for_plan.len() / 2;
    WarrantedFinding {
        warranted,
        evidence: if warranted { for_plan } else { against },
    }
}
