//! The case list and the case page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tandem_domain::access::{decide, Action, CaseParties, Target};
use tandem_domain::clock::{self, Milestone};
use tandem_domain::ids::SchoolId;
use tandem_domain::role::Role;
use tandem_store::read_model::to_case_events;
use tandem_store::{CaseFilter, CaseSummary, StoredEvent};

use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard;
use crate::layout::Layout;
use crate::AppState;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    mine: Option<String>,
    #[serde(default)]
    rag: Option<String>,
}

#[derive(Template)]
#[template(path = "pages/case_list.html")]
struct CaseListPage {
    layout: Layout,
    heading: &'static str,
    cases: Vec<CaseSummary>,
    staff: bool,
    mine: bool,
    rag: String,
}

/// What a person's role lets them list: staff the authority's cases, others
/// only the cases they are linked to (the same links the policy checks).
fn filter_for(who: &SignedIn, query: &ListQuery) -> WebResult<CaseFilter> {
    let me = who.person.id;
    let mut filter = CaseFilter { limit: 500, ..CaseFilter::default() };
    match who.person.role {
        Role::Parent | Role::YoungPerson => filter.family_member = Some(me),
        Role::Supporter => filter.supporter = Some(me),
        Role::Specialist => filter.adviser = Some(me),
        Role::School => filter.school = Some(who.person.school.unwrap_or(SchoolId(-1))),
        Role::AuthorityAdmin => return Err(WebError::Forbidden),
        _ => {
            if query.mine.is_some() {
                filter.coordinator = Some(me);
            }
            filter.rag = query.rag.clone().filter(|r| ["red", "amber", "green"].contains(&r.as_str()));
        }
    }
    Ok(filter)
}

pub async fn list(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Query(query): Query<ListQuery>,
) -> WebResult<Response> {
    let staff = who.person.role.is_staff();
    if staff {
        // Staff are linked to every case of their authority: ask the policy
        // about "any case here".
        let any_case = CaseParties { authority: Some(who.person.authority), ..CaseParties::default() };
        if !decide(&who.actor(), Action::ViewCase, Target::Case(&any_case)).is_allowed() {
            return Err(WebError::Forbidden);
        }
    }
    let filter = filter_for(&who, &query)?;
    let cases = state.store.cases(who.person.authority, &filter).await?;
    guard::audit(&state, &who, "viewed case list", None, &format!("{} cases", cases.len())).await?;
    let page = CaseListPage {
        layout: who.layout(&nonce),
        heading: if who.person.role.is_family() { "Your cases" } else { "Cases" },
        cases,
        staff,
        mine: query.mine.is_some(),
        rag: query.rag.unwrap_or_default(),
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Template)]
#[template(path = "pages/case.html")]
struct CasePage {
    layout: Layout,
    case: CaseSummary,
    milestones: Vec<MilestoneRow>,
    history: Vec<StoredEvent>,
    staff_record: bool,
}

struct MilestoneRow {
    label: String,
    due: String,
    done: String,
    status: &'static str,
}

fn row(m: &Milestone, family: bool) -> MilestoneRow {
    use tandem_domain::clock::Status;
    MilestoneRow {
        label: if family { clock::family_sentence(m) } else { format!("{:?}", m.kind) },
        due: clock::long_date(m.due),
        done: m.done.map(clock::long_date).unwrap_or_default(),
        status: match m.status {
            Status::OnTrack => "On track",
            Status::DueWithinWeek => "Due within a week",
            Status::Overdue => "Overdue",
            Status::DoneLate => "Done late",
            Status::Done => "Done",
        },
    }
}

pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
) -> WebResult<Response> {
    let found = guard::case_for(&state, &who, &reference, Action::ViewCase).await?;
    let staff_record = decide(&who.actor(), Action::ViewStaffRecord, Target::Case(&found.parties)).is_allowed();
    let stored = state.store.events(who.person.authority, found.case.id).await?;
    let events = to_case_events(&stored)?;
    let family = !staff_record;
    let milestones = clock::milestones_from_events(&events, state.today())
        .iter()
        .map(|m| row(m, family))
        .collect();
    let page = CasePage {
        layout: who.layout(&nonce),
        case: found.case,
        milestones,
        history: if staff_record { stored } else { Vec::new() },
        staff_record,
    };
    Ok(Html(page.render()?).into_response())
}
