//! What advisers say about a child with one type of need: sentence
//! templates the reports draw from, filled with the child's profile.
//!
//! A template may start with a tag that limits it to some children, so that
//! nobody writes about the reading age of a two-year-old:
//! `@school ` (Reception to Year 13), `@young ` (under 7), `@teen ` (11 and
//! over), `@adult ` (16 and over).

use crate::need::PrimaryNeed;

use super::needs;
use super::profile::{Profile, Stage};

/// The four broad areas of need of the SEND Code of Practice (6.28).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    Communication,
    Learning,
    Emotional,
    Physical,
}

impl Area {
    pub fn heading(self) -> &'static str {
        match self {
            Area::Communication => "Communication and interaction",
            Area::Learning => "Cognition and learning",
            Area::Emotional => "Social, emotional and mental health",
            Area::Physical => "Sensory and physical",
        }
    }
}

pub type Lines = &'static [&'static str];

pub struct Bank {
    /// The area the need belongs to.
    pub area: Area,
    /// Names of the main condition; one is chosen per child.
    pub conditions: Lines,
    /// How and when the need was first identified.
    pub identified: Lines,
    /// Current needs in the need's own area.
    pub core: Lines,
    /// What the need means in the other areas.
    pub knock_on: &'static [(Area, &'static str)],
    /// Support already in place.
    pub in_place: Lines,
    /// Recommended provision, specific and quantified.
    pub recommend: Lines,
    /// The family's worries, in their own words.
    pub worries: Lines,
    pub helps: Lines,
    /// The child's own words, or what adults saw for a child without words.
    pub child: Lines,
    pub health: Lines,
    /// A therapist's findings and recommendations.
    pub therapy: Lines,
    pub therapy_recommend: Lines,
    /// Said of a child for whom this is a secondary need.
    pub secondary: Lines,
}

pub fn bank(need: PrimaryNeed) -> &'static Bank {
    match need {
        PrimaryNeed::Asd => &needs::communication::ASD,
        PrimaryNeed::Slcn => &needs::communication::SLCN,
        PrimaryNeed::Semh => &needs::wellbeing::SEMH,
        PrimaryNeed::Oth => &needs::wellbeing::OTH,
        PrimaryNeed::Mld => &needs::learning::MLD,
        PrimaryNeed::Spld => &needs::learning::SPLD,
        PrimaryNeed::Sld => &needs::complex::SLD,
        PrimaryNeed::Pmld => &needs::complex::PMLD,
        PrimaryNeed::Hi => &needs::sensory::HI,
        PrimaryNeed::Vi => &needs::sensory::VI,
        PrimaryNeed::Msi => &needs::sensory::MSI,
        PrimaryNeed::Pd => &needs::physical::PD,
    }
}

/// The template without its tag, if it suits the child.
pub fn suited<'a>(template: &'a str, profile: &Profile) -> Option<&'a str> {
    let Some(tagged) = template.strip_prefix('@') else {
        return Some(template);
    };
    let (tag, text) = tagged.split_once(' ')?;
    let fits = match tag {
        "school" => profile.stage != Stage::EarlyYears && profile.year_group <= 13,
        "young" => profile.age < 7,
        "teen" => profile.age >= 11,
        "adult" => profile.age >= 16,
        _ => false,
    };
    fits.then_some(text)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::advice_text::profile::fill;
    use crate::rng::Rng;

    /// Every template of every need names only slots the profile fills, and
    /// its tag, if any, is one `suited` knows.
    #[test]
    fn every_template_fills() {
        let mut rng = Rng::new(1);
        for need in PrimaryNeed::ALL {
            let profile = Profile::draw(
                &mut rng,
                "Ola Fenwick",
                need,
                date(2012, 5, 1),
                date(2025, 1, 6),
            );
            let b = bank(need);
            let lists = [
                b.conditions,
                b.identified,
                b.core,
                b.in_place,
                b.recommend,
                b.worries,
                b.helps,
                b.child,
                b.health,
                b.therapy,
                b.therapy_recommend,
                b.secondary,
            ];
            let knock_on = b.knock_on.iter().map(|(_, l)| *l);
            for line in lists.iter().flat_map(|l| l.iter().copied()).chain(knock_on) {
                let text = line.split_once(' ').filter(|_| line.starts_with('@'));
                if let Some((tag, _)) = text {
                    assert!(
                        ["@school", "@young", "@teen", "@adult"].contains(&tag),
                        "{line}"
                    );
                }
                let filled = fill(line, &profile);
                assert!(!filled.contains(['{', '}']), "{need:?}: {filled}");
            }
        }
    }
}
