//! Identifiers. Each is its own type so that a person's id can never be
//! passed where a case's is expected.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A local authority: the tenant whose data is kept apart from every other.
    AuthorityId
);
id_type!(
    /// A person who signs in: parent, school SENCo, specialist or staff.
    PersonId
);
id_type!(
    /// A school or setting.
    SchoolId
);
id_type!(
    /// A case: one child's journey from request to plan and reviews.
    CaseId
);

/// The reference a family and staff quote on the phone and in letters,
/// e.g. `TDM-2026-00042`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CaseRef(String);

impl CaseRef {
    pub fn new(prefix: &str, year: i16, number: u32) -> CaseRef {
        CaseRef(format!("{prefix}-{year}-{number:05}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for CaseRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("a case reference looks like ABC-2026-00042")]
pub struct BadCaseRef;

impl TryFrom<String> for CaseRef {
    type Error = BadCaseRef;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let value = value.trim().to_ascii_uppercase();
        let mut parts = value.split('-');
        let ok = matches!(
            (parts.next(), parts.next(), parts.next(), parts.next()),
            (Some(p), Some(y), Some(n), None)
                if (2..=6).contains(&p.len())
                    && p.chars().all(|c| c.is_ascii_uppercase())
                    && y.len() == 4 && y.chars().all(|c| c.is_ascii_digit())
                    && (1..=8).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit())
        );
        if ok {
            Ok(CaseRef(value))
        } else {
            Err(BadCaseRef)
        }
    }
}

impl std::str::FromStr for CaseRef {
    type Err = BadCaseRef;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        CaseRef::try_from(s.to_owned())
    }
}

impl From<CaseRef> for String {
    fn from(value: CaseRef) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_references_are_parsed_not_trusted() {
        assert_eq!(CaseRef::new("TDM", 2026, 42).as_str(), "TDM-2026-00042");
        assert_eq!(
            "tdm-2026-00042".parse::<CaseRef>().unwrap().as_str(),
            "TDM-2026-00042"
        );
        for bad in [
            "",
            "TDM",
            "TDM-26-1",
            "TDM-2026-",
            "T-2026-1",
            "TDM-2026-1-2",
            "<script>",
        ] {
            assert_eq!(bad.parse::<CaseRef>(), Err(BadCaseRef), "{bad}");
        }
    }
}
