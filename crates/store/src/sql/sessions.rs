//! Server-side sessions, shared by every `tandem serve` instance on the
//! database, and the counts of failed sign-ins behind throttling.

use jiff::Timestamp;
use sqlx::{AnyPool, Row};
use tandem_domain::ids::{AuthorityId, PersonId};

use super::{millis, rows};
use crate::error::StoreResult;
use crate::model::Session;

pub(crate) async fn create(pool: &AnyPool, s: &Session) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO sessions (id_hash, person_id, authority_id, csrf_token, second_factor_done, created_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&s.id_hash)
    .bind(s.person.0)
    .bind(s.authority.0)
    .bind(&s.csrf_token)
    .bind(i64::from(s.second_factor_done))
    .bind(millis(s.created_at))
    .bind(millis(s.last_seen_at))
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn get(pool: &AnyPool, id_hash: &str) -> StoreResult<Option<Session>> {
    sqlx::query(
        "SELECT id_hash, person_id, authority_id, csrf_token, second_factor_done, created_at, last_seen_at
         FROM sessions WHERE id_hash = $1",
    )
    .bind(id_hash)
    .fetch_optional(pool)
    .await?
    .as_ref()
    .map(rows::session)
    .transpose()
}

pub(crate) async fn touch(pool: &AnyPool, id_hash: &str, at: Timestamp) -> StoreResult<()> {
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
        .bind(millis(at))
        .bind(id_hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub(crate) async fn complete_second_factor(pool: &AnyPool, id_hash: &str) -> StoreResult<()> {
    sqlx::query("UPDATE sessions SET second_factor_done = 1 WHERE id_hash = $1")
        .bind(id_hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub(crate) async fn delete(pool: &AnyPool, id_hash: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(pool)
        .await?;
    Ok(())
}

pub(crate) async fn delete_others(
    pool: &AnyPool,
    authority: AuthorityId,
    person: PersonId,
    keep: &str,
) -> StoreResult<()> {
    sqlx::query(
        "DELETE FROM sessions WHERE authority_id = $1 AND person_id = $2 AND id_hash <> $3",
    )
    .bind(authority.0)
    .bind(person.0)
    .bind(keep)
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn count(
    pool: &AnyPool,
    authority: AuthorityId,
    person: PersonId,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM sessions WHERE authority_id = $1 AND person_id = $2",
    )
    .bind(authority.0)
    .bind(person.0)
    .fetch_one(pool)
    .await?;
    Ok(row.try_get("n")?)
}

/// Failures within the window of the first one, or 0 if it has passed.
pub(crate) async fn failures(
    pool: &AnyPool,
    key: &str,
    at: Timestamp,
    window_ms: i64,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "SELECT failures, first_failure_at FROM sign_in_failures WHERE account_key = $1",
    )
    .bind(key)
    .fetch_optional(pool)
    .await?;
    Ok(match row {
        Some(row) if millis(at) - row.try_get::<i64, _>("first_failure_at")? < window_ms => {
            row.try_get("failures")?
        }
        _ => 0,
    })
}

/// One statement, so two failures at once are both counted.
pub(crate) async fn record_failure(
    pool: &AnyPool,
    key: &str,
    at: Timestamp,
    window_ms: i64,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO sign_in_failures (account_key, failures, first_failure_at, created_at) VALUES ($1, 1, $2, $2)
         ON CONFLICT (account_key) DO UPDATE SET
           failures = CASE WHEN $2 - sign_in_failures.first_failure_at < $3
                           THEN sign_in_failures.failures + 1 ELSE 1 END,
           first_failure_at = CASE WHEN $2 - sign_in_failures.first_failure_at < $3
                           THEN sign_in_failures.first_failure_at ELSE $2 END
         RETURNING failures",
    )
    .bind(key)
    .bind(millis(at))
    .bind(window_ms)
    .fetch_one(pool)
    .await?;
    Ok(row.try_get("failures")?)
}

pub(crate) async fn clear_failures(pool: &AnyPool, key: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM sign_in_failures WHERE account_key = $1")
        .bind(key)
        .execute(pool)
        .await?;
    Ok(())
}
