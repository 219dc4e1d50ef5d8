//! The case event log: append-only, with optimistic concurrency.

use sqlx::{Any, AnyPool, Row, Transaction};
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};

use super::{audit, millis, now_ms, timestamp};
use crate::error::{StoreError, StoreResult};
use crate::model::{CaseReadModel, NewEvent, NewMessage, StoredEvent};

/// Inserts `events` after `version`. The primary key (case_id, seq) refuses
/// a second writer at the same version, which becomes `Conflict`.
pub(crate) async fn insert(
    tx: &mut Transaction<'_, Any>,
    authority: AuthorityId,
    case: CaseId,
    version: i64,
    events: &[NewEvent],
) -> StoreResult<()> {
    let now = now_ms();
    for (offset, event) in events.iter().enumerate() {
        sqlx::query(
            "INSERT INTO case_events (case_id, seq, authority_id, event_type, payload, actor_id, recorded_at, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(case.0)
        .bind(version + 1 + offset as i64)
        .bind(authority.0)
        .bind(&event.event_type)
        .bind(event.payload.to_string())
        .bind(event.actor.map(|p| p.0))
        .bind(millis(event.recorded_at))
        .bind(now)
        .execute(&mut **tx)
        .await
        .map_err(|e| match StoreError::unique(e, "event") {
            StoreError::Duplicate { .. } => StoreError::Conflict,
            other => other,
        })?;
    }
    Ok(())
}

pub(crate) async fn append(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    expected: i64,
    events: &[NewEvent],
    rm: &CaseReadModel,
    messages: &[NewMessage],
) -> StoreResult<i64> {
    let new_version = expected + events.len() as i64;
    let mut tx = pool.begin().await?;
    // Taking the row first serialises writers of one case on both engines.
    let done = sqlx::query(
        "UPDATE cases SET version = $1, coordinator_id = $2, stage = $3, next_due = $4, rag = $5, updated_at = $6
         WHERE authority_id = $7 AND id = $8 AND version = $9",
    )
    .bind(new_version)
    .bind(rm.coordinator.map(|p| p.0))
    .bind(&rm.stage)
    .bind(&rm.next_due)
    .bind(&rm.rag)
    .bind(now_ms())
    .bind(authority.0)
    .bind(case.0)
    .bind(expected)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        let exists =
            sqlx::query("SELECT COUNT(*) AS n FROM cases WHERE authority_id = $1 AND id = $2")
                .bind(authority.0)
                .bind(case.0)
                .fetch_one(&mut *tx)
                .await?
                .try_get::<i64, _>("n")?;
        return Err(if exists == 0 {
            StoreError::NotFound
        } else {
            StoreError::Conflict
        });
    }
    insert(&mut tx, authority, case, expected, events).await?;
    for message in messages {
        audit::enqueue(&mut *tx, authority, message).await?;
    }
    tx.commit().await?;
    Ok(new_version)
}

pub(crate) async fn list(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Vec<StoredEvent>> {
    let rows = sqlx::query(
        "SELECT case_id, seq, event_type, payload, actor_id, recorded_at FROM case_events
         WHERE authority_id = $1 AND case_id = $2 ORDER BY seq",
    )
    .bind(authority.0)
    .bind(case.0)
    .fetch_all(pool)
    .await?;
    rows.iter().map(stored).collect()
}

/// Every event of one type on the authority's cases, by case and in order.
pub(crate) async fn of_type(
    pool: &AnyPool,
    authority: AuthorityId,
    event_type: &str,
) -> StoreResult<Vec<StoredEvent>> {
    let rows = sqlx::query(
        "SELECT case_id, seq, event_type, payload, actor_id, recorded_at FROM case_events
         WHERE authority_id = $1 AND event_type = $2 ORDER BY case_id, seq",
    )
    .bind(authority.0)
    .bind(event_type)
    .fetch_all(pool)
    .await?;
    rows.iter().map(stored).collect()
}

fn stored(row: &sqlx::any::AnyRow) -> StoreResult<StoredEvent> {
    let payload: String = row.try_get("payload")?;
    Ok(StoredEvent {
        case: CaseId(row.try_get("case_id")?),
        seq: row.try_get("seq")?,
        event_type: row.try_get("event_type")?,
        payload: serde_json::from_str(&payload).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        actor: row.try_get::<Option<i64>, _>("actor_id")?.map(PersonId),
        recorded_at: timestamp(row.try_get("recorded_at")?)?,
    })
}
