//! The review form's fields as the template draws them: one field per
//! suggestion, its value what was sent, else the latest decision on that
//! same suggestion, else the suggestion itself (so saving at once accepts
//! everything), and the provision that may be added.

use std::collections::BTreeMap;

use tandem_domain::case::{Finding, FindingDecision};
use tandem_engine::metric::Metric;
use tandem_engine::need_code::NeedCode;

use crate::findings::form::{addable, field_name, reason_name, Problem, Sent, ADD_PROVISION};
use crate::findings::review::{value_words, Suggestion, NO, YES};
use crate::findings::words;
use crate::pages::case_actions::view::ChoiceView;

pub struct DecisionField {
    pub name: String,
    pub label: String,
    pub hint: String,
    /// Radios for yes or no; a select for a need or a level.
    pub radios: bool,
    pub choices: Vec<ChoiceView>,
    pub reason_name: String,
    pub reason: String,
    pub error: Option<String>,
    pub reason_error: Option<String>,
}

pub struct FormSection {
    pub heading: &'static str,
    pub fields: Vec<DecisionField>,
}

/// The provision not suggested, which the reviewer may add.
pub struct ProvisionChoice {
    pub choices: Vec<ChoiceView>,
    pub reason: String,
    pub error: Option<String>,
    pub reason_error: Option<String>,
}

fn label_and_choices(suggestion: &Suggestion) -> (String, Vec<(String, String)>) {
    let pair = |v: &str, l: &str| (v.to_owned(), l.to_owned());
    match &suggestion.finding {
        Finding::PrimaryNeed => (
            "Primary type of need".to_owned(),
            std::iter::once(pair("", "None"))
                .chain(
                    NeedCode::ALL
                        .iter()
                        .map(|n| (n.code().to_owned(), words::need_with_name(n.code()))),
                )
                .collect(),
        ),
        Finding::SecondaryNeed { code } => (
            format!("Is {} a secondary need?", words::need_with_name(code)),
            vec![pair(YES, "Yes"), pair(NO, "No")],
        ),
        Finding::Warranted => (
            "Does a plan look needed?".to_owned(),
            vec![pair(YES, "Yes"), pair(NO, "No")],
        ),
        Finding::Metric { key } => {
            let metric = Metric::from_key(key);
            (
                metric.map_or_else(|| key.clone(), |m| words::question(m).to_owned()),
                crate::findings::form::allowed(&suggestion.finding)
                    .into_iter()
                    .map(|v| {
                        let words = value_words(&suggestion.finding, &v);
                        (v, words)
                    })
                    .collect(),
            )
        }
        Finding::Provision { code } => (
            format!("Should the plan have {}?", words::provision_with_name(code)),
            vec![pair(YES, "Yes, keep it"), pair(NO, "No, remove it")],
        ),
    }
}

fn field(
    suggestion: &Suggestion,
    decided: Option<&FindingDecision>,
    sent: Option<&Sent>,
    errors: &[Problem],
) -> DecisionField {
    let name = field_name(&suggestion.finding);
    let reason_name = reason_name(&name);
    // An earlier decision is offered again only if it was about the same
    // suggestion; new documents may have changed it since.
    let earlier = decided.filter(|d| d.suggested == suggestion.suggested);
    let value = match sent {
        Some(sent) => sent.get(&name).unwrap_or(&suggestion.suggested).to_owned(),
        None => earlier.map_or(suggestion.suggested.clone(), |d| d.decided.clone()),
    };
    let reason = match sent {
        Some(sent) => sent.get(&reason_name).unwrap_or_default().to_owned(),
        None => earlier.map(|d| d.reason.clone()).unwrap_or_default(),
    };
    let (label, choices) = label_and_choices(suggestion);
    DecisionField {
        hint: format!(
            "Tandem suggested: {}",
            value_words(&suggestion.finding, &suggestion.suggested)
        ),
        radios: matches!(
            suggestion.finding,
            Finding::SecondaryNeed { .. } | Finding::Warranted | Finding::Provision { .. }
        ),
        choices: choices
            .into_iter()
            .map(|(v, l)| ChoiceView {
                selected: v == value,
                value: v,
                label: l,
            })
            .collect(),
        error: Problem::message_for(errors, &name),
        reason_error: Problem::message_for(errors, &reason_name),
        label,
        name,
        reason_name,
        reason,
    }
}

pub fn sections(
    suggestions: &[Suggestion],
    decided: &BTreeMap<Finding, FindingDecision>,
    sent: Option<&Sent>,
    errors: &[Problem],
) -> (Vec<FormSection>, ProvisionChoice) {
    let mut sections = vec![
        FormSection {
            heading: "Type of need and whether a plan looks needed",
            fields: Vec::new(),
        },
        FormSection {
            heading: "The 20 questions",
            fields: Vec::new(),
        },
        FormSection {
            heading: "Provision",
            fields: Vec::new(),
        },
    ];
    for suggestion in suggestions {
        let slot = match suggestion.finding {
            Finding::Metric { .. } => 1,
            Finding::Provision { .. } => 2,
            _ => 0,
        };
        sections[slot].fields.push(field(
            suggestion,
            decided.get(&suggestion.finding),
            sent,
            errors,
        ));
    }
    let chosen: Vec<String> = match sent {
        Some(sent) => sent
            .all(ADD_PROVISION)
            .into_iter()
            .map(str::to_owned)
            .collect(),
        // What an earlier review added is offered as added again.
        None => decided
            .values()
            .filter_map(|d| match &d.finding {
                Finding::Provision { code } if d.suggested == NO && d.decided == YES => {
                    Some(code.clone())
                }
                _ => None,
            })
            .collect(),
    };
    let add = ProvisionChoice {
        choices: addable(suggestions)
            .into_iter()
            .map(|code| ChoiceView {
                value: code.to_owned(),
                label: words::provision_with_name(code),
                selected: chosen.iter().any(|c| c == code),
            })
            .collect(),
        reason: sent
            .and_then(|s| s.get(&reason_name(ADD_PROVISION)))
            .unwrap_or_default()
            .to_owned(),
        error: Problem::message_for(errors, ADD_PROVISION),
        reason_error: Problem::message_for(errors, &reason_name(ADD_PROVISION)),
    };
    (sections, add)
}
