//! The plan's versions, comments, issues and bands, and each authority's
//! drafting data.

use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row};
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};

use super::{millis, timestamp};
use crate::error::{StoreError, StoreResult};
use crate::plan::*;

/// Saves the next version, or `Conflict` when `after` is no longer the
/// latest: a second coordinator saving from an older version overwrites
/// nothing. The unique (case, version) rule settles a race between two
/// saves that both read the same latest.
pub(crate) async fn save_version(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    new: &NewPlanVersion,
) -> StoreResult<i64> {
    let mut tx = pool.begin().await?;
    let latest: i64 = sqlx::query(
        "SELECT COALESCE(MAX(version), 0) AS latest FROM plan_versions
         WHERE authority_id = $1 AND case_id = $2",
    )
    .bind(authority.0)
    .bind(case.0)
    .fetch_one(&mut *tx)
    .await?
    .try_get("latest")?;
    if latest != new.after {
        return Err(StoreError::Conflict);
    }
    let version = latest + 1;
    sqlx::query(
        "INSERT INTO plan_versions (authority_id, case_id, version, content, note, faults, saved_by, saved_at)
         SELECT $1, id, $2, $3, $4, $5, $6, $7 FROM cases WHERE authority_id = $1 AND id = $8
         RETURNING id",
    )
    .bind(authority.0)
    .bind(version)
    .bind(&new.content)
    .bind(&new.note)
    .bind(new.faults)
    .bind(new.by.map(|p| p.0))
    .bind(millis(new.at))
    .bind(case.0)
    .fetch_optional(&mut *tx)
    .await
    .map_err(|e| match StoreError::unique(e, "plan version") {
        StoreError::Duplicate { .. } => StoreError::Conflict,
        other => other,
    })?
    .ok_or(StoreError::NotFound)?;
    tx.commit().await?;
    Ok(version)
}

fn summary(row: &AnyRow) -> StoreResult<PlanVersionSummary> {
    Ok(PlanVersionSummary {
        version: row.try_get("version")?,
        note: row.try_get("note")?,
        faults: row.try_get("faults")?,
        saved_by: row.try_get("saved_by_name")?,
        saved_at: timestamp(row.try_get("saved_at")?)?,
    })
}

const VERSION_COLUMNS: &str = "v.version, v.note, v.faults, p.name AS saved_by_name, v.saved_at";

pub(crate) async fn versions(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Vec<PlanVersionSummary>> {
    let sql = format!(
        "SELECT {VERSION_COLUMNS} FROM plan_versions v LEFT JOIN people p ON p.id = v.saved_by
         WHERE v.authority_id = $1 AND v.case_id = $2 ORDER BY v.version"
    );
    sqlx::query(&sql)
        .bind(authority.0)
        .bind(case.0)
        .fetch_all(pool)
        .await?
        .iter()
        .map(summary)
        .collect()
}

/// One version, or the latest when `version` is `None`.
pub(crate) async fn version(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    version: Option<i64>,
) -> StoreResult<Option<PlanVersion>> {
    let sql = format!(
        "SELECT {VERSION_COLUMNS}, v.content FROM plan_versions v LEFT JOIN people p ON p.id = v.saved_by
         WHERE v.authority_id = $1 AND v.case_id = $2 AND ($3 = 0 OR v.version = $3)
         ORDER BY v.version DESC LIMIT 1"
    );
    let row = sqlx::query(&sql)
        .bind(authority.0)
        .bind(case.0)
        .bind(version.unwrap_or(0))
        .fetch_optional(pool)
        .await?;
    row.map(|row| {
        Ok(PlanVersion {
            summary: summary(&row)?,
            content: row.try_get("content")?,
        })
    })
    .transpose()
}

pub(crate) async fn add_comment(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    c: &NewPlanComment,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO plan_comments (authority_id, case_id, version, section, kind, body, author_id, created_at)
         SELECT $1, id, $2, $3, $4, $5, $6, $7 FROM cases WHERE authority_id = $1 AND id = $8
         RETURNING id",
    )
    .bind(authority.0)
    .bind(c.version)
    .bind(&c.section)
    .bind(&c.kind)
    .bind(&c.body)
    .bind(c.author.0)
    .bind(millis(c.at))
    .bind(case.0)
    .fetch_optional(pool)
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok(row.try_get("id")?)
}

pub(crate) async fn answer_comment(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    comment: i64,
    answer: &str,
    by: PersonId,
    at: jiff::Timestamp,
) -> StoreResult<()> {
    let done = sqlx::query(
        "UPDATE plan_comments SET answer = $1, answered_by = $2, answered_at = $3
         WHERE authority_id = $4 AND case_id = $5 AND id = $6",
    )
    .bind(answer)
    .bind(by.0)
    .bind(millis(at))
    .bind(authority.0)
    .bind(case.0)
    .bind(comment)
    .execute(pool)
    .await?;
    if done.rows_affected() == 0 {
        return Err(StoreError::NotFound);
    }
    Ok(())
}

fn comment(row: &AnyRow) -> StoreResult<PlanComment> {
    let answer = match row.try_get::<Option<String>, _>("answer")? {
        Some(text) => Some(PlanAnswer {
            text,
            by: row
                .try_get::<Option<String>, _>("answered_by_name")?
                .unwrap_or_default(),
            at: timestamp(row.try_get::<Option<i64>, _>("answered_at")?.unwrap_or(0))?,
        }),
        None => None,
    };
    Ok(PlanComment {
        id: row.try_get("id")?,
        version: row.try_get("version")?,
        section: row.try_get("section")?,
        kind: row.try_get("kind")?,
        body: row.try_get("body")?,
        author: PersonId(row.try_get("author_id")?),
        author_name: row.try_get("author_name")?,
        at: timestamp(row.try_get("created_at")?)?,
        answer,
    })
}

