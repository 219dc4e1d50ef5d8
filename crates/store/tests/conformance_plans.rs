//! The plan's tables on both engines: versions that never overwrite each
//! other, comments with answers, issues, bands and drafting data, each
//! kept inside its authority.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use jiff::Timestamp;
use serde_json::json;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};
use tandem_domain::role::Role;
use tandem_store::*;

conformance!(
    each_save_is_a_new_version_and_a_stale_save_overwrites_nothing,
    comments_keep_their_section_and_answer,
    issues_bands_and_drafting_data_are_kept_per_authority,
);

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + seconds).unwrap()
}

async fn setting(store: &SqlStore, code: &str) -> (AuthorityId, CaseId, PersonId) {
    let authority = store
        .create_authority(&format!("Authority {code}"), code, "PLN")
        .await
        .unwrap();
    let coordinator = store
        .create_person(
            authority,
            &NewPerson {
                email: format!("c{code}@example.test"),
                name: format!("Coordinator {code}"),
                role: Role::Coordinator,
                school: None,
                password_hash: None,
                totp_secret: None,
            },
        )
        .await
        .unwrap();
    let case = store
        .create_case(
            authority,
            &NewCase {
                reference: format!("PLN-{code}"),
                child_name: "Ava Brook".into(),
                child_date_of_birth: Some("2017-05-04".into()),
                school: None,
                opened_on: "2026-09-01".into(),
                read_model: CaseReadModel {
                    coordinator: None,
                    stage: "request".into(),
                    next_due: None,
                    rag: "green".into(),
                },
            },
            &[NewEvent {
                event_type: "request_received".into(),
                payload: json!({}),
                actor: None,
                recorded_at: at(0),
            }],
        )
        .await
        .unwrap();
    (authority, case, coordinator)
}

fn version(after: i64, content: &str, by: PersonId) -> NewPlanVersion {
    NewPlanVersion {
        after,
        content: content.into(),
        note: format!("after {after}"),
        faults: 2,
        by: Some(by),
        at: at(after),
    }
}

async fn each_save_is_a_new_version_and_a_stale_save_overwrites_nothing(store: &SqlStore) {
    let (a, case, by) = setting(store, "801").await;
    assert!(store.plan_version(a, case, None).await.unwrap().is_none());
    assert_eq!(
        store
            .save_plan_version(a, case, &version(0, "{\"v\":1}", by))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .save_plan_version(a, case, &version(1, "{\"v\":2}", by))
            .await
            .unwrap(),
        2
    );
    // A second coordinator who opened version 1 saves after the first did.
    let stale = store
        .save_plan_version(a, case, &version(1, "{\"v\":\"theirs\"}", by))
        .await;
    assert!(matches!(stale, Err(StoreError::Conflict)), "{stale:?}");

    let latest = store.plan_version(a, case, None).await.unwrap().unwrap();
    assert_eq!(
        (latest.summary.version, latest.content.as_str()),
        (2, "{\"v\":2}")
    );
    assert_eq!(latest.summary.saved_by.as_deref(), Some("Coordinator 801"));
    let first = store.plan_version(a, case, Some(1)).await.unwrap().unwrap();
    assert_eq!(first.content, "{\"v\":1}");
    assert!(store
        .plan_version(a, case, Some(9))
        .await
        .unwrap()
        .is_none());
    let list = store.plan_versions(a, case).await.unwrap();
    assert_eq!(
        list.iter().map(|v| v.version).collect::<Vec<_>>(),
        [1, 2],
        "nothing overwritten"
    );
    assert_eq!(list[1].saved_at, at(1));

    // Another authority sees nothing and cannot save onto this case.
    let (other, _, other_by) = setting(store, "802").await;
    assert!(store.plan_versions(other, case).await.unwrap().is_empty());
    let foreign = store
        .save_plan_version(other, case, &version(0, "{}", other_by))
        .await;
    assert!(matches!(foreign, Err(StoreError::NotFound)), "{foreign:?}");
}

