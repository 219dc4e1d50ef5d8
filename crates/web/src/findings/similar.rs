//! The past cases of the same authority most like this one, by the
//! engine's `nearest`. Each case counts as its reviewed values where a
//! coordinator reviewed them, else as the engine read it: the corrections
//! people make are how the search gets better.

use std::collections::HashMap;

use tandem_domain::ids::CaseId;
use tandem_engine::cohort::{nearest, PastCase, SimilarCase};
use tandem_engine::metric::Levels;
use tandem_store::AnalysedCase;

use super::review::{reviewed_profile, Reviewed};

/// How many similar cases a case page lists.
pub const SHOWN: usize = 5;

pub struct Similar {
    pub case: SimilarCase,
    /// Whether its need and provision are a person's reviewed values.
    pub reviewed: bool,
}

/// The nearest of `others` to `here`, leaving out `this` case itself.
pub fn similar_cases(here: &Reviewed, this: CaseId, others: &[AnalysedCase]) -> Vec<Similar> {
    let mut reviewed: HashMap<String, bool> = HashMap::new();
    let past: Vec<PastCase> = others
        .iter()
        .filter(|other| other.case != this)
        .map(|other| {
            (
                other,
                reviewed_profile(&other.profile, other.review.as_deref()),
            )
        })
        // A case in which nothing was found (its documents could not be
        // read, say) is like every other such case and tells nothing.
        .filter(|(_, profile)| {
            profile.primary_need.is_some() || profile.levels != Levels::default()
        })
        .map(|(other, profile)| {
            reviewed.insert(other.reference.clone(), profile.reviewed);
            PastCase {
                id: other.reference.clone(),
                primary_need: profile.primary_need,
                levels: profile.levels,
                provision: profile.provision,
            }
        })
        .collect();
    nearest(&here.levels, here.primary_need, &past, SHOWN)
        .into_iter()
        .map(|case| Similar {
            reviewed: reviewed.get(&case.id).copied().unwrap_or(false),
            case,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use tandem_store::NeedsProfile;

    fn analysed(case: i64, need: Option<&str>, asd: u8) -> AnalysedCase {
        let mut levels = vec![0; 20];
        levels[6] = asd;
        AnalysedCase {
            case: CaseId(case),
            reference: format!("NBC-{case}"),
            profile: NeedsProfile {
                primary_need: need.map(str::to_owned),
                levels,
                provision: vec!["SP9".into()],
            },
            review: None,
        }
    }

    #[test]
    fn the_case_itself_and_cases_where_nothing_was_found_are_left_out() {
        let others = vec![
            analysed(1, Some("ASD"), 3),
            analysed(2, Some("ASD"), 2),
            analysed(3, None, 0),
        ];
        let here = reviewed_profile(&others[0].profile, None);
        let found = similar_cases(&here, CaseId(1), &others);
        let ids: Vec<&str> = found.iter().map(|s| s.case.id.as_str()).collect();
        assert_eq!(ids, ["NBC-2"]);
        assert!(!found[0].reviewed);
    }
}
