//! Sending a request: it becomes a case with its clock started, the family
//! is linked to it (with an account to set up), likely duplicates are
//! flagged for staff, and the confirmation emails are queued, all in one
//! transaction.

use tandem_domain::case::{decide, CaseState, Command};
use tandem_domain::ids::PersonId;
use tandem_domain::request_form::{Answers, RequesterKind};
use tandem_domain::role::Role;
use tandem_store::read_model::{project, to_new_events};
use tandem_store::{
    AccountTokenPurpose, ContactPreferences, NewCase, NewMessage, NewPerson, StoreError,
    SubmitOutcome, SubmittedRequest,
};

use super::summary::{as_text, rows};
use super::Draft;
use crate::auth::session::{hash_token, random_token, SignedIn};
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::AppState;

/// How long the "set up your account" link in the confirmation works.
const SET_UP_LINK_DAYS: i64 = 7;

/// The family account the case is linked to, and a link to set its
/// password when it has none yet.
async fn family_account(
    state: &AppState,
    who: Option<&SignedIn>,
    draft: &Draft,
) -> WebResult<(Option<PersonId>, Option<String>)> {
    let authority = draft.row.authority;
    if let Some(person) = draft.row.person {
        return Ok((Some(person), None));
    }
    if let Some(w) = who.filter(|w| w.person.role.is_family() && w.person.authority == authority) {
        return Ok((Some(w.person.id), None));
    }
    let a = &draft.answers;
    let Some(email) = a.family_email() else {
        return Ok((None, None));
    };
    let person = match state.store.person_by_email(email).await? {
        // Someone who already has an account here: link it, no new link.
        Some(p) if p.authority == authority && p.role.is_family() => return Ok((Some(p.id), None)),
        Some(_) => return Ok((None, None)),
        None => {
            let young_person = a.requester_kind() == Some(RequesterKind::YoungPerson);
            let name = if young_person || a.parent_1_name.trim().is_empty() {
                a.child_name()
            } else {
                a.parent_1_name.trim().to_owned()
            };
            let new = NewPerson {
                email: email.to_owned(),
                name,
                role: if young_person {
                    Role::YoungPerson
                } else {
                    Role::Parent
                },
                school: None,
                password_hash: None,
                totp_secret: None,
            };
            match state.store.create_family_account(authority, &new).await {
                Ok(id) => id,
                Err(StoreError::Duplicate { .. }) => return Ok((None, None)),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let channel = match a.contact_channel.as_str() {
        "phone" | "post" => a.contact_channel.clone(),
        _ => "email".to_owned(),
    };
    let prefs = ContactPreferences {
        channel,
        language: a.family_language().tag().to_owned(),
    };
    state
        .store
        .set_contact_preferences(authority, person, &prefs)
        .await?;
    let secret = random_token();
    let expires = state.clock.now() + jiff::SignedDuration::from_hours(24 * SET_UP_LINK_DAYS);
    state
        .store
        .create_account_token(
            authority,
            person,
            &hash_token(&secret),
            AccountTokenPurpose::SetPassword,
            expires,
        )
        .await?;
    let link = format!("{}/account/new-password/{secret}", state.config.public_url);
    Ok((Some(person), Some(link)))
}

fn confirmation_email(
    tr: &Tr,
    council: &str,
    a: &Answers,
    reference: &str,
    six: &str,
    answers_text: &str,
    set_up: Option<&str>,
) -> (String, String) {
    let child = a.child_name();
    let mut body = vec![
        tr.t("email-greeting"),
        tr.with(
            "email-confirm-intro",
            &[("child", &child), ("reference", reference)],
        ),
        tr.with("email-confirm-next", &[("six", six)]),
    ];
    if let Some(link) = set_up {
        body.push(format!("{}\n{link}", tr.t("email-confirm-account")));
    }
    body.push(format!(
        "{}\n\n{answers_text}",
        tr.t("email-confirm-answers")
    ));
    body.push(tr.with("email-sign-off", &[("council", council)]));
    (
        tr.with("email-confirm-subject", &[("reference", reference)]),
        body.join("\n\n"),
    )
}

pub async fn submit(
    state: &AppState,
    who: Option<&SignedIn>,
    draft: &Draft,
    page_tr: &Tr,
) -> WebResult<String> {
    let authority_id = draft.row.authority;
    let authority = state
        .store
        .authority(authority_id)
        .await?
        .ok_or(WebError::NotFound)?;
    let a = &draft.answers;
    let today = state.today();
    let requester = a
        .requester_kind()
        .ok_or_else(|| WebError::Unprocessable("Say who is asking".into()))?
        .requester();
    let command = Command::RecordRequest {
        on: today,
        requester,
        school_id: a.school_id(),
    };
    let events = decide(&CaseState::default(), command, today)
        .map_err(|refusal| WebError::Unprocessable(refusal.to_string()))?;
    let case_state = CaseState::from_events(&events);
    let dob = a.date_of_birth().map(|d| d.to_string());
    let duplicate = match &dob {
        Some(dob) => state
            .store
            .open_cases_for_child(authority_id, &a.child_name(), dob)
            .await?
            .into_iter()
            .next(),
        None => None,
    };
    let (family, set_up) = family_account(state, who, draft).await?;
    let stored = to_new_events(&events, family, state.clock.now())?;
    let schools = state.store.schools(authority_id).await?;
    let files = state
        .store
        .request_files(authority_id, draft.row.id)
        .await?;
    let family_tr = Tr::new(a.family_language());
    let six_date = tandem_domain::clock::timescale::weeks_after(today, 6);
    let answers_json = super::to_json(a)?;

    // Two requests sent in the same moment can pick the same number; the
    // unique reference turns the second away and it takes the next.
    for _ in 0..5 {
        let reference = state
            .store
            .next_case_reference(authority_id, &authority.case_prefix, today.year())
            .await?;
        let mut messages = Vec::new();
        if let Some(email) = a.family_email() {
            let text = as_text(&rows(a, &family_tr, &schools, &files));
            let (subject, body) = confirmation_email(
                &family_tr,
                &authority.name,
                a,
                &reference,
                &family_tr.date(six_date),
                &text,
                set_up.as_deref(),
            );
            messages.push(NewMessage {
                case: None,
                channel: "email".into(),
                recipient: email.to_owned(),
                subject,
                body,
            });
        }
        if a.requester_kind() == Some(RequesterKind::School) {
            let tr = page_tr;
            let body = [
                tr.t("email-greeting"),
                tr.with(
                    "email-confirm-school",
                    &[("child", &a.child_name()), ("reference", &reference)],
                ),
                tr.with("email-sign-off", &[("council", &authority.name)]),
            ]
            .join("\n\n");
            messages.push(NewMessage {
                case: None,
                channel: "email".into(),
                recipient: a.requester_email.trim().to_owned(),
                subject: tr.with("email-confirm-subject", &[("reference", &reference)]),
                body,
            });
        }
        let request = SubmittedRequest {
            draft: draft.row.id,
            case: NewCase {
                reference: reference.clone(),
                child_name: a.child_name(),
                child_date_of_birth: dob.clone(),
                school: a.school_id().map(tandem_domain::ids::SchoolId),
                opened_on: today.to_string(),
                read_model: project(&case_state, today),
            },
            events: stored.clone(),
            answers: answers_json.clone(),
            possible_duplicate_of: duplicate.clone(),
            family,
            messages,
        };
        match state.store.submit_request(authority_id, &request).await {
            Ok(SubmitOutcome::Opened { case, reference }) => {
                // Families may ask without signing in, so this entry can have no
                // actor; it is the one audit entry written outside the guard.
                let entry = tandem_store::NewAuditEntry {
                    person: family,
                    action: "request received online".into(),
                    case: Some(case),
                    detail: reference.clone(),
                };
                state.store.record_audit(authority_id, &entry).await?;
                // The evidence sent with the request is the case's first reading.
                crate::findings::analyse_later(state, authority_id, case);
                return Ok(reference);
            }
            Ok(SubmitOutcome::AlreadySent { reference, .. }) => return Ok(reference),
            Err(StoreError::Duplicate { .. }) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(WebError::Internal(anyhow::anyhow!(
        "no free case reference after five tries"
    )))
}
