//! The engine's latest analysis of each case on both engines: kept per
//! case, stale once the documents change, never replaced by an older
//! reading, listed with the latest review for the similar-case search, and
//! each kept inside its authority.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use jiff::Timestamp;
use tandem_domain::case::{CaseEvent, Finding, FindingDecision};
use tandem_domain::ids::{AuthorityId, CaseId};
use tandem_store::*;

/// The engine version the analyses here are made by.
const READER: &str = "e1-test";

conformance!(
    an_analysis_is_kept_per_case_and_goes_stale_when_its_documents_change,
    an_analysis_from_an_earlier_reading_never_replaces_a_later_one,
    analyses_and_their_cases_stay_within_their_authority,
    analysed_cases_carry_their_profile_and_latest_review,
    events_of_one_type_are_listed_within_their_authority,
    the_analyses_migration_goes_down_and_up_again,
);

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + seconds).unwrap()
}

async fn authority(store: &SqlStore, code: &str) -> AuthorityId {
    store
        .create_authority(&format!("Authority {code}"), code, "ANL")
        .await
        .unwrap()
}

async fn case(store: &SqlStore, authority: AuthorityId, reference: &str) -> CaseId {
    let event = CaseEvent::RequestReceived {
        on: jiff::civil::date(2026, 9, 1),
        requester: tandem_domain::case::Requester::Parent,
        school_id: None,
    };
    let new = NewCase {
        reference: reference.into(),
        child_name: format!("Child {reference}"),
        child_date_of_birth: None,
        school: None,
        opened_on: "2026-09-01".into(),
        read_model: CaseReadModel {
            coordinator: None,
            stage: "requested".into(),
            next_due: None,
            rag: "green".into(),
        },
    };
    let events = read_model::to_new_events(&[event], None, at(0)).unwrap();
    store.create_case(authority, &new, &events).await.unwrap()
}

async fn document(store: &SqlStore, authority: AuthorityId, case: CaseId, name: &str) -> i64 {
    let new = NewDocument {
        name: name.into(),
        content_type: "text/plain; charset=utf-8".into(),
        content: format!("Advice in {name}.").into_bytes(),
        uploaded_by: None,
        family_visible: false,
    };
    store.add_document(authority, case, &new).await.unwrap()
}

