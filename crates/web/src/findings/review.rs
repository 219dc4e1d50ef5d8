//! The engine's suggestions as the findings a person reviews, and what the
//! reviews decided: the latest decision on each finding counts.

use std::collections::BTreeMap;

use tandem_domain::case::{CaseEvent, Finding, FindingDecision};
use tandem_engine::metric::{Levels, Metric};
use tandem_engine::need_code::NeedCode;
use tandem_store::NeedsProfile;

use super::stored::StoredFindings;
use super::words;

pub const YES: &str = "yes";
pub const NO: &str = "no";

/// One suggestion to accept or correct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub finding: Finding,
    pub suggested: String,
}

/// Every suggestion the findings make, in the order the review form asks
/// about them: the needs, whether a plan looks warranted, the 20
/// questions, then the provision.
pub fn suggestions(findings: &StoredFindings) -> Vec<Suggestion> {
    let mut out = vec![Suggestion {
        finding: Finding::PrimaryNeed,
        suggested: findings
            .primary_need
            .map(|n| n.code().to_owned())
            .unwrap_or_default(),
    }];
    for need in &findings.secondary_needs {
        out.push(Suggestion {
            finding: Finding::SecondaryNeed {
                code: need.code().to_owned(),
            },
            suggested: YES.to_owned(),
        });
    }
    out.push(Suggestion {
        finding: Finding::Warranted,
        suggested: words::yes_no(findings.warranted).to_owned(),
    });
    for metric in Metric::ALL {
        out.push(Suggestion {
            finding: Finding::Metric {
                key: metric.key().to_owned(),
            },
            suggested: findings.level(metric).to_string(),
        });
    }
    for code in &findings.provision {
        out.push(Suggestion {
            finding: Finding::Provision { code: code.clone() },
            suggested: YES.to_owned(),
        });
    }
    out
}

/// The latest decision on each finding, from every review of the case.
pub fn latest_decisions(events: &[CaseEvent]) -> BTreeMap<Finding, FindingDecision> {
    let mut latest = BTreeMap::new();
    for event in events {
        if let CaseEvent::FindingsReviewed { decisions, .. } = event {
            for decision in decisions {
                latest.insert(decision.finding.clone(), decision.clone());
            }
        }
    }
    latest
}

/// What a reviewed value reads as, e.g. "2 (moderate)" or "SLCN: speech…".
pub fn value_words(finding: &Finding, value: &str) -> String {
    match finding {
        Finding::PrimaryNeed => words::need_with_name(value),
        Finding::Metric { key } => match (Metric::from_key(key), value.parse::<u8>()) {
            (Some(metric), Ok(level)) => words::level_with_words(metric, level),
            _ => value.to_owned(),
        },
        Finding::Warranted => value.to_owned(),
        Finding::SecondaryNeed { .. } if value == NO => "not a need".to_owned(),
        Finding::Provision { .. } if value == NO => "not needed".to_owned(),
        Finding::SecondaryNeed { .. } | Finding::Provision { .. } => "needed".to_owned(),
    }
}

/// Beside a suggestion on the case page: "accepted", or "corrected to …"
/// when the latest decision differs from what is suggested now.
pub fn mark(decision: Option<&FindingDecision>, suggested: &str) -> Option<String> {
    let decision = decision?;
    Some(if decision.decided == suggested {
        "accepted".to_owned()
    } else {
        format!(
            "corrected to {}",
            value_words(&decision.finding, &decision.decided)
        )
    })
}

/// What a finding is about, for the case history.
pub fn finding_name(finding: &Finding) -> String {
    match finding {
        Finding::PrimaryNeed => "Primary need".to_owned(),
        Finding::SecondaryNeed { code } => format!("Secondary need {code}"),
        Finding::Warranted => "Does a plan look needed".to_owned(),
        Finding::Metric { key } => Metric::from_key(key)
            .map(|m| words::question(m).trim_end_matches('?').to_owned())
            .unwrap_or_else(|| key.clone()),
        Finding::Provision { code } => words::provision_with_name(code),
    }
}

