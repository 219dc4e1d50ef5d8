//! How the engine's suggestions fare with the people who review them: how
//! often each kind was accepted, how far the 20 questions were corrected,
//! and the provision suggested against the provision decided.

use tandem_domain::case::{Finding, FindingDecision};
use tandem_engine::metric::Metric;

use super::review::YES;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub reviewed: usize,
    pub accepted: usize,
}

impl Tally {
    fn count(&mut self, decision: &FindingDecision) {
        self.reviewed += 1;
        if decision.accepted() {
            self.accepted += 1;
        }
    }

    pub fn corrected(&self) -> usize {
        self.reviewed - self.accepted
    }

    /// The share accepted, 0-1; `None` before anything is reviewed.
    pub fn share(&self) -> Option<f64> {
        ratio(self.accepted, self.reviewed)
    }
}

/// The 20 questions' decisions with how far each was moved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Corrections {
    pub tally: Tally,
    /// The sum of |decided − suggested| over every decision.
    pub moved: u32,
}

impl Corrections {
    pub fn mean_absolute(&self) -> Option<f64> {
        ratio(self.moved as usize, self.tally.reviewed)
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Measures {
    /// Cases whose latest review counts.
    pub cases: usize,
    pub primary_need: Tally,
    pub secondary_needs: Tally,
    pub warranted: Tally,
    pub metrics: Corrections,
    pub by_metric: Vec<(Metric, Corrections)>,
    /// Provision elements suggested, decided, and both.
    pub provision_suggested: usize,
    pub provision_decided: usize,
    pub provision_both: usize,
}

impl Measures {
    /// Of the elements suggested, the share the reviewer kept.
    pub fn provision_precision(&self) -> Option<f64> {
        ratio(self.provision_both, self.provision_suggested)
    }

    /// Of the elements decided, the share the engine had suggested.
    pub fn provision_recall(&self) -> Option<f64> {
        ratio(self.provision_both, self.provision_decided)
    }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// Counts each case's latest review once.
pub fn measure(reviews: &[Vec<FindingDecision>]) -> Measures {
    let mut m = Measures {
        cases: reviews.len(),
        by_metric: Metric::ALL
            .iter()
            .map(|metric| (*metric, Corrections::default()))
            .collect(),
        ..Measures::default()
    };
    for decision in reviews.iter().flatten() {
        match &decision.finding {
            Finding::PrimaryNeed => m.primary_need.count(decision),
            Finding::SecondaryNeed { .. } => m.secondary_needs.count(decision),
            Finding::Warranted => m.warranted.count(decision),
            Finding::Metric { key } => {
                let (Ok(suggested), Ok(decided)) = (
                    decision.suggested.parse::<i32>(),
                    decision.decided.parse::<i32>(),
                ) else {
                    continue;
                };
                let moved = suggested.abs_diff(decided);
                m.metrics.tally.count(decision);
                m.metrics.moved += moved;
                if let Some((_, c)) = m.by_metric.iter_mut().find(|(x, _)| x.key() == key) {
                    c.tally.count(decision);
                    c.moved += moved;
                }
            }
            Finding::Provision { .. } => {
                let suggested = decision.suggested == YES;
                let decided = decision.decided == YES;
                m.provision_suggested += usize::from(suggested);
                m.provision_decided += usize::from(decided);
                m.provision_both += usize::from(suggested && decided);
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::review::NO;

    fn d(finding: Finding, suggested: &str, decided: &str) -> FindingDecision {
        FindingDecision {
            finding,
            suggested: suggested.into(),
            decided: decided.into(),
            reason: String::new(),
        }
    }

    fn metric(key: &str) -> Finding {
        Finding::Metric { key: key.into() }
    }

    fn sp(code: &str) -> Finding {
        Finding::Provision { code: code.into() }
    }

    #[test]
    fn acceptance_correction_and_provision_figures() {
        let reviews = vec![
            vec![
                d(Finding::PrimaryNeed, "ASD", "ASD"),
                d(Finding::Warranted, YES, NO),
                d(metric("asd"), "3", "3"),
                d(metric("self_esteem"), "0", "2"),
                d(sp("SP2"), YES, YES),
                d(sp("SP9"), YES, NO),
            ],
            vec![
                d(Finding::PrimaryNeed, "ASD", "SLCN"),
                d(metric("asd"), "2", "1"),
                d(sp("SP4"), NO, YES),
            ],
        ];
        let m = measure(&reviews);
        assert_eq!(m.cases, 2);
        assert_eq!(
            m.primary_need,
            Tally {
                reviewed: 2,
                accepted: 1
            }
        );
        assert_eq!(m.warranted.corrected(), 1);
        assert_eq!(m.metrics.tally.reviewed, 3);
        assert_eq!(m.metrics.moved, 3);
        assert_eq!(m.metrics.mean_absolute(), Some(1.0));
        let asd = m
            .by_metric
            .iter()
            .find(|(x, _)| *x == Metric::Asd)
            .unwrap()
            .1;
        assert_eq!(asd.mean_absolute(), Some(0.5));
        assert_eq!(m.provision_precision(), Some(0.5), "SP2 of SP2, SP9");
        assert_eq!(m.provision_recall(), Some(0.5), "SP2 of SP2, SP4");
        assert_eq!(measure(&[]).primary_need.share(), None);
    }
}
