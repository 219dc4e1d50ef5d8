//! The case read model: what lists, queues and access checks read without
//! replaying events.

use sqlx::{AnyPool, Row};
use tandem_domain::access::CaseParties;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId, SchoolId};

use super::{events, now_ms, rows};
use crate::error::{StoreError, StoreResult};
use crate::model::*;

pub(crate) async fn create(
    pool: &AnyPool,
    authority: AuthorityId,
    case: &NewCase,
    first: &[NewEvent],
) -> StoreResult<CaseId> {
    let mut tx = pool.begin().await?;
    let id = insert(&mut tx, authority, case, first.len() as i64).await?;
    events::insert(&mut tx, authority, id, 0, first).await?;
    tx.commit().await?;
    Ok(id)
}

/// The case row alone, at the version its first events will bring it to.
pub(crate) async fn insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    authority: AuthorityId,
    case: &NewCase,
    version: i64,
) -> StoreResult<CaseId> {
    let now = now_ms();
    let rm = &case.read_model;
    let row = sqlx::query(
        "INSERT INTO cases (authority_id, reference, child_name, child_date_of_birth, school_id, coordinator_id,
                            stage, next_due, rag, version, opened_on, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(authority.0)
    .bind(&case.reference)
    .bind(&case.child_name)
    .bind(&case.child_date_of_birth)
    .bind(case.school.map(|s| s.0))
    .bind(rm.coordinator.map(|p| p.0))
    .bind(&rm.stage)
    .bind(&rm.next_due)
    .bind(&rm.rag)
    .bind(version)
    .bind(&case.opened_on)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .map_err(|e| StoreError::unique(e, "That case reference"))?;
    Ok(CaseId(row.try_get("id")?))
}

pub(crate) async fn get(
    pool: &AnyPool,
    authority: AuthorityId,
    id: CaseId,
) -> StoreResult<Option<CaseSummary>> {
    let sql = format!(
        "SELECT {} FROM cases WHERE authority_id = $1 AND id = $2",
        rows::CASE_COLUMNS
    );
    sqlx::query(&sql)
        .bind(authority.0)
        .bind(id.0)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(rows::case)
        .transpose()
}

pub(crate) async fn by_reference(
    pool: &AnyPool,
    authority: AuthorityId,
    reference: &str,
) -> StoreResult<Option<CaseSummary>> {
    let sql = format!(
        "SELECT {} FROM cases WHERE authority_id = $1 AND reference = $2",
        rows::CASE_COLUMNS
    );
    sqlx::query(&sql)
        .bind(authority.0)
        .bind(reference)
        .fetch_optional(pool)
        .await?
        .as_ref()
        .map(rows::case)
        .transpose()
}

/// Cases of one authority, soonest due first.
pub(crate) async fn list(
    pool: &AnyPool,
    authority: AuthorityId,
    f: &CaseFilter,
) -> StoreResult<Vec<CaseSummary>> {
    let mut sql = format!(
        "SELECT {} FROM cases WHERE authority_id = $1",
        rows::CASE_COLUMNS
    );
    let mut ints: Vec<i64> = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    // Integer parameters come first ($2…), then text ones, so each clause
    // can name its placeholder as it is added.
    let linked = [
        (f.family_member, CaseRelation::Family),
        (f.adviser, CaseRelation::Adviser),
        (f.supporter, CaseRelation::Supporter),
    ];
    for (person, relation) in linked {
        if let Some(PersonId(p)) = person {
            ints.push(p);
            sql.push_str(&format!(
                " AND id IN (SELECT case_id FROM case_people WHERE person_id = ${} AND relation = '{}')",
                ints.len() + 1,
                relation.as_str()
            ));
        }
    }
    if let Some(PersonId(p)) = f.coordinator {
        ints.push(p);
        sql.push_str(&format!(" AND coordinator_id = ${}", ints.len() + 1));
    }
    if let Some(SchoolId(s)) = f.school {
        ints.push(s);
        sql.push_str(&format!(" AND school_id = ${}", ints.len() + 1));
    }
    for (column, value) in [("stage", &f.stage), ("rag", &f.rag)] {
        if let Some(value) = value {
            texts.push(value);
            sql.push_str(&format!(
                " AND {column} = ${}",
                ints.len() + texts.len() + 1
            ));
        }
    }
    let limit = if f.limit > 0 { f.limit } else { 500 };
    let offset = f.offset.max(0);
    sql.push_str(&format!(
        " ORDER BY CASE WHEN next_due IS NULL THEN 1 ELSE 0 END, next_due, id LIMIT {limit} OFFSET {offset}"
    ));
    let mut query = sqlx::query(&sql).bind(authority.0);
    for value in ints {
        query = query.bind(value);
    }
    for value in texts {
        query = query.bind(value);
    }
    query
        .fetch_all(pool)
        .await?
        .iter()
        .map(rows::case)
        .collect()
}

pub(crate) async fn count(pool: &AnyPool, authority: AuthorityId) -> StoreResult<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM cases WHERE authority_id = $1")
        .bind(authority.0)
        .fetch_one(pool)
        .await?;
    Ok(row.try_get("n")?)
}

pub(crate) async fn link_person(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
    person: PersonId,
    relation: CaseRelation,
) -> StoreResult<()> {
    // Both must belong to the authority: a link never crosses tenants.
    let found = sqlx::query(
        "SELECT COUNT(*) AS n FROM cases c, people p
         WHERE c.id = $1 AND p.id = $2 AND c.authority_id = $3 AND p.authority_id = $3",
    )
    .bind(case.0)
    .bind(person.0)
    .bind(authority.0)
    .fetch_one(pool)
    .await?;
    if found.try_get::<i64, _>("n")? == 0 {
        return Err(StoreError::NotFound);
    }
    sqlx::query(
        "INSERT INTO case_people (case_id, person_id, relation, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING",
    )
    .bind(case.0)
    .bind(person.0)
    .bind(relation.as_str())
    .bind(now_ms())
    .execute(pool)
    .await?;
    Ok(())
}

pub(crate) async fn parties(
    pool: &AnyPool,
    authority: AuthorityId,
    case: CaseId,
) -> StoreResult<Option<CaseParties>> {
    let Some(row) = sqlx::query("SELECT school_id FROM cases WHERE authority_id = $1 AND id = $2")
        .bind(authority.0)
        .bind(case.0)
        .fetch_optional(pool)
        .await?
    else {
        return Ok(None);
    };
    let mut parties = CaseParties {
        authority: Some(authority),
        school: row.try_get::<Option<i64>, _>("school_id")?.map(SchoolId),
        ..CaseParties::default()
    };
    let links = sqlx::query("SELECT person_id, relation FROM case_people WHERE case_id = $1")
        .bind(case.0)
        .fetch_all(pool)
        .await?;
    for link in links {
        let person = PersonId(link.try_get("person_id")?);
        match link.try_get::<String, _>("relation")?.as_str() {
            "family" => parties.family.push(person),
            "adviser" => parties.advisers.push(person),
            "supporter" => parties.supporters.push(person),
            other => return Err(StoreError::Corrupt(format!("case relation {other:?}"))),
        }
    }
    Ok(Some(parties))
}
