//! The family's tables on both engines: requests sent online, account
//! links, the message thread and "all about me".
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use jiff::{SignedDuration, Timestamp};
use serde_json::json;
use tandem_domain::ids::{AuthorityId, PersonId};
use tandem_domain::role::Role;
use tandem_store::*;

conformance!(
    a_sent_request_becomes_one_case_with_its_evidence_and_family,
    a_sent_draft_is_never_changed_again,
    account_links_are_single_use_purposeful_and_expire,
    the_thread_and_views_stay_with_their_case,
    likely_duplicates_are_open_cases_of_the_same_child,
);

async fn authority(store: &SqlStore, code: &str) -> AuthorityId {
    store
        .create_authority(&format!("Authority {code}"), code, "REQ")
        .await
        .unwrap()
}

async fn family(store: &SqlStore, authority: AuthorityId, email: &str) -> PersonId {
    let new = NewPerson {
        email: email.into(),
        name: format!("Family {email}"),
        role: Role::Parent,
        school: None,
        password_hash: None,
        totp_secret: None,
    };
    store.create_family_account(authority, &new).await.unwrap()
}

fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(1_790_000_000 + seconds).unwrap()
}

fn request(draft: i64, reference: &str, family: Option<PersonId>) -> SubmittedRequest {
    SubmittedRequest {
        draft,
        case: NewCase {
            reference: reference.into(),
            child_name: "Ava Brook".into(),
            child_date_of_birth: Some("2017-05-04".into()),
            school: None,
            opened_on: "2026-11-25".into(),
            read_model: CaseReadModel {
                coordinator: None,
                stage: "requested".into(),
                next_due: Some("2027-01-06".into()),
                rag: "green".into(),
            },
        },
        events: vec![NewEvent {
            event_type: "RequestReceived".into(),
            payload: json!({ "type": "RequestReceived" }),
            actor: family,
            recorded_at: at(0),
        }],
        answers: r#"{"needs":"reading"}"#.into(),
        possible_duplicate_of: None,
        family,
        messages: vec![NewMessage {
            case: None,
            channel: "email".into(),
            recipient: "sam@example.test".into(),
            subject: "We have your request".into(),
            body: "A copy of your answers".into(),
        }],
    }
}

async fn a_sent_request_becomes_one_case_with_its_evidence_and_family(store: &SqlStore) {
    let a = authority(store, "931").await;
    let parent = family(store, a, "sam@example.test").await;
    assert!(
        !store
            .person(a, parent)
            .await
            .unwrap()
            .unwrap()
            .email_verified
    );
    let draft = store
        .save_request_draft(a, "secret-hash-1", None, "{}", at(0))
        .await
        .unwrap();
    let file = NewDocument {
        name: "gp-letter.pdf".into(),
        content_type: "application/pdf".into(),
        content: b"%PDF-1.4 ... %%EOF".to_vec(),
        uploaded_by: None,
        family_visible: true,
    };
    store.add_request_file(a, draft, &file).await.unwrap();
    let removed = store.add_request_file(a, draft, &file).await.unwrap();
    store.remove_request_file(a, draft, removed).await.unwrap();
    assert_eq!(store.request_files(a, draft).await.unwrap().len(), 1);

    let reference = store.next_case_reference(a, "REQ", 2026).await.unwrap();
    assert_eq!(reference, "REQ-2026-00001");
    let opened = store
        .submit_request(a, &request(draft, &reference, Some(parent)))
        .await
        .unwrap();
    let SubmitOutcome::Opened { case, .. } = opened else {
        panic!("{opened:?}")
    };
    assert_eq!(
        store.next_case_reference(a, "REQ", 2026).await.unwrap(),
        "REQ-2026-00002"
    );
    // Sent again (a double click): the same case, nothing new.
    let again = store
        .submit_request(a, &request(draft, "REQ-2026-00002", Some(parent)))
        .await
        .unwrap();
    assert_eq!(
        again,
        SubmitOutcome::AlreadySent {
            case,
            reference: reference.clone()
        }
    );
    assert_eq!(store.count_cases(a).await.unwrap(), 1);
    assert_eq!(store.events(a, case).await.unwrap().len(), 1);
    let documents = store.documents(a, case).await.unwrap();
    assert_eq!(documents.len(), 1);
    assert!(documents[0].family_visible);
    assert!(store.request_files(a, draft).await.unwrap().is_empty());
    let parties = store.case_parties(a, case).await.unwrap().unwrap();
    assert_eq!(parties.family, vec![parent]);
    let kept = store.case_request(a, case).await.unwrap().unwrap();
    assert!(kept.answers.contains("reading"));
    let outbox = store.messages_for_case(a, case).await.unwrap();
    assert_eq!(outbox.len(), 1);
    let draft_now = store.request_draft("secret-hash-1").await.unwrap().unwrap();
    assert_eq!(draft_now.case, Some(case));
    // Another authority sees none of it.
    let b = authority(store, "932").await;
    assert!(store.case_request(b, case).await.unwrap().is_none());
    assert!(store.request_files(b, draft).await.unwrap().is_empty());
}