pub(crate) async fn comments(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Vec<PlanComment>> {
    sqlx::query(
        "SELECT c.id, c.version, c.section, c.kind, c.body, c.author_id, a.name AS author_name,
                c.created_at, c.answer, b.name AS answered_by_name, c.answered_at
         FROM plan_comments c JOIN people a ON a.id = c.author_id
         LEFT JOIN people b ON b.id = c.answered_by
         WHERE c.authority_id = $1 AND c.case_id = $2 ORDER BY c.id",
    )
    .bind(authority.0)
    .bind(case.0)
    .fetch_all(pool)
    .await?
    .iter()
    .map(comment)
    .collect()
}

pub(crate) async fn record_issue(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    issue: &PlanIssue,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO plan_issues (authority_id, case_id, version, stage, faults, override_reason,
                school_invited, band, idealised_pence, planned_pence, issued_by, issued_at)
         SELECT $1, id, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11 FROM cases
         WHERE authority_id = $1 AND id = $12
         RETURNING id",
    )
    .bind(authority.0)
    .bind(issue.version)
    .bind(&issue.stage)
    .bind(issue.faults)
    .bind(issue.override_reason.as_deref())
    .bind(i64::from(issue.school_invited))
    .bind(issue.band.as_deref())
    .bind(issue.idealised_pence)
    .bind(issue.planned_pence)
    .bind(issue.by.map(|p| p.0))
    .bind(millis(issue.at))
    .bind(case.0)
    .fetch_optional(pool)
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok(())
}

const ISSUE_COLUMNS: &str = "i.version, i.stage, i.faults, i.override_reason, i.school_invited,
    i.band, i.idealised_pence, i.planned_pence, i.issued_by, i.issued_at";

fn issue(row: &AnyRow) -> StoreResult<PlanIssue> {
    Ok(PlanIssue {
        version: row.try_get("version")?,
        stage: row.try_get("stage")?,
        faults: row.try_get("faults")?,
        override_reason: row.try_get("override_reason")?,
        school_invited: row.try_get::<i64, _>("school_invited")? != 0,
        band: row.try_get("band")?,
        idealised_pence: row.try_get("idealised_pence")?,
        planned_pence: row.try_get("planned_pence")?,
        by: row.try_get::<Option<i64>, _>("issued_by")?.map(PersonId),
        at: timestamp(row.try_get("issued_at")?)?,
    })
}

pub(crate) async fn issues(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Vec<PlanIssue>> {
    let sql = format!(
        "SELECT {ISSUE_COLUMNS} FROM plan_issues i
         WHERE i.authority_id = $1 AND i.case_id = $2 ORDER BY i.id"
    );
    sqlx::query(&sql)
        .bind(authority.0)
        .bind(case.0)
        .fetch_all(pool)
        .await?
        .iter()
        .map(issue)
        .collect()
}

pub(crate) async fn issued_plans(
    pool: &AnyPool,
    authority: AuthorityId,
) -> StoreResult<Vec<IssuedPlan>> {
    let sql = format!(
        "SELECT c.reference, {ISSUE_COLUMNS} FROM plan_issues i JOIN cases c ON c.id = i.case_id
         WHERE i.authority_id = $1 ORDER BY i.id"
    );
    sqlx::query(&sql)
        .bind(authority.0)
        .fetch_all(pool)
        .await?
        .iter()
        .map(|row| {
            Ok(IssuedPlan {
                reference: row.try_get("reference")?,
                issue: issue(row)?,
            })
        })
        .collect()
}

pub(crate) async fn record_band(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    band: &str,
    reason: &str,
    by: PersonId,
    at: jiff::Timestamp,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO plan_bands (authority_id, case_id, band, reason, decided_by, decided_at)
         SELECT $1, id, $2, $3, $4, $5 FROM cases WHERE authority_id = $1 AND id = $6
         RETURNING id",
    )
    .bind(authority.0)
    .bind(band)
    .bind(reason)
    .bind(by.0)
    .bind(millis(at))
    .bind(case.0)
    .fetch_optional(pool)
    .await?
    .ok_or(StoreError::NotFound)?;
    Ok(())
}

pub(crate) async fn bands(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Vec<BandDecision>> {
    sqlx::query(
        "SELECT b.band, b.reason, p.name, b.decided_at FROM plan_bands b
         LEFT JOIN people p ON p.id = b.decided_by
         WHERE b.authority_id = $1 AND b.case_id = $2 ORDER BY b.id",
    )
    .bind(authority.0)
    .bind(case.0)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| {
        Ok(BandDecision {
            band: row.try_get("band")?,
            reason: row.try_get("reason")?,
            by: row.try_get("name")?,
            at: timestamp(row.try_get("decided_at")?)?,
        })
    })
    .collect()
}

pub(crate) async fn set_data(
    pool: &AnyPool,
    authority: AuthorityId,
    kind: PlanDataKind,
    content: &str,
    by: PersonId,
    at: jiff::Timestamp,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO authority_plan_data (authority_id, kind, content, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (authority_id, kind) DO UPDATE
         SET content = excluded.content, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(authority.0)
    .bind(kind.as_str())
    .bind(content)
    .bind(by.0)
    .bind(millis(at))
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn data(
    pool: &AnyPool,
    authority: AuthorityId,
    kind: PlanDataKind,
) -> StoreResult<Option<String>> {
    let row = sqlx::query(
        "SELECT content FROM authority_plan_data WHERE authority_id = $1 AND kind = $2",
    )
    .bind(authority.0)
    .bind(kind.as_str())
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| r.try_get("content")).transpose()?)
}
