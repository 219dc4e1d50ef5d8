//! Who a message goes to: a person by their chosen channel and language, or
//! a school by the address it gave.

use tandem_domain::ids::{AuthorityId, CaseId, PersonId, SchoolId};
use tandem_store::{NewMessage, Store, StoreResult};

use super::letters::{Language, Letter};

/// Where and how to reach one reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    /// "email" today. A message on a channel the sender cannot use yet is
    /// still queued, so that its failure shows on the case's messages page
    /// rather than the family silently hearing nothing.
    pub channel: String,
    pub address: String,
    pub language: Language,
}

/// The person's contact, or `None` if they are unknown or disabled.
pub async fn person(
    store: &dyn Store,
    authority: AuthorityId,
    id: PersonId,
) -> StoreResult<Option<Contact>> {
    let Some(person) = store.person(authority, id).await? else {
        return Ok(None);
    };
    if person.disabled || person.email.trim().is_empty() {
        return Ok(None);
    }
    let prefs = store
        .contact_preferences(authority, id)
        .await?
        .unwrap_or_default();
    Ok(Some(Contact {
        name: person.name,
        channel: prefs.channel,
        address: person.email,
        language: Language::for_tag(&prefs.language),
    }))
}

/// The school's contact, or `None` if it has given no email address.
pub async fn school(
    store: &dyn Store,
    authority: AuthorityId,
    id: SchoolId,
) -> StoreResult<Option<Contact>> {
    let Some(address) = store.school_email(authority, id).await? else {
        return Ok(None);
    };
    if address.trim().is_empty() {
        return Ok(None);
    }
    let name = store
        .schools(authority)
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .map(|s| s.name)
        .unwrap_or_else(|| "the school".to_owned());
    Ok(Some(Contact {
        name,
        channel: "email".to_owned(),
        address,
        language: Language::English,
    }))
}

pub fn message(case: CaseId, to: &Contact, letter: Letter) -> NewMessage {
    NewMessage {
        case: Some(case),
        channel: to.channel.clone(),
        recipient: to.address.clone(),
        subject: letter.subject,
        body: letter.body,
    }
}
