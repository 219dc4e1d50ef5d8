//! The store conformance suite: every test runs on SQLite, and on
//! PostgreSQL when TANDEM_TEST_POSTGRES_URL is set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use jiff::Timestamp;
use serde_json::json;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};
use tandem_domain::role::Role;
use tandem_store::*;

conformance!(
    authorities_schools_and_people_round_trip,
    an_email_is_used_once,
    two_writers_at_the_same_version_one_wins_and_the_other_writes_nothing,
    an_append_at_a_stale_version_is_a_conflict,
    nothing_of_one_authority_is_readable_as_another,
    disabling_a_person_ends_all_their_sessions,
    failed_sign_ins_are_counted_within_a_window,
    the_audit_log_lists_newest_first_within_its_authority,
    an_oidc_login_state_is_used_once,
    case_lists_filter_and_order_by_what_falls_due_first,
    migrations_go_down_and_up_again,
    messages_join_the_outbox_with_their_events_or_not_at_all,
    documents_stay_with_their_case_and_authority,
    imported_documents_keep_their_dates_and_go_in_together,
    schools_and_people_keep_their_contact_details,
    a_due_message_is_claimed_by_one_sender_only,
    a_reminder_is_recorded_and_queued_once,
);

async fn authority(store: &SqlStore, code: &str) -> AuthorityId {
    store
        .create_authority(&format!("Authority {code}"), code, "TST")
        .await
        .unwrap()
}

async fn person(store: &SqlStore, authority: AuthorityId, email: &str, role: Role) -> PersonId {
    let new = NewPerson {
        email: email.into(),
        name: format!("Person {email}"),
        role,
        school: None,
        password_hash: Some("hash".into()),
        totp_secret: None,
    };
    store.create_person(authority, &new).await.unwrap()
}

fn event(kind: &str, n: i64) -> NewEvent {
    NewEvent {
        event_type: kind.into(),
        payload: json!({ "n": n }),
        actor: None,
        recorded_at: Timestamp::from_second(1_700_000_000 + n).unwrap(),
    }
}

fn read_model(stage: &str, next_due: Option<&str>) -> CaseReadModel {
    CaseReadModel {
        coordinator: None,
        stage: stage.into(),
        next_due: next_due.map(str::to_owned),
        rag: "green".into(),
    }
}

async fn open_case(
    store: &SqlStore,
    authority: AuthorityId,
    reference: &str,
    due: Option<&str>,
) -> CaseId {
    let new = NewCase {
        reference: reference.into(),
        child_name: format!("Child {reference}"),
        child_date_of_birth: Some("2018-04-01".into()),
        school: None,
        opened_on: "2026-09-01".into(),
        read_model: read_model("request", due),
    };
    store
        .create_case(authority, &new, &[event("request_received", 0)])
        .await
        .unwrap()
}

async fn authorities_schools_and_people_round_trip(store: &SqlStore) {
    store.ping().await.unwrap();
    let a = authority(store, "901").await;
    let school = store
        .create_school(a, "Brook Primary", "100001", "primary")
        .await
        .unwrap();
    assert_eq!(store.schools(a).await.unwrap()[0].id, school);
    let p = person(store, a, "Coordinator@Example.TEST", Role::Coordinator).await;
    let found = store
        .person_by_email(" coordinator@example.test ")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (found.id, found.role, found.authority),
        (p, Role::Coordinator, a)
    );
    assert_eq!(store.authority(a).await.unwrap().unwrap().la_code, "901");
    assert!(matches!(
        store.create_school(a, "Copy", "100001", "primary").await,
        Err(StoreError::Duplicate { .. })
    ));
}

async fn an_email_is_used_once(store: &SqlStore) {
    let a = authority(store, "902").await;
    person(store, a, "same@example.test", Role::Parent).await;
    let again = NewPerson {
        email: "SAME@example.test".into(),
        name: "Another".into(),
        role: Role::Parent,
        school: None,
        password_hash: None,
        totp_secret: None,
    };
    assert!(matches!(
        store.create_person(a, &again).await,
        Err(StoreError::Duplicate {
            what: "That email address"
        })
    ));
}

