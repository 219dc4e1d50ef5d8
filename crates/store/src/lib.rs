//! Tandem's store: the case event log, its read model and the authority
//! tables behind one trait, on SQLite (the default) or PostgreSQL.
//!
//! Every method that touches an authority's data takes that authority's id
//! and filters by it: nothing of one authority is reachable while working as
//! another. The few look-ups by a secret (a session, an API token, an email
//! at sign-in) return the authority they belong to instead.
#![forbid(unsafe_code)]

mod analysis;
mod contact;
mod error;
mod family;
mod model;
mod plan;
pub mod read_model;
mod sql;

use async_trait::async_trait;
use jiff::Timestamp;
use tandem_domain::access::CaseParties;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId, SchoolId};

pub use analysis::{documents_key, AnalysedCase, CaseAnalysis, NeedsProfile, NewCaseAnalysis};
pub use contact::{ContactPreferences, ReminderKey};
pub use error::{StoreError, StoreResult};
pub use family::*;
pub use model::*;
pub use plan::*;
pub use sql::SqlStore;

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Answers when the database is reachable.
    async fn ping(&self) -> StoreResult<()>;

    // Authorities and schools.
    async fn create_authority(
        &self,
        name: &str,
        la_code: &str,
        case_prefix: &str,
    ) -> StoreResult<AuthorityId>;
    async fn authority(&self, id: AuthorityId) -> StoreResult<Option<Authority>>;
    async fn authorities(&self) -> StoreResult<Vec<Authority>>;
    async fn create_school(
        &self,
        authority: AuthorityId,
        name: &str,
        urn: &str,
        phase: &str,
    ) -> StoreResult<SchoolId>;
    async fn schools(&self, authority: AuthorityId) -> StoreResult<Vec<School>>;

    // People.
    async fn create_person(
        &self,
        authority: AuthorityId,
        person: &NewPerson,
    ) -> StoreResult<PersonId>;
    async fn person(&self, authority: AuthorityId, id: PersonId) -> StoreResult<Option<Person>>;
    /// Sign-in looks a person up by email before it knows their authority.
    async fn person_by_email(&self, email: &str) -> StoreResult<Option<Person>>;
    async fn people(&self, authority: AuthorityId) -> StoreResult<Vec<Person>>;
    async fn set_password_hash(
        &self,
        authority: AuthorityId,
        id: PersonId,
        hash: &str,
    ) -> StoreResult<()>;
    async fn set_totp_secret(
        &self,
        authority: AuthorityId,
        id: PersonId,
        secret: Option<&str>,
    ) -> StoreResult<()>;
    /// Disabling a person ends all their sessions in the same transaction.
    async fn set_disabled(
        &self,
        authority: AuthorityId,
        id: PersonId,
        disabled: bool,
    ) -> StoreResult<()>;

    // Sessions and sign-in throttling.
    async fn create_session(&self, session: &Session) -> StoreResult<()>;
    async fn session(&self, id_hash: &str) -> StoreResult<Option<Session>>;
    async fn touch_session(&self, id_hash: &str, at: Timestamp) -> StoreResult<()>;
    async fn complete_second_factor(&self, id_hash: &str) -> StoreResult<()>;
    async fn delete_session(&self, id_hash: &str) -> StoreResult<()>;
    async fn count_sessions(&self, authority: AuthorityId, person: PersonId) -> StoreResult<i64>;
    /// Ends every session of `person` but the one whose hash is `keep`.
    async fn delete_other_sessions(
        &self,
        authority: AuthorityId,
        person: PersonId,
        keep: &str,
    ) -> StoreResult<()>;
    /// Counts a failed sign-in for `account_key` and returns the failures
    /// within `window_ms` of the first (older ones start a new window).
    async fn record_sign_in_failure(
        &self,
        account_key: &str,
        at: Timestamp,
        window_ms: i64,
    ) -> StoreResult<i64>;
    async fn sign_in_failures(
        &self,
        account_key: &str,
        at: Timestamp,
        window_ms: i64,
    ) -> StoreResult<i64>;
    async fn clear_sign_in_failures(&self, account_key: &str) -> StoreResult<()>;

    // API tokens and OpenID Connect.
    async fn create_api_token(
        &self,
        authority: AuthorityId,
        person: PersonId,
        token_hash: &str,
        name: &str,
    ) -> StoreResult<()>;
    async fn api_token(&self, token_hash: &str) -> StoreResult<Option<(AuthorityId, PersonId)>>;
    async fn set_oidc_provider(&self, provider: &OidcProvider) -> StoreResult<()>;
    async fn oidc_provider(&self, authority: AuthorityId) -> StoreResult<Option<OidcProvider>>;
    async fn save_oidc_login(&self, login: &OidcLogin) -> StoreResult<()>;
    /// Returns the pending login once and forgets it, so a state is single-use.
    async fn take_oidc_login(&self, state: &str) -> StoreResult<Option<OidcLogin>>;

    // Audit log and outbox.
    async fn record_audit(&self, authority: AuthorityId, entry: &NewAuditEntry) -> StoreResult<()>;
    async fn audit_log(&self, authority: AuthorityId, limit: i64) -> StoreResult<Vec<AuditEntry>>;
    async fn enqueue_message(
        &self,
        authority: AuthorityId,
        message: &NewMessage,
    ) -> StoreResult<i64>;
    async fn messages_for_case(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<Message>>;
    /// Messages not yet sent whose next attempt is due, oldest first, across
    /// all authorities (the sender works for the whole deployment).
    async fn due_messages(&self, at: Timestamp, limit: i64) -> StoreResult<Vec<Message>>;
    async fn mark_message_sent(&self, id: i64, at: Timestamp) -> StoreResult<()>;
    /// Records a failed attempt and when to try again.
    async fn mark_message_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: Timestamp,
    ) -> StoreResult<()>;

    // Cases and their event log.
    /// Opens a case with its first events; the case is at version
    /// `events.len()` afterwards.
    async fn create_case(
        &self,
        authority: AuthorityId,
        case: &NewCase,
        events: &[NewEvent],
    ) -> StoreResult<CaseId>;
    async fn case(&self, authority: AuthorityId, id: CaseId) -> StoreResult<Option<CaseSummary>>;
    async fn case_by_reference(
        &self,
        authority: AuthorityId,
        reference: &str,
    ) -> StoreResult<Option<CaseSummary>>;
    async fn cases(
        &self,
        authority: AuthorityId,
        filter: &CaseFilter,
    ) -> StoreResult<Vec<CaseSummary>>;
    async fn count_cases(&self, authority: AuthorityId) -> StoreResult<i64>;
    async fn link_person(
        &self,
        authority: AuthorityId,
        case: CaseId,
        person: PersonId,
        relation: CaseRelation,
    ) -> StoreResult<()>;
    async fn case_parties(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Option<CaseParties>>;
    /// Appends events at `expected_version`, updates the read model and puts
    /// `messages` in the outbox, all in one transaction. If anyone appended
    /// since, nothing is written and the answer is `Conflict`.
    async fn append_events(
        &self,
        authority: AuthorityId,
        case: CaseId,
        expected_version: i64,
        events: &[NewEvent],
        read_model: &CaseReadModel,
        messages: &[NewMessage],
    ) -> StoreResult<i64>;
    async fn events(&self, authority: AuthorityId, case: CaseId) -> StoreResult<Vec<StoredEvent>>;
    /// Every event of `event_type` on the authority's cases, by case and in
    /// order (for reports that count one kind of event).
    async fn events_of_type(
        &self,
        authority: AuthorityId,
        event_type: &str,
    ) -> StoreResult<Vec<StoredEvent>>;

    // Documents.
    /// Adds a document to a case of `authority`; `NotFound` if there is no such case there.
    async fn add_document(
        &self,
        authority: AuthorityId,
        case: CaseId,
        document: &NewDocument,
    ) -> StoreResult<i64>;
    /// Adds many documents to cases of `authority` in one transaction, each
    /// dated when it came in. `NotFound`, and nothing added, if a case is
    /// not there.
    async fn import_documents(
        &self,
        authority: AuthorityId,
        documents: &[ImportedDocument],
    ) -> StoreResult<()>;
    async fn documents(&self, authority: AuthorityId, case: CaseId) -> StoreResult<Vec<Document>>;
    async fn document_content(
        &self,
        authority: AuthorityId,
        case: CaseId,
        id: i64,
    ) -> StoreResult<Option<(Document, Vec<u8>)>>;

    // The engine's latest analysis of each case's documents.
    /// Keeps each as its case's latest unless one made from a later reading
    /// is kept already; one transaction for them all. `NotFound`, and
    /// nothing kept, if a case is not the authority's.
    async fn save_case_analyses(
        &self,
        authority: AuthorityId,
        analyses: &[NewCaseAnalysis],
    ) -> StoreResult<()>;
    async fn case_analysis(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Option<CaseAnalysis>>;
    /// Every analysed case of the authority with its needs profile and its
    /// latest review, for the similar-case search.
    async fn analysed_cases(&self, authority: AuthorityId) -> StoreResult<Vec<AnalysedCase>>;
    /// Cases with documents whose analysis is missing, was made from other
    /// documents than they have now, or by another engine than `reader`.
    async fn cases_to_analyse(
        &self,
        authority: AuthorityId,
        reader: &str,
    ) -> StoreResult<Vec<CaseId>>;

    // Contacts and reminders.
    /// Where a school is told about its pupils' cases; `None` clears it.
    async fn set_school_email(
        &self,
        authority: AuthorityId,
        school: SchoolId,
        email: Option<&str>,
    ) -> StoreResult<()>;
    async fn school_email(
        &self,
        authority: AuthorityId,
        school: SchoolId,
    ) -> StoreResult<Option<String>>;
    async fn set_contact_preferences(
        &self,
        authority: AuthorityId,
        person: PersonId,
        prefs: &ContactPreferences,
    ) -> StoreResult<()>;
    async fn contact_preferences(
        &self,
        authority: AuthorityId,
        person: PersonId,
    ) -> StoreResult<Option<ContactPreferences>>;
    /// Takes a due message for one sender until `lease_until`; `false` if it
    /// is no longer due (sent, or claimed by another sender).
    async fn claim_message(
        &self,
        id: i64,
        at: Timestamp,
        lease_until: Timestamp,
    ) -> StoreResult<bool>;
    /// Records a reminder and queues its messages in one transaction; `false`
    /// (and nothing queued) if this reminder was recorded before.
    async fn record_reminder(
        &self,
        authority: AuthorityId,
        case: CaseId,
        key: &ReminderKey,
        messages: &[NewMessage],
    ) -> StoreResult<bool>;

    // Family accounts, confirmed by an emailed link.
    /// A family's own sign-up: like `create_person`, but unconfirmed.
    async fn create_family_account(
        &self,
        authority: AuthorityId,
        person: &NewPerson,
    ) -> StoreResult<PersonId>;
    async fn set_email_verified(
        &self,
        authority: AuthorityId,
        person: PersonId,
        verified: bool,
    ) -> StoreResult<()>;
    async fn create_account_token(
        &self,
        authority: AuthorityId,
        person: PersonId,
        token_hash: &str,
        purpose: AccountTokenPurpose,
        expires_at: Timestamp,
    ) -> StoreResult<()>;
    /// Single use: the link is forgotten whether or not it was still good.
    async fn take_account_token(
        &self,
        token_hash: &str,
        purpose: AccountTokenPurpose,
        at: Timestamp,
    ) -> StoreResult<Option<(AuthorityId, PersonId)>>;

    // Requests made online.
    /// Creates or updates the draft held by `secret_hash`; `Conflict` once it has been sent.
    async fn save_request_draft(
        &self,
        authority: AuthorityId,
        secret_hash: &str,
        person: Option<PersonId>,
        answers: &str,
        at: Timestamp,
    ) -> StoreResult<i64>;
    /// Found by its secret, before the authority is known.
    async fn request_draft(&self, secret_hash: &str) -> StoreResult<Option<RequestDraft>>;
    async fn add_request_file(
        &self,
        authority: AuthorityId,
        draft: i64,
        file: &NewDocument,
    ) -> StoreResult<i64>;
    async fn request_files(&self, authority: AuthorityId, draft: i64)
        -> StoreResult<Vec<Document>>;
    async fn remove_request_file(
        &self,
        authority: AuthorityId,
        draft: i64,
        id: i64,
    ) -> StoreResult<()>;
    async fn next_case_reference(
        &self,
        authority: AuthorityId,
        prefix: &str,
        year: i16,
    ) -> StoreResult<String>;
    /// Opens the case, keeps the answers, moves the evidence onto it, links
    /// the family and queues the emails, all at once; a draft sent before
    /// answers with its case instead.
    async fn submit_request(
        &self,
        authority: AuthorityId,
        request: &SubmittedRequest,
    ) -> StoreResult<SubmitOutcome>;
    async fn case_request(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Option<CaseRequest>>;
    /// References of open cases with this child's name and date of birth.
    async fn open_cases_for_child(
        &self,
        authority: AuthorityId,
        child_name: &str,
        date_of_birth: &str,
    ) -> StoreResult<Vec<String>>;

    // The family's thread with the coordinator, and the child's views.
    async fn post_conversation_message(
        &self,
        authority: AuthorityId,
        case: CaseId,
        author: PersonId,
        body: &str,
    ) -> StoreResult<i64>;
    async fn conversation(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<ConversationMessage>>;
    async fn save_child_views(
        &self,
        authority: AuthorityId,
        case: CaseId,
        by: PersonId,
        views: &ChildViews,
    ) -> StoreResult<()>;
    async fn child_views(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Option<ChildViews>>;

    // The EHC plan: versions, comments and answers, issues, bands, and the
    // authority's own drafting data.
    /// Saves the version after `new.after`; `Conflict` if that is not the
    /// latest any more.
    async fn save_plan_version(
        &self,
        authority: AuthorityId,
        case: CaseId,
        new: &NewPlanVersion,
    ) -> StoreResult<i64>;
    async fn plan_versions(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<PlanVersionSummary>>;
    /// One version, or the latest when `version` is `None`.
    async fn plan_version(
        &self,
        authority: AuthorityId,
        case: CaseId,
        version: Option<i64>,
    ) -> StoreResult<Option<PlanVersion>>;
    async fn add_plan_comment(
        &self,
        authority: AuthorityId,
        case: CaseId,
        comment: &NewPlanComment,
    ) -> StoreResult<i64>;
    async fn answer_plan_comment(
        &self,
        authority: AuthorityId,
        case: CaseId,
        comment: i64,
        answer: &str,
        by: PersonId,
        at: Timestamp,
    ) -> StoreResult<()>;
    async fn plan_comments(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<PlanComment>>;
    async fn record_plan_issue(
        &self,
        authority: AuthorityId,
        case: CaseId,
        issue: &PlanIssue,
    ) -> StoreResult<()>;
    async fn plan_issues(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<PlanIssue>>;
    /// Every issue of every plan of the authority, oldest first.
    async fn issued_plans(&self, authority: AuthorityId) -> StoreResult<Vec<IssuedPlan>>;
    async fn record_band_decision(
        &self,
        authority: AuthorityId,
        case: CaseId,
        band: &str,
        reason: &str,
        by: PersonId,
        at: Timestamp,
    ) -> StoreResult<()>;
    async fn band_decisions(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<BandDecision>>;
    async fn set_plan_data(
        &self,
        authority: AuthorityId,
        kind: PlanDataKind,
        content: &str,
        by: PersonId,
        at: Timestamp,
    ) -> StoreResult<()>;
    async fn plan_data(
        &self,
        authority: AuthorityId,
        kind: PlanDataKind,
    ) -> StoreResult<Option<String>>;
}

/// Opens the store named by a `sqlite://…` or `postgres://…` URL and brings
/// its schema up to date.
pub async fn open(url: &str) -> StoreResult<SqlStore> {
    SqlStore::open(url).await
}
