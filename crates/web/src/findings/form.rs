//! The review form's fields and how a sent form becomes decisions: one
//! field per suggestion holding the value decided (the suggestion itself
//! to accept it), an optional reason beside each, and the provision
//! elements added that were not suggested.

use tandem_domain::case::{Finding, FindingDecision, MAX_REASON_CHARS};
use tandem_engine::assess::provision::PROVISION_NAMES;
use tandem_engine::metric::Metric;
use tandem_engine::need_code::NeedCode;

use super::review::{Suggestion, NO, YES};

/// The field that adds provision not suggested, and its reason.
pub const ADD_PROVISION: &str = "add-provision";

pub use crate::plan::edit::Problem;

/// The form field that holds the decision on `finding`.
pub fn field_name(finding: &Finding) -> String {
    match finding {
        Finding::PrimaryNeed => "primary-need".to_owned(),
        Finding::SecondaryNeed { code } => format!("secondary-{code}"),
        Finding::Warranted => "warranted".to_owned(),
        Finding::Metric { key } => format!("metric-{key}"),
        Finding::Provision { code } => format!("provision-{code}"),
    }
}

pub fn reason_name(field: &str) -> String {
    format!("{field}-reason")
}

/// The values a finding may be decided as.
pub fn allowed(finding: &Finding) -> Vec<String> {
    match finding {
        Finding::PrimaryNeed => std::iter::once(String::new())
            .chain(NeedCode::ALL.iter().map(|n| n.code().to_owned()))
            .collect(),
        Finding::Metric { key } => {
            let top = Metric::from_key(key).map_or(3, Metric::max_level);
            (0..=top).map(|l| l.to_string()).collect()
        }
        Finding::SecondaryNeed { .. } | Finding::Warranted | Finding::Provision { .. } => {
            vec![YES.to_owned(), NO.to_owned()]
        }
    }
}

/// The form as sent: every value of every field, in order.
pub struct Sent(pub Vec<(String, String)>);

impl Sent {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

/// Provision elements that were not suggested, which a review may add.
pub fn addable(suggestions: &[Suggestion]) -> Vec<&'static str> {
    PROVISION_NAMES
        .iter()
        .map(|(code, _)| *code)
        .filter(|code| {
            !suggestions
                .iter()
                .any(|s| matches!(&s.finding, Finding::Provision { code: c } if c == code))
        })
        .collect()
}

fn reason(sent: &Sent, field: &str, problems: &mut Vec<Problem>) -> String {
    let name = reason_name(field);
    let text = sent.get(&name).unwrap_or_default().trim().to_owned();
    if text.chars().count() > MAX_REASON_CHARS {
        problems.push(Problem {
            field: name,
            message: format!("Keep the reason to {MAX_REASON_CHARS} characters or fewer"),
        });
    }
    text
}

/// The decisions the form records, or the problems to show beside its fields.
pub fn decisions(
    suggestions: &[Suggestion],
    sent: &Sent,
) -> Result<Vec<FindingDecision>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for suggestion in suggestions {
        let field = field_name(&suggestion.finding);
        let decided = sent.get(&field).unwrap_or_default().trim().to_owned();
        if !allowed(&suggestion.finding).contains(&decided) || sent.get(&field).is_none() {
            problems.push(Problem {
                message: "Choose one of the answers given".to_owned(),
                field: field.clone(),
            });
        }
        out.push(FindingDecision {
            finding: suggestion.finding.clone(),
            suggested: suggestion.suggested.clone(),
            decided,
            reason: reason(sent, &field, &mut problems),
        });
    }
    let addable = addable(suggestions);
    let added = sent.all(ADD_PROVISION);
    let why = reason(sent, ADD_PROVISION, &mut problems);
    for code in added {
        if !addable.contains(&code) {
            problems.push(Problem {
                field: ADD_PROVISION.to_owned(),
                message: "Choose provision from the list".to_owned(),
            });
            continue;
        }
        out.push(FindingDecision {
            finding: Finding::Provision {
                code: code.to_owned(),
            },
            suggested: NO.to_owned(),
            decided: YES.to_owned(),
            reason: why.clone(),
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suggestions() -> Vec<Suggestion> {
        vec![
            Suggestion {
                finding: Finding::PrimaryNeed,
                suggested: "ASD".into(),
            },
            Suggestion {
                finding: Finding::Metric {
                    key: "eal_flag".into(),
                },
                suggested: "0".into(),
            },
            Suggestion {
                finding: Finding::Provision { code: "SP2".into() },
                suggested: YES.into(),
            },
        ]
    }

    fn sent(pairs: &[(&str, &str)]) -> Sent {
        Sent(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    #[test]
    fn a_sent_form_becomes_one_decision_per_suggestion_and_addition() {
        let form = sent(&[
            ("primary-need", "SLCN"),
            ("primary-need-reason", " Speech therapy report "),
            ("metric-eal_flag", "0"),
            ("provision-SP2", "yes"),
            ("add-provision", "SP4"),
            ("add-provision", "SP6"),
            ("add-provision-reason", "Named in the school's advice"),
        ]);
        let decisions = decisions(&suggestions(), &form).unwrap();
        assert_eq!(decisions.len(), 5);
        assert_eq!(decisions[0].decided, "SLCN");
        assert_eq!(decisions[0].reason, "Speech therapy report");
        assert!(!decisions[0].accepted());
        assert!(decisions[1].accepted() && decisions[2].accepted());
        assert_eq!(
            decisions[4].finding,
            Finding::Provision { code: "SP6".into() }
        );
        assert_eq!(
            (
                decisions[4].suggested.as_str(),
                decisions[4].decided.as_str()
            ),
            (NO, YES)
        );
    }

    #[test]
    fn values_not_offered_and_long_reasons_are_problems() {
        let long = "x".repeat(MAX_REASON_CHARS + 1);
        let form = sent(&[
            ("primary-need", "WIZARD"),
            ("metric-eal_flag", "3"),
            ("provision-SP2", "yes"),
            ("provision-SP2-reason", &long),
            ("add-provision", "SP2"),
        ]);
        let problems = decisions(&suggestions(), &form).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "primary-need",
                "metric-eal_flag",
                "provision-SP2-reason",
                "add-provision"
            ]
        );
    }
}
