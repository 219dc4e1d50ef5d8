//! Turning rows into records, in one place for every query that selects
//! the same columns.

use sqlx::any::AnyRow;
use sqlx::Row;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId, SchoolId};

use super::{parse, timestamp};
use crate::error::StoreResult;
use crate::model::*;

pub(crate) const PERSON_COLUMNS: &str =
    "id, authority_id, email, name, role, school_id, password_hash, totp_secret, disabled, email_verified";

pub(crate) fn person(row: &AnyRow) -> StoreResult<Person> {
    let role: String = row.try_get("role")?;
    Ok(Person {
        id: PersonId(row.try_get("id")?),
        authority: AuthorityId(row.try_get("authority_id")?),
        email: row.try_get("email")?,
        name: row.try_get("name")?,
        role: parse(&role, "role")?,
        school: row.try_get::<Option<i64>, _>("school_id")?.map(SchoolId),
        password_hash: row.try_get("password_hash")?,
        totp_secret: row.try_get("totp_secret")?,
        disabled: row.try_get::<i64, _>("disabled")? != 0,
        email_verified: row.try_get::<i64, _>("email_verified")? != 0,
    })
}

pub(crate) const CASE_COLUMNS: &str = "id, authority_id, reference, child_name, child_date_of_birth, school_id, coordinator_id, stage, next_due, rag, version, opened_on";

pub(crate) fn case(row: &AnyRow) -> StoreResult<CaseSummary> {
    Ok(CaseSummary {
        id: CaseId(row.try_get("id")?),
        authority: AuthorityId(row.try_get("authority_id")?),
        reference: row.try_get("reference")?,
        child_name: row.try_get("child_name")?,
        child_date_of_birth: row.try_get("child_date_of_birth")?,
        school: row.try_get::<Option<i64>, _>("school_id")?.map(SchoolId),
        coordinator: row
            .try_get::<Option<i64>, _>("coordinator_id")?
            .map(PersonId),
        stage: row.try_get("stage")?,
        next_due: row.try_get("next_due")?,
        rag: row.try_get("rag")?,
        version: row.try_get("version")?,
        opened_on: row.try_get("opened_on")?,
    })
}

pub(crate) fn authority(row: &AnyRow) -> StoreResult<Authority> {
    Ok(Authority {
        id: AuthorityId(row.try_get("id")?),
        name: row.try_get("name")?,
        la_code: row.try_get("la_code")?,
        case_prefix: row.try_get("case_prefix")?,
    })
}

pub(crate) fn session(row: &AnyRow) -> StoreResult<Session> {
    Ok(Session {
        id_hash: row.try_get("id_hash")?,
        person: PersonId(row.try_get("person_id")?),
        authority: AuthorityId(row.try_get("authority_id")?),
        csrf_token: row.try_get("csrf_token")?,
        second_factor_done: row.try_get::<i64, _>("second_factor_done")? != 0,
        created_at: timestamp(row.try_get("created_at")?)?,
        last_seen_at: timestamp(row.try_get("last_seen_at")?)?,
    })
}

pub(crate) fn message(row: &AnyRow) -> StoreResult<Message> {
    Ok(Message {
        id: row.try_get("id")?,
        authority: AuthorityId(row.try_get("authority_id")?),
        case: row.try_get::<Option<i64>, _>("case_id")?.map(CaseId),
        channel: row.try_get("channel")?,
        recipient: row.try_get("recipient")?,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        attempts: row.try_get("attempts")?,
        sent_at: row
            .try_get::<Option<i64>, _>("sent_at")?
            .map(timestamp)
            .transpose()?,
        last_error: row.try_get("last_error")?,
        created_at: timestamp(row.try_get("created_at")?)?,
    })
}
