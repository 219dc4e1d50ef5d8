//! `/cases/{reference}/plan/issue/{draft|final|amended}`: issuing the
//! latest version. The quality check must pass, or a reason be given for
//! issuing it anyway; the reason, the faults, the band's amount and the
//! planned cost are kept with the issue.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tandem_domain::access::Action;
use tandem_domain::case::{decide, Command, CommandKind, Placement};
use tandem_domain::plan::{check, Fault};
use tandem_store::PlanIssue;

use crate::auth::csrf::CsrfForm;
use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::layout::Layout;
use crate::pages::case_actions::{record, view::refusal_error};
use crate::pages::form::FieldError;
use crate::plan::{authority_data, draft_for_case, save, Funding};
use crate::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Draft,
    Final,
    Amended,
}

impl Stage {
    fn parse(text: &str) -> Option<Stage> {
        match text {
            "draft" => Some(Stage::Draft),
            "final" => Some(Stage::Final),
            "amended" => Some(Stage::Amended),
            _ => None,
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::Final => "final",
            Stage::Amended => "amended",
        }
    }

    fn stored(self) -> &'static str {
        match self {
            Stage::Draft => "draft",
            Stage::Final => "final",
            Stage::Amended => "amended_final",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Stage::Draft => "Issue the draft plan",
            Stage::Final => "Issue the final plan",
            Stage::Amended => "Issue the amended plan",
        }
    }

    fn kind(self) -> CommandKind {
        match self {
            Stage::Draft => CommandKind::IssueDraft,
            Stage::Final => CommandKind::IssueFinal,
            Stage::Amended => CommandKind::IssueAmendedFinal,
        }
    }
}

#[derive(Deserialize, Default)]
pub struct IssueForm {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    invite_school: Option<String>,
    #[serde(default)]
    placement_school: String,
}

#[derive(Template)]
#[template(path = "plan/issue.html")]
struct IssuePage {
    layout: Layout,
    reference: String,
    child_name: String,
    title: &'static str,
    stage: &'static str,
    version: i64,
    faults: Vec<(String, String)>,
    errors: Vec<FieldError>,
    reason: String,
    invite_school: bool,
    /// (id, name, selected) for the final plan's section I.
    schools: Vec<(String, String, bool)>,
}

impl IssuePage {
    fn error(&self, field: &str) -> Option<&str> {
        crate::pages::form::error_for(&self.errors, field)
    }
}

struct Ready {
    case: super::PlanCase,
    stage: Stage,
    saved: crate::plan::Saved,
    faults: Vec<Fault>,
    schools: Vec<(i64, String)>,
}

async fn ready(state: &AppState, who: &SignedIn, reference: &str, stage: &str) -> WebResult<Ready> {
    let stage = Stage::parse(stage).ok_or(WebError::NotFound)?;
    let mut case = super::load_case(state, who, reference, Action::RecordCaseEvent).await?;
    let saved = case.saved.take().ok_or_else(|| {
        WebError::Unprocessable("Save a version of the plan before issuing it.".into())
    })?;
    let faults = check(&saved.plan, state.today());
    let schools = state
        .store
        .schools(who.person.authority)
        .await?
        .into_iter()
        .map(|s| (s.id.0, s.name))
        .collect();
    Ok(Ready {
        case,
        stage,
        saved,
        faults,
        schools,
    })
}

