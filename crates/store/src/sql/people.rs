//! People who sign in, with their role and credentials.

use sqlx::{AnyPool, Row};
use tandem_domain::ids::{AuthorityId, PersonId};

use super::{now_ms, rows};
use crate::error::{StoreError, StoreResult};
use crate::model::{NewPerson, Person};

pub(crate) async fn create(
    pool: &AnyPool,
    authority: AuthorityId,
    p: &NewPerson,
    email_verified: bool,
) -> StoreResult<PersonId> {
    let row = sqlx::query(
        "INSERT INTO people (authority_id, email, name, role, school_id, password_hash, totp_secret, disabled, created_at, email_verified)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9) RETURNING id",
    )
    .bind(authority.0)
    .bind(p.email.trim().to_lowercase())
    .bind(&p.name)
    .bind(p.role.as_str())
    .bind(p.school.map(|s| s.0))
    .bind(&p.password_hash)
    .bind(&p.totp_secret)
    .bind(now_ms())
    .bind(i64::from(email_verified))
    .fetch_one(pool)
    .await
    .map_err(|e| StoreError::unique(e, "That email address"))?;
    Ok(PersonId(row.try_get("id")?))
}

pub(crate) async fn get(
    pool: &AnyPool,
    authority: AuthorityId,
    id: PersonId,
) -> StoreResult<Option<Person>> {
    let sql = format!(
        "SELECT {} FROM people WHERE authority_id = $1 AND id = $2",
        rows::PERSON_COLUMNS
    );
    sqlx::query(&sql)
        .bind(authority.0)
        .bind(id.0)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(rows::person)
        .transpose()
}

pub(crate) async fn by_email(pool: &AnyPool, email: &str) -> StoreResult<Option<Person>> {
    let sql = format!(
        "SELECT {} FROM people WHERE email = $1",
        rows::PERSON_COLUMNS
    );
    sqlx::query(&sql)
        .bind(email.trim().to_lowercase())
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(rows::person)
        .transpose()
}

pub(crate) async fn all(pool: &AnyPool, authority: AuthorityId) -> StoreResult<Vec<Person>> {
    let sql = format!(
        "SELECT {} FROM people WHERE authority_id = $1 ORDER BY role, name",
        rows::PERSON_COLUMNS
    );
    sqlx::query(&sql)
        .bind(authority.0)
        .fetch_all(pool)
        .await?
        .iter()
        .map(rows::person)
        .collect()
}

async fn update_one(
    pool: &AnyPool,
    sql: &str,
    value: Option<&str>,
    authority: AuthorityId,
    id: PersonId,
) -> StoreResult<()> {
    let done = sqlx::query(sql)
        .bind(value)
        .bind(authority.0)
        .bind(id.0)
        .execute(pool)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

pub(crate) async fn set_password_hash(
    pool: &AnyPool,
    authority: AuthorityId,
    id: PersonId,
    hash: &str,
) -> StoreResult<()> {
    let sql = "UPDATE people SET password_hash = $1 WHERE authority_id = $2 AND id = $3";
    update_one(pool, sql, Some(hash), authority, id).await
}

pub(crate) async fn set_totp_secret(
    pool: &AnyPool,
    authority: AuthorityId,
    id: PersonId,
    secret: Option<&str>,
) -> StoreResult<()> {
    let sql = "UPDATE people SET totp_secret = $1 WHERE authority_id = $2 AND id = $3";
    update_one(pool, sql, secret, authority, id).await
}

pub(crate) async fn set_disabled(
    pool: &AnyPool,
    authority: AuthorityId,
    id: PersonId,
    disabled: bool,
) -> StoreResult<()> {
    let mut tx = pool.begin().await?;
    let done = sqlx::query("UPDATE people SET disabled = $1 WHERE authority_id = $2 AND id = $3")
        .bind(i64::from(disabled))
        .bind(authority.0)
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    if disabled {
        sqlx::query("DELETE FROM sessions WHERE authority_id = $1 AND person_id = $2")
            .bind(authority.0)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
