//! Documents on a case, kept with the case in the same authority.

use sqlx::{AnyPool, Row};
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};

use super::{millis, now_ms, timestamp};
use crate::error::StoreResult;
use crate::model::{Document, ImportedDocument, NewDocument};

pub(crate) async fn add(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    d: &NewDocument,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO documents (authority_id, case_id, name, content_type, size_bytes, content, uploaded_by, created_at, family_visible)
         SELECT $1, id, $2, $3, $4, $5, $6, $7, $9 FROM cases WHERE authority_id = $1 AND id = $8
         RETURNING id",
    )
    .bind(authority.0)
    .bind(&d.name)
    .bind(&d.content_type)
    .bind(d.content.len() as i64)
    .bind(d.content.clone())
    .bind(d.uploaded_by.map(|p| p.0))
    .bind(now_ms())
    .bind(case.0)
    .bind(i64::from(d.family_visible))
    .fetch_optional(pool)
    .await?
    .ok_or(crate::StoreError::NotFound)?;
    Ok(row.try_get("id")?)
}

/// One statement a row, but one transaction for them all: a single commit
/// (one fsync on SQLite) is what makes thousands of documents quick.
pub(crate) async fn import(
    pool: &AnyPool,
    authority: AuthorityId,
    documents: &[ImportedDocument],
) -> StoreResult<()> {
    let mut tx = pool.begin().await?;
    for imported in documents {
        let d = &imported.document;
        let done = sqlx::query(
            "INSERT INTO documents (authority_id, case_id, name, content_type, size_bytes, content, uploaded_by, created_at, family_visible)
             SELECT $1, id, $2, $3, $4, $5, $6, $7, $9 FROM cases WHERE authority_id = $1 AND id = $8",
        )
        .bind(authority.0)
        .bind(&d.name)
        .bind(&d.content_type)
        .bind(d.content.len() as i64)
        .bind(d.content.as_slice())
        .bind(d.uploaded_by.map(|p| p.0))
        .bind(millis(imported.received_at))
        .bind(imported.case.0)
        .bind(i64::from(d.family_visible))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(crate::StoreError::NotFound);
        }
    }
    tx.commit().await?;
    Ok(())
}

const COLUMNS: &str =
    "id, case_id, name, content_type, size_bytes, uploaded_by, created_at, family_visible";

fn document(row: &sqlx::any::AnyRow) -> StoreResult<Document> {
    Ok(Document {
        id: row.try_get("id")?,
        case: CaseId(row.try_get("case_id")?),
        name: row.try_get("name")?,
        content_type: row.try_get("content_type")?,
        size_bytes: row.try_get("size_bytes")?,
        uploaded_by: row.try_get::<Option<i64>, _>("uploaded_by")?.map(PersonId),
        uploaded_at: timestamp(row.try_get("created_at")?)?,
        family_visible: row.try_get::<i64, _>("family_visible")? != 0,
    })
}

pub(crate) async fn list(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Vec<Document>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM documents WHERE authority_id = $1 AND case_id = $2 ORDER BY id"
    );
    sqlx::query(&sql)
        .bind(authority.0)
        .bind(case.0)
        .fetch_all(pool)
        .await?
        .iter()
        .map(document)
        .collect()
}

pub(crate) async fn content(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    id: i64,
) -> StoreResult<Option<(Document, Vec<u8>)>> {
    let sql = format!("SELECT {COLUMNS}, content FROM documents WHERE authority_id = $1 AND case_id = $2 AND id = $3");
    let row = sqlx::query(&sql)
        .bind(authority.0)
        .bind(case.0)
        .bind(id)
        .fetch_optional(pool)
        .await?;
    row.map(|row| Ok((document(&row)?, row.try_get("content")?)))
        .transpose()
}
