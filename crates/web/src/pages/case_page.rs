//! The case page staff see: the statutory timeline, documents, the history
//! in plain words, and the actions the case and their role allow now.

use std::collections::HashMap;

use askama::Template;
use jiff::civil::Date;
use tandem_domain::access::{decide, Action, Target};
use tandem_domain::case::{allowed_commands, CaseEvent, CaseState, CommandKind};
use tandem_domain::clock::{self, long_date, Milestone};
use tandem_store::read_model::rag_name;
use tandem_store::{CaseSummary, Document, StoredEvent};

use super::case_actions::{capitalised, required_action, slug};
use crate::auth::session::SignedIn;
use crate::guard::CaseInHand;
use crate::layout::Layout;
use crate::pages::findings::FindingsSection;

#[derive(Template)]
#[template(path = "pages/case.html")]
pub struct CasePage {
    layout: Layout,
    case: CaseSummary,
    opened: String,
    now: String,
    coordinator: Option<String>,
    milestones: Vec<MilestoneRow>,
    history: Vec<HistoryRow>,
    actions: Vec<ActionLink>,
    saved: Option<String>,
    documents: Vec<Document>,
    may_upload: bool,
    findings: Option<FindingsSection>,
    family: FamilySide,
}

struct MilestoneRow {
    label: String,
    due: String,
    done: String,
    status: &'static str,
    rag: &'static str,
}

struct HistoryRow {
    event_type: String,
    on: String,
    summary: String,
    details: String,
    who: String,
}

pub struct ActionLink {
    pub href: String,
    pub label: String,
}

fn milestone_row(m: &Milestone) -> MilestoneRow {
    MilestoneRow {
        label: clock::staff_label(m),
        due: long_date(m.due),
        done: m.done.map(long_date).unwrap_or_default(),
        status: m.status.label(),
        rag: rag_name(m.rag()),
    }
}

fn history_row(
    stored: &StoredEvent,
    event: &CaseEvent,
    state: &CaseState,
    names: &HashMap<i64, String>,
) -> HistoryRow {
    let name = |id: i64| {
        names
            .get(&id)
            .cloned()
            .unwrap_or_else(|| "someone no longer listed".into())
    };
    let summary = match event {
        CaseEvent::CoordinatorAllocated { coordinator_id, .. } => {
            format!("{}: {}", event.summary(), name(*coordinator_id))
        }
        // The event holds only the advice's number; the state knows whose it is.
        CaseEvent::AdviceReceived { advice_id, .. } => match state.advice_by_id(*advice_id) {
            Some(a) => format!(
                "{} from {} received",
                capitalised(a.kind.describe()),
                a.adviser
            ),
            None => event.summary(),
        },
        _ => event.summary(),
    };
    HistoryRow {
        event_type: stored.event_type.clone(),
        on: long_date(event.on()),
        summary,
        details: match event {
            CaseEvent::FindingsReviewed { decisions, .. } => {
                crate::findings::review::corrections(decisions)
            }
            _ => event.details().unwrap_or_default().to_owned(),
        },
        who: stored
            .actor
            .map(|p| name(p.0))
            .unwrap_or_else(|| "Tandem".into()),
    }
}

/// The actions open now that this person's role may take.
pub fn allowed_for(who: &SignedIn, found: &CaseInHand, state: &CaseState) -> Vec<CommandKind> {
    allowed_commands(state)
        .into_iter()
        .filter(|kind| {
            let action = required_action(*kind, who.person.role);
            decide(&who.actor(), action, Target::Case(&found.parties)).is_allowed()
        })
        .collect()
}

pub fn link(case: &CaseSummary, kind: CommandKind, label: String) -> ActionLink {
    ActionLink {
        href: format!("/cases/{}/actions/{}", case.reference, slug(kind)),
        label,
    }
}

pub struct StaffView<'a> {
    pub stored: &'a [StoredEvent],
    pub events: &'a [CaseEvent],
    pub state: &'a CaseState,
    pub milestones: &'a [Milestone],
    pub names: &'a HashMap<i64, String>,
    pub saved: bool,
    pub documents: Vec<Document>,
    pub findings: Option<FindingsSection>,
    pub family: FamilySide,
}

/// What the family told us: the request as sent online, a case it may
/// duplicate, and "all about me".
#[derive(Default)]
pub struct FamilySide {
    pub request: Vec<crate::pages::apply::summary::Row>,
    pub possible_duplicate_of: Option<String>,
    pub views: Option<tandem_store::ChildViews>,
    pub messages: usize,
}

pub fn page(layout: Layout, who: &SignedIn, found: &CaseInHand, view: StaffView<'_>) -> CasePage {
    let history: Vec<HistoryRow> = view
        .stored
        .iter()
        .zip(view.events)
        .map(|(s, e)| history_row(s, e, view.state, view.names))
        .collect();
    let saved = view
        .saved
        .then(|| history.last().map(|h| h.summary.clone()))
        .flatten();
    CasePage {
        layout,
        opened: found
            .case
            .opened_on
            .parse::<Date>()
            .map(long_date)
            .unwrap_or_else(|_| found.case.opened_on.clone()),
        case: found.case.clone(),
        now: capitalised(view.state.stage.describe()),
        coordinator: view
            .state
            .coordinator_id
            .and_then(|id| view.names.get(&id).cloned()),
        milestones: view.milestones.iter().map(milestone_row).collect(),
        history,
        actions: allowed_for(who, found, view.state)
            .into_iter()
            .map(|kind| link(&found.case, kind, capitalised(kind.describe())))
            .collect(),
        saved,
        documents: view.documents,
        findings: view.findings,
        family: view.family,
        may_upload: decide(
            &who.actor(),
            Action::UploadDocument,
            Target::Case(&found.parties),
        )
        .is_allowed(),
    }
}