fn analysis(case: CaseId, documents: &[i64], need: &str, made_at: Timestamp) -> NewCaseAnalysis {
    NewCaseAnalysis {
        case,
        reader: READER.to_owned(),
        documents: documents.to_vec(),
        findings: format!(r#"{{"primary_need":"{need}"}}"#),
        profile: NeedsProfile {
            primary_need: Some(need.into()),
            levels: vec![0, 1, 2, 3, 0, 0, 3, 0, 0, 1, 2, 0, 1, 1, 1, 2, 0, 2, 0, 1],
            provision: vec!["SP2".into(), "SP9".into()],
        },
        made_at,
    }
}

async fn an_analysis_is_kept_per_case_and_goes_stale_when_its_documents_change(store: &SqlStore) {
    let a = authority(store, "951").await;
    let c = case(store, a, "ANL-1").await;
    assert!(store.case_analysis(a, c).await.unwrap().is_none());
    assert!(
        store.cases_to_analyse(a, READER).await.unwrap().is_empty(),
        "no documents, nothing to read"
    );
    let first = document(store, a, c, "ep.txt").await;
    assert_eq!(store.cases_to_analyse(a, READER).await.unwrap(), vec![c]);
    store
        .save_case_analyses(a, &[analysis(c, &[first], "ASD", at(10))])
        .await
        .unwrap();
    let kept = store.case_analysis(a, c).await.unwrap().unwrap();
    assert_eq!(kept.findings, r#"{"primary_need":"ASD"}"#);
    assert_eq!(kept.profile.primary_need.as_deref(), Some("ASD"));
    assert_eq!(kept.profile.levels.len(), 20);
    assert_eq!(kept.profile.levels[3], 3);
    assert_eq!(kept.profile.provision, vec!["SP2", "SP9"]);
    assert_eq!(kept.made_at, at(10));
    assert!(kept.is_current(READER, &[first]));
    assert!(store.cases_to_analyse(a, READER).await.unwrap().is_empty());

    let second = document(store, a, c, "school.txt").await;
    assert!(
        !kept.is_current(READER, &[first, second]),
        "a new document: stale"
    );
    assert_eq!(store.cases_to_analyse(a, READER).await.unwrap(), vec![c]);
    store
        .save_case_analyses(a, &[analysis(c, &[second, first], "SLCN", at(20))])
        .await
        .unwrap();
    let kept = store.case_analysis(a, c).await.unwrap().unwrap();
    assert_eq!(kept.profile.primary_need.as_deref(), Some("SLCN"));
    assert!(kept.is_current(READER, &[first, second]));
    assert!(
        !kept.is_current(READER, &[second]),
        "a removed document: stale"
    );
    assert!(
        !kept.is_current("e2-another-engine", &[first, second]),
        "an engine that reads differently: stale"
    );
    assert_eq!(
        store
            .cases_to_analyse(a, "e2-another-engine")
            .await
            .unwrap(),
        vec![c]
    );
    assert!(store.cases_to_analyse(a, READER).await.unwrap().is_empty());
}

async fn an_analysis_from_an_earlier_reading_never_replaces_a_later_one(store: &SqlStore) {
    let a = authority(store, "952").await;
    let c = case(store, a, "ANL-2").await;
    let d = document(store, a, c, "ep.txt").await;
    store
        .save_case_analyses(a, &[analysis(c, &[d], "HI", at(30))])
        .await
        .unwrap();
    store
        .save_case_analyses(a, &[analysis(c, &[], "VI", at(20))])
        .await
        .unwrap();
    let kept = store.case_analysis(a, c).await.unwrap().unwrap();
    assert_eq!(kept.profile.primary_need.as_deref(), Some("HI"));
    assert_eq!(kept.made_at, at(30));
}

async fn analyses_and_their_cases_stay_within_their_authority(store: &SqlStore) {
    let a = authority(store, "953").await;
    let b = authority(store, "954").await;
    let ours = case(store, a, "ANL-3").await;
    let theirs = case(store, b, "ANL-4").await;
    let d = document(store, b, theirs, "theirs.txt").await;
    assert!(matches!(
        store
            .save_case_analyses(a, &[analysis(theirs, &[d], "ASD", at(1))])
            .await,
        Err(StoreError::NotFound)
    ));
    // A batch with a case not of the authority keeps nothing at all.
    assert!(store
        .save_case_analyses(
            a,
            &[
                analysis(ours, &[], "ASD", at(1)),
                analysis(theirs, &[d], "ASD", at(1))
            ]
        )
        .await
        .is_err());
    assert!(store.case_analysis(a, ours).await.unwrap().is_none());
    assert!(store.case_analysis(b, theirs).await.unwrap().is_none());

    store
        .save_case_analyses(b, &[analysis(theirs, &[d], "PD", at(2))])
        .await
        .unwrap();
    assert!(store.case_analysis(a, theirs).await.unwrap().is_none());
    assert!(store.analysed_cases(a).await.unwrap().is_empty());
    assert!(store.cases_to_analyse(a, READER).await.unwrap().is_empty());
    assert_eq!(store.analysed_cases(b).await.unwrap().len(), 1);
}

async fn analysed_cases_carry_their_profile_and_latest_review(store: &SqlStore) {
    let a = authority(store, "955").await;
    let reviewed = case(store, a, "ANL-5").await;
    let not_reviewed = case(store, a, "ANL-6").await;
    for c in [reviewed, not_reviewed] {
        let d = document(store, a, c, "ep.txt").await;
        store
            .save_case_analyses(a, &[analysis(c, &[d], "ASD", at(5))])
            .await
            .unwrap();
    }
    let decision = |decided: &str| FindingDecision {
        finding: Finding::PrimaryNeed,
        suggested: "ASD".into(),
        decided: decided.into(),
        reason: String::new(),
    };
    for (version, decided) in [(1, "SLCN"), (2, "SEMH")] {
        let review = CaseEvent::FindingsReviewed {
            on: jiff::civil::date(2026, 9, 2),
            decisions: vec![decision(decided)],
        };
        let events = read_model::to_new_events(&[review], None, at(6)).unwrap();
        let model = CaseReadModel {
            coordinator: None,
            stage: "requested".into(),
            next_due: None,
            rag: "green".into(),
        };
        store
            .append_events(a, reviewed, version, &events, &model, &[])
            .await
            .unwrap();
    }
    let listed = store.analysed_cases(a).await.unwrap();
    assert_eq!(
        listed
            .iter()
            .map(|c| c.reference.as_str())
            .collect::<Vec<_>>(),
        ["ANL-5", "ANL-6"]
    );
    assert_eq!(listed[0].case, reviewed);
    assert_eq!(listed[0].profile.levels[6], 3);
    assert_eq!(
        listed[0].review.as_deref(),
        Some(&[decision("SEMH")][..]),
        "the latest review counts"
    );
    assert_eq!(listed[1].review, None);
}

async fn events_of_one_type_are_listed_within_their_authority(store: &SqlStore) {
    let a = authority(store, "956").await;
    let b = authority(store, "957").await;
    let ours = case(store, a, "ANL-7").await;
    case(store, b, "ANL-8").await;
    let listed = store.events_of_type(a, "RequestReceived").await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!((listed[0].case, listed[0].seq), (ours, 1));
    assert!(store
        .events_of_type(a, "FindingsReviewed")
        .await
        .unwrap()
        .is_empty());
}

async fn the_analyses_migration_goes_down_and_up_again(store: &SqlStore) {
    let a = authority(store, "958").await;
    let c = case(store, a, "ANL-9").await;
    let d = document(store, a, c, "ep.txt").await;
    store
        .save_case_analyses(a, &[analysis(c, &[d], "ASD", at(1))])
        .await
        .unwrap();
    store.migrate_down_to(5).await.unwrap();
    assert!(
        store.case_analysis(a, c).await.is_err(),
        "the table is gone"
    );
    assert_eq!(
        store.documents(a, c).await.unwrap().len(),
        1,
        "and only that table"
    );
    store.migrate().await.unwrap();
    assert!(store.case_analysis(a, c).await.unwrap().is_none());
    assert_eq!(store.cases_to_analyse(a, READER).await.unwrap(), vec![c]);
}
