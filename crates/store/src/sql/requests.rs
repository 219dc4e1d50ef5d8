//! Requests made online: drafts, their evidence, and the one transaction
//! that turns a draft into a case.

use sqlx::{AnyPool, Row};
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};

use super::{audit, cases, events, millis, now_ms, timestamp};
use crate::error::{StoreError, StoreResult};
use crate::family::{CaseRequest, RequestDraft, SubmitOutcome, SubmittedRequest};
use crate::model::{Document, NewDocument};

pub(crate) async fn save_draft(
    pool: &AnyPool,
    authority: AuthorityId,
    secret_hash: &str,
    person: Option<PersonId>,
    answers: &str,
    at: jiff::Timestamp,
) -> StoreResult<i64> {
    // A sent draft is never changed again: what was sent stays as sent.
    let row = sqlx::query(
        "INSERT INTO request_drafts (authority_id, secret_hash, person_id, answers, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (secret_hash) DO UPDATE SET answers = excluded.answers,
             person_id = COALESCE(excluded.person_id, request_drafts.person_id), updated_at = excluded.updated_at
         WHERE request_drafts.authority_id = excluded.authority_id AND request_drafts.case_id IS NULL
         RETURNING id",
    )
    .bind(authority.0)
    .bind(secret_hash)
    .bind(person.map(|p| p.0))
    .bind(answers)
    .bind(millis(at))
    .fetch_optional(pool)
    .await?
    .ok_or(StoreError::Conflict)?;
    Ok(row.try_get("id")?)
}

pub(crate) async fn draft(pool: &AnyPool, secret_hash: &str) -> StoreResult<Option<RequestDraft>> {
    let row = sqlx::query(
        "SELECT id, authority_id, person_id, answers, case_id, updated_at FROM request_drafts WHERE secret_hash = $1",
    )
    .bind(secret_hash)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(RequestDraft {
            id: row.try_get("id")?,
            authority: AuthorityId(row.try_get("authority_id")?),
            person: row.try_get::<Option<i64>, _>("person_id")?.map(PersonId),
            answers: row.try_get("answers")?,
            case: row.try_get::<Option<i64>, _>("case_id")?.map(CaseId),
            updated_at: timestamp(row.try_get("updated_at")?)?,
        })
    })
    .transpose()
}

pub(crate) async fn add_file(
    pool: &AnyPool,
    authority: AuthorityId,
    draft: i64,
    d: &NewDocument,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO request_files (authority_id, draft_id, name, content_type, size_bytes, content, created_at)
         SELECT $1, id, $2, $3, $4, $5, $6 FROM request_drafts
         WHERE authority_id = $1 AND id = $7 AND case_id IS NULL
         RETURNING id",
    )
    .bind(authority.0)
    .bind(&d.name)
    .bind(&d.content_type)
    .bind(d.content.len() as i64)
    .bind(d.content.clone())
    .bind(now_ms())
    .bind(draft)
    .fetch_optional(pool)
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok(row.try_get("id")?)
}

pub(crate) async fn files(
    pool: &AnyPool,
    authority: AuthorityId,
    draft: i64,
) -> StoreResult<Vec<Document>> {
    let rows = sqlx::query(
        "SELECT id, name, content_type, size_bytes, created_at FROM request_files
         WHERE authority_id = $1 AND draft_id = $2 ORDER BY id",
    )
    .bind(authority.0)
    .bind(draft)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(Document {
                id: row.try_get("id")?,
                case: CaseId(0),
                name: row.try_get("name")?,
                content_type: row.try_get("content_type")?,
                size_bytes: row.try_get("size_bytes")?,
                uploaded_by: None,
                uploaded_at: timestamp(row.try_get("created_at")?)?,
                family_visible: true,
            })
        })
        .collect()
}

