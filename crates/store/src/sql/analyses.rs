//! Each case's latest analysis, and the cases whose documents have changed
//! since theirs was made.

use std::collections::{BTreeMap, HashMap};

use sqlx::any::AnyRow;
use sqlx::{AnyPool, Row};
use tandem_domain::case::CaseEvent;
use tandem_domain::ids::{AuthorityId, CaseId};

use super::{millis, now_ms, timestamp};
use crate::analysis::*;
use crate::error::{StoreError, StoreResult};
use crate::read_model::to_case_events;

fn levels_text(levels: &[u8]) -> String {
    levels
        .iter()
        .map(|l| char::from(b'0' + (*l).min(9)))
        .collect()
}

fn profile(row: &AnyRow) -> StoreResult<NeedsProfile> {
    let levels: String = row.try_get("levels")?;
    let provision: String = row.try_get("provision")?;
    Ok(NeedsProfile {
        primary_need: row.try_get("primary_need")?,
        levels: levels
            .chars()
            .map(|c| {
                c.to_digit(10)
                    .and_then(|d| u8::try_from(d).ok())
                    .ok_or_else(|| StoreError::Corrupt(format!("levels {levels:?}")))
            })
            .collect::<StoreResult<_>>()?,
        provision: provision.split_whitespace().map(str::to_owned).collect(),
    })
}

/// Keeps each analysis as its case's latest, all in one transaction (one
/// commit for a batch of the start-up pass). `NotFound`, and nothing kept,
/// if a case is not the authority's.
pub(crate) async fn save(
    pool: &AnyPool,
    authority: AuthorityId,
    analyses: &[NewCaseAnalysis],
) -> StoreResult<()> {
    let mut tx = pool.begin().await?;
    for a in analyses {
        // Writing first takes SQLite's write lock at once, so two savers
        // wait their turn instead of failing to upgrade a read.
        // Two readings of one case may finish in either order: the one
        // made from the later reading stays.
        let done = sqlx::query(
            "INSERT INTO case_analyses (case_id, authority_id, documents_key, findings, primary_need, levels, provision, made_at, created_at)
             SELECT id, authority_id, $3, $4, $5, $6, $7, $8, $9 FROM cases WHERE authority_id = $1 AND id = $2
             ON CONFLICT (case_id) DO UPDATE SET
                 documents_key = excluded.documents_key, findings = excluded.findings,
                 primary_need = excluded.primary_need, levels = excluded.levels,
                 provision = excluded.provision, made_at = excluded.made_at
             WHERE case_analyses.made_at <= excluded.made_at",
        )
        .bind(authority.0)
        .bind(a.case.0)
        .bind(documents_key(&a.reader, &a.documents))
        .bind(&a.findings)
        .bind(a.profile.primary_need.clone())
        .bind(levels_text(&a.profile.levels))
        .bind(a.profile.provision.join(" "))
        .bind(millis(a.made_at))
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            // Nothing written: a later reading is kept, or the case is
            // not the authority's.
            let found = sqlx::query("SELECT id FROM cases WHERE authority_id = $1 AND id = $2")
                .bind(authority.0)
                .bind(a.case.0)
                .fetch_optional(&mut *tx)
                .await?;
            if found.is_none() {
                return Err(StoreError::NotFound);
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

pub(crate) async fn get(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Option<CaseAnalysis>> {
    let row = sqlx::query(
        "SELECT case_id, documents_key, findings, primary_need, levels, provision, made_at
         FROM case_analyses WHERE authority_id = $1 AND case_id = $2",
    )
    .bind(authority.0)
    .bind(case.0)
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(CaseAnalysis {
            case: CaseId(row.try_get("case_id")?),
            documents_key: row.try_get("documents_key")?,
            findings: row.try_get("findings")?,
            profile: profile(&row)?,
            made_at: timestamp(row.try_get("made_at")?)?,
        })
    })
    .transpose()
}

/// Every analysed case with its profile and its latest review. The reviews
/// come from a second query on the events' type index: a subquery per case
/// would read every case's history.
pub(crate) async fn analysed_cases(
    pool: &AnyPool,
    authority: AuthorityId,
) -> StoreResult<Vec<AnalysedCase>> {
    let reviewed = super::events::of_type(pool, authority, "FindingsReviewed").await?;
    // In case order, so the last review of each case is the one kept.
    let mut reviews = HashMap::new();
    for (stored, event) in reviewed.iter().zip(to_case_events(&reviewed)?) {
        if let CaseEvent::FindingsReviewed { decisions, .. } = event {
            reviews.insert(stored.case, decisions);
        }
    }
    let rows = sqlx::query(
        "SELECT a.case_id, c.reference, a.primary_need, a.levels, a.provision
         FROM case_analyses a JOIN cases c ON c.id = a.case_id AND c.authority_id = a.authority_id
         WHERE a.authority_id = $1 ORDER BY c.reference",
    )
    .bind(authority.0)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| {
            let case = CaseId(row.try_get("case_id")?);
            Ok(AnalysedCase {
                case,
                reference: row.try_get("reference")?,
                profile: profile(row)?,
                review: reviews.remove(&case),
            })
        })
        .collect()
}

/// Cases with documents whose analysis is missing or was made from other
/// documents, in case order. Two light queries, compared here: no document
/// content is read.
pub(crate) async fn to_analyse(
    pool: &AnyPool,
    authority: AuthorityId,
    reader: &str,
) -> StoreResult<Vec<CaseId>> {
    let mut documents: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for row in sqlx::query("SELECT case_id, id FROM documents WHERE authority_id = $1")
        .bind(authority.0)
        .fetch_all(pool)
        .await?
    {
        documents
            .entry(row.try_get("case_id")?)
            .or_default()
            .push(row.try_get("id")?);
    }
    let mut keys: HashMap<i64, String> = HashMap::new();
    for row in
        sqlx::query("SELECT case_id, documents_key FROM case_analyses WHERE authority_id = $1")
            .bind(authority.0)
            .fetch_all(pool)
            .await?
    {
        keys.insert(row.try_get("case_id")?, row.try_get("documents_key")?);
    }
    Ok(documents
        .into_iter()
        .filter(|(case, ids)| keys.get(case) != Some(&documents_key(reader, ids)))
        .map(|(case, _)| CaseId(case))
        .collect())
}
