//! A person's review of what the engine suggested from a case's documents:
//! for each suggestion, what it was, what the person decided and why. The
//! review is kept as a case event so the record shows who decided what,
//! and so the corrections can be counted to measure the engine. It is a
//! note on the record: it moves no date and changes no stage.
//!
//! The domain does not know the engine's codes; values are the short
//! strings the engine uses ("ASD", "SP4", a level "2", "yes" or "no").

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::dates::{not_before, not_future};
use super::event::CaseEvent;
use super::refusal::Refusal;
use super::stage::Stage;
use super::state::CaseState;

/// Longest reason kept with one decision.
pub const MAX_REASON_CHARS: usize = 500;

/// Which suggestion a decision is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Finding {
    /// The primary type of need; values are SEN2 codes, or "" for none.
    PrimaryNeed,
    /// One secondary type of need; values are "yes" (kept) or "no".
    SecondaryNeed { code: String },
    /// Whether a plan looks warranted; values are "yes" or "no".
    Warranted,
    /// One of the 20 questions; values are levels "0" to "3" (flags "0"/"1").
    Metric { key: String },
    /// One provision element; values are "yes" (in the plan) or "no".
    Provision { code: String },
}

/// One suggestion and what the person made of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingDecision {
    pub finding: Finding,
    pub suggested: String,
    pub decided: String,
    /// Why, when they gave a reason; may be empty.
    #[serde(default)]
    pub reason: String,
}

impl FindingDecision {
    pub fn accepted(&self) -> bool {
        self.suggested == self.decided
    }
}

/// Records a review of the engine's suggestions made on `on`, or says why
/// it cannot be recorded. Any case that has started may be reviewed, a
/// closed one too: its record is still read for similar cases.
pub fn review_findings(
    state: &CaseState,
    on: Date,
    today: Date,
    decisions: Vec<FindingDecision>,
) -> Result<CaseEvent, Refusal> {
    if state.stage == Stage::NotStarted {
        return Err(Refusal::NotStarted);
    }
    not_future("of the review", on, today)?;
    not_before(
        "of the review",
        on,
        "the start of the case",
        state.started_on(),
    )?;
    if decisions.is_empty() {
        return Err(Refusal::Missing {
            what: "a decision on at least one suggestion",
        });
    }
    if decisions
        .iter()
        .any(|d| d.reason.chars().count() > MAX_REASON_CHARS)
    {
        return Err(Refusal::TooLong {
            what: "each reason",
            limit: MAX_REASON_CHARS,
        });
    }
    Ok(CaseEvent::FindingsReviewed { on, decisions })
}

/// "12 accepted, 3 corrected", for the history.
pub(crate) fn tally(decisions: &[FindingDecision]) -> String {
    let accepted = decisions.iter().filter(|d| d.accepted()).count();
    let corrected = decisions.len() - accepted;
    format!("{accepted} accepted, {corrected} corrected")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Requester;
    use crate::clock::milestones;
    use jiff::civil::date;

    fn started() -> CaseState {
        CaseState::from_events(&[CaseEvent::RequestReceived {
            on: date(2026, 1, 5),
            requester: Requester::Parent,
            school_id: None,
        }])
    }

    fn corrected_need() -> FindingDecision {
        FindingDecision {
            finding: Finding::PrimaryNeed,
            suggested: "ASD".into(),
            decided: "SLCN".into(),
            reason: "The therapist's report is newer".into(),
        }
    }

    #[test]
    fn a_review_changes_no_milestone_and_no_stage() {
        let before = started();
        let event = review_findings(
            &before,
            date(2026, 2, 1),
            date(2026, 2, 1),
            vec![corrected_need()],
        )
        .unwrap();
        let mut after = before.clone();
        after.apply(&event);
        assert_eq!(after.stage, before.stage);
        assert_eq!(after.version, before.version + 1);
        for today in [date(2026, 2, 1), date(2026, 6, 1), date(2027, 3, 1)] {
            assert_eq!(milestones(&after, today), milestones(&before, today));
        }
        assert_eq!(
            event.summary(),
            "Reviewed Tandem's suggestions: 0 accepted, 1 corrected"
        );
    }

    #[test]
    fn a_review_needs_a_started_case_a_decision_and_a_short_reason() {
        let today = date(2026, 2, 1);
        assert_eq!(
            review_findings(&CaseState::default(), today, today, vec![corrected_need()]),
            Err(Refusal::NotStarted)
        );
        assert!(matches!(
            review_findings(&started(), today, today, Vec::new()),
            Err(Refusal::Missing { .. })
        ));
        let mut long = corrected_need();
        long.reason = "x".repeat(MAX_REASON_CHARS + 1);
        assert!(matches!(
            review_findings(&started(), today, today, vec![long]),
            Err(Refusal::TooLong { .. })
        ));
        assert!(matches!(
            review_findings(&started(), date(2026, 2, 2), today, vec![corrected_need()]),
            Err(Refusal::FutureDate { .. })
        ));
    }

    #[test]
    fn a_decision_is_stored_with_its_kind_of_finding() {
        let decision = FindingDecision {
            finding: Finding::Metric { key: "asd".into() },
            suggested: "2".into(),
            decided: "2".into(),
            reason: String::new(),
        };
        assert!(decision.accepted());
        let json = serde_json::to_string(&decision).unwrap();
        assert!(
            json.contains(r#""finding":{"kind":"metric","key":"asd"}"#),
            "{json}"
        );
        assert_eq!(
            serde_json::from_str::<FindingDecision>(&json).unwrap(),
            decision
        );
    }
}
