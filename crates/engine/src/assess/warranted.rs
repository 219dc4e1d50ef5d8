//! Whether an EHC plan looks warranted: do the professionals say the needs
//! can be met from SEN support, or that they cannot? Professionals say it
//! in many ways ("can be met through SEN support", "part of what we
//! ordinarily offer", "I would not regard an EHC plan as necessary"), so
//! the signals are patterns of a clause, not fixed phrases.

use std::sync::OnceLock;

use regex::RegexSet;

use crate::need_code::NeedCode;
use crate::reading::Reading;

/// Needs met, or a plan not needed. Checked before the signals for a plan,
/// so "does not require provision beyond SEN support" counts here.
const MET_WITHOUT_PLAN: &[&str] = &[
    r"\b(can|could|will|should)( continue to| still| largely| all| now)? be (met|managed|addressed|supported)\b",
    r"\b(are|is|were|being) (being )?(well |effectively |successfully |appropriately )?(met|managed)\b",
    r"\bordinarily (available|offer|provide|make|have)",
    r"\b(core|universal|usual|standard) (learning support |pastoral |send |sen )?(offer|provision)\b",
    r"\broutinely (make|provide|offer|put in place)",
    r"\b(within|part of) (what|the support|the resources)[^.;]{0,40}\b(mainstream|school|college|setting)s? (can |could |routinely |usually )?(provide|offer|make|has)",
    r"\b(ehc ?p|ehc plan|education,? health and care plan|statutory assessment|a plan)\b[^.;]{0,30}\b(is|was|would be|be) (not|un)(necessary| necessary| needed| required| warranted| appropriate)",
    r"\b(not|n't|never)\b[^.;]{0,25}\b(need|needs|require|requires|think|believe|consider|regard|recommend|feel)\b[^.;]{0,30}\b(ehc ?p|ehc plan|education,? health and care plan|statutory)",
    r"\bno (need|requirement) for (an? )?(ehc ?p|ehc plan|education,? health and care plan|plan|statutory)",
    r"\b(not|n't)\b[^.;]{0,40}\b(require|need)s? (provision|support|help) beyond\b",
    r"\bsen support (is|remains|will be) (sufficient|enough|appropriate)",
];

/// Needs beyond SEN support, or a professional asking for a plan.
const BEYOND_SEN_SUPPORT: &[&str] = &[
    r"\b(cannot|can't|can not|could not|couldn't|unable to|not able to)\b[^.;]{0,30}\b(be met|meet|provide|sustain|manage|fund)\b",
    r"\bbeyond (what|the resources|that which|our|its|the school's|the setting's|the college's)",
    r"\bexceed",
    r"\bmore (support|help|adult support|provision) than\b",
    r"\b(we|i|the school|the setting|the college) (would )?(request|ask|recommend|support)s?( that)?( the local authority)?( an| a)? (ehc|education,? health and care|statutory)",
    r"\bsupports? (the|this|an?) (request|application|ehc)",
    r"\b(request|ask)s? that the (local authority|la)\b",
    r"\b(needs|requires|require|will need|would need|should have|would benefit from) an? (ehc ?p|ehc plan|education,? health and care plan)\b",
    r"\b(ehc ?p|ehc plan|education,? health and care plan) (is|would be) (needed|necessary|required|warranted|essential)",
    r"\bspecialist (school|provision|placement|setting|unit|resource base|college)",
    r"\bspecial school\b",
];

fn patterns(
    cell: &'static OnceLock<Option<RegexSet>>,
    rules: &[&str],
) -> Option<&'static RegexSet> {
    cell.get_or_init(|| RegexSet::new(rules).ok()).as_ref()
}

fn met_without_plan() -> Option<&'static RegexSet> {
    static SET: OnceLock<Option<RegexSet>> = OnceLock::new();
    patterns(&SET, MET_WITHOUT_PLAN)
}

fn beyond_sen_support() -> Option<&'static RegexSet> {
    static SET: OnceLock<Option<RegexSet>> = OnceLock::new();
    patterns(&SET, BEYOND_SEN_SUPPORT)
}

pub struct WarrantedFinding {
    pub warranted: bool,
    pub evidence: Vec<usize>,
}

pub fn assess_warranted(reading: &Reading<'_>, primary: Option<NeedCode>) -> WarrantedFinding {
    let mut against = Vec::new();
    let mut for_plan = Vec::new();
    let matches = |set: Option<&RegexSet>, text: &str| set.is_some_and(|s| s.is_match(text));
    for id in 0..reading.sentences.len() {
        // The family's and the child's wish for a plan is a view, not
        // professional evidence that one is needed.
        if reading.kind_of(id).is_views() {
            continue;
        }
        let text = &reading.lower[id];
        if matches(met_without_plan(), text) {
            against.push(id);
        } else if matches(beyond_sen_support(), text) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn says(set: Option<&RegexSet>, text: &str) -> bool {
        set.is_some_and(|s| s.is_match(&text.to_lowercase()))
    }

    #[test]
    fn the_ways_professionals_say_a_plan_is_not_needed_are_recognised() {
        for text in [
            "In my view her needs can be met through SEN support.",
            "The support she needs is part of what we ordinarily offer.",
            "I would not regard an EHC plan as necessary.",
            "We do not believe an EHC plan is needed at this point.",
            "I do not find evidence that her needs require provision beyond that which a mainstream school can make.",
            "Mia's needs are being met well through SEN support.",
            "This is part of the college's core learning support offer.",
        ] {
            assert!(says(met_without_plan(), text), "{text}");
        }
    }

    #[test]
    fn the_ways_professionals_ask_for_a_plan_are_recognised() {
        for text in [
            "His needs cannot be met from the school's own resources.",
            "We request that the local authority considers an EHC plan.",
            "She needs an EHC plan to secure specialist teaching.",
            "The level of support exceeds what SEN support can provide.",
            "A place in a specialist school for autistic pupils.",
        ] {
            assert!(says(beyond_sen_support(), text), "{text}");
            assert!(!says(met_without_plan(), text), "{text}");
        }
    }
}
