//! The forms that move a case on: one address per domain command,
//! `/cases/{reference}/actions/{action}`, shown with GET and sent with POST.
//!
//! The form carries the case version it was shown at. Appending at that
//! version means a form sent twice, or after someone else changed the case,
//! records nothing and says so.

mod choices;
mod family_words;
mod fields;
mod parse;
mod plan_fields;
mod reader;
pub(crate) mod view;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use tandem_domain::access::Action;
use tandem_domain::case::{check_allowed, decide, CaseState, CommandKind};
use tandem_domain::role::Role;
use tandem_store::read_model::{project, to_case_events, to_new_events};
use tandem_store::CaseSummary;

pub use choices::{capitalised, slug};
use choices::{kind_from_slug, Choice};
use fields::Options;
use parse::Values;
use view::FieldView;

use crate::auth::csrf::CsrfForm;
use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard::{self, CaseInHand};
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::form::FieldError;
use crate::{notify, AppState};

/// The policy action a person needs for `kind`: families comment on a
/// draft through the same forms staff use to record it for them.
pub fn required_action(kind: CommandKind, role: Role) -> Action {
    let family_step = matches!(
        kind,
        CommandKind::RecordComments
            | CommandKind::RecordPreference
            | CommandKind::RecordMeetingRequest
    );
    match kind {
        CommandKind::AllocateCoordinator => Action::AllocateCase,
        _ if family_step && role.is_family() => Action::CommentOnDraft,
        _ => Action::RecordCaseEvent,
    }
}

#[derive(Template)]
#[template(path = "case/action.html")]
struct ActionPage {
    layout: Layout,
    tr: Tr,
    case: CaseSummary,
    title: String,
    slug: String,
    version: i64,
    fields: Vec<FieldView>,
    errors: Vec<FieldError>,
    family: bool,
}

struct Loaded {
    found: CaseInHand,
    state: CaseState,
    kind: CommandKind,
    options: Options,
    family: bool,
    /// The family's language on their own pages; English for staff.
    tr: Tr,
}

async fn load(
    state: &AppState,
    who: &SignedIn,
    reference: &str,
    slug: &str,
    tr: Tr,
) -> WebResult<Loaded> {
    let kind = kind_from_slug(slug).ok_or(WebError::NotFound)?;
    let role = who.person.role;
    let found = guard::case_for(state, who, reference, required_action(kind, role)).await?;
    let authority = who.person.authority;
    let events = to_case_events(&state.store.events(authority, found.case.id).await?)?;
    let people = state.store.people(authority).await?;
    let of_role = |wanted: Role| -> Vec<Choice> {
        people
            .iter()
            .filter(|p| p.role == wanted && !p.disabled)
            .map(|p| Choice::new(p.id.0.to_string(), p.name.clone()))
            .collect()
    };
    let options = Options {
        coordinators: of_role(Role::Coordinator),
        specialists: of_role(Role::Specialist),
        schools: state
            .store
            .schools(authority)
            .await?
            .into_iter()
            .map(|s| (s.id.0, s.name))
            .collect(),
    };
    let family = role.is_family();
    Ok(Loaded {
        found,
        state: CaseState::from_events(&events),
        kind,
        options,
        family,
        tr: if family { tr } else { Tr::english() },
    })
}