async fn a_sent_draft_is_never_changed_again(store: &SqlStore) {
    let a = authority(store, "933").await;
    let draft = store
        .save_request_draft(a, "secret-hash-2", None, r#"{"needs":"first"}"#, at(0))
        .await
        .unwrap();
    let same = store
        .save_request_draft(a, "secret-hash-2", None, r#"{"needs":"second"}"#, at(5))
        .await
        .unwrap();
    assert_eq!(draft, same);
    let found = store.request_draft("secret-hash-2").await.unwrap().unwrap();
    assert!(found.answers.contains("second"));
    assert_eq!(found.updated_at, at(5));
    store
        .submit_request(a, &request(draft, "REQ-2026-00001", None))
        .await
        .unwrap();
    assert!(matches!(
        store
            .save_request_draft(a, "secret-hash-2", None, r#"{"needs":"third"}"#, at(9))
            .await,
        Err(StoreError::Conflict)
    ));
    // Nor can another authority take over a draft by its secret.
    let b = authority(store, "934").await;
    assert!(store
        .save_request_draft(b, "secret-hash-2", None, "{}", at(9))
        .await
        .is_err());
}

async fn account_links_are_single_use_purposeful_and_expire(store: &SqlStore) {
    let a = authority(store, "935").await;
    let parent = family(store, a, "links@example.test").await;
    let purpose = AccountTokenPurpose::ConfirmEmail;
    store
        .create_account_token(a, parent, "link-1", purpose, at(3600))
        .await
        .unwrap();
    // The wrong purpose uses it up without working.
    assert_eq!(
        store
            .take_account_token("link-1", AccountTokenPurpose::SetPassword, at(0))
            .await
            .unwrap(),
        None
    );
    store
        .create_account_token(a, parent, "link-2", purpose, at(3600))
        .await
        .unwrap();
    assert_eq!(
        store
            .take_account_token("link-2", purpose, at(10))
            .await
            .unwrap(),
        Some((a, parent))
    );
    assert_eq!(
        store
            .take_account_token("link-2", purpose, at(11))
            .await
            .unwrap(),
        None,
        "a link works once"
    );
    store
        .create_account_token(a, parent, "link-3", purpose, at(60))
        .await
        .unwrap();
    assert_eq!(
        store
            .take_account_token("link-3", purpose, at(60) + SignedDuration::from_secs(1))
            .await
            .unwrap(),
        None,
        "an old link does not work"
    );
    store.set_email_verified(a, parent, true).await.unwrap();
    assert!(
        store
            .person(a, parent)
            .await
            .unwrap()
            .unwrap()
            .email_verified
    );
    let b = authority(store, "936").await;
    assert!(matches!(
        store.set_email_verified(b, parent, true).await,
        Err(StoreError::NotFound)
    ));
}

async fn the_thread_and_views_stay_with_their_case(store: &SqlStore) {
    let a = authority(store, "937").await;
    let parent = family(store, a, "thread@example.test").await;
    let draft = store
        .save_request_draft(a, "secret-hash-3", None, "{}", at(0))
        .await
        .unwrap();
    let SubmitOutcome::Opened { case, .. } = store
        .submit_request(a, &request(draft, "REQ-2026-00001", Some(parent)))
        .await
        .unwrap()
    else {
        panic!()
    };
    store
        .post_conversation_message(a, case, parent, "First, with <b>tags</b>")
        .await
        .unwrap();
    store
        .post_conversation_message(a, case, parent, "Second")
        .await
        .unwrap();
    let thread = store.conversation(a, case).await.unwrap();
    assert_eq!(
        thread.iter().map(|m| m.body.as_str()).collect::<Vec<_>>(),
        ["First, with <b>tags</b>", "Second"]
    );
    assert_eq!(thread[0].author_name, "Family thread@example.test");
    let views = ChildViews {
        admired: "Kind".into(),
        important: "Her dog".into(),
        hopes: "To be a vet".into(),
        support: "Quiet space".into(),
    };
    store
        .save_child_views(a, case, parent, &views)
        .await
        .unwrap();
    let changed = ChildViews {
        hopes: "To be a vet, or a pilot".into(),
        ..views
    };
    store
        .save_child_views(a, case, parent, &changed)
        .await
        .unwrap();
    assert_eq!(store.child_views(a, case).await.unwrap(), Some(changed));
    let b = authority(store, "938").await;
    assert!(store.conversation(b, case).await.unwrap().is_empty());
    assert!(store.child_views(b, case).await.unwrap().is_none());
    assert!(matches!(
        store.post_conversation_message(b, case, parent, "x").await,
        Err(StoreError::NotFound)
    ));
}

async fn likely_duplicates_are_open_cases_of_the_same_child(store: &SqlStore) {
    let a = authority(store, "939").await;
    let draft = store
        .save_request_draft(a, "secret-hash-4", None, "{}", at(0))
        .await
        .unwrap();
    store
        .submit_request(a, &request(draft, "REQ-2026-00001", None))
        .await
        .unwrap();
    assert_eq!(
        store
            .open_cases_for_child(a, "  ava brook ", "2017-05-04")
            .await
            .unwrap(),
        ["REQ-2026-00001"]
    );
    assert!(store
        .open_cases_for_child(a, "Ava Brook", "2017-05-05")
        .await
        .unwrap()
        .is_empty());
    let b = authority(store, "940").await;
    assert!(store
        .open_cases_for_child(b, "Ava Brook", "2017-05-04")
        .await
        .unwrap()
        .is_empty());
}
