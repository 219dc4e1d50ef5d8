//! Notifications: what the family, the school and staff are told when a case
//! moves on, put in the outbox with the events that caused them.
//!
//! - [`messages_for`]: the letters a decided command sends (`messages`,
//!   worded in `letters` and one file per language).
//! - [`reminders::remind`]: the daily pass that reminds staff of deadlines
//!   and chases late advice.
//! - [`sender::send_due`]: the worker that sends the outbox over SMTP.

mod arabic;
mod english;
pub mod letters;
pub mod messages;
mod notice;
mod polish;
pub mod recipients;
pub mod reminders;
pub mod sender;
mod somali;
mod staff_letters;
pub mod worker;

use tandem_domain::access::CaseParties;
use tandem_domain::case::CaseEvent;
use tandem_domain::ids::SchoolId;
use tandem_store::read_model::to_case_events;
use tandem_store::{CaseSummary, NewMessage, Store, StoreResult};

use crate::error::WebResult;
use crate::AppState;
use letters::{family_letter, school_letter, LetterFacts};
use messages::{notices, Audience};

/// The messages that `events`, just decided on `case`, should send.
pub async fn messages_for(
    state: &AppState,
    case: &CaseSummary,
    parties: &CaseParties,
    events: &[CaseEvent],
) -> WebResult<Vec<NewMessage>> {
    Ok(compose(state.store.as_ref(), case, parties, events).await?)
}

/// As [`messages_for`], from the store alone. `events` are not yet in the
/// store: each is read against the stored history and those before it.
pub async fn compose(
    store: &dyn Store,
    case: &CaseSummary,
    parties: &CaseParties,
    events: &[CaseEvent],
) -> StoreResult<Vec<NewMessage>> {
    let authority = case.authority;
    let authority_name = store
        .authority(authority)
        .await?
        .map(|a| a.name)
        .unwrap_or_default();
    let mut history = to_case_events(&store.events(authority, case.id).await?)?;
    let mut family = Vec::new();
    for id in &parties.family {
        family.extend(recipients::person(store, authority, *id).await?);
    }
    let own_school = match case.school.or(parties.school) {
        Some(id) => recipients::school(store, authority, id).await?,
        None => None,
    };
    let mut out = Vec::new();
    for event in events {
        for (audience, notice) in notices(&history, event) {
            let facts = |reader: &str| LetterFacts {
                child: case.child_name.clone(),
                authority: authority_name.clone(),
                reference: case.reference.clone(),
                reader: reader.to_owned(),
                dated: event.on(),
            };
            match audience {
                Audience::FamilyAndSchool => {
                    for to in &family {
                        let letter = family_letter(to.language, &facts(&to.name), &notice);
                        out.push(recipients::message(case.id, to, letter));
                    }
                    if let Some(to) = &own_school {
                        let letter = school_letter(to.language, &facts(&to.name), &notice);
                        out.push(recipients::message(case.id, to, letter));
                    }
                }
                Audience::ConsultedSchool(id) => {
                    if let Some(to) = recipients::school(store, authority, SchoolId(id)).await? {
                        let letter = school_letter(to.language, &facts(&to.name), &notice);
                        out.push(recipients::message(case.id, &to, letter));
                    }
                }
            }
        }
        history.push(event.clone());
    }
    Ok(out)
}