/// The corrections of one review in a line, e.g. "Primary need: ASD: …
/// corrected to SLCN: … (the therapist's report is newer)".
pub fn corrections(decisions: &[FindingDecision]) -> String {
    decisions
        .iter()
        .filter(|d| !d.accepted())
        .map(|d| {
            let mut line = format!(
                "{}: {} corrected to {}",
                finding_name(&d.finding),
                value_words(&d.finding, &d.suggested),
                value_words(&d.finding, &d.decided)
            );
            if !d.reason.is_empty() {
                line.push_str(&format!(" ({})", d.reason));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A needs profile with the reviewed values in place of the engine's,
/// where someone reviewed them: what a case is most truly like.
pub struct Reviewed {
    pub primary_need: Option<NeedCode>,
    pub levels: Levels,
    pub provision: Vec<String>,
    pub reviewed: bool,
}

pub fn reviewed_profile(profile: &NeedsProfile, decisions: Option<&[FindingDecision]>) -> Reviewed {
    let mut levels = Levels::default();
    for (metric, level) in Metric::ALL.iter().zip(&profile.levels) {
        levels.set(*metric, *level);
    }
    let mut out = Reviewed {
        primary_need: profile
            .primary_need
            .as_deref()
            .and_then(NeedCode::from_code),
        levels,
        provision: profile.provision.clone(),
        reviewed: decisions.is_some_and(|d| !d.is_empty()),
    };
    for decision in decisions.unwrap_or_default() {
        match &decision.finding {
            Finding::PrimaryNeed => out.primary_need = NeedCode::from_code(&decision.decided),
            Finding::Metric { key } => {
                if let (Some(metric), Ok(level)) =
                    (Metric::from_key(key), decision.decided.parse::<u8>())
                {
                    out.levels.set(metric, level);
                }
            }
            Finding::Provision { code } => {
                out.provision.retain(|c| c != code);
                if decision.decided == YES {
                    out.provision.push(code.clone());
                }
            }
            Finding::SecondaryNeed { .. } | Finding::Warranted => {}
        }
    }
    out.provision.sort_by_key(|c| provision_order(c));
    out
}

/// SP1 before SP2 before SP10.
pub fn provision_order(code: &str) -> u32 {
    code.trim_start_matches("SP").parse().unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(finding: Finding, suggested: &str, decided: &str) -> FindingDecision {
        FindingDecision {
            finding,
            suggested: suggested.into(),
            decided: decided.into(),
            reason: String::new(),
        }
    }

    #[test]
    fn reviewed_values_take_the_place_of_the_engines() {
        let profile = NeedsProfile {
            primary_need: Some("ASD".into()),
            levels: vec![1; 20],
            provision: vec!["SP2".into(), "SP9".into()],
        };
        let decisions = vec![
            decision(Finding::PrimaryNeed, "ASD", "SLCN"),
            decision(Finding::Metric { key: "asd".into() }, "1", "3"),
            decision(Finding::Provision { code: "SP9".into() }, YES, NO),
            decision(
                Finding::Provision {
                    code: "SP10".into(),
                },
                NO,
                YES,
            ),
            decision(Finding::Provision { code: "SP4".into() }, NO, YES),
        ];
        let reviewed = reviewed_profile(&profile, Some(&decisions));
        assert_eq!(reviewed.primary_need, Some(NeedCode::Slcn));
        assert_eq!(reviewed.levels.get(Metric::Asd), 3);
        assert_eq!(reviewed.levels.get(Metric::SelfEsteem), 1);
        assert_eq!(reviewed.provision, vec!["SP2", "SP4", "SP10"]);
        assert!(reviewed.reviewed);
        assert!(!reviewed_profile(&profile, None).reviewed);
    }

    #[test]
    fn a_mark_says_accepted_or_what_it_was_corrected_to() {
        let need = decision(Finding::PrimaryNeed, "ASD", "SLCN");
        assert_eq!(
            mark(Some(&need), "ASD").as_deref(),
            Some("corrected to SLCN: speech, language and communication needs")
        );
        assert_eq!(mark(Some(&need), "SLCN").as_deref(), Some("accepted"));
        let level = decision(Finding::Metric { key: "asd".into() }, "2", "1");
        assert_eq!(
            mark(Some(&level), "2").as_deref(),
            Some("corrected to 1 (mild)")
        );
        assert_eq!(mark(None, "2"), None);
    }
}
