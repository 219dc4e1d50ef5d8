//! Typical 20Q profiles by type of need, shipped in `data/profiles.toml`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::metric::{Levels, Metric};
use crate::need_code::NeedCode;

pub(crate) const PROFILES_TOML: &str = include_str!("../../data/profiles.toml");

/// One starting profile per type of need.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    by_need: BTreeMap<NeedCode, Levels>,
}

impl Profiles {
    pub fn parse(text: &str) -> Result<Profiles, toml::de::Error> {
        let raw: BTreeMap<NeedCode, BTreeMap<Metric, u8>> = toml::from_str(text)?;
        let by_need = raw
            .into_iter()
            .map(|(need, metrics)| {
                let mut levels = Levels::default();
                for (metric, level) in metrics {
                    levels.set(metric, level);
                }
                (need, levels)
            })
            .collect();
        Ok(Profiles { by_need })
    }

    pub fn shipped() -> &'static Profiles {
        static SHIPPED: OnceLock<Profiles> = OnceLock::new();
        // Checked by a unit test; a default keeps the engine answering.
        SHIPPED.get_or_init(|| Profiles::parse(PROFILES_TOML).unwrap_or_default())
    }

    pub fn get(&self, need: NeedCode) -> Levels {
        self.by_need.get(&need).copied().unwrap_or_default()
    }

    pub fn set(&mut self, need: NeedCode, levels: Levels) {
        self.by_need.insert(need, levels);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_of_need_has_a_shipped_profile() {
        let profiles = Profiles::parse(PROFILES_TOML).unwrap();
        for need in NeedCode::ALL {
            assert!(profiles.by_need.contains_key(&need), "{need:?}");
        }
        assert_eq!(profiles.get(NeedCode::Hi).get(Metric::HearingImpairment), 3);
    }
}
