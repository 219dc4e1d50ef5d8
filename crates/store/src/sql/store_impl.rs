//! [`Store`] for [`SqlStore`]: each method hands over to the module that
//! owns its table.

use async_trait::async_trait;
use jiff::Timestamp;
use tandem_domain::access::CaseParties;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId, SchoolId};

use super::{
    analyses, audit, authorities, cases, contacts, documents, events, people, plans, portal,
    requests, sessions, SqlStore,
};
use crate::analysis::{AnalysedCase, CaseAnalysis, NewCaseAnalysis};
use crate::contact::{ContactPreferences, ReminderKey};
use crate::error::StoreResult;
use crate::family::*;
use crate::model::*;
use crate::plan::*;
use crate::Store;

#[async_trait]
impl Store for SqlStore {
    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn create_authority(
        &self,
        name: &str,
        la_code: &str,
        case_prefix: &str,
    ) -> StoreResult<AuthorityId> {
        authorities::create(&self.pool, name, la_code, case_prefix).await
    }
    async fn authority(&self, id: AuthorityId) -> StoreResult<Option<Authority>> {
        authorities::get(&self.pool, id).await
    }
    async fn authorities(&self) -> StoreResult<Vec<Authority>> {
        authorities::all(&self.pool).await
    }
    async fn create_school(
        &self,
        authority: AuthorityId,
        name: &str,
        urn: &str,
        phase: &str,
    ) -> StoreResult<SchoolId> {
        authorities::create_school(&self.pool, authority, name, urn, phase).await
    }
    async fn schools(&self, authority: AuthorityId) -> StoreResult<Vec<School>> {
        authorities::schools(&self.pool, authority).await
    }

    async fn create_person(
        &self,
        authority: AuthorityId,
        person: &NewPerson,
    ) -> StoreResult<PersonId> {
        people::create(&self.pool, authority, person, true).await
    }
    async fn person(&self, authority: AuthorityId, id: PersonId) -> StoreResult<Option<Person>> {
        people::get(&self.pool, authority, id).await
    }
    async fn person_by_email(&self, email: &str) -> StoreResult<Option<Person>> {
        people::by_email(&self.pool, email).await
    }
    async fn people(&self, authority: AuthorityId) -> StoreResult<Vec<Person>> {
        people::all(&self.pool, authority).await
    }
    async fn set_password_hash(
        &self,
        authority: AuthorityId,
        id: PersonId,
        hash: &str,
    ) -> StoreResult<()> {
        people::set_password_hash(&self.pool, authority, id, hash).await
    }
    async fn set_totp_secret(
        &self,
        authority: AuthorityId,
        id: PersonId,
        secret: Option<&str>,
    ) -> StoreResult<()> {
        people::set_totp_secret(&self.pool, authority, id, secret).await
    }
    async fn set_disabled(
        &self,
        authority: AuthorityId,
        id: PersonId,
        disabled: bool,
    ) -> StoreResult<()> {
        people::set_disabled(&self.pool, authority, id, disabled).await
    }

    async fn create_session(&self, session: &Session) -> StoreResult<()> {
        sessions::create(&self.pool, session).await
    }
    async fn session(&self, id_hash: &str) -> StoreResult<Option<Session>> {
        sessions::get(&self.pool, id_hash).await
    }
    async fn touch_session(&self, id_hash: &str, at: Timestamp) -> StoreResult<()> {
        sessions::touch(&self.pool, id_hash, at).await
    }
    async fn complete_second_factor(&self, id_hash: &str) -> StoreResult<()> {
        sessions::complete_second_factor(&self.pool, id_hash).await
    }
    async fn delete_session(&self, id_hash: &str) -> StoreResult<()> {
        sessions::delete(&self.pool, id_hash).await
    }
    async fn count_sessions(&self, authority: AuthorityId, person: PersonId) -> StoreResult<i64> {
        sessions::count(&self.pool, authority, person).await
    }
    async fn delete_other_sessions(
        &self,
        authority: AuthorityId,
        person: PersonId,
        keep: &str,
    ) -> StoreResult<()> {
        sessions::delete_others(&self.pool, authority, person, keep).await
    }
    async fn record_sign_in_failure(
        &self,
        account_key: &str,
        at: Timestamp,
        window_ms: i64,
    ) -> StoreResult<i64> {
        sessions::record_failure(&self.pool, account_key, at, window_ms).await
    }
    async fn sign_in_failures(
        &self,
        account_key: &str,
        at: Timestamp,
        window_ms: i64,
    ) -> StoreResult<i64> {
        sessions::failures(&self.pool, account_key, at, window_ms).await
    }
    async fn clear_sign_in_failures(&self, account_key: &str) -> StoreResult<()> {
        sessions::clear_failures(&self.pool, account_key).await
    }

