//! The pages of the request, in the order a family meets them, grouped into
//! the sections of the task list.

use super::Answers;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Who,
    Requester,
    ChildName,
    ChildDob,
    ChildAddress,
    ChildSetting,
    Parents,
    Contact,
    Language,
    Needs,
    Support,
    Consent,
    Evidence,
}

impl Step {
    pub const ALL: [Step; 13] = [
        Step::Who,
        Step::Requester,
        Step::ChildName,
        Step::ChildDob,
        Step::ChildAddress,
        Step::ChildSetting,
        Step::Parents,
        Step::Contact,
        Step::Language,
        Step::Needs,
        Step::Support,
        Step::Consent,
        Step::Evidence,
    ];

    /// The page's address under `/apply/`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Who => "who",
            Step::Requester => "your-details",
            Step::ChildName => "child-name",
            Step::ChildDob => "child-date-of-birth",
            Step::ChildAddress => "child-address",
            Step::ChildSetting => "child-setting",
            Step::Parents => "parents",
            Step::Contact => "contact",
            Step::Language => "language",
            Step::Needs => "needs",
            Step::Support => "support",
            Step::Consent => "consent",
            Step::Evidence => "evidence",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Whether this page is asked at all, given the answers so far: only a
    /// school gives its own details and the parent's agreement.
    pub fn applies(self, answers: &Answers) -> bool {
        match self {
            Step::Requester => answers.requester_kind() == Some(super::RequesterKind::School),
            _ => true,
        }
    }

    /// The page after this one that applies.
    pub fn next(self, answers: &Answers) -> Option<Step> {
        Step::ALL
            .into_iter()
            .skip_while(|s| *s != self)
            .skip(1)
            .find(|s| s.applies(answers))
    }
}

/// A group of pages on the task list.
pub struct Section {
    /// The Fluent key of its heading.
    pub key: &'static str,
    pub steps: &'static [Step],
}

pub const SECTIONS: [Section; 5] = [
    Section {
        key: "section-about-you",
        steps: &[Step::Who, Step::Requester],
    },
    Section {
        key: "section-child",
        steps: &[
            Step::ChildName,
            Step::ChildDob,
            Step::ChildAddress,
            Step::ChildSetting,
        ],
    },
    Section {
        key: "section-family",
        steps: &[Step::Parents, Step::Contact, Step::Language],
    },
    Section {
        key: "section-needs",
        steps: &[Step::Needs, Step::Support],
    },
    Section {
        key: "section-consent",
        steps: &[Step::Consent, Step::Evidence],
    },
];