async fn two_writers_at_the_same_version_one_wins_and_the_other_writes_nothing(store: &SqlStore) {
    let a = authority(store, "903").await;
    let case = open_case(store, a, "TST-2026-00001", None).await;
    for round in 0..10 {
        let version = store.case(a, case).await.unwrap().unwrap().version;
        let (s1, s2) = (store.clone(), store.clone());
        let one = tokio::spawn(async move {
            s1.append_events(
                a,
                case,
                version,
                &[event("writer_one", round), event("writer_one", round)],
                &read_model("one", None),
                &[],
            )
            .await
        });
        let two = tokio::spawn(async move {
            s2.append_events(
                a,
                case,
                version,
                &[event("writer_two", round)],
                &read_model("two", None),
                &[],
            )
            .await
        });
        let (one, two) = (one.await.unwrap(), two.await.unwrap());
        let winner = match (&one, &two) {
            (Ok(_), Err(StoreError::Conflict)) => "writer_one",
            (Err(StoreError::Conflict), Ok(_)) => "writer_two",
            other => panic!("exactly one writer must win: {other:?}"),
        };
        let events = store.events(a, case).await.unwrap();
        let after: Vec<_> = events.iter().filter(|e| e.seq > version).collect();
        assert!(
            after.iter().all(|e| e.event_type == winner),
            "the loser wrote nothing"
        );
        let expected = if winner == "writer_one" { 2 } else { 1 };
        assert_eq!(after.len(), expected);
        let summary = store.case(a, case).await.unwrap().unwrap();
        assert_eq!(summary.version, version + expected as i64);
        assert_eq!(
            summary.stage,
            if winner == "writer_one" { "one" } else { "two" }
        );
        let seqs: Vec<i64> = events.iter().map(|e| e.seq).collect();
        assert_eq!(seqs, (1..=summary.version).collect::<Vec<_>>());
    }
}

async fn an_append_at_a_stale_version_is_a_conflict(store: &SqlStore) {
    let a = authority(store, "904").await;
    let case = open_case(store, a, "TST-2026-00002", None).await;
    assert_eq!(
        store
            .append_events(
                a,
                case,
                1,
                &[event("allocated", 1)],
                &read_model("allocated", None),
                &[]
            )
            .await
            .unwrap(),
        2
    );
    assert!(matches!(
        store
            .append_events(
                a,
                case,
                1,
                &[event("late", 2)],
                &read_model("late", None),
                &[]
            )
            .await,
        Err(StoreError::Conflict)
    ));
    let events = store.events(a, case).await.unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(events[1].payload, json!({ "n": 1 }));
    assert_eq!(
        store.case(a, case).await.unwrap().unwrap().stage,
        "allocated"
    );
}