async fn comments_keep_their_section_and_answer(store: &SqlStore) {
    let (a, case, coordinator) = setting(store, "803").await;
    let parent = store
        .create_family_account(
            a,
            &NewPerson {
                email: "parent803@example.test".into(),
                name: "Sam Brook".into(),
                role: Role::Parent,
                school: None,
                password_hash: None,
                totp_secret: None,
            },
        )
        .await
        .unwrap();
    let comment = NewPlanComment {
        version: 3,
        section: "F".into(),
        kind: "change".into(),
        body: "Please make speech therapy weekly <script>".into(),
        author: parent,
        at: at(10),
    };
    let id = store.add_plan_comment(a, case, &comment).await.unwrap();
    let listed = store.plan_comments(a, case).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (
            listed[0].section.as_str(),
            listed[0].kind.as_str(),
            listed[0].version
        ),
        ("F", "change", 3)
    );
    assert_eq!(listed[0].body, comment.body);
    assert_eq!(listed[0].author_name, "Sam Brook");
    assert!(listed[0].answer.is_none());

    store
        .answer_plan_comment(
            a,
            case,
            id,
            "Agreed: weekly, 45 minutes",
            coordinator,
            at(20),
        )
        .await
        .unwrap();
    let answer = store.plan_comments(a, case).await.unwrap()[0]
        .answer
        .clone()
        .unwrap();
    assert_eq!(answer.text, "Agreed: weekly, 45 minutes");
    assert_eq!(answer.by, "Coordinator 803");
    assert_eq!(answer.at, at(20));

    let (other, _, other_by) = setting(store, "804").await;
    let foreign = store
        .answer_plan_comment(other, case, id, "no", other_by, at(30))
        .await;
    assert!(matches!(foreign, Err(StoreError::NotFound)));
    assert!(store.plan_comments(other, case).await.unwrap().is_empty());
}

async fn issues_bands_and_drafting_data_are_kept_per_authority(store: &SqlStore) {
    let (a, case, by) = setting(store, "805").await;
    let issue = PlanIssue {
        version: 4,
        stage: "draft".into(),
        faults: 1,
        override_reason: Some("The health advice is late; agreed at panel".into()),
        school_invited: true,
        band: Some("C".into()),
        idealised_pence: Some(1_800_000),
        planned_pence: 2_050_000,
        by: Some(by),
        at: at(40),
    };
    store.record_plan_issue(a, case, &issue).await.unwrap();
    assert_eq!(store.plan_issues(a, case).await.unwrap(), [issue]);
    let report = store.issued_plans(a).await.unwrap();
    assert_eq!(report.len(), 1);
    assert_eq!(report[0].reference, "PLN-805");

    store
        .record_band_decision(a, case, "D", "Two-to-one support at lunch", by, at(50))
        .await
        .unwrap();
    let bands = store.band_decisions(a, case).await.unwrap();
    assert_eq!(bands.len(), 1);
    assert_eq!(
        (bands[0].band.as_str(), bands[0].by.as_deref()),
        ("D", Some("Coordinator 805"))
    );

    assert!(store
        .plan_data(a, PlanDataKind::Catalogue)
        .await
        .unwrap()
        .is_none());
    for content in ["first = 1", "second = 2"] {
        store
            .set_plan_data(a, PlanDataKind::Catalogue, content, by, at(60))
            .await
            .unwrap();
    }
    assert_eq!(
        store
            .plan_data(a, PlanDataKind::Catalogue)
            .await
            .unwrap()
            .as_deref(),
        Some("second = 2")
    );

    let (other, _, _) = setting(store, "806").await;
    assert!(store.plan_issues(other, case).await.unwrap().is_empty());
    assert!(store.issued_plans(other).await.unwrap().is_empty());
    assert!(store.band_decisions(other, case).await.unwrap().is_empty());
    assert!(store
        .plan_data(other, PlanDataKind::Catalogue)
        .await
        .unwrap()
        .is_none());
}
