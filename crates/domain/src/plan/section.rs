//! The sections of the plan as places to go: to edit, to comment on, to
//! compare, and where the quality check sends a coordinator.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Section {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H1,
    H2,
    I,
    J,
    K,
}

impl Section {
    pub const ALL: [Section; 12] = [
        Section::A,
        Section::B,
        Section::C,
        Section::D,
        Section::E,
        Section::F,
        Section::G,
        Section::H1,
        Section::H2,
        Section::I,
        Section::J,
        Section::K,
    ];

    /// "A" to "K", as printed and as used in addresses.
    pub fn code(self) -> &'static str {
        match self {
            Section::A => "A",
            Section::B => "B",
            Section::C => "C",
            Section::D => "D",
            Section::E => "E",
            Section::F => "F",
            Section::G => "G",
            Section::H1 => "H1",
            Section::H2 => "H2",
            Section::I => "I",
            Section::J => "J",
            Section::K => "K",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Section::A => "Views, interests and aspirations",
            Section::B => "Special educational needs",
            Section::C => "Health needs related to special educational needs",
            Section::D => "Social care needs related to special educational needs or a disability",
            Section::E => "Outcomes",
            Section::F => "Special educational provision",
            Section::G => "Health provision",
            Section::H1 => {
                "Social care provision under the Chronically Sick and Disabled Persons Act 1970"
            }
            Section::H2 => "Other social care provision",
            Section::I => "Placement",
            Section::J => "Personal budget",
            Section::K => "Advice and information",
        }
    }

    /// Accepts "f", "F", "h1" …
    pub fn parse(code: &str) -> Option<Section> {
        Section::ALL
            .into_iter()
            .find(|s| s.code().eq_ignore_ascii_case(code.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::Section;

    #[test]
    fn every_section_reads_back_from_its_code() {
        for section in Section::ALL {
            assert_eq!(Section::parse(section.code()), Some(section));
            assert_eq!(
                Section::parse(&section.code().to_lowercase()),
                Some(section)
            );
        }
        assert_eq!(Section::parse("Z"), None);
        assert_eq!(Section::parse(""), None);
    }
}
