//! The family's tracker: what is happening now, each milestone as a
//! sentence with its date, their coordinator, and what they can do next.
//!
//! Families see the reasons for the council's decisions (the decision
//! letters carry them) but never the staff history or internal notes.

use askama::Template;
use tandem_domain::case::{CaseState, CommandKind};
use tandem_domain::clock::{self, Milestone};
use tandem_store::CaseSummary;

use super::case_actions::capitalised;
use super::case_page::{allowed_for, link, ActionLink};
use crate::auth::session::SignedIn;
use crate::guard::CaseInHand;
use crate::layout::Layout;

#[derive(Template)]
#[template(path = "pages/tracker.html")]
pub struct TrackerPage {
    layout: Layout,
    case: CaseSummary,
    now: String,
    coordinator: Option<String>,
    steps: Vec<Step>,
    decisions: Vec<Decided>,
    next: Vec<ActionLink>,
    saved: bool,
}

struct Step {
    sentence: String,
    done: bool,
}

struct Decided {
    title: &'static str,
    outcome: &'static str,
    reasons: String,
}

/// The council's decisions with the reasons its letters gave.
fn decisions(state: &CaseState) -> Vec<Decided> {
    let mut out = Vec::new();
    if let Some(d) = &state.assess_decision {
        let outcome = if d.yes {
            "We decided to assess."
        } else {
            "We decided not to assess."
        };
        out.push(Decided {
            title: "Whether to assess",
            outcome,
            reasons: d.reasons.clone(),
        });
    }
    if let Some(d) = &state.issue_decision {
        let outcome = if d.yes {
            "We decided to issue an EHC plan."
        } else {
            "We decided not to issue an EHC plan."
        };
        out.push(Decided {
            title: "Whether to issue a plan",
            outcome,
            reasons: d.reasons.clone(),
        });
    }
    out
}

pub fn page(
    layout: Layout,
    who: &SignedIn,
    found: &CaseInHand,
    state: &CaseState,
    milestones: &[Milestone],
    coordinator: Option<String>,
    saved: bool,
) -> TrackerPage {
    let steps = milestones
        .iter()
        .map(|m| Step {
            sentence: clock::family_sentence(m),
            done: m.status.is_done(),
        })
        .collect();
    TrackerPage {
        layout,
        case: found.case.clone(),
        now: capitalised(state.stage.describe()),
        coordinator,
        steps,
        decisions: decisions(state),
        next: family_links(who, found, state),
        saved,
    }
}

/// Only the family's own steps, worded for them. The access policy decides
/// who may take them (`allowed_for` asks it about `CommentOnDraft`).
fn family_links(who: &SignedIn, found: &CaseInHand, state: &CaseState) -> Vec<ActionLink> {
    allowed_for(who, found, state)
        .into_iter()
        .filter_map(|kind| {
            let label = match kind {
                CommandKind::RecordComments => "Comment on the draft plan",
                CommandKind::RecordPreference => "Tell us which school you prefer",
                CommandKind::RecordMeetingRequest => "Ask for a meeting about the draft plan",
                _ => return None,
            };
            Some(link(&found.case, kind, label.to_owned()))
        })
        .collect()
}
