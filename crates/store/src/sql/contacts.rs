//! Contact details (school emails, people's channel and language), the
//! sender's claim on an outbox message, and the record of reminders sent.

use sqlx::{AnyPool, Row};
use tandem_domain::ids::{AuthorityId, CaseId, PersonId, SchoolId};

use super::{audit, millis, now_ms};
use crate::contact::{ContactPreferences, ReminderKey};
use crate::error::{StoreError, StoreResult};
use crate::model::NewMessage;

pub(crate) async fn set_school_email(
    pool: &AnyPool,
    authority: AuthorityId,
    school: SchoolId,
    email: Option<&str>,
) -> StoreResult<()> {
    let done = sqlx::query("UPDATE schools SET email = $1 WHERE authority_id = $2 AND id = $3")
        .bind(email)
        .bind(authority.0)
        .bind(school.0)
        .execute(pool)
        .await?;
    found(done.rows_affected())
}

pub(crate) async fn school_email(
    pool: &AnyPool,
    authority: AuthorityId,
    school: SchoolId,
) -> StoreResult<Option<String>> {
    let row = sqlx::query("SELECT email FROM schools WHERE authority_id = $1 AND id = $2")
        .bind(authority.0)
        .bind(school.0)
        .fetch_optional(pool)
        .await?;
    Ok(match row {
        Some(row) => row.try_get::<Option<String>, _>("email")?,
        None => None,
    })
}

pub(crate) async fn set_preferences(
    pool: &AnyPool,
    authority: AuthorityId,
    person: PersonId,
    prefs: &ContactPreferences,
) -> StoreResult<()> {
    let done = sqlx::query(
        "UPDATE people SET contact_channel = $1, language = $2 WHERE authority_id = $3 AND id = $4",
    )
    .bind(&prefs.channel)
    .bind(&prefs.language)
    .bind(authority.0)
    .bind(person.0)
    .execute(pool)
    .await?;
    found(done.rows_affected())
}

pub(crate) async fn preferences(
    pool: &AnyPool,
    authority: AuthorityId,
    person: PersonId,
) -> StoreResult<Option<ContactPreferences>> {
    let row = sqlx::query(
        "SELECT contact_channel, language FROM people WHERE authority_id = $1 AND id = $2",
    )
    .bind(authority.0)
    .bind(person.0)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(ContactPreferences {
            channel: row.try_get("contact_channel")?,
            language: row.try_get("language")?,
        })
    })
    .transpose()
}

/// A compare-and-set on the message's next attempt time: of several senders
/// that saw it due, exactly one moves it to `lease_until` and may send it.
/// If that sender dies mid-send, the lease runs out and another tries again.
pub(crate) async fn claim(
    pool: &AnyPool,
    id: i64,
    at: jiff::Timestamp,
    lease_until: jiff::Timestamp,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE outbox SET next_attempt_at = $1 WHERE id = $2 AND sent_at IS NULL AND next_attempt_at <= $3",
    )
    .bind(millis(lease_until))
    .bind(id)
    .bind(millis(at))
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records the reminder and queues its messages together, or does nothing
/// if it was recorded before; answers whether it was new.
pub(crate) async fn record_reminder(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    key: &ReminderKey,
    messages: &[NewMessage],
) -> StoreResult<bool> {
    let mut tx = pool.begin().await?;
    let done = sqlx::query(
        "INSERT INTO reminders_sent (case_id, authority_id, milestone, step, sent_on, created_at)
         SELECT id, authority_id, $1, $2, $3, $4 FROM cases WHERE authority_id = $5 AND id = $6
         ON CONFLICT (case_id, milestone, step) DO NOTHING",
    )
    .bind(&key.milestone)
    .bind(&key.step)
    .bind(&key.sent_on)
    .bind(now_ms())
    .bind(authority.0)
    .bind(case.0)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() == 0 {
        tx.rollback().await?;
        return Ok(false);
    }
    for message in messages {
        audit::enqueue(&mut *tx, authority, message).await?;
    }
    tx.commit().await?;
    Ok(true)
}

fn found(rows: u64) -> StoreResult<()> {
    if rows == 0 {
        Err(StoreError::NotFound)
    } else {
        Ok(())
    }
}
