//! Resource allocation bands: the points a child's needs score, the band
//! they fall in with its indicative annual amount, and the gap between that
//! "idealised" amount and the cost of the provision as planned.

use serde::{Deserialize, Serialize};

/// One band of an authority's resource allocation system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub name: String,
    /// The fewest points that reach this band.
    pub min_points: u32,
    /// The indicative amount a year, in pence.
    pub annual_pence: i64,
}

/// An authority's bands, lowest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FundingBands {
    pub bands: Vec<Band>,
}

/// Where a plan stands against the bands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FundingPosition {
    pub points: u32,
    pub band: Option<Band>,
    pub planned_pence: i64,
    /// Planned cost less the band's amount: positive when the plan costs more.
    pub gap_pence: Option<i64>,
}

impl FundingBands {
    /// An authority's bands from its TOML, lowest first; at least one band,
    /// and one that every score reaches (0 points).
    pub fn from_toml(text: &str) -> Result<FundingBands, super::DataError> {
        let error = |detail: String| super::DataError {
            what: "the funding bands",
            detail,
        };
        let mut bands: FundingBands = toml::from_str(text).map_err(|e| error(e.to_string()))?;
        if !bands.bands.iter().any(|b| b.min_points == 0) {
            return Err(error("one band must start at 0 points".into()));
        }
        if bands.bands.iter().any(|b| b.annual_pence < 0) {
            return Err(error("a band's amount cannot be below nothing".into()));
        }
        bands.bands.sort_by_key(|b| b.min_points);
        Ok(bands)
    }

    /// The band with this name.
    pub fn named(&self, name: &str) -> Option<&Band> {
        self.bands.iter().find(|b| b.name == name)
    }

    /// The highest band `points` reach.
    pub fn band_for(&self, points: u32) -> Option<&Band> {
        self.bands
            .iter()
            .filter(|b| points >= b.min_points)
            .max_by_key(|b| b.min_points)
    }

    /// Points from the 20-question levels (0-3 each), plus one for every
    /// £1,000 a year of planned provision beyond what the levels suggest,
    /// capped so provision cannot outweigh need.
    pub fn points(levels: &[u8], planned_pence: i64) -> u32 {
        let need: u32 = levels.iter().map(|l| u32::from((*l).min(3))).sum();
        let provision = u32::try_from((planned_pence / 100_000).clamp(0, 10)).unwrap_or(0);
        need * 2 + provision
    }

    pub fn position(&self, levels: &[u8], planned_pence: i64) -> FundingPosition {
        let points = Self::points(levels, planned_pence);
        let band = self.band_for(points).cloned();
        FundingPosition {
            points,
            gap_pence: band.as_ref().map(|b| planned_pence - b.annual_pence),
            band,
            planned_pence,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bands() -> FundingBands {
        FundingBands {
            bands: vec![
                Band {
                    name: "A".into(),
                    min_points: 0,
                    annual_pence: 300_000,
                },
                Band {
                    name: "B".into(),
                    min_points: 20,
                    annual_pence: 900_000,
                },
                Band {
                    name: "C".into(),
                    min_points: 40,
                    annual_pence: 1_800_000,
                },
            ],
        }
    }

    #[test]
    fn points_fall_in_the_highest_band_they_reach_and_the_gap_is_kept() {
        let levels = [2u8; 10]; // 20 level points, 40 need points
        let position = bands().position(&levels, 2_000_000);
        assert_eq!(position.points, 50);
        assert_eq!(position.band.as_ref().map(|b| b.name.as_str()), Some("C"));
        assert_eq!(position.gap_pence, Some(200_000));
        assert_eq!(bands().band_for(19).map(|b| b.name.as_str()), Some("A"));
        assert_eq!(FundingBands::points(&[9, 9], 0), 12, "levels cap at 3");
    }

    #[test]
    fn northbrook_bands_load_and_bad_bands_are_refused() {
        let shipped = include_str!("../../data/northbrook/funding-bands.toml");
        let bands = FundingBands::from_toml(shipped).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(bands.bands.len(), 6);
        assert_eq!(bands.band_for(0).map(|b| b.name.as_str()), Some("Band 1"));
        assert!(bands.named("Band 4").is_some());
        let no_floor = "[[bands]]\nname = \"X\"\nmin_points = 5\nannual_pence = 1\n";
        assert!(FundingBands::from_toml(no_floor).is_err());
        assert!(FundingBands::from_toml("bands = 3").is_err());
    }
}
