//! Authorities (the tenants) and their schools.

use sqlx::{AnyPool, Row};
use tandem_domain::ids::{AuthorityId, SchoolId};

use super::{now_ms, rows};
use crate::error::{StoreError, StoreResult};
use crate::model::{Authority, School};

pub(crate) async fn create(
    pool: &AnyPool,
    name: &str,
    la_code: &str,
    prefix: &str,
) -> StoreResult<AuthorityId> {
    let row = sqlx::query(
        "INSERT INTO authorities (name, la_code, case_prefix, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(name)
    .bind(la_code)
    .bind(prefix)
    .bind(now_ms())
    .fetch_one(pool)
    .await
    .map_err(|e| StoreError::unique(e, "That local authority code"))?;
    Ok(AuthorityId(row.try_get("id")?))
}

pub(crate) async fn get(pool: &AnyPool, id: AuthorityId) -> StoreResult<Option<Authority>> {
    sqlx::query("SELECT id, name, la_code, case_prefix FROM authorities WHERE id = $1")
        .bind(id.0)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(rows::authority)
        .transpose()
}

pub(crate) async fn all(pool: &AnyPool) -> StoreResult<Vec<Authority>> {
    sqlx::query("SELECT id, name, la_code, case_prefix FROM authorities ORDER BY id")
        .fetch_all(pool)
        .await?
        .iter()
        .map(rows::authority)
        .collect()
}

pub(crate) async fn create_school(
    pool: &AnyPool,
    authority: AuthorityId,
    name: &str,
    urn: &str,
    phase: &str,
) -> StoreResult<SchoolId> {
    let row = sqlx::query(
        "INSERT INTO schools (authority_id, name, urn, phase, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(authority.0)
    .bind(name)
    .bind(urn)
    .bind(phase)
    .bind(now_ms())
    .fetch_one(pool)
    .await
    .map_err(|e| StoreError::unique(e, "That URN"))?;
    Ok(SchoolId(row.try_get("id")?))
}

pub(crate) async fn schools(pool: &AnyPool, authority: AuthorityId) -> StoreResult<Vec<School>> {
    let rows = sqlx::query(
        "SELECT id, authority_id, name, urn, phase FROM schools WHERE authority_id = $1 ORDER BY name",
    )
    .bind(authority.0)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(School {
                id: SchoolId(row.try_get("id")?),
                authority: AuthorityId(row.try_get("authority_id")?),
                name: row.try_get("name")?,
                urn: row.try_get("urn")?,
                phase: row.try_get("phase")?,
            })
        })
        .collect()
}
