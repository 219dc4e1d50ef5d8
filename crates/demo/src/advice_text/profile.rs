//! The child as every adviser of one case describes them: the same name,
//! age, family and history in each report, drawn once per case.

use std::borrow::Cow;

use jiff::civil::Date;
use tandem_domain::plan::year_group;

use crate::calendar::plus_months;
use crate::need::PrimaryNeed;
use crate::rng::Rng;
use crate::words;

use super::bank::bank;

/// Where the child is in education, which decides what advisers write about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    EarlyYears,
    Primary,
    Secondary,
    College,
}

/// Who the child lives with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carers {
    Parents,
    Mum,
    Dad,
    Grandparents,
    Foster,
}

/// What children's social care knows of the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Social {
    NotKnown,
    EarlyHelp,
    DisabledChildren,
    ChildInNeed,
    LookedAfter,
}

#[derive(Debug, Clone)]
pub struct Profile {
    pub first: String,
    pub full: String,
    pub she: bool,
    pub need: PrimaryNeed,
    pub secondary: Option<PrimaryNeed>,
    pub born: Date,
    /// Whole years when the advice was asked for.
    pub age: i64,
    pub year_group: i16,
    pub stage: Stage,
    pub interest: &'static str,
    pub carers: Carers,
    /// A brother or sister and their name, for remarks about someone else.
    pub sibling: Option<(&'static str, String)>,
    pub social: Social,
    /// How the advisers name the child's main condition.
    pub condition: &'static str,
    pub diagnosed_age: i64,
    pub attendance: i64,
    /// Years between reading age and real age, where that is measured.
    pub gap: i64,
    pub few: &'static str,
}

/// Names the demo's word list gives girls; `Quinn` and `Pip` go either way.
const GIRLS: &[&str] = &[
    "Amara", "Bea", "Darcy", "Eliza", "Farah", "Gracie", "Isla", "Leila", "Maya", "Nia", "Priya",
    "Rosa", "Tilly", "Uma", "Willow", "Zara", "Cora", "Freya", "Hana", "Jasmine", "Lena", "Nadia",
    "Ola", "Safiya", "Zofia",
];
const EITHER: &[&str] = &["Quinn", "Pip"];

const YOUNG_INTERESTS: &[&str] = &[
    "trains",
    "dinosaurs",
    "bubbles",
    "water play",
    "cars",
    "animals",
    "building blocks",
    "songs and nursery rhymes",
];
const OLDER_INTERESTS: &[&str] = &[
    "football",
    "drawing",
    "Minecraft",
    "swimming",
    "horses",
    "music",
    "cooking",
    "animals",
    "Lego",
    "space",
    "gaming",
    "dancing",
    "trains",
    "gymnastics",
];
const SIBLINGS: &[&str] = &[
    "older brother",
    "younger brother",
    "older sister",
    "younger sister",
];

impl Profile {
    /// Draws the family and history of a child born on `born` whose advice
    /// was asked for on `asked`.
    pub fn draw(
        rng: &mut Rng,
        child_name: &str,
        need: PrimaryNeed,
        born: Date,
        asked: Date,
    ) -> Profile {
        let first = child_name.split(' ').next().unwrap_or("Alex").to_owned();
        let she = GIRLS.contains(&first.as_str())
            || (EITHER.contains(&first.as_str()) && rng.chance(0.5));
        let age = age_on(born, asked);
        let group = year_group(born, asked);
        let stage = match group {
            ..=-1 => Stage::EarlyYears,
            0..=6 => Stage::Primary,
            7..=11 => Stage::Secondary,
            _ => Stage::College,
        };
        let interest = words::word(
            rng,
            if age < 6 {
                YOUNG_INTERESTS
            } else {
                OLDER_INTERESTS
            },
        );
        let carers = match rng.weighted(&[55.0, 30.0, 5.0, 5.0, 5.0]) {
            0 => Carers::Parents,
            1 => Carers::Mum,
            2 => Carers::Dad,
            3 => Carers::Grandparents,
            _ => Carers::Foster,
        };
        let sibling = rng.chance(0.7).then(|| {
            let relation = words::word(rng, SIBLINGS);
            let girl = relation.ends_with("sister");
            let name = loop {
                let candidate = words::word(rng, words::FIRST_NAMES);
                if GIRLS.contains(&candidate) == girl && candidate != first {
                    break candidate.to_owned();
                }
            };
            (relation, name)
        });
        let social = if carers == Carers::Foster {
            Social::LookedAfter
        } else {
            let disabled = if need.often_special_school() || need == PrimaryNeed::Pd {
                30.0
            } else {
                4.0
            };
            let in_need = if need == PrimaryNeed::Semh { 12.0 } else { 4.0 };
            match rng.weighted(&[70.0, 12.0, disabled, in_need]) {
                0 => Social::NotKnown,
                1 => Social::EarlyHelp,
                2 => Social::DisabledChildren,
                _ => Social::ChildInNeed,
            }
        };
        let secondary = if rng.chance(0.6) {
            rng.pick(secondary_needs(need)).copied()
        } else {
            None
        };
        let condition = words::word(rng, bank(need).conditions);
        let diagnosed_age = if age <= 2 { 2 } else { rng.between(2, age - 1) };
        Profile {
            full: child_name.to_owned(),
            first,
            she,
            need,
            secondary,
            born,
            age,
            year_group: group,
            stage,
            interest,
            carers,
            sibling,
            social,
            condition,
            diagnosed_age,
            attendance: rng.between(72, 96),
            gap: rng.between(2, 4),
            few: words::word(rng, &["three", "four", "five"]),
        }
    }

