//! Which coordinator to suggest for a new request. A person still decides;
//! the suggestion only saves them looking up every caseload.

/// One coordinator's current work, as the inbox counts it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caseload {
    pub coordinator_id: i64,
    /// Open cases allocated to them.
    pub open: usize,
    /// Of those, cases at the new request's school.
    pub at_school: usize,
}

/// Why a coordinator was suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestionReason {
    /// They already work with the school: one contact for the SENCo.
    SchoolPatch { cases_at_school: usize },
    /// Nobody works with the school yet: the lightest caseload takes it.
    SmallestCaseload { open: usize },
}

/// Who already knows the school wins; between equals (and when nobody
/// does), the smallest caseload; then the lowest id, so the answer is stable.
pub fn suggest_coordinator(caseloads: &[Caseload]) -> Option<(i64, SuggestionReason)> {
    let best = caseloads
        .iter()
        .min_by_key(|c| (std::cmp::Reverse(c.at_school), c.open, c.coordinator_id))?;
    let reason = if best.at_school > 0 {
        SuggestionReason::SchoolPatch {
            cases_at_school: best.at_school,
        }
    } else {
        SuggestionReason::SmallestCaseload { open: best.open }
    };
    Some((best.coordinator_id, reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(coordinator_id: i64, open: usize, at_school: usize) -> Caseload {
        Caseload {
            coordinator_id,
            open,
            at_school,
        }
    }

    #[test]
    fn the_coordinator_who_knows_the_school_is_suggested() {
        let loads = [load(1, 3, 0), load(2, 9, 2), load(3, 8, 1)];
        let suggested = suggest_coordinator(&loads);
        let reason = SuggestionReason::SchoolPatch { cases_at_school: 2 };
        assert_eq!(suggested, Some((2, reason)));
    }

    #[test]
    fn otherwise_the_smallest_caseload() {
        let loads = [load(1, 5, 0), load(2, 2, 0), load(3, 2, 0)];
        let reason = SuggestionReason::SmallestCaseload { open: 2 };
        assert_eq!(suggest_coordinator(&loads), Some((2, reason)));
        assert_eq!(suggest_coordinator(&[]), None);
    }
}
