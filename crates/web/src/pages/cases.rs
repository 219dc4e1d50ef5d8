//! The case list and the case page.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use serde::Deserialize;
use tandem_domain::access::{decide, Action, CaseParties, Target};
use tandem_domain::case::CaseState;
use tandem_domain::clock;
use tandem_domain::ids::{PersonId, SchoolId};
use tandem_domain::role::Role;
use tandem_store::read_model::to_case_events;
use tandem_store::{CaseFilter, CaseSummary};

use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard;
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::case_page::{self, StaffView};
use crate::pages::form::FieldError;
use crate::pages::{findings, tracker};
use crate::AppState;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    mine: Option<String>,
    #[serde(default)]
    rag: Option<String>,
    #[serde(default)]
    stage: Option<String>,
    /// One coordinator's caseload, as the team view links to it.
    #[serde(default)]
    coordinator: Option<String>,
    /// 1 for the first page.
    #[serde(default)]
    page: Option<String>,
}

/// A caseload runs to hundreds of cases: 50 to a page keeps the page quick
/// to load and to read.
const PAGE_SIZE: i64 = 50;

impl ListQuery {
    fn page(&self) -> i64 {
        self.page
            .as_deref()
            .and_then(|p| p.parse().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1)
    }

    /// The address of page `n` of this same list.
    fn link_to_page(&self, n: i64) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        for (key, value) in [
            ("mine", &self.mine),
            ("rag", &self.rag),
            ("stage", &self.stage),
            ("coordinator", &self.coordinator),
        ] {
            if let Some(value) = value.as_ref().filter(|v| !v.is_empty()) {
                pairs.push((key, value.clone()));
            }
        }
        pairs.push(("page", n.to_string()));
        format!(
            "/cases?{}",
            serde_urlencoded::to_string(&pairs).unwrap_or_default()
        )
    }
}

/// The stages a list can be filtered by, with the words the filter shows.
const STAGES: [(&str, &str); 6] = [
    ("requested", "Deciding whether to assess"),
    ("assessing", "Gathering advice"),
    ("drafting", "Writing the draft"),
    ("draft_issued", "Draft with the family"),
    ("plan_in_force", "Plan in force"),
    ("closed", "Closed"),
];

#[derive(Template)]
#[template(path = "pages/case_list.html")]
struct CaseListPage {
    layout: Layout,
    heading: &'static str,
    cases: Vec<CaseSummary>,
    first_shown: i64,
    last_shown: i64,
    previous: Option<String>,
    next: Option<String>,
    staff: bool,
    mine: bool,
    rag: String,
    stage: String,
    coordinator: String,
    stages: Vec<StageOption>,
}

struct StageOption {
    value: &'static str,
    label: &'static str,
    selected: bool,
}

/// What a person's role lets them list: staff the authority's cases, others
/// only the cases they are linked to (the same links the policy checks).
fn filter_for(who: &SignedIn, query: &ListQuery) -> WebResult<CaseFilter> {
    let me = who.person.id;
    // One more than a page, to know whether there is a next one.
    let mut filter = CaseFilter {
        limit: PAGE_SIZE + 1,
        offset: (query.page() - 1) * PAGE_SIZE,
        ..CaseFilter::default()
    };
    match who.person.role {
        Role::Parent | Role::YoungPerson => filter.family_member = Some(me),
        Role::Supporter => filter.supporter = Some(me),
        Role::Specialist => filter.adviser = Some(me),
        Role::School => filter.school = Some(who.person.school.unwrap_or(SchoolId(-1))),
        Role::AuthorityAdmin => return Err(WebError::Forbidden),
        _ => {
            let chosen = query.coordinator.as_deref().and_then(|c| c.parse().ok());
            filter.coordinator = chosen.map(PersonId);
            if query.mine.is_some() {
                filter.coordinator = Some(me);
            }
            filter.stage = query
                .stage
                .clone()
                .filter(|s| STAGES.iter().any(|(v, _)| v == s));
            filter.rag = query
                .rag
                .clone()
                .filter(|r| ["red", "amber", "green"].contains(&r.as_str()));
        }
    }
    Ok(filter)
}