/// Draws the form; `status` is 422 when a sent form is shown again with
/// its problems, 200 when it is opened.
fn render(
    status: StatusCode,
    who: &SignedIn,
    nonce: &str,
    loaded: Loaded,
    version: i64,
    values: &Values,
    errors: Vec<FieldError>,
) -> WebResult<Response> {
    let Loaded {
        found,
        state,
        kind,
        options,
        family,
        tr,
    } = loaded;
    let title = match (family, kind) {
        (true, CommandKind::RecordComments) => tr.t("action-comment"),
        (true, CommandKind::RecordPreference) => tr.t("action-preference"),
        (true, CommandKind::RecordMeetingRequest) => tr.t("action-meeting"),
        _ => capitalised(kind.describe()),
    };
    let field_list = fields::fields(kind, &state, &options, family);
    let errors = if family {
        family_words::errors(&tr, errors)
    } else {
        errors
    };
    let mut fields = view::views(field_list, values, &errors);
    let layout = if family {
        family_words::fields(&tr, &mut fields);
        Layout::family(&tr, Some(who), nonce, &who.session.csrf_token)
    } else {
        who.layout(nonce)
    };
    let page = ActionPage {
        layout,
        tr,
        case: found.case,
        title,
        slug: slug(kind),
        version,
        fields,
        errors,
        family,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// Appends `events` to the case at `version` with the messages they send
/// and the read model they leave: the one way a page moves a case on.
pub async fn record(
    state: &AppState,
    who: &SignedIn,
    found: &CaseInHand,
    before: &CaseState,
    version: i64,
    events: &[tandem_domain::case::CaseEvent],
) -> WebResult<()> {
    let mut next = before.clone();
    for event in events {
        next.apply(event);
    }
    let case = &found.case;
    let stored = to_new_events(events, Some(who.person.id), state.clock.now())?;
    let messages = notify::messages_for(state, case, &found.parties, events).await?;
    let read_model = project(&next, state.today());
    state
        .store
        .append_events(
            who.person.authority,
            case.id,
            version,
            &stored,
            &read_model,
            &messages,
        )
        .await?;
    Ok(())
}

/// Issuing a plan goes through the plan's own page, where the quality
/// check stands in the way: the journey's forms send people there.
fn plan_issue_stage(kind: CommandKind) -> Option<&'static str> {
    match kind {
        CommandKind::IssueDraft => Some("draft"),
        CommandKind::IssueFinal => Some("final"),
        CommandKind::IssueAmendedFinal => Some("amended"),
        _ => None,
    }
}

pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path((reference, action)): Path<(String, String)>,
) -> WebResult<Response> {
    let loaded = load(&state, &who, &reference, &action, tr).await?;
    if let Some(stage) = plan_issue_stage(loaded.kind) {
        let target = format!("/cases/{}/plan/issue/{stage}", loaded.found.case.reference);
        return Ok(Redirect::to(&target).into_response());
    }
    let errors = match check_allowed(&loaded.state, loaded.kind) {
        Ok(()) => Vec::new(),
        Err(refusal) => vec![view::refusal_error(loaded.kind, &refusal)],
    };
    let version = loaded.found.case.version;
    render(
        StatusCode::OK,
        &who,
        &nonce,
        loaded,
        version,
        &view::defaults(state.today()),
        errors,
    )
}

pub async fn submit(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path((reference, action)): Path<(String, String)>,
    CsrfForm(values): CsrfForm<Values>,
) -> WebResult<Response> {
    let loaded = load(&state, &who, &reference, &action, tr).await?;
    if let Some(stage) = plan_issue_stage(loaded.kind) {
        let target = format!("/cases/{}/plan/issue/{stage}", loaded.found.case.reference);
        return Ok(Redirect::to(&target).into_response());
    }
    let version: i64 = values
        .get("version")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| WebError::Unprocessable("The form could not be read".into()))?;
    // Checked here as well as by the store so a stale form is not first
    // judged against a case that has moved on.
    if version != loaded.found.case.version {
        return Err(WebError::Conflict);
    }
    let command = match parse::command(loaded.kind, &values, &loaded.options) {
        Ok(command) => command,
        Err(errors) => {
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &who,
                &nonce,
                loaded,
                version,
                &values,
                errors,
            )
        }
    };
    let today = state.today();
    let events = match decide(&loaded.state, command, today) {
        Ok(events) => events,
        Err(refusal) => {
            let error = view::refusal_error(loaded.kind, &refusal);
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &who,
                &nonce,
                loaded,
                version,
                &values,
                vec![error],
            );
        }
    };
    record(&state, &who, &loaded.found, &loaded.state, version, &events).await?;
    let case = &loaded.found.case;
    if loaded.kind == CommandKind::ReceiveAdvice {
        // Advice that has arrived is read with the rest of the documents.
        crate::findings::analyse_later(&state, who.person.authority, case.id);
    }
    let target = if values.get("return").map(String::as_str) == Some("inbox") {
        format!("/queues/inbox?allocated={}", case.reference)
    } else {
        format!("/cases/{}?saved={}", case.reference, slug(loaded.kind))
    };
    Ok(Redirect::to(&target).into_response())
}
