//! The plan as saved: each version is the whole plan as JSON, checked when
//! it is saved so the list of versions shows how many faults each had.

use jiff::Timestamp;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};
use tandem_domain::plan::{check, Plan};
use tandem_store::{NewPlanVersion, PlanVersionSummary, Store};

use crate::error::{WebError, WebResult};

/// A saved version, read back.
pub struct Saved {
    pub summary: PlanVersionSummary,
    pub plan: Plan,
}

fn read(version: tandem_store::PlanVersion) -> WebResult<Saved> {
    let plan = serde_json::from_str(&version.content).map_err(|e| {
        WebError::Internal(anyhow::anyhow!(
            "plan version {} unreadable: {e}",
            version.summary.version
        ))
    })?;
    Ok(Saved {
        summary: version.summary,
        plan,
    })
}

/// The latest version, or `version` when given.
pub async fn load(
    store: &dyn Store,
    authority: AuthorityId,
    case: CaseId,
    version: Option<i64>,
) -> WebResult<Option<Saved>> {
    store
        .plan_version(authority, case, version)
        .await?
        .map(read)
        .transpose()
}

/// Saves `plan` as the version after `after`; `WebError::Conflict` when
/// someone saved since.
#[allow(clippy::too_many_arguments)]
pub async fn save(
    store: &dyn Store,
    authority: AuthorityId,
    case: CaseId,
    after: i64,
    plan: &Plan,
    note: &str,
    by: Option<PersonId>,
    at: Timestamp,
) -> WebResult<i64> {
    let today = tandem_domain::clock::london_date(at);
    let faults = i64::try_from(check(plan, today).len()).unwrap_or(i64::MAX);
    let content =
        serde_json::to_string(plan).map_err(|e| WebError::Internal(anyhow::anyhow!(e)))?;
    let new = NewPlanVersion {
        after,
        content,
        note: note.to_owned(),
        faults,
        by,
        at,
    };
    Ok(store.save_plan_version(authority, case, &new).await?)
}
