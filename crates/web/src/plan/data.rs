//! An authority's drafting data: its provision catalogue, outcomes library
//! and funding bands, as it saved them, else the Northbrook examples
//! Tandem ships for every authority to start from.

use tandem_domain::ids::AuthorityId;
use tandem_domain::plan::{Catalogue, DataError, FundingBands, OutcomesLibrary};
use tandem_store::{PlanDataKind, Store};

use crate::error::{WebError, WebResult};

pub const SHIPPED_CATALOGUE: &str =
    include_str!("../../../domain/data/northbrook/provision-catalogue.toml");
pub const SHIPPED_OUTCOMES: &str = include_str!("../../../domain/data/northbrook/outcomes.toml");
pub const SHIPPED_BANDS: &str = include_str!("../../../domain/data/northbrook/funding-bands.toml");

pub struct DraftingData {
    pub catalogue: Catalogue,
    pub outcomes: OutcomesLibrary,
    pub bands: FundingBands,
}

/// The shipped TOML of `kind`.
pub fn shipped(kind: PlanDataKind) -> &'static str {
    match kind {
        PlanDataKind::Catalogue => SHIPPED_CATALOGUE,
        PlanDataKind::Outcomes => SHIPPED_OUTCOMES,
        PlanDataKind::FundingBands => SHIPPED_BANDS,
    }
}

/// Whether `text` is good data of `kind`: what the edit page checks
/// before saving, so a saved file always loads.
pub fn validate(kind: PlanDataKind, text: &str) -> Result<(), DataError> {
    match kind {
        PlanDataKind::Catalogue => Catalogue::from_toml(text).map(|_| ()),
        PlanDataKind::Outcomes => OutcomesLibrary::from_toml(text).map(|_| ()),
        PlanDataKind::FundingBands => FundingBands::from_toml(text).map(|_| ()),
    }
}

fn internal(e: DataError) -> WebError {
    WebError::Internal(anyhow::anyhow!(e))
}

/// The TOML of `kind` the authority uses now.
pub async fn current_text(
    store: &dyn Store,
    authority: AuthorityId,
    kind: PlanDataKind,
) -> WebResult<String> {
    Ok(store
        .plan_data(authority, kind)
        .await?
        .unwrap_or_else(|| shipped(kind).to_owned()))
}

pub async fn authority_data(store: &dyn Store, authority: AuthorityId) -> WebResult<DraftingData> {
    let catalogue = current_text(store, authority, PlanDataKind::Catalogue).await?;
    let outcomes = current_text(store, authority, PlanDataKind::Outcomes).await?;
    let bands = current_text(store, authority, PlanDataKind::FundingBands).await?;
    Ok(DraftingData {
        catalogue: Catalogue::from_toml(&catalogue).map_err(internal)?,
        outcomes: OutcomesLibrary::from_toml(&outcomes).map_err(internal)?,
        bands: FundingBands::from_toml(&bands).map_err(internal)?,
    })
}
