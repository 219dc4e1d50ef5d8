//! The access policy: one pure function that says whether a person may do
//! something. Every route in the web layer asks it before it reads or
//! changes anything, so the rules live here and nowhere else.

use crate::ids::{AuthorityId, PersonId, SchoolId};
use crate::role::Role;

/// Who is asking: the signed-in person, as the session knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub person: PersonId,
    pub authority: AuthorityId,
    pub role: Role,
    /// The school a school's SENCo works for.
    pub school: Option<SchoolId>,
}

/// What the policy needs to know about one case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseParties {
    pub authority: Option<AuthorityId>,
    /// Parents, carers and the young person themself.
    pub family: Vec<PersonId>,
    /// The child's current school or setting.
    pub school: Option<SchoolId>,
    /// Specialists asked to give advice on this case.
    pub advisers: Vec<PersonId>,
    /// Supporters (SENDIASS, advocates) the family consented to.
    pub supporters: Vec<PersonId>,
}

/// Things a person may want to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// See the case record: tracker, milestones, documents they may see.
    ViewCase,
    /// See staff-only notes and the full history.
    ViewStaffRecord,
    /// Move the case on: record decisions and milestones.
    RecordCaseEvent,
    /// Give the case to a coordinator.
    AllocateCase,
    /// Add a document or more evidence to the case.
    UploadDocument,
    /// Answer an advice request.
    GiveAdvice,
    /// Comment on a draft plan, state a preference, ask for a meeting.
    CommentOnDraft,
    /// Vote at the decision panel.
    VoteAtPanel,
    /// See bands, costs and commitments.
    ViewFunding,
    /// See the authority's plans' bands beside their planned cost.
    ReportFunding,
    /// See how often staff accepted or corrected the engine's suggestions.
    ReportEngine,
    /// Work queues: new requests inbox, caseloads, team view.
    ViewWorkQueues,
    /// Read and export the authority's audit log.
    ViewAuditLog,
    /// Turn people's access on and off.
    ManagePeople,
    /// Add and change the authority's schools and settings.
    ManageDirectory,
}

impl Action {
    pub const ALL: [Action; 15] = [
        Action::ViewCase,
        Action::ViewStaffRecord,
        Action::RecordCaseEvent,
        Action::AllocateCase,
        Action::UploadDocument,
        Action::GiveAdvice,
        Action::CommentOnDraft,
        Action::VoteAtPanel,
        Action::ViewFunding,
        Action::ReportFunding,
        Action::ReportEngine,
        Action::ViewWorkQueues,
        Action::ViewAuditLog,
        Action::ManagePeople,
        Action::ManageDirectory,
    ];

    /// Actions on the authority as a whole rather than on one case.
    pub fn is_authority_wide(self) -> bool {
        matches!(
            self,
            Action::ViewWorkQueues
                | Action::ReportFunding
                | Action::ReportEngine
                | Action::ViewAuditLog
                | Action::ManagePeople
                | Action::ManageDirectory
        )
    }
}

/// What the action is done to.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    Case(&'a CaseParties),
    Authority(AuthorityId),
}

/// The policy's answer, with the reason kept for the audit log and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Deny(Denial),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    OtherAuthority,
    NotConnectedToCase,
    RoleMayNot,
}

impl Decision {
    pub fn is_allowed(self) -> bool {
        self == Decision::Allow
    }
}

/// May `actor` do `action` to `target`?
pub fn decide(actor: &Actor, action: Action, target: Target<'_>) -> Decision {
    let authority = match target {
        Target::Case(case) => case.authority,
        Target::Authority(authority) => Some(authority),
    };
    if authority != Some(actor.authority) {
        return Decision::Deny(Denial::OtherAuthority);
    }
    if !role_may(actor.role, action) {
        return Decision::Deny(Denial::RoleMayNot);
    }
    match target {
        Target::Authority(_) => {
            if action.is_authority_wide() {
                Decision::Allow
            } else {
                Decision::Deny(Denial::NotConnectedToCase)
            }
        }
        Target::Case(case) => {
            if action.is_authority_wide() || !connected(actor, case) {
                Decision::Deny(Denial::NotConnectedToCase)
            } else {
                Decision::Allow
            }
        }
    }
}

/// Outside staff, a person sees a case only through their link to it.
fn connected(actor: &Actor, case: &CaseParties) -> bool {
    match actor.role {
        Role::Parent | Role::YoungPerson => case.family.contains(&actor.person),
        Role::Supporter => case.supporters.contains(&actor.person),
        Role::School => actor.school.is_some() && actor.school == case.school,
        Role::Specialist => case.advisers.contains(&actor.person),
        _ => actor.role.is_staff(),
    }
}

/// What each role may do at all, before its link to the case is checked.
fn role_may(role: Role, action: Action) -> bool {
    use Action::*;
    match role {
        Role::Parent | Role::YoungPerson | Role::Supporter => {
            matches!(action, ViewCase | UploadDocument | CommentOnDraft)
        }
        Role::School => matches!(
            action,
            ViewCase | UploadDocument | GiveAdvice | CommentOnDraft
        ),
        Role::Specialist => matches!(action, ViewCase | UploadDocument | GiveAdvice),
        Role::BusinessSupport => matches!(
            action,
            ViewCase
                | ViewStaffRecord
                | AllocateCase
                | UploadDocument
                | ViewWorkQueues
                | ManageDirectory
        ),
        Role::Coordinator => matches!(
            action,
            ViewCase
                | ViewStaffRecord
                | RecordCaseEvent
                | AllocateCase
                | UploadDocument
                | ViewWorkQueues
                | ViewFunding
                | ReportFunding
                | ReportEngine
                | ManageDirectory
        ),
        Role::PanelMember => matches!(
            action,
            ViewCase | ViewStaffRecord | VoteAtPanel | ViewFunding | ReportFunding | ReportEngine
        ),
        Role::Manager => matches!(
            action,
            ViewCase
                | ViewStaffRecord
                | RecordCaseEvent
                | AllocateCase
                | ViewFunding
                | ReportFunding
                | ReportEngine
                | ViewWorkQueues
                | ManageDirectory
        ),
        Role::Finance => matches!(
            action,
            ViewCase | ViewFunding | ReportFunding | ReportEngine
        ),
        Role::AuthorityAdmin => matches!(action, ViewAuditLog | ManagePeople),
    }
}
