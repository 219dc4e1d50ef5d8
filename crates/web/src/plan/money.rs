//! The plan's funding: the band its points reach (or the panel set), the
//! band's "idealised" amount, and the cost of the provision as planned.

use tandem_domain::plan::{Band, FundingBands, Plan};
use tandem_store::BandDecision;

use super::render::pounds;

pub struct Funding {
    pub points: u32,
    /// The band the points reach.
    pub by_points: Option<Band>,
    /// The panel's latest decision, if it set another band.
    pub panel: Option<BandDecision>,
    /// The band that counts: the panel's, else the points'.
    pub band: Option<Band>,
    pub planned_pence: i64,
}

impl Funding {
    pub fn new(
        bands: &FundingBands,
        levels: &[u8],
        plan: &Plan,
        decisions: &[BandDecision],
    ) -> Funding {
        let planned_pence = plan.planned_cost_pence();
        let position = bands.position(levels, planned_pence);
        let panel = decisions.last().cloned();
        let band = panel
            .as_ref()
            .and_then(|d| bands.named(&d.band).cloned())
            .or_else(|| position.band.clone());
        Funding {
            points: position.points,
            by_points: position.band,
            panel,
            band,
            planned_pence,
        }
    }

    pub fn idealised_pence(&self) -> Option<i64> {
        self.band.as_ref().map(|b| b.annual_pence)
    }

    pub fn band_name(&self) -> String {
        self.band
            .as_ref()
            .map(|b| b.name.clone())
            .unwrap_or_default()
    }

    /// e.g. "£2,500 more than the band" or "£1,000 less than the band".
    pub fn gap(&self) -> String {
        match self.idealised_pence() {
            Some(band) if self.planned_pence > band => {
                format!("{} more than the band", pounds(self.planned_pence - band))
            }
            Some(band) if self.planned_pence < band => {
                format!("{} less than the band", pounds(band - self.planned_pence))
            }
            Some(_) => "the same as the band".into(),
            None => String::new(),
        }
    }
}
