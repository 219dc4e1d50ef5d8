//! The family's tracker: what is happening now, each milestone as a
//! sentence with its date, their coordinator, what they can do next, the
//! letters and reports they may read, and their messages and views.
//!
//! Families see the reasons for the council's decisions (the decision
//! letters carry them) but never the staff history or internal notes.

use askama::Template;
use tandem_domain::case::{CaseState, CommandKind};
use tandem_domain::clock::Milestone;
use tandem_store::{CaseSummary, Document};

use super::case_page::{allowed_for, link, ActionLink};
use super::tracker_words;
use crate::auth::session::SignedIn;
use crate::guard::CaseInHand;
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::form::FieldError;

#[derive(Template)]
#[template(path = "pages/tracker.html")]
pub struct TrackerPage {
    layout: Layout,
    tr: Tr,
    case: CaseSummary,
    reference_line: String,
    now: String,
    coordinator: Option<String>,
    steps: Vec<Step>,
    decisions: Vec<Decided>,
    next: Vec<ActionLink>,
    saved: bool,
    documents: Vec<Document>,
    /// Only the family adds their own evidence and views here.
    family: bool,
    errors: Vec<FieldError>,
}

struct Step {
    sentence: String,
    done: bool,
}

struct Decided {
    title: String,
    outcome: String,
    reasons: String,
}

/// The council's decisions with the reasons its letters gave.
fn decisions(tr: &Tr, state: &CaseState) -> Vec<Decided> {
    let mut out = Vec::new();
    if let Some(d) = &state.assess_decision {
        out.push(Decided {
            title: tr.t("decision-assess-title"),
            outcome: tr.t(if d.yes {
                "decision-assess-yes"
            } else {
                "decision-assess-no"
            }),
            reasons: d.reasons.clone(),
        });
    }
    if let Some(d) = &state.issue_decision {
        out.push(Decided {
            title: tr.t("decision-issue-title"),
            outcome: tr.t(if d.yes {
                "decision-issue-yes"
            } else {
                "decision-issue-no"
            }),
            reasons: d.reasons.clone(),
        });
    }
    out
}

/// What the tracker shows beyond the case itself.
pub struct TrackerExtras {
    pub coordinator: Option<String>,
    pub saved: bool,
    pub documents: Vec<Document>,
    pub errors: Vec<FieldError>,
    /// A version of the plan has been issued to the family.
    pub plan_issued: bool,
}

pub fn page(
    layout: Layout,
    tr: Tr,
    who: &SignedIn,
    found: &CaseInHand,
    state: &CaseState,
    milestones: &[Milestone],
    extras: TrackerExtras,
) -> TrackerPage {
    let steps = milestones
        .iter()
        .map(|m| Step {
            sentence: tracker_words::sentence(&tr, m),
            done: m.status.is_done(),
        })
        .collect();
    TrackerPage {
        layout,
        case: found.case.clone(),
        reference_line: tr.with("reference", &[("reference", &found.case.reference)]),
        now: tracker_words::stage(&tr, state.stage),
        coordinator: extras
            .coordinator
            .map(|name| tr.with("tracker-coordinator", &[("name", &name)])),
        steps,
        decisions: decisions(&tr, state),
        next: {
            let mut next = family_links(&tr, who, found, state);
            if extras.plan_issued {
                let plan = format!("/cases/{}/plan", found.case.reference);
                // Comments on an issued plan are made section by section
                // on the plan itself.
                for link in &mut next {
                    if link.href.ends_with("/actions/record-comments") {
                        link.href = plan.clone();
                    }
                }
                next.insert(
                    0,
                    ActionLink {
                        href: plan,
                        label: tr.t("plan-read"),
                    },
                );
            }
            next
        },
        saved: extras.saved,
        documents: extras.documents,
        family: who.person.role.is_family(),
        errors: extras.errors,
        tr,
    }
}

/// Only the family's own steps, worded for them. The access policy decides
/// who may take them (`allowed_for` asks it about `CommentOnDraft`).
fn family_links(tr: &Tr, who: &SignedIn, found: &CaseInHand, state: &CaseState) -> Vec<ActionLink> {
    allowed_for(who, found, state)
        .into_iter()
        .filter_map(|kind| {
            let key = match kind {
                CommandKind::RecordComments => "action-comment",
                CommandKind::RecordPreference => "action-preference",
                CommandKind::RecordMeetingRequest => "action-meeting",
                _ => return None,
            };
            Some(link(&found.case, kind, tr.t(key)))
        })
        .collect()
}
