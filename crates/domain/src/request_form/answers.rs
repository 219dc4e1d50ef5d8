//! Everything a family types into the request, kept exactly as typed (even
//! when it is not yet valid) so that nothing is lost.

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::Step;
use crate::case::Requester;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequesterKind {
    Parent,
    YoungPerson,
    School,
}

impl RequesterKind {
    pub fn requester(self) -> Requester {
        match self {
            RequesterKind::Parent => Requester::Parent,
            RequesterKind::YoungPerson => Requester::YoungPerson,
            RequesterKind::School => Requester::School,
        }
    }
}

/// The languages the family pages are written in; others are recorded as
/// typed and an interpreter is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    Polish,
    Somali,
    Arabic,
}

impl Language {
    pub const ALL: [Language; 4] = [
        Language::English,
        Language::Polish,
        Language::Somali,
        Language::Arabic,
    ];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Polish => "pl",
            Language::Somali => "so",
            Language::Arabic => "ar",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// Its name in itself, as a language switcher shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Polish => "Polski",
            Language::Somali => "Soomaali",
            Language::Arabic => "العربية",
        }
    }

    pub fn right_to_left(self) -> bool {
        self == Language::Arabic
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answers {
    pub requester: String,
    pub requester_name: String,
    pub requester_email: String,
    pub requester_setting: String,
    pub parent_agreed: String,

    pub child_first_name: String,
    pub child_last_name: String,
    pub dob_day: String,
    pub dob_month: String,
    pub dob_year: String,
    pub address_line_1: String,
    pub address_line_2: String,
    pub address_town: String,
    pub address_postcode: String,
    /// A school's id, or "none".
    pub setting: String,

    pub parent_1_name: String,
    pub parent_1_relationship: String,
    pub parent_1_responsibility: String,
    pub parent_2_name: String,
    pub parent_2_relationship: String,
    pub parent_2_responsibility: String,

    pub contact_channel: String,
    pub contact_email: String,
    pub contact_phone: String,

    pub language: String,
    pub language_other: String,
    pub interpreter: String,

    pub needs: String,

    pub sen_support: String,
    pub support_details: String,
    pub professionals: Vec<String>,

    pub share_with: Vec<String>,
    pub consent: String,

    /// Pages whose answers passed their checks.
    pub completed: BTreeSet<String>,
}

impl Answers {
    pub fn requester_kind(&self) -> Option<RequesterKind> {
        match self.requester.as_str() {
            "parent" => Some(RequesterKind::Parent),
            "young_person" => Some(RequesterKind::YoungPerson),
            "school" => Some(RequesterKind::School),
            _ => None,
        }
    }

    pub fn child_name(&self) -> String {
        format!(
            "{} {}",
            self.child_first_name.trim(),
            self.child_last_name.trim()
        )
        .trim()
        .to_owned()
    }

    pub fn date_of_birth(&self) -> Option<Date> {
        let day = self.dob_day.trim().parse().ok()?;
        let month = self.dob_month.trim().parse().ok()?;
        let year = self.dob_year.trim().parse().ok()?;
        Date::new(year, month, day).ok()
    }

    pub fn school_id(&self) -> Option<i64> {
        self.setting.parse().ok()
    }

    pub fn is_complete(&self, step: Step) -> bool {
        self.completed.contains(step.slug())
    }

    /// Whether any answer of `step` has been typed, valid or not.
    pub fn is_started(&self, step: Step) -> bool {
        let any = |fields: &[&String]| fields.iter().any(|f| !f.trim().is_empty());
        match step {
            Step::Who => any(&[&self.requester]),
            Step::Requester => any(&[&self.requester_name, &self.requester_email]),
            Step::ChildName => any(&[&self.child_first_name, &self.child_last_name]),
            Step::ChildDob => any(&[&self.dob_day, &self.dob_month, &self.dob_year]),
            Step::ChildAddress => any(&[&self.address_line_1, &self.address_postcode]),
            Step::ChildSetting => any(&[&self.setting]),
            Step::Parents => any(&[&self.parent_1_name]),
            Step::Contact => any(&[&self.contact_channel, &self.contact_email]),
            Step::Language => any(&[&self.language]),
            Step::Needs => any(&[&self.needs]),
            Step::Support => any(&[&self.sen_support, &self.support_details]),
            Step::Consent => any(&[&self.consent]),
            Step::Evidence => false,
        }
    }

    /// The email address the family asked to be reached at, if any.
    pub fn family_email(&self) -> Option<&str> {
        let email = self.contact_email.trim();
        (!email.is_empty()).then_some(email)
    }

    /// The language the family reads, where Tandem writes in it.
    pub fn family_language(&self) -> Language {
        Language::from_tag(&self.language).unwrap_or(Language::English)
    }
}
