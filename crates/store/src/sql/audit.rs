//! The audit log, the outbox, API tokens and OpenID Connect settings: the
//! authority's records that are not about one case's journey.

use sqlx::{AnyPool, Row};
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};

use super::{millis, now_ms, rows, timestamp};
use crate::error::StoreResult;
use crate::model::*;

pub(crate) async fn record(
    pool: &AnyPool,
    authority: AuthorityId,
    e: &NewAuditEntry,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (authority_id, person_id, action, case_id, detail, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(authority.0)
    .bind(e.person.map(|p| p.0))
    .bind(&e.action)
    .bind(e.case.map(|c| c.0))
    .bind(&e.detail)
    .bind(now_ms())
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn log(
    pool: &AnyPool,
    authority: AuthorityId,
    limit: i64,
) -> StoreResult<Vec<AuditEntry>> {
    let rows = sqlx::query(
        "SELECT a.id, a.person_id, p.name AS person_name, a.action, a.case_id, a.detail, a.created_at
         FROM audit_log a LEFT JOIN people p ON p.id = a.person_id AND p.authority_id = a.authority_id
         WHERE a.authority_id = $1 ORDER BY a.id DESC LIMIT $2",
    )
    .bind(authority.0)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(AuditEntry {
                id: row.try_get("id")?,
                person: row.try_get::<Option<i64>, _>("person_id")?.map(PersonId),
                person_name: row.try_get("person_name")?,
                action: row.try_get("action")?,
                case: row.try_get::<Option<i64>, _>("case_id")?.map(CaseId),
                detail: row.try_get("detail")?,
                at: timestamp(row.try_get("created_at")?)?,
            })
        })
        .collect()
}

pub(crate) async fn enqueue<'e, E>(
    executor: E,
    authority: AuthorityId,
    m: &NewMessage,
) -> StoreResult<i64>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let now = now_ms();
    let row = sqlx::query(
        "INSERT INTO outbox (authority_id, case_id, channel, recipient, subject, body, attempts, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $7) RETURNING id",
    )
    .bind(authority.0)
    .bind(m.case.map(|c| c.0))
    .bind(&m.channel)
    .bind(&m.recipient)
    .bind(&m.subject)
    .bind(&m.body)
    .bind(now)
    .fetch_one(executor)
    .await?;
    Ok(row.try_get("id")?)
}

const MESSAGE_COLUMNS: &str =
    "id, authority_id, case_id, channel, recipient, subject, body, attempts, sent_at, last_error, created_at";

pub(crate) async fn due_messages(
    pool: &AnyPool,
    at: jiff::Timestamp,
    limit: i64,
) -> StoreResult<Vec<Message>> {
    let sql = format!(
        "SELECT {MESSAGE_COLUMNS} FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY id LIMIT $2"
    );
    sqlx::query(&sql)
        .bind(millis(at))
        .bind(limit)
        .fetch_all(pool)
        .await?
        .iter()
        .map(rows::message)
        .collect()
}

pub(crate) async fn mark_sent(pool: &AnyPool, id: i64, at: jiff::Timestamp) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2",
    )
    .bind(millis(at))
    .bind(id)
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn mark_failed(
    pool: &AnyPool,
    id: i64,
    error: &str,
    retry_at: jiff::Timestamp,
) -> StoreResult<()> {
    sqlx::query("UPDATE outbox SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE id = $3")
        .bind(error)
        .bind(millis(retry_at))
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

pub(crate) async fn messages_for_case(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Vec<Message>> {
    let sql = format!(
        "SELECT {MESSAGE_COLUMNS} FROM outbox WHERE authority_id = $1 AND case_id = $2 ORDER BY id"
    );
    sqlx::query(&sql)
        .bind(authority.0)
        .bind(case.0)
        .fetch_all(pool)
        .await?
        .iter()
        .map(rows::message)
        .collect()
}

pub(crate) async fn create_token(
    pool: &AnyPool,
    authority: AuthorityId,
    person: PersonId,
    hash: &str,
    name: &str,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO api_tokens (token_hash, person_id, authority_id, name, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(hash)
    .bind(person.0)
    .bind(authority.0)
    .bind(name)
    .bind(now_ms())
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn token(
    pool: &AnyPool,
    hash: &str,
) -> StoreResult<Option<(AuthorityId, PersonId)>> {
    let row = sqlx::query("SELECT authority_id, person_id FROM api_tokens WHERE token_hash = $1")
        .bind(hash)
        .fetch_optional(pool)
        .await?;
    row.map(|row| {
        Ok((
            AuthorityId(row.try_get("authority_id")?),
            PersonId(row.try_get("person_id")?),
        ))
    })
    .transpose()
}

pub(crate) async fn set_oidc(pool: &AnyPool, p: &OidcProvider) -> StoreResult<()> {
    let mut tx = pool.begin().await?;
    sqlx::query("DELETE FROM oidc_providers WHERE authority_id = $1")
        .bind(p.authority.0)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO oidc_providers (authority_id, issuer_url, client_id, client_secret, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(p.authority.0)
    .bind(&p.issuer_url)
    .bind(&p.client_id)
    .bind(&p.client_secret)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

pub(crate) async fn oidc(
    pool: &AnyPool,
    authority: AuthorityId,
) -> StoreResult<Option<OidcProvider>> {
    let row = sqlx::query(
        "SELECT issuer_url, client_id, client_secret FROM oidc_providers WHERE authority_id = $1",
    )
    .bind(authority.0)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(OidcProvider {
            authority,
            issuer_url: row.try_get("issuer_url")?,
            client_id: row.try_get("client_id")?,
            client_secret: row.try_get("client_secret")?,
        })
    })
    .transpose()
}

pub(crate) async fn save_oidc_login(pool: &AnyPool, l: &OidcLogin) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO oidc_logins (state, authority_id, nonce, pkce_verifier, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&l.state)
    .bind(l.authority.0)
    .bind(&l.nonce)
    .bind(&l.pkce_verifier)
    .bind(millis(l.created_at))
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn take_oidc_login(pool: &AnyPool, state: &str) -> StoreResult<Option<OidcLogin>> {
    let row = sqlx::query(
        "DELETE FROM oidc_logins WHERE state = $1 RETURNING state, authority_id, nonce, pkce_verifier, created_at",
    )
    .bind(state)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(OidcLogin {
            state: row.try_get("state")?,
            authority: AuthorityId(row.try_get("authority_id")?),
            nonce: row.try_get("nonce")?,
            pkce_verifier: row.try_get("pkce_verifier")?,
            created_at: timestamp(row.try_get("created_at")?)?,
        })
    })
    .transpose()
}