    async fn create_api_token(
        &self,
        authority: AuthorityId,
        person: PersonId,
        token_hash: &str,
        name: &str,
    ) -> StoreResult<()> {
        audit::create_token(&self.pool, authority, person, token_hash, name).await
    }
    async fn api_token(&self, token_hash: &str) -> StoreResult<Option<(AuthorityId, PersonId)>> {
        audit::token(&self.pool, token_hash).await
    }
    async fn set_oidc_provider(&self, provider: &OidcProvider) -> StoreResult<()> {
        audit::set_oidc(&self.pool, provider).await
    }
    async fn oidc_provider(&self, authority: AuthorityId) -> StoreResult<Option<OidcProvider>> {
        audit::oidc(&self.pool, authority).await
    }
    async fn save_oidc_login(&self, login: &OidcLogin) -> StoreResult<()> {
        audit::save_oidc_login(&self.pool, login).await
    }
    async fn take_oidc_login(&self, state: &str) -> StoreResult<Option<OidcLogin>> {
        audit::take_oidc_login(&self.pool, state).await
    }

    async fn record_audit(&self, authority: AuthorityId, entry: &NewAuditEntry) -> StoreResult<()> {
        audit::record(&self.pool, authority, entry).await
    }
    async fn audit_log(&self, authority: AuthorityId, limit: i64) -> StoreResult<Vec<AuditEntry>> {
        audit::log(&self.pool, authority, limit).await
    }
    async fn enqueue_message(
        &self,
        authority: AuthorityId,
        message: &NewMessage,
    ) -> StoreResult<i64> {
        audit::enqueue(&self.pool, authority, message).await
    }
    async fn messages_for_case(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<Message>> {
        audit::messages_for_case(&self.pool, authority, case).await
    }
    async fn due_messages(&self, at: Timestamp, limit: i64) -> StoreResult<Vec<Message>> {
        audit::due_messages(&self.pool, at, limit).await
    }
    async fn mark_message_sent(&self, id: i64, at: Timestamp) -> StoreResult<()> {
        audit::mark_sent(&self.pool, id, at).await
    }
    async fn mark_message_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: Timestamp,
    ) -> StoreResult<()> {
        audit::mark_failed(&self.pool, id, error, retry_at).await
    }

