//! Every role × every action, on a case the person is linked to, one they
//! are not, and one of another authority.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use tandem_domain::access::{decide, Action, Actor, CaseParties, Decision, Denial, Target};
use tandem_domain::ids::{AuthorityId, PersonId, SchoolId};
use tandem_domain::role::Role;

const HOME: AuthorityId = AuthorityId(1);
const ELSEWHERE: AuthorityId = AuthorityId(2);
const ME: PersonId = PersonId(10);
const MY_SCHOOL: SchoolId = SchoolId(5);

fn actor(role: Role) -> Actor {
    Actor {
        person: ME,
        authority: HOME,
        role,
        school: (role == Role::School).then_some(MY_SCHOOL),
    }
}

/// A case of `authority` that `ME` is linked to in every way there is.
fn linked_case(authority: AuthorityId) -> CaseParties {
    CaseParties {
        authority: Some(authority),
        family: vec![ME],
        school: Some(MY_SCHOOL),
        advisers: vec![ME],
        supporters: vec![ME],
    }
}

fn unlinked_case() -> CaseParties {
    CaseParties {
        authority: Some(HOME),
        family: vec![PersonId(99)],
        school: Some(SchoolId(6)),
        advisers: vec![PersonId(98)],
        supporters: vec![PersonId(97)],
    }
}

/// The expected table: for each role, the case actions it may take on a
/// case it is linked to, and the authority-wide actions it may take.
fn expected(role: Role) -> (&'static [Action], &'static [Action]) {
    use Action::*;
    match role {
        Role::Parent | Role::YoungPerson | Role::Supporter => {
            (&[ViewCase, UploadDocument, CommentOnDraft], &[])
        }
        Role::School => (&[ViewCase, UploadDocument, GiveAdvice, CommentOnDraft], &[]),
        Role::Specialist => (&[ViewCase, UploadDocument, GiveAdvice], &[]),
        Role::BusinessSupport => (
            &[ViewCase, ViewStaffRecord, AllocateCase, UploadDocument],
            &[ViewWorkQueues, ManageDirectory],
        ),
        Role::Coordinator => (
            &[
                ViewCase,
                ViewStaffRecord,
                RecordCaseEvent,
                AllocateCase,
                UploadDocument,
                ViewFunding,
            ],
            &[ViewWorkQueues, ReportFunding, ReportEngine, ManageDirectory],
        ),
        Role::PanelMember => (
            &[ViewCase, ViewStaffRecord, VoteAtPanel, ViewFunding],
            &[ReportFunding, ReportEngine],
        ),
        Role::Manager => (
            &[
                ViewCase,
                ViewStaffRecord,
                RecordCaseEvent,
                AllocateCase,
                ViewFunding,
            ],
            &[ViewWorkQueues, ReportFunding, ReportEngine, ManageDirectory],
        ),
        Role::Finance => (&[ViewCase, ViewFunding], &[ReportFunding, ReportEngine]),
        Role::AuthorityAdmin => (&[], &[ViewAuditLog, ManagePeople]),
    }
}

#[test]
fn every_role_and_action_on_a_linked_case_and_the_authority() {
    for role in Role::ALL {
        let (on_case, authority_wide) = expected(role);
        for action in Action::ALL {
            let case = decide(&actor(role), action, Target::Case(&linked_case(HOME)));
            assert_eq!(
                case.is_allowed(),
                on_case.contains(&action),
                "{role:?} {action:?} on a linked case"
            );
            let wide = decide(&actor(role), action, Target::Authority(HOME));
            assert_eq!(
                wide.is_allowed(),
                authority_wide.contains(&action),
                "{role:?} {action:?} across the authority"
            );
        }
    }
}

#[test]
fn outside_staff_nobody_sees_a_case_they_are_not_linked_to() {
    for role in Role::ALL {
        for action in Action::ALL {
            let decision = decide(&actor(role), action, Target::Case(&unlinked_case()));
            let staff_may = role.is_staff() && expected(role).0.contains(&action);
            assert_eq!(decision.is_allowed(), staff_may, "{role:?} {action:?}");
        }
    }
}

#[test]
fn nobody_reaches_into_another_authority() {
    for role in Role::ALL {
        for action in Action::ALL {
            assert_eq!(
                decide(&actor(role), action, Target::Case(&linked_case(ELSEWHERE))),
                Decision::Deny(Denial::OtherAuthority),
                "{role:?} {action:?}"
            );
            assert_eq!(
                decide(&actor(role), action, Target::Authority(ELSEWHERE)),
                Decision::Deny(Denial::OtherAuthority),
                "{role:?} {action:?}"
            );
        }
    }
}

#[test]
fn a_school_without_a_school_sees_nothing() {
    let mut senco = actor(Role::School);
    senco.school = None;
    let mut case = linked_case(HOME);
    case.school = None;
    assert!(!decide(&senco, Action::ViewCase, Target::Case(&case)).is_allowed());
}
