//! Work queues: business support's inbox of new requests, with a suggested
//! coordinator for each, and the managers' team view of every caseload.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tandem_domain::access::Action;
use tandem_domain::case::{suggest_coordinator, Caseload, SuggestionReason};
use tandem_domain::role::Role;
use tandem_store::{CaseFilter, CaseSummary, Person};

use crate::auth::session::{Nonce, SignedIn};
use crate::error::WebResult;
use crate::guard;
use crate::layout::Layout;
use crate::AppState;

/// Enough for any one authority's open cases.
const ALL_CASES: i64 = 100_000;

fn is_open(case: &CaseSummary) -> bool {
    !matches!(case.stage.as_str(), "closed" | "not_started")
}

async fn coordinators_and_cases(
    state: &AppState,
    who: &SignedIn,
) -> WebResult<(Vec<Person>, Vec<CaseSummary>)> {
    let authority = who.person.authority;
    let people = state.store.people(authority).await?;
    let coordinators = people
        .into_iter()
        .filter(|p| p.role == Role::Coordinator && !p.disabled)
        .collect();
    let filter = CaseFilter {
        limit: ALL_CASES,
        ..CaseFilter::default()
    };
    let cases = state
        .store
        .cases(authority, &filter)
        .await?
        .into_iter()
        .filter(is_open)
        .collect();
    Ok((coordinators, cases))
}

#[derive(Template)]
#[template(path = "pages/inbox.html")]
struct InboxPage {
    layout: Layout,
    rows: Vec<InboxRow>,
    today: (i8, i8, i16),
    allocated: Option<String>,
}

struct InboxRow {
    case: CaseSummary,
    school: String,
    why: String,
    options: Vec<CoordinatorOption>,
}

struct CoordinatorOption {
    id: i64,
    name: String,
    selected: bool,
}

#[derive(Deserialize, Default)]
pub struct InboxQuery {
    #[serde(default)]
    allocated: Option<String>,
}

fn suggestion(
    case: &CaseSummary,
    coordinators: &[Person],
    open: &[CaseSummary],
    school: &str,
) -> (Option<i64>, String) {
    let loads: Vec<Caseload> = coordinators
        .iter()
        .map(|p| {
            let theirs = open.iter().filter(|c| c.coordinator == Some(p.id));
            let (mut total, mut at_school) = (0, 0);
            for c in theirs {
                total += 1;
                if c.school.is_some() && c.school == case.school {
                    at_school += 1;
                }
            }
            Caseload {
                coordinator_id: p.id.0,
                open: total,
                at_school,
            }
        })
        .collect();
    let Some((id, reason)) = suggest_coordinator(&loads) else {
        return (None, "There are no coordinators to suggest".into());
    };
    let why = match reason {
        SuggestionReason::SchoolPatch { cases_at_school } => {
            format!("Already has {cases_at_school} open cases at {school}")
        }
        SuggestionReason::SmallestCaseload { open } => {
            format!("Smallest caseload: {open} open cases")
        }
    };
    (Some(id), why)
}

/// New requests nobody has been allocated to yet.
pub async fn inbox(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Query(query): Query<InboxQuery>,
) -> WebResult<Response> {
    guard::authority_action(&who, Action::ViewWorkQueues)?;
    let (coordinators, open) = coordinators_and_cases(&state, &who).await?;
    let schools: HashMap<i64, String> = state
        .store
        .schools(who.person.authority)
        .await?
        .into_iter()
        .map(|s| (s.id.0, s.name))
        .collect();
    let rows = open
        .iter()
        .filter(|c| c.stage == "requested" && c.coordinator.is_none())
        .map(|case| {
            let school = case
                .school
                .and_then(|s| schools.get(&s.0).cloned())
                .unwrap_or_else(|| "no school".into());
            let (suggested, why) = suggestion(case, &coordinators, &open, &school);
            let options = coordinators
                .iter()
                .map(|p| CoordinatorOption {
                    id: p.id.0,
                    name: p.name.clone(),
                    selected: suggested == Some(p.id.0),
                })
                .collect();
            InboxRow {
                case: case.clone(),
                school,
                why,
                options,
            }
        })
        .collect::<Vec<_>>();
    guard::audit(&state, &who, "viewed work queue", None, "new requests").await?;
    let today = state.today();
    let page = InboxPage {
        layout: who.layout(&nonce),
        rows,
        today: (today.day(), today.month(), today.year()),
        allocated: query.allocated,
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Template)]
#[template(path = "pages/team.html")]
struct TeamPage {
    layout: Layout,
    rows: Vec<TeamRow>,
}

struct TeamRow {
    id: i64,
    name: String,
    red: usize,
    amber: usize,
    green: usize,
    /// Bar lengths as percentages of the largest caseload, for the chart.
    bars: Vec<Bar>,
}

struct Bar {
    x: usize,
    width: usize,
    colour: &'static str,
}

fn bars(counts: [usize; 3], largest: usize) -> Vec<Bar> {
    // GOV.UK red, orange and green: the same as the .tandem-bar__fill colours.
    const COLOURS: [&str; 3] = ["#d4351c", "#f47738", "#00703c"];
    let mut x = 0;
    counts
        .iter()
        .zip(COLOURS)
        .map(|(n, colour)| {
            let width = n * 100 / largest.max(1);
            let bar = Bar { x, width, colour };
            x += width;
            bar
        })
        .collect()
}

/// Each coordinator's open cases by red, amber and green.
pub async fn team(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    guard::authority_action(&who, Action::ViewWorkQueues)?;
    let (coordinators, open) = coordinators_and_cases(&state, &who).await?;
    let counts: Vec<(Person, [usize; 3])> = coordinators
        .into_iter()
        .map(|p| {
            let mut rag = [0; 3];
            for c in open.iter().filter(|c| c.coordinator == Some(p.id)) {
                match c.rag.as_str() {
                    "red" => rag[0] += 1,
                    "amber" => rag[1] += 1,
                    _ => rag[2] += 1,
                }
            }
            (p, rag)
        })
        .collect();
    let largest = counts
        .iter()
        .map(|(_, c)| c.iter().sum::<usize>())
        .max()
        .unwrap_or(0);
    let rows = counts
        .into_iter()
        .map(|(p, c)| TeamRow {
            id: p.id.0,
            name: p.name,
            red: c[0],
            amber: c[1],
            green: c[2],
            bars: bars(c, largest),
        })
        .collect();
    guard::audit(&state, &who, "viewed work queue", None, "team").await?;
    Ok(Html(
        TeamPage {
            layout: who.layout(&nonce),
            rows,
        }
        .render()?,
    )
    .into_response())
}
