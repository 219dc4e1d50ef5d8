//! Reads one form field at a time, collecting a GOV.UK error for each
//! field that is missing or malformed.

use jiff::civil::Date;
use tandem_domain::case::{AdviceId, ExceptionScope, Placement};

use super::fields::Options;
use super::parse::Values;
use crate::pages::form::FieldError;

pub struct Reader<'a> {
    pub values: &'a Values,
    pub errors: Vec<FieldError>,
}

impl Reader<'_> {
    pub fn raw(&self, name: &str) -> &str {
        self.values.get(name).map(|v| v.trim()).unwrap_or("")
    }

    pub fn fail<T>(&mut self, field: &'static str, message: &str) -> Option<T> {
        self.errors.push(FieldError::new(field, message));
        None
    }

    pub fn date(&mut self, name: &'static str, missing: &str) -> Option<Date> {
        let part = |p: &str| self.raw(&format!("{name}-{p}")).to_owned();
        let (d, m, y) = (part("day"), part("month"), part("year"));
        if d.is_empty() && m.is_empty() && y.is_empty() {
            return self.fail(name, missing);
        }
        let parsed = (d.parse::<i8>(), m.parse::<i8>(), y.parse::<i16>());
        match parsed {
            (Ok(d), Ok(m), Ok(y)) if y >= 1000 => match Date::new(y, m, d) {
                Ok(date) => Some(date),
                Err(_) => self.fail(name, "The date must be a real date"),
            },
            _ => self.fail(name, "The date must be a real date, for example 27 3 2026"),
        }
    }

    pub fn text(&self, name: &str) -> String {
        self.raw(name).to_owned()
    }

    pub fn yes_no(&mut self, name: &'static str, message: &str) -> Option<bool> {
        match self.raw(name) {
            "yes" => Some(true),
            "no" => Some(false),
            _ => self.fail(name, message),
        }
    }

    pub fn id(&mut self, name: &'static str, message: &str) -> Option<i64> {
        match self.raw(name).parse() {
            Ok(id) => Some(id),
            Err(_) => self.fail(name, message),
        }
    }

    /// One of `all`, sent as its Rust name (see `fields::choices`).
    pub fn one_of<T: Copy + std::fmt::Debug>(
        &mut self,
        name: &'static str,
        all: &[T],
        message: &str,
    ) -> Option<T> {
        let raw = self.raw(name).to_owned();
        match all.iter().find(|v| format!("{v:?}") == raw) {
            Some(v) => Some(*v),
            None => self.fail(name, message),
        }
    }

    pub fn school(&mut self, options: &Options, message: &str) -> Option<(i64, String)> {
        let id = self.id("school_id", message)?;
        match options.schools.iter().find(|(s, _)| *s == id) {
            Some(found) => Some(found.clone()),
            None => self.fail("school_id", message),
        }
    }

    pub fn placement(&mut self, options: &Options) -> Option<Placement> {
        let chosen = self.raw("placement_school").to_owned();
        if chosen.is_empty() {
            let name = self.text("placement_name");
            if name.is_empty() {
                return self.fail(
                    "placement_school",
                    "Select the school or setting, or type its name",
                );
            }
            return Some(Placement {
                school_id: None,
                name,
            });
        }
        let school = chosen
            .parse::<i64>()
            .ok()
            .and_then(|id| options.schools.iter().find(|(s, _)| *s == id));
        match school {
            Some((id, name)) => Some(Placement {
                school_id: Some(*id),
                name: name.clone(),
            }),
            None => self.fail("placement_school", "Select the school or setting"),
        }
    }

    pub fn scope(&mut self) -> Option<ExceptionScope> {
        let raw = self.raw("applies_to").to_owned();
        let scope = match raw.as_str() {
            "DecisionToAssess" => Some(ExceptionScope::DecisionToAssess),
            "DecisionToIssue" => Some(ExceptionScope::DecisionToIssue),
            "FinalPlan" => Some(ExceptionScope::FinalPlan),
            other => other
                .strip_prefix("Advice-")
                .and_then(|n| n.parse().ok())
                .map(|n| ExceptionScope::Advice {
                    advice_id: AdviceId(n),
                }),
        };
        scope.or_else(|| {
            self.fail(
                "applies_to",
                "Select which time limit the exception explains",
            )
        })
    }
}
