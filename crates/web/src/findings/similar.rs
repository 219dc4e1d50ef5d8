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

/// An analysed case as the engine compares it, with the reviewed values
/// where a person reviewed it, and whether they did.
pub fn past_case(case: &AnalysedCase) -> (PastCase, bool) {
    let profile = reviewed_profile(&case.profile, case.review.as_deref());
    (
        PastCase {
            id: case.reference.clone(),
            primary_need: profile.primary_need,
            levels: profile.levels,
            provision: profile.provision,
        },
        profile.reviewed,
    )
}

/// The nearest of `others` to `here`, leaving out `this` case itself.
pub fn similar_cases(here: &Reviewed, this: CaseId, others: &[AnalysedCase]) -> Vec<Similar> {
    let mut reviewed: HashMap<String, bool> = HashMap::new();
    let past: Vec<PastCase> = others
        .iter()
        .filter(|other| other.case != this)
        .map(past_case)
        // A case in which nothing was found (its documents could not be
        // read, say) is like every other such case and tells nothing.
        .filter(|(past, _)| past.primary_need.is_some() || past.levels != Levels::default())
        .map(|(past, was_reviewed)| {
            reviewed.insert(past.id.clone(), was_reviewed);
            past
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
