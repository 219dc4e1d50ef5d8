//! The child's primary type of need and age, drawn like England's.

use crate::rng::Rng;

/// The DfE SEN2 primary type of need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrimaryNeed {
    Asd,
    Slcn,
    Semh,
    Mld,
    Sld,
    Pd,
    Spld,
    Hi,
    Pmld,
    Oth,
    Vi,
    Msi,
}

impl PrimaryNeed {
    pub const ALL: [PrimaryNeed; 12] = [
        PrimaryNeed::Asd,
        PrimaryNeed::Slcn,
        PrimaryNeed::Semh,
        PrimaryNeed::Mld,
        PrimaryNeed::Sld,
        PrimaryNeed::Pd,
        PrimaryNeed::Spld,
        PrimaryNeed::Hi,
        PrimaryNeed::Pmld,
        PrimaryNeed::Oth,
        PrimaryNeed::Vi,
        PrimaryNeed::Msi,
    ];

    /// Share of EHC plans in England (DfE, January 2025), in percent.
    pub fn target_percent(self) -> f64 {
        match self {
            PrimaryNeed::Asd => 31.0,
            PrimaryNeed::Slcn => 21.0,
            PrimaryNeed::Semh => 21.0,
            PrimaryNeed::Mld => 11.0,
            PrimaryNeed::Sld => 4.0,
            PrimaryNeed::Pd => 4.0,
            PrimaryNeed::Spld => 2.0,
            PrimaryNeed::Hi => 1.0,
            PrimaryNeed::Pmld => 1.0,
            PrimaryNeed::Oth => 1.0,
            PrimaryNeed::Vi => 1.0,
            PrimaryNeed::Msi => 0.5,
        }
    }

    pub fn sen2_code(self) -> &'static str {
        match self {
            PrimaryNeed::Asd => "ASD",
            PrimaryNeed::Slcn => "SLCN",
            PrimaryNeed::Semh => "SEMH",
            PrimaryNeed::Mld => "MLD",
            PrimaryNeed::Sld => "SLD",
            PrimaryNeed::Pd => "PD",
            PrimaryNeed::Spld => "SPLD",
            PrimaryNeed::Hi => "HI",
            PrimaryNeed::Pmld => "PMLD",
            PrimaryNeed::Oth => "OTH",
            PrimaryNeed::Vi => "VI",
            PrimaryNeed::Msi => "MSI",
        }
    }

    pub fn draw(rng: &mut Rng) -> PrimaryNeed {
        let weights = PrimaryNeed::ALL.map(PrimaryNeed::target_percent);
        let i = rng.weighted(&weights);
        PrimaryNeed::ALL.get(i).copied().unwrap_or(PrimaryNeed::Asd)
    }

    /// Needs that usually bring a therapist's advice besides the required five.
    pub fn therapy_adviser(self) -> Option<&'static str> {
        match self {
            PrimaryNeed::Slcn | PrimaryNeed::Asd => Some("Northbrook Speech and Language Therapy"),
            PrimaryNeed::Pd | PrimaryNeed::Pmld => {
                Some("Northbrook Children's Occupational Therapy")
            }
            PrimaryNeed::Hi | PrimaryNeed::Vi | PrimaryNeed::Msi => {
                Some("Northbrook Sensory Support Service")
            }
            _ => None,
        }
    }

    /// Needs usually met in a special school.
    pub fn often_special_school(self) -> bool {
        matches!(
            self,
            PrimaryNeed::Sld | PrimaryNeed::Pmld | PrimaryNeed::Msi
        )
    }
}

/// Age in whole years at the request: mostly primary age (DfE request data
/// skews younger than the stock of plans).
pub fn age_at_request(rng: &mut Rng) -> i64 {
    // Bands: 0-4, 5-10, 11-15, 16-19, 20-25.
    let band = rng.weighted(&[18.0, 44.0, 28.0, 8.0, 2.0]);
    band_age(rng, band)
}

/// Age in whole years of a child whose plan is in force today (DfE 2025:
/// under 5 about 8%, 5-10 about 38%, 11-15 about 34%, 16-19 about 16%, 20-25 about 4%).
pub fn age_with_plan(rng: &mut Rng) -> i64 {
    let band = rng.weighted(&[8.0, 38.0, 34.0, 16.0, 4.0]);
    band_age(rng, band)
}

fn band_age(rng: &mut Rng, band: usize) -> i64 {
    match band {
        0 => rng.between(2, 4),
        1 => rng.between(5, 10),
        2 => rng.between(11, 15),
        3 => rng.between(16, 19),
        _ => rng.between(20, 24),
    }
}
