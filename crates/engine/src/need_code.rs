//! DfE SEN2 primary and secondary types of need.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum NeedCode {
    Spld,
    Mld,
    Sld,
    Pmld,
    Semh,
    Slcn,
    Hi,
    Vi,
    Msi,
    Pd,
    Asd,
    Ds,
    Oth,
}

impl NeedCode {
    pub const ALL: [NeedCode; 13] = [
        NeedCode::Spld,
        NeedCode::Mld,
        NeedCode::Sld,
        NeedCode::Pmld,
        NeedCode::Semh,
        NeedCode::Slcn,
        NeedCode::Hi,
        NeedCode::Vi,
        NeedCode::Msi,
        NeedCode::Pd,
        NeedCode::Asd,
        NeedCode::Ds,
        NeedCode::Oth,
    ];

    pub fn code(self) -> &'static str {
        match self {
            NeedCode::Spld => "SPLD",
            NeedCode::Mld => "MLD",
            NeedCode::Sld => "SLD",
            NeedCode::Pmld => "PMLD",
            NeedCode::Semh => "SEMH",
            NeedCode::Slcn => "SLCN",
            NeedCode::Hi => "HI",
            NeedCode::Vi => "VI",
            NeedCode::Msi => "MSI",
            NeedCode::Pd => "PD",
            NeedCode::Asd => "ASD",
            NeedCode::Ds => "DS",
            NeedCode::Oth => "OTH",
        }
    }

    pub fn from_code(code: &str) -> Option<NeedCode> {
        NeedCode::ALL
            .into_iter()
            .find(|n| n.code().eq_ignore_ascii_case(code))
    }

    pub fn index(self) -> usize {
        self as usize
    }
}
