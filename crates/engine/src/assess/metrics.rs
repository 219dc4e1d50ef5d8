//! The 20-question needs assessment: start from the typical profile of the
//! primary need, add what secondary needs bring, then raise each level to
//! what the child's current conditions and support imply.

use crate::assess::profiles::Profiles;
use crate::context::Polarity;
use crate::metric::{Levels, Metric};
use crate::need_code::NeedCode;
use crate::reading::Reading;

pub struct MetricFindings {
    pub levels: Levels,
    pub evidence: Vec<Vec<usize>>,
}

/// Highest level of need when the evidence says SEN support meets it:
/// needs a school meets from its own resources are not severe.
const LEVEL_AT_SEN_SUPPORT: u8 = 2;

pub fn assess_metrics(
    reading: &Reading<'_>,
    primary: Option<NeedCode>,
    secondary: &[NeedCode],
    warranted: bool,
    profiles: &Profiles,
) -> MetricFindings {
    let mut levels = primary.map(|p| profiles.get(p)).unwrap_or_default();
    if !warranted {
        // The typical profile of a need is drawn mostly from children who
        // need a plan; a child whose needs are met at SEN support starts
        // a level lower.
        for metric in Metric::ALL {
            levels.set(metric, levels.get(metric).saturating_sub(1));
        }
    }
    for need in secondary {
        let profile = profiles.get(*need);
        for metric in Metric::ALL {
            levels.raise(metric, profile.get(metric).saturating_sub(1));
        }
    }
    let mut evidence = vec![Vec::new(); Metric::ALL.len()];
    for mention in reading.current_mentions() {
        let term = reading.term(mention);
        if term.kind.describes_need() && mention.polarity != Polarity::Current {
            continue;
        }
        for (metric, hint) in &term.metrics {
            levels.raise(*metric, *hint);
            let sentences = &mut evidence[metric.index()];
            if sentences.len() < 3 && !sentences.contains(&mention.sentence) {
                sentences.push(mention.sentence);
            }
        }
    }
    if !warranted {
        for metric in Metric::ALL {
            levels.set(metric, levels.get(metric).min(LEVEL_AT_SEN_SUPPORT));
        }
    }
    MetricFindings { levels, evidence }
}