async fn nothing_of_one_authority_is_readable_as_another(store: &SqlStore) {
    let a = authority(store, "905").await;
    let b = authority(store, "906").await;
    let school = store
        .create_school(a, "A School", "200001", "primary")
        .await
        .unwrap();
    let parent = person(store, a, "parent-a@example.test", Role::Parent).await;
    let case = open_case(store, a, "TST-2026-00003", Some("2026-10-01")).await;
    store
        .link_person(a, case, parent, CaseRelation::Family)
        .await
        .unwrap();
    store
        .record_audit(
            a,
            &NewAuditEntry {
                person: Some(parent),
                action: "view".into(),
                case: Some(case),
                detail: "x".into(),
            },
        )
        .await
        .unwrap();
    store
        .enqueue_message(
            a,
            &NewMessage {
                case: Some(case),
                channel: "email".into(),
                recipient: "p@example.test".into(),
                subject: "s".into(),
                body: "b".into(),
            },
        )
        .await
        .unwrap();

    assert!(store.case(b, case).await.unwrap().is_none());
    assert!(store
        .case_by_reference(b, "TST-2026-00003")
        .await
        .unwrap()
        .is_none());
    assert!(store
        .cases(b, &CaseFilter::default())
        .await
        .unwrap()
        .is_empty());
    assert!(store
        .cases(
            b,
            &CaseFilter {
                family_member: Some(parent),
                ..Default::default()
            }
        )
        .await
        .unwrap()
        .is_empty());
    assert_eq!(store.count_cases(b).await.unwrap(), 0);
    assert!(store.events(b, case).await.unwrap().is_empty());
    assert!(store.case_parties(b, case).await.unwrap().is_none());
    assert!(store.person(b, parent).await.unwrap().is_none());
    assert!(store.people(b).await.unwrap().is_empty());
    assert!(store
        .schools(b)
        .await
        .unwrap()
        .iter()
        .all(|s| s.id != school));
    assert!(store.audit_log(b, 100).await.unwrap().is_empty());
    assert!(store.messages_for_case(b, case).await.unwrap().is_empty());
    assert!(store.oidc_provider(b).await.unwrap().is_none());
    // Writing as B to A's records finds nothing and changes nothing.
    assert!(matches!(
        store
            .append_events(b, case, 1, &[event("x", 1)], &read_model("x", None), &[])
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store
            .link_person(b, case, parent, CaseRelation::Family)
            .await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.set_disabled(b, parent, true).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        store.set_password_hash(b, parent, "h").await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(store.events(a, case).await.unwrap().len(), 1);
    assert!(!store.person(a, parent).await.unwrap().unwrap().disabled);
    // And A still sees all of its own.
    assert_eq!(
        store
            .cases(
                a,
                &CaseFilter {
                    family_member: Some(parent),
                    ..Default::default()
                }
            )
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        store.case_parties(a, case).await.unwrap().unwrap().family,
        vec![parent]
    );
}

fn session(id: &str, a: AuthorityId, p: PersonId) -> Session {
    let now = Timestamp::now();
    Session {
        id_hash: id.into(),
        person: p,
        authority: a,
        csrf_token: format!("csrf-{id}"),
        second_factor_done: false,
        created_at: now,
        last_seen_at: now,
    }
}

async fn disabling_a_person_ends_all_their_sessions(store: &SqlStore) {
    let a = authority(store, "907").await;
    let p = person(store, a, "staff@example.test", Role::Coordinator).await;
    let other = person(store, a, "other@example.test", Role::Coordinator).await;
    for id in ["s1", "s2", "s3"] {
        store.create_session(&session(id, a, p)).await.unwrap();
    }
    store
        .create_session(&session("o1", a, other))
        .await
        .unwrap();
    store.complete_second_factor("s1").await.unwrap();
    assert!(
        store
            .session("s1")
            .await
            .unwrap()
            .unwrap()
            .second_factor_done
    );
    store.delete_session("s3").await.unwrap();
    assert!(store.session("s3").await.unwrap().is_none());
    assert_eq!(store.count_sessions(a, p).await.unwrap(), 2);
    store.create_session(&session("s4", a, p)).await.unwrap();
    store.delete_other_sessions(a, p, "s4").await.unwrap();
    assert_eq!(store.count_sessions(a, p).await.unwrap(), 1);
    assert!(store.session("s4").await.unwrap().is_some());
    assert!(
        store.session("o1").await.unwrap().is_some(),
        "other people keep theirs"
    );
    store.create_session(&session("s1", a, p)).await.unwrap();
    store.set_disabled(a, p, true).await.unwrap();
    assert_eq!(store.count_sessions(a, p).await.unwrap(), 0);
    assert!(store.session("s1").await.unwrap().is_none());
    assert!(store.session("o1").await.unwrap().is_some());
    assert!(store.person(a, p).await.unwrap().unwrap().disabled);
}

async fn failed_sign_ins_are_counted_within_a_window(store: &SqlStore) {
    let t0 = Timestamp::from_second(1_800_000_000).unwrap();
    let window = 15 * 60 * 1000;
    for expected in 1..=3 {
        assert_eq!(
            store
                .record_sign_in_failure("who@example.test", t0, window)
                .await
                .unwrap(),
            expected
        );
    }
    assert_eq!(
        store
            .sign_in_failures("who@example.test", t0, window)
            .await
            .unwrap(),
        3
    );
    let later = Timestamp::from_second(1_800_000_000 + 16 * 60).unwrap();
    assert_eq!(
        store
            .sign_in_failures("who@example.test", later, window)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store
            .record_sign_in_failure("who@example.test", later, window)
            .await
            .unwrap(),
        1
    );
    store
        .clear_sign_in_failures("who@example.test")
        .await
        .unwrap();
    assert_eq!(
        store
            .sign_in_failures("who@example.test", later, window)
            .await
            .unwrap(),
        0
    );
}

async fn the_audit_log_lists_newest_first_within_its_authority(store: &SqlStore) {
    let a = authority(store, "908").await;
    let p = person(store, a, "admin@example.test", Role::AuthorityAdmin).await;
    for n in 0..3 {
        let entry = NewAuditEntry {
            person: Some(p),
            action: format!("action {n}"),
            case: None,
            detail: String::new(),
        };
        store.record_audit(a, &entry).await.unwrap();
    }
    let log = store.audit_log(a, 2).await.unwrap();
    assert_eq!(
        log.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(),
        ["action 2", "action 1"]
    );
    assert_eq!(
        log[0].person_name.as_deref(),
        Some("Person admin@example.test")
    );
}

async fn an_oidc_login_state_is_used_once(store: &SqlStore) {
    let a = authority(store, "909").await;
    let login = OidcLogin {
        state: "st".into(),
        authority: a,
        nonce: "n".into(),
        pkce_verifier: "v".into(),
        created_at: Timestamp::from_second(1_800_000_000).unwrap(),
    };
    store.save_oidc_login(&login).await.unwrap();
    assert_eq!(store.take_oidc_login("st").await.unwrap(), Some(login));
    assert_eq!(store.take_oidc_login("st").await.unwrap(), None);
    let provider = OidcProvider {
        authority: a,
        issuer_url: "http://127.0.0.1:1".into(),
        client_id: "c".into(),
        client_secret: "s".into(),
    };
    store.set_oidc_provider(&provider).await.unwrap();
    store.set_oidc_provider(&provider).await.unwrap();
    assert_eq!(store.oidc_provider(a).await.unwrap(), Some(provider));
}

async fn case_lists_filter_and_order_by_what_falls_due_first(store: &SqlStore) {
    let a = authority(store, "910").await;
    let c = person(store, a, "coord@example.test", Role::Coordinator).await;
    let late = open_case(store, a, "TST-2026-00010", Some("2026-12-01")).await;
    let soon = open_case(store, a, "TST-2026-00011", Some("2026-10-01")).await;
    let none = open_case(store, a, "TST-2026-00012", None).await;
    let order: Vec<CaseId> = store
        .cases(a, &CaseFilter::default())
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(order, [soon, late, none]);
    let second_page: Vec<CaseId> = store
        .cases(
            a,
            &CaseFilter {
                limit: 2,
                offset: 1,
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(second_page, [late, none]);
    let mut rm = read_model("assessing", Some("2026-11-01"));
    rm.coordinator = Some(c);
    rm.rag = "amber".into();
    store
        .append_events(a, late, 1, &[event("allocated", 1)], &rm, &[])
        .await
        .unwrap();
    let mine = store
        .cases(
            a,
            &CaseFilter {
                coordinator: Some(c),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(mine.iter().map(|c| c.id).collect::<Vec<_>>(), [late]);
    let amber = store
        .cases(
            a,
            &CaseFilter {
                coordinator: Some(c),
                rag: Some("amber".into()),
                stage: Some("assessing".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(amber.len(), 1);
    assert!(store
        .cases(
            a,
            &CaseFilter {
                rag: Some("red".into()),
                ..Default::default()
            }
        )
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .case_by_reference(a, "TST-2026-00011")
            .await
            .unwrap()
            .unwrap()
            .id,
        soon
    );
}

async fn migrations_go_down_and_up_again(store: &SqlStore) {
    let a = authority(store, "911").await;
    open_case(store, a, "TST-2026-00020", None).await;
    store.migrate_down_to(0).await.unwrap();
    assert!(store.authorities().await.is_err(), "the tables are gone");
    store.migrate().await.unwrap();
    assert!(store.authorities().await.unwrap().is_empty());
    if let Some((mode, sync)) = store.sqlite_durability().await.unwrap() {
        assert_eq!(
            (mode.as_str(), sync),
            ("wal", 2),
            "WAL and synchronous=FULL"
        );
    }
}

fn message(to: &str) -> NewMessage {
    NewMessage {
        case: None,
        channel: "email".into(),
        recipient: to.into(),
        subject: "Decision".into(),
        body: "We have decided.".into(),
    }
}

async fn messages_join_the_outbox_with_their_events_or_not_at_all(store: &SqlStore) {
    let a = authority(store, "912").await;
    let case = open_case(store, a, "TST-2026-00030", None).await;
    let mut sent = message("family@example.test");
    sent.case = Some(case);
    store
        .append_events(
            a,
            case,
            1,
            &[event("decided", 1)],
            &read_model("assessing", None),
            &[sent.clone()],
        )
        .await
        .unwrap();
    let refused = store
        .append_events(
            a,
            case,
            1,
            &[event("late", 2)],
            &read_model("x", None),
            &[message("never@example.test")],
        )
        .await;
    assert!(matches!(refused, Err(StoreError::Conflict)));
    let t0 = Timestamp::now();
    let due = store.due_messages(t0, 10).await.unwrap();
    assert_eq!(
        due.iter().map(|m| m.recipient.as_str()).collect::<Vec<_>>(),
        ["family@example.test"]
    );
    let id = due[0].id;
    let retry = t0.checked_add(jiff::SignedDuration::from_mins(5)).unwrap();
    store
        .mark_message_failed(id, "connection refused", retry)
        .await
        .unwrap();
    assert!(
        store.due_messages(t0, 10).await.unwrap().is_empty(),
        "not before its retry time"
    );
    let again = store.due_messages(retry, 10).await.unwrap();
    assert_eq!(
        (again[0].attempts, again[0].last_error.as_deref()),
        (1, Some("connection refused"))
    );
    store.mark_message_sent(id, retry).await.unwrap();
    assert!(store.due_messages(retry, 10).await.unwrap().is_empty());
    let kept = store.messages_for_case(a, case).await.unwrap();
    assert_eq!(
        (kept.len(), kept[0].attempts, kept[0].sent_at.is_some()),
        (1, 2, true)
    );
}

async fn schools_and_people_keep_their_contact_details(store: &SqlStore) {
    let a = authority(store, "913").await;
    let b = authority(store, "914").await;
    let school = store
        .create_school(a, "Brook Primary", "900913", "primary")
        .await
        .unwrap();
    assert_eq!(store.school_email(a, school).await.unwrap(), None);
    store
        .set_school_email(a, school, Some("senco@brook.example.test"))
        .await
        .unwrap();
    assert_eq!(
        store.school_email(a, school).await.unwrap().as_deref(),
        Some("senco@brook.example.test")
    );
    assert_eq!(
        store.school_email(b, school).await.unwrap(),
        None,
        "not readable as another authority"
    );
    assert!(matches!(
        store.set_school_email(b, school, None).await,
        Err(StoreError::NotFound)
    ));
    let parent = person(store, a, "parent913@example.test", Role::Parent).await;
    assert_eq!(
        store.contact_preferences(a, parent).await.unwrap(),
        Some(ContactPreferences::default())
    );
    let polish = ContactPreferences {
        channel: "email".into(),
        language: "pl".into(),
    };
    store
        .set_contact_preferences(a, parent, &polish)
        .await
        .unwrap();
    assert_eq!(
        store.contact_preferences(a, parent).await.unwrap(),
        Some(polish.clone())
    );
    assert_eq!(store.contact_preferences(b, parent).await.unwrap(), None);
    assert!(matches!(
        store.set_contact_preferences(b, parent, &polish).await,
        Err(StoreError::NotFound)
    ));
}

async fn a_due_message_is_claimed_by_one_sender_only(store: &SqlStore) {
    let a = authority(store, "915").await;
    let id = store
        .enqueue_message(a, &message("claim@example.test"))
        .await
        .unwrap();
    let now = Timestamp::now();
    let lease = now
        .checked_add(jiff::SignedDuration::from_mins(10))
        .unwrap();
    assert!(store.claim_message(id, now, lease).await.unwrap());
    assert!(
        !store.claim_message(id, now, lease).await.unwrap(),
        "a second sender does not get it"
    );
    assert!(
        store.due_messages(now, 10).await.unwrap().is_empty(),
        "claimed messages are not due"
    );
    assert_eq!(
        store.due_messages(lease, 10).await.unwrap().len(),
        1,
        "due again if the claim lapses"
    );
    store.mark_message_sent(id, now).await.unwrap();
    assert!(
        !store.claim_message(id, lease, lease).await.unwrap(),
        "a sent message is never claimed"
    );
}

async fn a_reminder_is_recorded_and_queued_once(store: &SqlStore) {
    let a = authority(store, "916").await;
    let b = authority(store, "917").await;
    let case = open_case(store, a, "TST-2026-00040", None).await;
    let key = ReminderKey {
        milestone: "advice:1".into(),
        step: "chase_4_weeks".into(),
        sent_on: "2026-10-01".into(),
    };
    let mut chase = message("adviser@example.test");
    chase.case = Some(case);
    assert!(store
        .record_reminder(a, case, &key, &[chase.clone()])
        .await
        .unwrap());
    let again = ReminderKey {
        sent_on: "2026-10-02".into(),
        ..key.clone()
    };
    assert!(!store
        .record_reminder(a, case, &again, &[chase.clone()])
        .await
        .unwrap());
    assert!(
        !store
            .record_reminder(b, case, &key, &[chase.clone()])
            .await
            .unwrap(),
        "not as another authority"
    );
    let next = ReminderKey {
        step: "chase_5_weeks".into(),
        ..key
    };
    assert!(store
        .record_reminder(a, case, &next, &[chase])
        .await
        .unwrap());
    assert_eq!(store.messages_for_case(a, case).await.unwrap().len(), 2);
}

async fn documents_stay_with_their_case_and_authority(store: &SqlStore) {
    let a = authority(store, "913").await;
    let b = authority(store, "914").await;
    let case = open_case(store, a, "TST-2026-00040", None).await;
    let content = b"%PDF-1.4 not really a pdf \x00\xff".to_vec();
    let new = NewDocument {
        name: "EP advice.pdf".into(),
        content_type: "application/pdf".into(),
        content: content.clone(),
        uploaded_by: None,
        family_visible: false,
    };
    let id = store.add_document(a, case, &new).await.unwrap();
    let listed = store.documents(a, case).await.unwrap();
    assert_eq!(
        (listed.len(), listed[0].name.as_str(), listed[0].size_bytes),
        (1, "EP advice.pdf", content.len() as i64)
    );
    let (doc, bytes) = store.document_content(a, case, id).await.unwrap().unwrap();
    assert_eq!((doc.id, bytes), (id, content));
    assert!(store.documents(b, case).await.unwrap().is_empty());
    assert!(store.document_content(b, case, id).await.unwrap().is_none());
    assert!(matches!(
        store.add_document(b, case, &new).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(store.documents(a, case).await.unwrap().len(), 1);
}

async fn imported_documents_keep_their_dates_and_go_in_together(store: &SqlStore) {
    let a = authority(store, "915").await;
    let b = authority(store, "916").await;
    let first = open_case(store, a, "TST-2026-00050", None).await;
    let second = open_case(store, a, "TST-2026-00051", None).await;
    let elsewhere = open_case(store, b, "TST-2026-00052", None).await;
    let received: Timestamp = "2025-02-12T10:30:00Z".parse().unwrap();
    let imported = |case: CaseId, name: &str| ImportedDocument {
        case,
        received_at: received,
        document: NewDocument {
            name: name.into(),
            content_type: "text/plain; charset=utf-8".into(),
            content: format!("{name}: advice").into_bytes(),
            uploaded_by: None,
            family_visible: true,
        },
    };
    let batch = [
        imported(first, "psychological-advice.txt"),
        imported(first, "medical-advice.txt"),
        imported(second, "educational-advice.txt"),
    ];
    store.import_documents(a, &batch).await.unwrap();
    let listed = store.documents(a, first).await.unwrap();
    assert_eq!(listed.len(), 2);
    assert!(listed
        .iter()
        .all(|d| d.uploaded_at == received && d.family_visible));
    let (_, bytes) = store
        .document_content(a, second, store.documents(a, second).await.unwrap()[0].id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(bytes, b"educational-advice.txt: advice");

    // A case of another authority spoils the batch: nothing of it is added.
    let spoiled = [
        imported(second, "social-care-advice.txt"),
        imported(elsewhere, "parent-carer-views.txt"),
    ];
    assert!(matches!(
        store.import_documents(a, &spoiled).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(store.documents(a, second).await.unwrap().len(), 1);
    assert!(store.documents(b, elsewhere).await.unwrap().is_empty());
}