fn render(
    status: StatusCode,
    who: &SignedIn,
    nonce: &str,
    ready: &Ready,
    form: &IssueForm,
    errors: Vec<FieldError>,
) -> WebResult<Response> {
    let chosen = if form.placement_school.is_empty() {
        ready
            .saved
            .plan
            .placement
            .school_id
            .or(ready
                .case
                .state
                .preferred_school
                .as_ref()
                .map(|p| p.school_id))
            .map(|id| id.to_string())
            .unwrap_or_default()
    } else {
        form.placement_school.clone()
    };
    let page = IssuePage {
        layout: who.layout(nonce),
        reference: ready.case.found.case.reference.clone(),
        child_name: ready.case.found.case.child_name.clone(),
        title: ready.stage.title(),
        stage: ready.stage.slug(),
        version: ready.saved.summary.version,
        faults: ready
            .faults
            .iter()
            .map(|f| {
                (
                    format!(
                        "/cases/{}/plan/sections/{}",
                        ready.case.found.case.reference, f.section
                    ),
                    f.message.clone(),
                )
            })
            .collect(),
        errors,
        reason: form.reason.clone(),
        invite_school: form.invite_school.is_some(),
        schools: if ready.stage == Stage::Draft {
            Vec::new()
        } else {
            ready
                .schools
                .iter()
                .map(|(id, name)| (id.to_string(), name.clone(), id.to_string() == chosen))
                .collect()
        },
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path((reference, stage)): Path<(String, String)>,
) -> WebResult<Response> {
    let ready = ready(&state, &who, &reference, &stage).await?;
    render(
        StatusCode::OK,
        &who,
        &nonce,
        &ready,
        &IssueForm::default(),
        Vec::new(),
    )
}

pub async fn issue(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path((reference, stage)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<IssueForm>,
) -> WebResult<Response> {
    let ready = ready(&state, &who, &reference, &stage).await?;
    let reason = form.reason.trim().to_owned();
    if !ready.faults.is_empty() && reason.is_empty() {
        let error = FieldError::new(
            "reason",
            format!(
                "The plan has {} fault{} from the quality check: put {} right, or give the reason to issue it anyway",
                ready.faults.len(),
                if ready.faults.len() == 1 { "" } else { "s" },
                if ready.faults.len() == 1 { "it" } else { "them" }
            ),
        );
        return render(
            StatusCode::UNPROCESSABLE_ENTITY,
            &who,
            &nonce,
            &ready,
            &form,
            vec![error],
        );
    }
    let today = state.today();
    let mut plan = ready.saved.plan.clone();
    let mut version = ready.saved.summary.version;
    let command = match ready.stage {
        Stage::Draft => Command::IssueDraft { on: today },
        Stage::Final | Stage::Amended => {
            let school = form
                .placement_school
                .parse::<i64>()
                .ok()
                .and_then(|id| ready.schools.iter().find(|(s, _)| *s == id));
            let Some((id, name)) = school else {
                let error = FieldError::new(
                    "placement_school",
                    "Choose the school or college to name in section I",
                );
                return render(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    &who,
                    &nonce,
                    &ready,
                    &form,
                    vec![error],
                );
            };
            let placement = Placement {
                school_id: Some(*id),
                name: name.clone(),
            };
            plan.placement.school_id = Some(*id);
            plan.placement.name = name.clone();
            if ready.stage == Stage::Final {
                Command::IssueFinal {
                    on: today,
                    placement,
                }
            } else {
                Command::IssueAmendedFinal {
                    on: today,
                    placement,
                }
            }
        }
    };
    let events = match decide(&ready.case.state, command, today) {
        Ok(events) => events,
        Err(refusal) => {
            let mut error = refusal_error(ready.stage.kind(), &refusal);
            if error.field != "placement_school" {
                error.field = "reason";
            }
            return render(
                StatusCode::UNPROCESSABLE_ENTITY,
                &who,
                &nonce,
                &ready,
                &form,
                vec![error],
            );
        }
    };
    let authority = who.person.authority;
    let case_id = ready.case.found.case.id;
    if plan != ready.saved.plan {
        let note = format!("Named {} in section I", plan.placement.name);
        version = save(
            state.store.as_ref(),
            authority,
            case_id,
            version,
            &plan,
            &note,
            Some(who.person.id),
            state.clock.now(),
        )
        .await?;
    }
    record(
        &state,
        &who,
        &ready.case.found,
        &ready.case.state,
        ready.case.found.case.version,
        &events,
    )
    .await?;
    // After the journey's event, so a refused or conflicting issue leaves
    // no record of having gone out.
    let data = authority_data(state.store.as_ref(), authority).await?;
    let levels = draft_for_case(
        state.store.as_ref(),
        authority,
        case_id,
        state.pdf_reader.clone(),
        today,
    )
    .await?
    .levels;
    let decisions = state.store.band_decisions(authority, case_id).await?;
    let funding = Funding::new(&data.bands, &levels, &plan, &decisions);
    let issue = PlanIssue {
        version,
        stage: ready.stage.stored().to_owned(),
        faults: i64::try_from(ready.faults.len()).unwrap_or(i64::MAX),
        override_reason: (!ready.faults.is_empty()).then_some(reason),
        school_invited: ready.stage == Stage::Draft && form.invite_school.is_some(),
        band: funding.band.as_ref().map(|b| b.name.clone()),
        idealised_pence: funding.idealised_pence(),
        planned_pence: funding.planned_pence,
        by: Some(who.person.id),
        at: state.clock.now(),
    };
    state
        .store
        .record_plan_issue(authority, case_id, &issue)
        .await?;
    Ok(Redirect::to(&format!(
        "/cases/{}/plan?issued={}",
        ready.case.found.case.reference,
        ready.stage.slug()
    ))
    .into_response())
}
