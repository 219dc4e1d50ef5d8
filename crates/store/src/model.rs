//! What the store keeps, as plain records.

use jiff::Timestamp;
use serde::Serialize;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId, SchoolId};
use tandem_domain::role::Role;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Authority {
    pub id: AuthorityId,
    pub name: String,
    /// The DfE local authority code, e.g. "999".
    pub la_code: String,
    /// Starts every case reference, e.g. "TDM".
    pub case_prefix: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct School {
    pub id: SchoolId,
    pub authority: AuthorityId,
    pub name: String,
    /// The DfE unique reference number.
    pub urn: String,
    pub phase: String,
}

#[derive(Debug, Clone)]
pub struct NewPerson {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub school: Option<SchoolId>,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: PersonId,
    pub authority: AuthorityId,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub school: Option<SchoolId>,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub disabled: bool,
    /// False for a family's own sign-up until they follow the emailed link.
    pub email_verified: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// SHA-256 of the cookie's secret: a copy of the database opens no session.
    pub id_hash: String,
    pub person: PersonId,
    pub authority: AuthorityId,
    pub csrf_token: String,
    pub second_factor_done: bool,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub person: Option<PersonId>,
    pub person_name: Option<String>,
    pub action: String,
    pub case: Option<CaseId>,
    pub detail: String,
    pub at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct NewAuditEntry {
    pub person: Option<PersonId>,
    pub action: String,
    pub case: Option<CaseId>,
    pub detail: String,
}

#[derive(Debug, Clone)]
pub struct NewMessage {
    pub case: Option<CaseId>,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: i64,
    pub authority: AuthorityId,
    pub case: Option<CaseId>,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
    pub sent_at: Option<Timestamp>,
    pub last_error: Option<String>,
    pub created_at: Timestamp,
}

/// The read model of a case: what lists and queues show without replaying
/// events. Kept up to date in the same transaction as each append.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    pub id: CaseId,
    pub authority: AuthorityId,
    pub reference: String,
    pub child_name: String,
    pub child_date_of_birth: Option<String>,
    pub school: Option<SchoolId>,
    pub coordinator: Option<PersonId>,
    pub stage: String,
    pub next_due: Option<String>,
    pub rag: String,
    pub version: i64,
    pub opened_on: String,
}

#[derive(Debug, Clone)]
pub struct NewCase {
    pub reference: String,
    pub child_name: String,
    pub child_date_of_birth: Option<String>,
    pub school: Option<SchoolId>,
    pub opened_on: String,
    pub read_model: CaseReadModel,
}

/// The columns of the read model that change as the case moves on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseReadModel {
    pub coordinator: Option<PersonId>,
    pub stage: String,
    pub next_due: Option<String>,
    pub rag: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseRelation {
    Family,
    Adviser,
    Supporter,
}

impl CaseRelation {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseRelation::Family => "family",
            CaseRelation::Adviser => "adviser",
            CaseRelation::Supporter => "supporter",
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewEvent {
    pub event_type: String,
    pub payload: serde_json::Value,
    pub actor: Option<PersonId>,
    pub recorded_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredEvent {
    pub case: CaseId,
    pub seq: i64,
    pub event_type: String,
    pub payload: serde_json::Value,
    pub actor: Option<PersonId>,
    pub recorded_at: Timestamp,
}

#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub coordinator: Option<PersonId>,
    /// Cases whose family includes this person.
    pub family_member: Option<PersonId>,
    pub school: Option<SchoolId>,
    pub adviser: Option<PersonId>,
    pub supporter: Option<PersonId>,
    pub stage: Option<String>,
    pub rag: Option<String>,
    /// At most this many (500 if zero), after skipping `offset`: lists are
    /// paged rather than sent whole.
    pub limit: i64,
    pub offset: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcProvider {
    pub authority: AuthorityId,
    pub issuer_url: String,
    pub client_id: String,
    pub client_secret: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcLogin {
    pub state: String,
    pub authority: AuthorityId,
    pub nonce: String,
    pub pkce_verifier: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct NewDocument {
    pub name: String,
    pub content_type: String,
    pub content: Vec<u8>,
    pub uploaded_by: Option<PersonId>,
    /// Whether the family may read it (their own uploads always are).
    pub family_visible: bool,
}

/// A document that came in before it was loaded: records brought over in
/// bulk, such as the demo's advice.
#[derive(Debug, Clone)]
pub struct ImportedDocument {
    pub case: CaseId,
    /// When it came in, which is when the case shows it as uploaded.
    pub received_at: Timestamp,
    pub document: NewDocument,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    pub id: i64,
    pub case: CaseId,
    pub name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub uploaded_by: Option<PersonId>,
    pub uploaded_at: Timestamp,
    pub family_visible: bool,
}
