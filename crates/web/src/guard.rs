//! Every route that touches a case comes through here: the case is found
//! within the person's own authority, the access policy is asked, and the
//! access is written to the audit log.

use tandem_domain::access::{decide, Action, Actor, CaseParties, Decision, Denial, Target};
use tandem_domain::ids::{CaseId, CaseRef};
use tandem_store::{CaseSummary, NewAuditEntry};

use crate::auth::session::SignedIn;
use crate::error::{WebError, WebResult};
use crate::AppState;

pub struct CaseInHand {
    pub case: CaseSummary,
    pub parties: CaseParties,
}

/// Finds the case `reference` for `who` and checks they may do `action`.
/// A case of another authority or one they are not linked to is "not
/// found", so that references cannot be probed; a case they may see but
/// not change this way is "forbidden".
pub async fn case_for(
    state: &AppState,
    who: &SignedIn,
    reference: &str,
    action: Action,
) -> WebResult<CaseInHand> {
    case_for_actor(state, &who.actor(), reference, action).await
}

/// [`case_for`] for any caller, the API's token holders included.
pub async fn case_for_actor(
    state: &AppState,
    actor: &Actor,
    reference: &str,
    action: Action,
) -> WebResult<CaseInHand> {
    let reference: CaseRef = reference.parse().map_err(|_| WebError::NotFound)?;
    let case = state
        .store
        .case_by_reference(actor.authority, reference.as_str())
        .await?
        .ok_or(WebError::NotFound)?;
    let parties = state
        .store
        .case_parties(actor.authority, case.id)
        .await?
        .ok_or(WebError::NotFound)?;
    let decision = decide(actor, action, Target::Case(&parties));
    // Someone outside the authority's staff who may not even see the case
    // learns nothing of it, not even that it exists.
    let may_see = decide(actor, Action::ViewCase, Target::Case(&parties)).is_allowed();
    if !decision.is_allowed() && !may_see && !actor.role.is_staff() {
        return Err(WebError::NotFound);
    }
    allow(&decision)?;
    record(
        state,
        actor,
        action_name(action),
        Some(case.id),
        &case.reference,
    )
    .await?;
    Ok(CaseInHand { case, parties })
}

/// Checks an authority-wide action such as the work queues or audit log.
pub fn authority_action(who: &SignedIn, action: Action) -> WebResult<()> {
    allow(&decide(
        &who.actor(),
        action,
        Target::Authority(who.person.authority),
    ))
}

fn allow(decision: &Decision) -> WebResult<()> {
    match decision {
        Decision::Allow => Ok(()),
        Decision::Deny(Denial::RoleMayNot) => Err(WebError::Forbidden),
        Decision::Deny(_) => Err(WebError::NotFound),
    }
}

pub async fn audit(
    state: &AppState,
    who: &SignedIn,
    action: &str,
    case: Option<CaseId>,
    detail: &str,
) -> WebResult<()> {
    record(state, &who.actor(), action, case, detail).await
}

/// Writes one audit entry for `actor`, whether they came through a page or the API.
pub async fn record(
    state: &AppState,
    actor: &Actor,
    action: &str,
    case: Option<CaseId>,
    detail: &str,
) -> WebResult<()> {
    let entry = NewAuditEntry {
        person: Some(actor.person),
        action: action.to_owned(),
        case,
        detail: detail.to_owned(),
    };
    state.store.record_audit(actor.authority, &entry).await?;
    Ok(())
}

fn action_name(action: Action) -> &'static str {
    match action {
        Action::ViewCase => "viewed case",
        Action::ViewStaffRecord => "viewed case record",
        Action::RecordCaseEvent => "changed case",
        Action::AllocateCase => "allocated case",
        Action::UploadDocument => "added document",
        Action::GiveAdvice => "gave advice",
        Action::CommentOnDraft => "commented on draft",
        Action::VoteAtPanel => "voted at panel",
        Action::ViewFunding => "viewed funding",
        Action::ReportFunding => "viewed funding report",
        Action::ReportEngine => "viewed engine report",
        Action::ViewWorkQueues => "viewed work queue",
        Action::ViewAuditLog => "viewed audit log",
        Action::ManagePeople => "managed people",
        Action::ManageDirectory => "changed schools",
    }
}