    /// The text for one `{key}` of a template.
    pub fn value(&self, key: &str) -> Cow<'_, str> {
        let (he, his, him) = if self.she {
            ("she", "her", "her")
        } else {
            ("he", "his", "him")
        };
        let text: Cow<'_, str> = match key {
            "name" => self.first.as_str().into(),
            "full" => self.full.as_str().into(),
            "he" => he.into(),
            "his" => his.into(),
            "him" => him.into(),
            "himself" => format!("{him}self").into(),
            "age" => self.age.to_string().into(),
            "year" => self.year_label().into(),
            "setting" => self.setting().into(),
            "interest" => self.interest.into(),
            "condition" => self.condition.into(),
            "dx_age" => self.diagnosed_age.to_string().into(),
            "dx_year" => (i64::from(self.born.year()) + self.diagnosed_age)
                .to_string()
                .into(),
            "attendance" => self.attendance.to_string().into(),
            "gap" => self.gap.to_string().into(),
            "few" => self.few.into(),
            "sibling" => self.sibling.as_ref().map_or("cousin", |s| s.0).into(),
            "sib" => self.sibling.as_ref().map_or("Sam", |s| s.1.as_str()).into(),
            "parents" => self.carers_word().into(),
            "we" => if self.carers_plural() { "we" } else { "I" }.into(),
            "us" => if self.carers_plural() { "us" } else { "me" }.into(),
            "our" => if self.carers_plural() { "our" } else { "my" }.into(),
            _ => return format!("{{{key}}}").into(),
        };
        text
    }

    pub fn setting(&self) -> &'static str {
        match self.stage {
            Stage::EarlyYears => "nursery",
            Stage::Primary | Stage::Secondary => "school",
            Stage::College => "college",
        }
    }

    pub fn year_label(&self) -> String {
        match self.year_group {
            ..=-1 => "nursery".to_owned(),
            0 => "Reception".to_owned(),
            1..=13 => format!("Year {}", self.year_group),
            _ => "college".to_owned(),
        }
    }

    pub fn carers_word(&self) -> &'static str {
        match self.carers {
            Carers::Parents => "parents",
            Carers::Mum => "mum",
            Carers::Dad => "dad",
            Carers::Grandparents => "grandparents",
            Carers::Foster => "foster carers",
        }
    }

    /// Whether the family speak as "we" or as one person.
    pub fn carers_plural(&self) -> bool {
        matches!(
            self.carers,
            Carers::Parents | Carers::Grandparents | Carers::Foster
        )
    }

    /// Whether the child writes their own views (a young person, Code of
    /// Practice 8.1) or their family does.
    pub fn speaks_for_self(&self) -> bool {
        self.age >= 16
    }
}

fn age_on(born: Date, on: Date) -> i64 {
    let mut age = i64::from(on.year()) - i64::from(born.year());
    if plus_months(born, 12 * age) > on {
        age -= 1;
    }
    age.max(0)
}

/// Needs that often come with `need` (DfE SEN2 secondary types).
fn secondary_needs(need: PrimaryNeed) -> &'static [PrimaryNeed] {
    use PrimaryNeed::*;
    match need {
        Asd => &[Slcn, Semh, Mld],
        Slcn => &[Semh, Mld, Spld],
        Semh => &[Slcn, Spld, Mld],
        Mld => &[Slcn, Semh, Pd],
        Sld => &[Slcn, Pd, Asd],
        Pd => &[Mld, Slcn, Semh],
        Spld => &[Semh, Slcn],
        Hi => &[Slcn, Semh],
        Pmld => &[Vi, Pd],
        Oth => &[Semh, Mld],
        Vi => &[Pd, Semh],
        Msi => &[Pd, Sld],
    }
}

/// Fills `{key}` slots from the profile; a capital first letter in the key
/// (`{He}`) capitalises the value.
pub fn fill(template: &str, profile: &Profile) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &after[..close];
        let capital = key.chars().next().is_some_and(char::is_uppercase);
        let value = profile.value(&key.to_lowercase());
        if capital {
            let mut chars = value.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(&value);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}