pub async fn list(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Query(query): Query<ListQuery>,
) -> WebResult<Response> {
    let staff = who.person.role.is_staff();
    if who.person.role.is_family() {
        return family_list(&state, &who, tr, &nonce).await;
    }
    if staff {
        // Staff are linked to every case of their authority: ask the policy
        // about "any case here".
        let any_case = CaseParties {
            authority: Some(who.person.authority),
            ..CaseParties::default()
        };
        if !decide(&who.actor(), Action::ViewCase, Target::Case(&any_case)).is_allowed() {
            return Err(WebError::Forbidden);
        }
    }
    let filter = filter_for(&who, &query)?;
    let mut cases = state.store.cases(who.person.authority, &filter).await?;
    let page_number = query.page();
    let next = (cases.len() as i64 > PAGE_SIZE).then(|| query.link_to_page(page_number + 1));
    cases.truncate(PAGE_SIZE as usize);
    let previous = (page_number > 1).then(|| query.link_to_page(page_number - 1));
    guard::audit(
        &state,
        &who,
        "viewed case list",
        None,
        &format!("{} cases", cases.len()),
    )
    .await?;
    let page = CaseListPage {
        layout: who.layout(&nonce),
        heading: if who.person.role.is_family() {
            "Your cases"
        } else {
            "Cases"
        },
        first_shown: (page_number - 1) * PAGE_SIZE + 1,
        last_shown: (page_number - 1) * PAGE_SIZE + cases.len() as i64,
        cases,
        previous,
        next,
        staff,
        mine: query.mine.is_some(),
        rag: query.rag.unwrap_or_default(),
        stages: STAGES
            .iter()
            .map(|&(value, label)| StageOption {
                value,
                label,
                selected: query.stage.as_deref() == Some(value),
            })
            .collect(),
        stage: query.stage.unwrap_or_default(),
        coordinator: query.coordinator.unwrap_or_default(),
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Deserialize, Default)]
pub struct ShowQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// Staff get the full record; everyone else the plain-English tracker.
pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    Query(query): Query<ShowQuery>,
) -> WebResult<Response> {
    let found = guard::case_for(&state, &who, &reference, Action::ViewCase).await?;
    let staff_record = decide(
        &who.actor(),
        Action::ViewStaffRecord,
        Target::Case(&found.parties),
    )
    .is_allowed();
    let authority = who.person.authority;
    let stored = state.store.events(authority, found.case.id).await?;
    let events = to_case_events(&stored)?;
    let case_state = CaseState::from_events(&events);
    let milestones = clock::milestones(&case_state, state.today());
    let saved = query.saved.is_some();
    let layout = who.layout(&nonce);
    if !staff_record {
        return tracker_page(&state, &who, &found, tr, &nonce, saved, Vec::new()).await;
    }
    let names: HashMap<i64, String> = state
        .store
        .people(authority)
        .await?
        .into_iter()
        .map(|p| (p.id.0, p.name))
        .collect();
    let documents = state.store.documents(authority, found.case.id).await?;
    let view = StaffView {
        stored: &stored,
        events: &events,
        state: &case_state,
        milestones: &milestones,
        names: &names,
        saved,
        findings: findings::section::for_case(&state, &who, &found, &events, &documents).await?,
        documents,
        family: family_side(&state, authority, &found.case).await?,
    };
    Ok(Html(case_page::page(layout, &who, &found, view).render()?).into_response())
}

/// The tracker for everyone but staff: in the family's language for the
/// family, with the letters and reports they may read.
pub async fn tracker_page(
    state: &AppState,
    who: &SignedIn,
    found: &guard::CaseInHand,
    tr: Tr,
    nonce: &str,
    saved: bool,
    errors: Vec<FieldError>,
) -> WebResult<Response> {
    let authority = who.person.authority;
    let stored = state.store.events(authority, found.case.id).await?;
    let case_state = CaseState::from_events(&to_case_events(&stored)?);
    let milestones = clock::milestones(&case_state, state.today());
    let coordinator = match case_state.coordinator_id {
        Some(id) => state
            .store
            .person(authority, PersonId(id))
            .await?
            .map(|p| p.name),
        None => None,
    };
    let family = who.person.role.is_family();
    let documents = if family {
        state
            .store
            .documents(authority, found.case.id)
            .await?
            .into_iter()
            .filter(|d| d.family_visible)
            .collect()
    } else {
        Vec::new()
    };
    let layout = if family {
        Layout::family(&tr, Some(who), nonce, &who.session.csrf_token)
    } else {
        who.layout(nonce)
    };
    let status = crate::pages::form::status_for(&errors);
    let plan_issued = !state
        .store
        .plan_issues(authority, found.case.id)
        .await?
        .is_empty();
    let extras = tracker::TrackerExtras {
        coordinator,
        saved,
        documents,
        errors,
        plan_issued,
    };
    let page = tracker::page(layout, tr, who, found, &case_state, &milestones, extras);
    Ok((status, Html(page.render()?)).into_response())
}

#[derive(Template)]
#[template(path = "family/cases.html")]
struct FamilyCasesPage {
    layout: Layout,
    tr: Tr,
    cases: Vec<(CaseSummary, String)>,
}

async fn family_list(state: &AppState, who: &SignedIn, tr: Tr, nonce: &str) -> WebResult<Response> {
    let filter = CaseFilter {
        family_member: Some(who.person.id),
        limit: PAGE_SIZE,
        ..CaseFilter::default()
    };
    let cases = state.store.cases(who.person.authority, &filter).await?;
    guard::audit(
        state,
        who,
        "viewed case list",
        None,
        &format!("{} cases", cases.len()),
    )
    .await?;
    let cases = cases
        .into_iter()
        .map(|c| {
            let now = tr.t(&format!("stage-{}", c.stage.replace('_', "-")));
            (c, now)
        })
        .collect();
    let page = FamilyCasesPage {
        layout: Layout::family(&tr, Some(who), nonce, &who.session.csrf_token),
        tr,
        cases,
    };
    Ok(Html(page.render()?).into_response())
}

async fn family_side(
    state: &AppState,
    authority: tandem_domain::ids::AuthorityId,
    case: &CaseSummary,
) -> WebResult<case_page::FamilySide> {
    let mut side = case_page::FamilySide {
        views: state.store.child_views(authority, case.id).await?,
        messages: state.store.conversation(authority, case.id).await?.len(),
        ..Default::default()
    };
    if let Some(request) = state.store.case_request(authority, case.id).await? {
        let answers = serde_json::from_str(&request.answers).unwrap_or_default();
        let schools = state.store.schools(authority).await?;
        let documents = state.store.documents(authority, case.id).await?;
        let sent: Vec<_> = documents.into_iter().filter(|d| d.family_visible).collect();
        side.request =
            crate::pages::apply::summary::rows(&answers, &Tr::english(), &schools, &sent);
        side.possible_duplicate_of = request.possible_duplicate_of;
    }
    Ok(side)
}