pub(crate) async fn remove_file(
    pool: &AnyPool,
    authority: AuthorityId,
    draft: i64,
    id: i64,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM request_files WHERE authority_id = $1 AND draft_id = $2 AND id = $3")
        .bind(authority.0)
        .bind(draft)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// The next free reference of the form PREFIX-YEAR-NNNNN. Two requests sent
/// at once may get the same one; the unique reference refuses the second,
/// which asks again.
pub(crate) async fn next_reference(
    pool: &AnyPool,
    authority: AuthorityId,
    prefix: &str,
    year: i16,
) -> StoreResult<String> {
    let pattern = format!("{prefix}-{year}-%");
    let row = sqlx::query(
        "SELECT reference FROM cases WHERE authority_id = $1 AND reference LIKE $2
         ORDER BY reference DESC LIMIT 1",
    )
    .bind(authority.0)
    .bind(&pattern)
    .fetch_optional(pool)
    .await?;
    let last = match row {
        Some(row) => {
            let reference: String = row.try_get("reference")?;
            reference
                .rsplit('-')
                .next()
                .and_then(|n| n.parse::<u32>().ok())
                .unwrap_or(0)
        }
        None => 0,
    };
    Ok(tandem_domain::ids::CaseRef::new(prefix, year, last + 1).to_string())
}

pub(crate) async fn submit(
    pool: &AnyPool,
    authority: AuthorityId,
    request: &SubmittedRequest,
) -> StoreResult<SubmitOutcome> {
    if let Some(done) = sent_case(pool, authority, request.draft).await? {
        return Ok(SubmitOutcome::AlreadySent {
            case: done.0,
            reference: done.1,
        });
    }
    let now = now_ms();
    let mut tx = pool.begin().await?;
    let case = cases::insert(
        &mut tx,
        authority,
        &request.case,
        request.events.len() as i64,
    )
    .await?;
    events::insert(&mut tx, authority, case, 0, &request.events).await?;
    let claimed = sqlx::query(
        "UPDATE request_drafts SET case_id = $1, updated_at = $2
         WHERE authority_id = $3 AND id = $4 AND case_id IS NULL",
    )
    .bind(case.0)
    .bind(now)
    .bind(authority.0)
    .bind(request.draft)
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() != 1 {
        // Sent by another request in the meantime: keep theirs.
        tx.rollback().await?;
        return match sent_case(pool, authority, request.draft).await? {
            Some((case, reference)) => Ok(SubmitOutcome::AlreadySent { case, reference }),
            None => Err(StoreError::NotFound),
        };
    }
    sqlx::query(
        "INSERT INTO case_requests (case_id, authority_id, answers, possible_duplicate_of, created_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(case.0)
    .bind(authority.0)
    .bind(&request.answers)
    .bind(&request.possible_duplicate_of)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO documents (authority_id, case_id, name, content_type, size_bytes, content, uploaded_by, created_at, family_visible)
         SELECT authority_id, $1, name, content_type, size_bytes, content, $2, created_at, 1
         FROM request_files WHERE authority_id = $3 AND draft_id = $4 ORDER BY id",
    )
    .bind(case.0)
    .bind(request.family.map(|p| p.0))
    .bind(authority.0)
    .bind(request.draft)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM request_files WHERE authority_id = $1 AND draft_id = $2")
        .bind(authority.0)
        .bind(request.draft)
        .execute(&mut *tx)
        .await?;
    if let Some(person) = request.family {
        sqlx::query(
            "INSERT INTO case_people (case_id, person_id, relation, created_at)
             SELECT $1, id, 'family', $2 FROM people WHERE authority_id = $3 AND id = $4",
        )
        .bind(case.0)
        .bind(now)
        .bind(authority.0)
        .bind(person.0)
        .execute(&mut *tx)
        .await?;
    }
    for message in &request.messages {
        let mut message = message.clone();
        message.case = Some(case);
        audit::enqueue(&mut *tx, authority, &message).await?;
    }
    tx.commit().await?;
    Ok(SubmitOutcome::Opened {
        case,
        reference: request.case.reference.clone(),
    })
}

async fn sent_case(
    pool: &AnyPool,
    authority: AuthorityId,
    draft: i64,
) -> StoreResult<Option<(CaseId, String)>> {
    let row = sqlx::query(
        "SELECT c.id, c.reference FROM request_drafts d JOIN cases c ON c.id = d.case_id
         WHERE d.authority_id = $1 AND d.id = $2",
    )
    .bind(authority.0)
    .bind(draft)
    .fetch_optional(pool)
    .await?;
    row.map(|row| Ok((CaseId(row.try_get("id")?), row.try_get("reference")?)))
        .transpose()
}

pub(crate) async fn case_request(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Option<CaseRequest>> {
    let row = sqlx::query(
        "SELECT answers, possible_duplicate_of FROM case_requests WHERE authority_id = $1 AND case_id = $2",
    )
    .bind(authority.0)
    .bind(case.0)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(CaseRequest {
            answers: row.try_get("answers")?,
            possible_duplicate_of: row.try_get("possible_duplicate_of")?,
        })
    })
    .transpose()
}

/// Open cases of a child with this name and date of birth: the likely
/// duplicates of a new request. Names are compared without case or spaces
/// at either end.
pub(crate) async fn open_cases_for_child(
    pool: &AnyPool,
    authority: AuthorityId,
    child_name: &str,
    date_of_birth: &str,
) -> StoreResult<Vec<String>> {
    let rows = sqlx::query(
        "SELECT reference FROM cases
         WHERE authority_id = $1 AND LOWER(TRIM(child_name)) = $2 AND child_date_of_birth = $3
           AND stage <> 'closed'
         ORDER BY reference",
    )
    .bind(authority.0)
    .bind(child_name.trim().to_lowercase())
    .bind(date_of_birth)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| Ok(row.try_get("reference")?))
        .collect()
}
