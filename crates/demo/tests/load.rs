//! A small demo written into SQLite: one sign-in per role, every stored case
//! folds back into the state it was planned with, and the links are there.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use jiff::civil::date;
use tandem_demo::{load_demo, DemoOptions};
use tandem_domain::case::CaseState;
use tandem_domain::role::Role;
use tandem_store::read_model::{stage_name, to_case_events};
use tandem_store::{CaseFilter, SqlStore, Store};

#[tokio::test]
async fn a_small_demo_loads_and_replays() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("demo.db").display());
    let store = SqlStore::open(&url).await.unwrap();
    let options = DemoOptions {
        plans: 200,
        requests_per_year: 40,
        ..DemoOptions::full(3, date(2026, 3, 16))
    };
    let mut updates = 0;
    let demo = load_demo(
        &store,
        &options,
        &|p| format!("hash-of-{}", p.len()),
        &mut |_| updates += 1,
    )
    .await
    .unwrap();
    assert!(updates > 3);
    let authority = demo.authority;

    let roles: Vec<Role> = demo.sign_ins.iter().map(|s| s.role).collect();
    assert_eq!(roles, Role::ALL.to_vec());
    for sign_in in &demo.sign_ins {
        let person = store
            .person_by_email(&sign_in.email)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(person.role, sign_in.role);
        assert_eq!(
            person.password_hash.as_deref(),
            Some(format!("hash-of-{}", sign_in.password.len()).as_str())
        );
        assert_eq!(
            sign_in.totp_secret.is_some(),
            sign_in.role.is_staff(),
            "{:?}",
            sign_in.role
        );
        assert_eq!(person.totp_secret, sign_in.totp_secret);
        assert!(
            tandem_domain::password::check_new_password(&sign_in.password, &sign_in.email).is_ok()
        );
    }
    let with_hash = store
        .people(authority)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.password_hash.is_some())
        .count();
    assert_eq!(
        with_hash,
        Role::ALL.len(),
        "only the demo sign-ins get a password"
    );

    let cases = store
        .cases(
            authority,
            &CaseFilter {
                limit: 100_000,
                ..CaseFilter::default()
            },
        )
        .await
        .unwrap();
    let in_force = cases.iter().filter(|c| c.stage == "plan_in_force").count();
    assert!((190..=210).contains(&in_force), "{in_force}");
    for case in &cases {
        let stored = store.events(authority, case.id).await.unwrap();
        let state = CaseState::from_events(&to_case_events(&stored).unwrap());
        assert_eq!(stage_name(state.stage), case.stage, "{}", case.reference);
        assert_eq!(state.version, u64::try_from(case.version).unwrap());
    }

    let person = |role: Role| {
        demo.sign_ins
            .iter()
            .find(|s| s.role == role)
            .unwrap()
            .email
            .clone()
    };
    let parent = store
        .person_by_email(&person(Role::Parent))
        .await
        .unwrap()
        .unwrap();
    let theirs = store
        .cases(
            authority,
            &CaseFilter {
                family_member: Some(parent.id),
                ..CaseFilter::default()
            },
        )
        .await
        .unwrap();
    let mut stages: Vec<&str> = theirs.iter().map(|c| c.stage.as_str()).collect();
    stages.sort_unstable();
    assert_eq!(stages, ["assessing", "plan_in_force"]);

    let specialist = store
        .person_by_email(&person(Role::Specialist))
        .await
        .unwrap()
        .unwrap();
    let advised = store
        .cases(
            authority,
            &CaseFilter {
                adviser: Some(specialist.id),
                ..CaseFilter::default()
            },
        )
        .await
        .unwrap();
    assert!(!advised.is_empty());

    let senco = store
        .person_by_email(&person(Role::School))
        .await
        .unwrap()
        .unwrap();
    let pupils = store
        .cases(
            authority,
            &CaseFilter {
                school: senco.school,
                ..CaseFilter::default()
            },
        )
        .await
        .unwrap();
    assert!(!pupils.is_empty());
}
