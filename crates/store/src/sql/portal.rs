//! The family's side of the service: accounts confirmed by email, the
//! message thread with the coordinator and the child's views.

use sqlx::{AnyPool, Row};
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};

use super::{millis, now_ms, timestamp};
use crate::error::{StoreError, StoreResult};
use crate::family::{AccountTokenPurpose, ChildViews, ConversationMessage};

pub(crate) async fn set_email_verified(
    pool: &AnyPool,
    authority: AuthorityId,
    person: PersonId,
    verified: bool,
) -> StoreResult<()> {
    let done =
        sqlx::query("UPDATE people SET email_verified = $1 WHERE authority_id = $2 AND id = $3")
            .bind(i64::from(verified))
            .bind(authority.0)
            .bind(person.0)
            .execute(pool)
            .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

pub(crate) async fn create_token(
    pool: &AnyPool,
    authority: AuthorityId,
    person: PersonId,
    token_hash: &str,
    purpose: AccountTokenPurpose,
    expires_at: jiff::Timestamp,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO account_tokens (token_hash, authority_id, person_id, purpose, expires_at, created_at)
         SELECT $1, authority_id, id, $2, $3, $4 FROM people WHERE authority_id = $5 AND id = $6",
    )
    .bind(token_hash)
    .bind(purpose.as_str())
    .bind(millis(expires_at))
    .bind(now_ms())
    .bind(authority.0)
    .bind(person.0)
    .execute(pool)
    .await?;
    Ok(())
}

/// Uses a link once: returns whose it was if it is for `purpose` and has
/// not expired at `at`, and forgets it either way.
pub(crate) async fn take_token(
    pool: &AnyPool,
    token_hash: &str,
    purpose: AccountTokenPurpose,
    at: jiff::Timestamp,
) -> StoreResult<Option<(AuthorityId, PersonId)>> {
    let row = sqlx::query(
        "DELETE FROM account_tokens WHERE token_hash = $1
         RETURNING authority_id, person_id, purpose, expires_at",
    )
    .bind(token_hash)
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let kind: String = row.try_get("purpose")?;
    let expires: i64 = row.try_get("expires_at")?;
    if kind != purpose.as_str() || expires < millis(at) {
        return Ok(None);
    }
    Ok(Some((
        AuthorityId(row.try_get("authority_id")?),
        PersonId(row.try_get("person_id")?),
    )))
}

pub(crate) async fn post_message(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    author: PersonId,
    body: &str,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO conversation_messages (authority_id, case_id, author_id, body, created_at)
         SELECT $1, id, $2, $3, $4 FROM cases WHERE authority_id = $1 AND id = $5
         RETURNING id",
    )
    .bind(authority.0)
    .bind(author.0)
    .bind(body)
    .bind(now_ms())
    .bind(case.0)
    .fetch_optional(pool)
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok(row.try_get("id")?)
}

pub(crate) async fn conversation(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Vec<ConversationMessage>> {
    let rows = sqlx::query(
        "SELECT m.id, m.author_id, p.name, m.body, m.created_at
         FROM conversation_messages m JOIN people p ON p.id = m.author_id
         WHERE m.authority_id = $1 AND m.case_id = $2 ORDER BY m.id",
    )
    .bind(authority.0)
    .bind(case.0)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(ConversationMessage {
                id: row.try_get("id")?,
                author: PersonId(row.try_get("author_id")?),
                author_name: row.try_get("name")?,
                body: row.try_get("body")?,
                at: timestamp(row.try_get("created_at")?)?,
            })
        })
        .collect()
}

pub(crate) async fn save_views(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    by: PersonId,
    v: &ChildViews,
) -> StoreResult<()> {
    let done = sqlx::query(
        "INSERT INTO child_views (case_id, authority_id, admired, important, hopes, support, updated_by, updated_at)
         SELECT id, authority_id, $1, $2, $3, $4, $5, $6 FROM cases WHERE authority_id = $7 AND id = $8
         ON CONFLICT (case_id) DO UPDATE SET admired = excluded.admired, important = excluded.important,
             hopes = excluded.hopes, support = excluded.support, updated_by = excluded.updated_by,
             updated_at = excluded.updated_at",
    )
    .bind(&v.admired)
    .bind(&v.important)
    .bind(&v.hopes)
    .bind(&v.support)
    .bind(by.0)
    .bind(now_ms())
    .bind(authority.0)
    .bind(case.0)
    .execute(pool)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

pub(crate) async fn views(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Option<ChildViews>> {
    let row = sqlx::query(
        "SELECT admired, important, hopes, support FROM child_views WHERE authority_id = $1 AND case_id = $2",
    )
    .bind(authority.0)
    .bind(case.0)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(ChildViews {
            admired: row.try_get("admired")?,
            important: row.try_get("important")?,
            hopes: row.try_get("hopes")?,
            support: row.try_get("support")?,
        })
    })
    .transpose()
}