    async fn create_case(
        &self,
        authority: AuthorityId,
        case: &NewCase,
        events: &[NewEvent],
    ) -> StoreResult<CaseId> {
        cases::create(&self.pool, authority, case, events).await
    }
    async fn case(&self, authority: AuthorityId, id: CaseId) -> StoreResult<Option<CaseSummary>> {
        cases::get(&self.pool, authority, id).await
    }
    async fn case_by_reference(
        &self,
        authority: AuthorityId,
        reference: &str,
    ) -> StoreResult<Option<CaseSummary>> {
        cases::by_reference(&self.pool, authority, reference).await
    }
    async fn cases(
        &self,
        authority: AuthorityId,
        filter: &CaseFilter,
    ) -> StoreResult<Vec<CaseSummary>> {
        cases::list(&self.pool, authority, filter).await
    }
    async fn count_cases(&self, authority: AuthorityId) -> StoreResult<i64> {
        cases::count(&self.pool, authority).await
    }
    async fn link_person(
        &self,
        authority: AuthorityId,
        case: CaseId,
        person: PersonId,
        relation: CaseRelation,
    ) -> StoreResult<()> {
        cases::link_person(&self.pool, authority, case, person, relation).await
    }
    async fn case_parties(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Option<CaseParties>> {
        cases::parties(&self.pool, authority, case).await
    }
    async fn append_events(
        &self,
        authority: AuthorityId,
        case: CaseId,
        expected_version: i64,
        events: &[NewEvent],
        read_model: &CaseReadModel,
        messages: &[NewMessage],
    ) -> StoreResult<i64> {
        events::append(
            &self.pool,
            authority,
            case,
            expected_version,
            events,
            read_model,
            messages,
        )
        .await
    }
    async fn events(&self, authority: AuthorityId, case: CaseId) -> StoreResult<Vec<StoredEvent>> {
        events::list(&self.pool, authority, case).await
    }
    async fn events_of_type(
        &self,
        authority: AuthorityId,
        event_type: &str,
    ) -> StoreResult<Vec<StoredEvent>> {
        events::of_type(&self.pool, authority, event_type).await
    }

    async fn set_school_email(
        &self,
        authority: AuthorityId,
        school: SchoolId,
        email: Option<&str>,
    ) -> StoreResult<()> {
        contacts::set_school_email(&self.pool, authority, school, email).await
    }
    async fn school_email(
        &self,
        authority: AuthorityId,
        school: SchoolId,
    ) -> StoreResult<Option<String>> {
        contacts::school_email(&self.pool, authority, school).await
    }
    async fn set_contact_preferences(
        &self,
        authority: AuthorityId,
        person: PersonId,
        prefs: &ContactPreferences,
    ) -> StoreResult<()> {
        contacts::set_preferences(&self.pool, authority, person, prefs).await
    }
    async fn contact_preferences(
        &self,
        authority: AuthorityId,
        person: PersonId,
    ) -> StoreResult<Option<ContactPreferences>> {
        contacts::preferences(&self.pool, authority, person).await
    }
    async fn claim_message(
        &self,
        id: i64,
        at: Timestamp,
        lease_until: Timestamp,
    ) -> StoreResult<bool> {
        contacts::claim(&self.pool, id, at, lease_until).await
    }
    async fn record_reminder(
        &self,
        authority: AuthorityId,
        case: CaseId,
        key: &ReminderKey,
        messages: &[NewMessage],
    ) -> StoreResult<bool> {
        contacts::record_reminder(&self.pool, authority, case, key, messages).await
    }

    async fn add_document(
        &self,
        authority: AuthorityId,
        case: CaseId,
        document: &NewDocument,
    ) -> StoreResult<i64> {
        documents::add(&self.pool, authority, case, document).await
    }
    async fn import_documents(
        &self,
        authority: AuthorityId,
        documents: &[ImportedDocument],
    ) -> StoreResult<()> {
        documents::import(&self.pool, authority, documents).await
    }
    async fn documents(&self, authority: AuthorityId, case: CaseId) -> StoreResult<Vec<Document>> {
        documents::list(&self.pool, authority, case).await
    }
    async fn document_content(
        &self,
        authority: AuthorityId,
        case: CaseId,
        id: i64,
    ) -> StoreResult<Option<(Document, Vec<u8>)>> {
        documents::content(&self.pool, authority, case, id).await
    }

    async fn save_case_analyses(
        &self,
        authority: AuthorityId,
        analyses: &[NewCaseAnalysis],
    ) -> StoreResult<()> {
        analyses::save(&self.pool, authority, analyses).await
    }
    async fn case_analysis(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Option<CaseAnalysis>> {
        analyses::get(&self.pool, authority, case).await
    }
    async fn analysed_cases(&self, authority: AuthorityId) -> StoreResult<Vec<AnalysedCase>> {
        analyses::analysed_cases(&self.pool, authority).await
    }
    async fn cases_to_analyse(
        &self,
        authority: AuthorityId,
        reader: &str,
    ) -> StoreResult<Vec<CaseId>> {
        analyses::to_analyse(&self.pool, authority, reader).await
    }

    async fn create_family_account(
        &self,
        authority: AuthorityId,
        person: &NewPerson,
    ) -> StoreResult<PersonId> {
        people::create(&self.pool, authority, person, false).await
    }
    async fn set_email_verified(
        &self,
        authority: AuthorityId,
        person: PersonId,
        verified: bool,
    ) -> StoreResult<()> {
        portal::set_email_verified(&self.pool, authority, person, verified).await
    }
    async fn create_account_token(
        &self,
        authority: AuthorityId,
        person: PersonId,
        token_hash: &str,
        purpose: AccountTokenPurpose,
        expires_at: Timestamp,
    ) -> StoreResult<()> {
        portal::create_token(
            &self.pool, authority, person, token_hash, purpose, expires_at,
        )
        .await
    }
    async fn take_account_token(
        &self,
        token_hash: &str,
        purpose: AccountTokenPurpose,
        at: Timestamp,
    ) -> StoreResult<Option<(AuthorityId, PersonId)>> {
        portal::take_token(&self.pool, token_hash, purpose, at).await
    }

    async fn save_request_draft(
        &self,
        authority: AuthorityId,
        secret_hash: &str,
        person: Option<PersonId>,
        answers: &str,
        at: Timestamp,
    ) -> StoreResult<i64> {
        requests::save_draft(&self.pool, authority, secret_hash, person, answers, at).await
    }
    async fn request_draft(&self, secret_hash: &str) -> StoreResult<Option<RequestDraft>> {
        requests::draft(&self.pool, secret_hash).await
    }
    async fn add_request_file(
        &self,
        authority: AuthorityId,
        draft: i64,
        file: &NewDocument,
    ) -> StoreResult<i64> {
        requests::add_file(&self.pool, authority, draft, file).await
    }
    async fn request_files(
        &self,
        authority: AuthorityId,
        draft: i64,
    ) -> StoreResult<Vec<Document>> {
        requests::files(&self.pool, authority, draft).await
    }
    async fn remove_request_file(
        &self,
        authority: AuthorityId,
        draft: i64,
        id: i64,
    ) -> StoreResult<()> {
        requests::remove_file(&self.pool, authority, draft, id).await
    }
    async fn next_case_reference(
        &self,
        authority: AuthorityId,
        prefix: &str,
        year: i16,
    ) -> StoreResult<String> {
        requests::next_reference(&self.pool, authority, prefix, year).await
    }
    async fn submit_request(
        &self,
        authority: AuthorityId,
        request: &SubmittedRequest,
    ) -> StoreResult<SubmitOutcome> {
        requests::submit(&self.pool, authority, request).await
    }
    async fn case_request(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Option<CaseRequest>> {
        requests::case_request(&self.pool, authority, case).await
    }
    async fn open_cases_for_child(
        &self,
        authority: AuthorityId,
        child_name: &str,
        date_of_birth: &str,
    ) -> StoreResult<Vec<String>> {
        requests::open_cases_for_child(&self.pool, authority, child_name, date_of_birth).await
    }

    async fn post_conversation_message(
        &self,
        authority: AuthorityId,
        case: CaseId,
        author: PersonId,
        body: &str,
    ) -> StoreResult<i64> {
        portal::post_message(&self.pool, authority, case, author, body).await
    }
    async fn conversation(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<ConversationMessage>> {
        portal::conversation(&self.pool, authority, case).await
    }
    async fn save_child_views(
        &self,
        authority: AuthorityId,
        case: CaseId,
        by: PersonId,
        views: &ChildViews,
    ) -> StoreResult<()> {
        portal::save_views(&self.pool, authority, case, by, views).await
    }
    async fn child_views(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Option<ChildViews>> {
        portal::views(&self.pool, authority, case).await
    }

    async fn save_plan_version(
        &self,
        authority: AuthorityId,
        case: CaseId,
        new: &NewPlanVersion,
    ) -> StoreResult<i64> {
        plans::save_version(&self.pool, authority, case, new).await
    }
    async fn plan_versions(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<PlanVersionSummary>> {
        plans::versions(&self.pool, authority, case).await
    }
    async fn plan_version(
        &self,
        authority: AuthorityId,
        case: CaseId,
        version: Option<i64>,
    ) -> StoreResult<Option<PlanVersion>> {
        plans::version(&self.pool, authority, case, version).await
    }
    async fn add_plan_comment(
        &self,
        authority: AuthorityId,
        case: CaseId,
        comment: &NewPlanComment,
    ) -> StoreResult<i64> {
        plans::add_comment(&self.pool, authority, case, comment).await
    }
    async fn answer_plan_comment(
        &self,
        authority: AuthorityId,
        case: CaseId,
        comment: i64,
        answer: &str,
        by: PersonId,
        at: Timestamp,
    ) -> StoreResult<()> {
        plans::answer_comment(&self.pool, authority, case, comment, answer, by, at).await
    }
    async fn plan_comments(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<PlanComment>> {
        plans::comments(&self.pool, authority, case).await
    }
    async fn record_plan_issue(
        &self,
        authority: AuthorityId,
        case: CaseId,
        issue: &PlanIssue,
    ) -> StoreResult<()> {
        plans::record_issue(&self.pool, authority, case, issue).await
    }
    async fn plan_issues(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<PlanIssue>> {
        plans::issues(&self.pool, authority, case).await
    }
    async fn issued_plans(&self, authority: AuthorityId) -> StoreResult<Vec<IssuedPlan>> {
        plans::issued_plans(&self.pool, authority).await
    }
    async fn record_band_decision(
        &self,
        authority: AuthorityId,
        case: CaseId,
        band: &str,
        reason: &str,
        by: PersonId,
        at: Timestamp,
    ) -> StoreResult<()> {
        plans::record_band(&self.pool, authority, case, band, reason, by, at).await
    }
    async fn band_decisions(
        &self,
        authority: AuthorityId,
        case: CaseId,
    ) -> StoreResult<Vec<BandDecision>> {
        plans::bands(&self.pool, authority, case).await
    }
    async fn set_plan_data(
        &self,
        authority: AuthorityId,
        kind: PlanDataKind,
        content: &str,
        by: PersonId,
        at: Timestamp,
    ) -> StoreResult<()> {
        plans::set_data(&self.pool, authority, kind, content, by, at).await
    }
    async fn plan_data(
        &self,
        authority: AuthorityId,
        kind: PlanDataKind,
    ) -> StoreResult<Option<String>> {
        plans::data(&self.pool, authority, kind).await
    }
}
