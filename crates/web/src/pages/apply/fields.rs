//! What each page of the request asks, as fields the one question template
//! draws in the GOV.UK way, worded in the family's language.

use tandem_domain::request_form::{Answers, Problem, Step};
use tandem_store::School;

use crate::i18n::Tr;

pub struct Choice {
    pub value: String,
    pub label: String,
    pub checked: bool,
}

pub struct Field {
    /// The input's name and id; errors link to it.
    pub name: &'static str,
    /// text, email, tel, textarea, date, radios, checkboxes, select or heading.
    pub kind: &'static str,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub error: Option<String>,
    pub choices: Vec<Choice>,
    pub autocomplete: &'static str,
    /// A GOV.UK width class, or empty for full width.
    pub width: &'static str,
    /// The only question on the page: its label is the page's heading.
    pub as_heading: bool,
    /// Day, month and year of a date: (name, label, value, width).
    pub parts: Vec<(&'static str, String, String, &'static str)>,
}

impl Field {
    pub(crate) fn new(name: &'static str, kind: &'static str, label: String, value: &str) -> Field {
        Field {
            name,
            kind,
            label,
            hint: String::new(),
            value: value.to_owned(),
            error: None,
            choices: Vec::new(),
            autocomplete: "",
            width: "",
            as_heading: false,
            parts: Vec::new(),
        }
    }

    pub(crate) fn hint(mut self, hint: String) -> Field {
        self.hint = hint;
        self
    }

    pub(crate) fn auto(mut self, autocomplete: &'static str) -> Field {
        self.autocomplete = autocomplete;
        self
    }

    pub(crate) fn width(mut self, width: &'static str) -> Field {
        self.width = width;
        self
    }

    pub(crate) fn heading(mut self) -> Field {
        self.as_heading = true;
        self
    }

    pub(crate) fn choices(mut self, choices: Vec<Choice>) -> Field {
        self.choices = choices;
        self
    }

    /// Every input of this field: one name, or a date's three.
    pub fn names(&self) -> Vec<&'static str> {
        if self.parts.is_empty() {
            vec![self.name]
        } else {
            self.parts.iter().map(|p| p.0).collect()
        }
    }
}

fn options(tr: &Tr, chosen: &str, options: &[(&str, &str)]) -> Vec<Choice> {
    options
        .iter()
        .map(|(value, key)| Choice {
            value: (*value).to_owned(),
            label: tr.t(key),
            checked: chosen == *value,
        })
        .collect()
}

fn many(tr: &Tr, chosen: &[String], options: &[(&str, &str)]) -> Vec<Choice> {
    options
        .iter()
        .map(|(value, key)| Choice {
            value: (*value).to_owned(),
            label: tr.t(key),
            checked: chosen.iter().any(|c| c == value),
        })
        .collect()
}

const YES_NO: [(&str, &str); 2] = [("yes", "yes"), ("no", "no")];

pub const PROFESSIONALS: [(&str, &str); 7] = [
    ("speech", "prof-speech"),
    ("ep", "prof-ep"),
    ("ot", "prof-ot"),
    ("camhs", "prof-camhs"),
    ("paediatrician", "prof-paediatrician"),
    ("social_worker", "prof-social-worker"),
    ("other", "prof-other"),
];

pub const SHARE_WITH: [(&str, &str); 4] = [
    ("school", "share-school"),
    ("health", "share-health"),
    ("social_care", "share-social-care"),
    ("ep", "share-ep"),
];

pub const LANGUAGES: [(&str, &str); 5] = [
    ("en", "lang-en"),
    ("pl", "lang-pl"),
    ("so", "lang-so"),
    ("ar", "lang-ar"),
    ("other", "lang-other"),
];

/// The page's heading, and its fields filled with the answers so far.
pub fn fields(
    step: Step,
    a: &Answers,
    tr: &Tr,
    schools: &[School],
    problems: &[Problem],
) -> (String, Vec<Field>) {
    let (title, mut fields) = match step {
        Step::Who => (
            tr.t("q-who"),
            vec![
                Field::new("requester", "radios", tr.t("q-who"), &a.requester)
                    .heading()
                    .choices(options(
                        tr,
                        &a.requester,
                        &[
                            ("parent", "q-who-parent"),
                            ("young_person", "q-who-young"),
                            ("school", "q-who-school"),
                        ],
                    )),
            ],
        ),
        Step::Requester => (
            tr.t("q-your-details"),
            vec![
                Field::new(
                    "requester_name",
                    "text",
                    tr.t("f-requester-name"),
                    &a.requester_name,
                )
                .auto("name"),
                Field::new(
                    "requester_email",
                    "email",
                    tr.t("f-requester-email"),
                    &a.requester_email,
                )
                .auto("email"),
                Field::new(
                    "requester_setting",
                    "text",
                    tr.t("f-requester-setting"),
                    &a.requester_setting,
                )
                .auto("organization"),
                Field::new("parent_agreed", "checkboxes", tr.t("f-parent-agreed"), "").choices(
                    vec![Choice {
                        value: "yes".into(),
                        label: tr.t("f-parent-agreed"),
                        checked: a.parent_agreed == "yes",
                    }],
                ),
            ],
        ),
        Step::ChildName => (
            tr.t("q-child-name"),
            vec![
                Field::new(
                    "child_first_name",
                    "text",
                    tr.t("f-first-name"),
                    &a.child_first_name,
                )
                .width("govuk-!-width-one-half"),
                Field::new(
                    "child_last_name",
                    "text",
                    tr.t("f-last-name"),
                    &a.child_last_name,
                )
                .width("govuk-!-width-one-half"),
            ],
        ),
        Step::ChildDob => {
            let mut date = Field::new("dob_day", "date", tr.t("q-dob"), "")
                .heading()
                .hint(tr.t("hint-dob"));
            date.parts = vec![
                (
                    "dob_day",
                    tr.t("f-day"),
                    a.dob_day.clone(),
                    "govuk-input--width-2",
                ),
                (
                    "dob_month",
                    tr.t("f-month"),
                    a.dob_month.clone(),
                    "govuk-input--width-2",
                ),
                (
                    "dob_year",
                    tr.t("f-year"),
                    a.dob_year.clone(),
                    "govuk-input--width-4",
                ),
            ];
            (tr.t("q-dob"), vec![date])
        }
        Step::ChildAddress => (
            tr.t("q-address"),
            vec![
                Field::new(
                    "address_line_1",
                    "text",
                    tr.t("f-address-1"),
                    &a.address_line_1,
                )
                .auto("address-line1"),
                Field::new(
                    "address_line_2",
                    "text",
                    tr.t("f-address-2"),
                    &a.address_line_2,
                )
                .auto("address-line2"),
                Field::new("address_town", "text", tr.t("f-town"), &a.address_town)
                    .auto("address-level2")
                    .width("govuk-!-width-two-thirds"),
                Field::new(
                    "address_postcode",
                    "text",
                    tr.t("f-postcode"),
                    &a.address_postcode,
                )
                .auto("postal-code")
                .width("govuk-input--width-10"),
            ],
        ),
        Step::ChildSetting => {
            let mut choices = vec![Choice {
                value: String::new(),
                label: tr.t("setting-choose"),
                checked: a.setting.is_empty(),
            }];
            choices.extend(schools.iter().map(|s| Choice {
                value: s.id.0.to_string(),
                label: s.name.clone(),
                checked: a.setting == s.id.0.to_string(),
            }));
            choices.push(Choice {
                value: "none".into(),
                label: tr.t("setting-none"),
                checked: a.setting == "none",
            });
            (
                tr.t("q-setting"),
                vec![
                    Field::new("setting", "select", tr.t("q-setting"), &a.setting)
                        .heading()
                        .hint(tr.t("hint-setting"))
                        .choices(choices),
                ],
            )
        }
        Step::Parents => (
            tr.t("q-parents"),
            vec![
                Field::new(
                    "parent_1_name",
                    "text",
                    tr.t("f-parent-1-name"),
                    &a.parent_1_name,
                )
                .auto("name"),
                Field::new(
                    "parent_1_relationship",
                    "text",
                    tr.t("f-relationship"),
                    &a.parent_1_relationship,
                )
                .hint(tr.t("hint-relationship"))
                .width("govuk-!-width-one-half"),
                Field::new(
                    "parent_1_responsibility",
                    "radios",
                    tr.t("f-responsibility"),
                    &a.parent_1_responsibility,
                )
                .hint(tr.t("hint-responsibility"))
                .choices(options(tr, &a.parent_1_responsibility, &YES_NO)),
                Field::new("parent_2_heading", "heading", tr.t("parent-2-heading"), ""),
                Field::new(
                    "parent_2_name",
                    "text",
                    tr.t("f-parent-2-name"),
                    &a.parent_2_name,
                ),
                Field::new(
                    "parent_2_relationship",
                    "text",
                    tr.t("f-relationship"),
                    &a.parent_2_relationship,
                )
                .width("govuk-!-width-one-half"),
                Field::new(
                    "parent_2_responsibility",
                    "radios",
                    tr.t("f-responsibility"),
                    &a.parent_2_responsibility,
                )
                .choices(options(tr, &a.parent_2_responsibility, &YES_NO)),
            ],
        ),
        Step::Contact => (
            tr.t("q-contact"),
            vec![
                Field::new(
                    "contact_channel",
                    "radios",
                    tr.t("q-contact"),
                    &a.contact_channel,
                )
                .hint(tr.t("hint-contact"))
                .choices(options(
                    tr,
                    &a.contact_channel,
                    &[
                        ("email", "contact-email"),
                        ("phone", "contact-phone"),
                        ("post", "contact-post"),
                    ],
                )),
                Field::new(
                    "contact_email",
                    "email",
                    tr.t("f-contact-email"),
                    &a.contact_email,
                )
                .auto("email"),
                Field::new(
                    "contact_phone",
                    "tel",
                    tr.t("f-contact-phone"),
                    &a.contact_phone,
                )
                .auto("tel")
                .width("govuk-input--width-20"),
            ],
        ),
        Step::Language => {
            (
                tr.t("q-language"),
                vec![
                    Field::new("language", "radios", tr.t("q-language"), &a.language)
                        .choices(options(tr, &a.language, &LANGUAGES)),
                    Field::new(
                        "language_other",
                        "text",
                        tr.t("f-language-other"),
                        &a.language_other,
                    )
                    .width("govuk-!-width-one-half"),
                    Field::new(
                        "interpreter",
                        "radios",
                        tr.t("f-interpreter"),
                        &a.interpreter,
                    )
                    .choices(options(tr, &a.interpreter, &YES_NO)),
                ],
            )
        }
        Step::Needs => (
            tr.t("q-needs"),
            vec![Field::new("needs", "textarea", tr.t("q-needs"), &a.needs)
                .heading()
                .hint(tr.t("hint-needs"))],
        ),
        Step::Support => (
            tr.t("q-support"),
            vec![
                Field::new(
                    "sen_support",
                    "radios",
                    tr.t("f-sen-support"),
                    &a.sen_support,
                )
                .choices(options(
                    tr,
                    &a.sen_support,
                    &[("yes", "yes"), ("no", "no"), ("not_sure", "not-sure")],
                )),
                Field::new("professionals", "checkboxes", tr.t("f-professionals"), "")
                    .hint(tr.t("hint-professionals"))
                    .choices(many(tr, &a.professionals, &PROFESSIONALS)),
                Field::new(
                    "support_details",
                    "textarea",
                    tr.t("f-support-details"),
                    &a.support_details,
                ),
            ],
        ),
        Step::Consent => (
            tr.t("q-consent"),
            vec![
                Field::new("share_with", "checkboxes", tr.t("f-share-with"), "")
                    .hint(tr.t("consent-intro"))
                    .choices(many(tr, &a.share_with, &SHARE_WITH)),
                Field::new("consent", "checkboxes", tr.t("f-consent"), "").choices(vec![Choice {
                    value: "yes".into(),
                    label: tr.t("f-consent"),
                    checked: a.consent == "yes",
                }]),
            ],
        ),
        Step::Evidence => (tr.t("q-evidence"), Vec::new()),
    };
    for field in &mut fields {
        let names = field.names();
        field.error = problems
            .iter()
            .find(|p| names.contains(&p.field))
            .map(|p| tr.t(p.key));
    }
    (title, fields)
}

/// The inputs each page sends: what a post to it may change.
pub fn inputs(step: Step) -> &'static [&'static str] {
    match step {
        Step::Who => &["requester"],
        Step::Requester => &[
            "requester_name",
            "requester_email",
            "requester_setting",
            "parent_agreed",
        ],
        Step::ChildName => &["child_first_name", "child_last_name"],
        Step::ChildDob => &["dob_day", "dob_month", "dob_year"],
        Step::ChildAddress => &[
            "address_line_1",
            "address_line_2",
            "address_town",
            "address_postcode",
        ],
        Step::ChildSetting => &["setting"],
        Step::Parents => &[
            "parent_1_name",
            "parent_1_relationship",
            "parent_1_responsibility",
            "parent_2_name",
            "parent_2_relationship",
            "parent_2_responsibility",
        ],
        Step::Contact => &["contact_channel", "contact_email", "contact_phone"],
        Step::Language => &["language", "language_other", "interpreter"],
        Step::Needs => &["needs"],
        Step::Support => &["sen_support", "professionals", "support_details"],
        Step::Consent => &["share_with", "consent"],
        Step::Evidence => &[],
    }
}

/// Puts a page's posted values into the answers, exactly as typed.
pub fn take(step: Step, answers: &mut Answers, posted: &[(String, String)]) {
    for name in inputs(step) {
        let values: Vec<String> = posted
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect();
        let one = values.first().cloned().unwrap_or_default();
        let a = &mut *answers;
        match *name {
            "requester" => a.requester = one,
            "requester_name" => a.requester_name = one,
            "requester_email" => a.requester_email = one,
            "requester_setting" => a.requester_setting = one,
            "parent_agreed" => a.parent_agreed = one,
            "child_first_name" => a.child_first_name = one,
            "child_last_name" => a.child_last_name = one,
            "dob_day" => a.dob_day = one,
            "dob_month" => a.dob_month = one,
            "dob_year" => a.dob_year = one,
            "address_line_1" => a.address_line_1 = one,
            "address_line_2" => a.address_line_2 = one,
            "address_town" => a.address_town = one,
            "address_postcode" => a.address_postcode = one,
            "setting" => a.setting = one,
            "parent_1_name" => a.parent_1_name = one,
            "parent_1_relationship" => a.parent_1_relationship = one,
            "parent_1_responsibility" => a.parent_1_responsibility = one,
            "parent_2_name" => a.parent_2_name = one,
            "parent_2_relationship" => a.parent_2_relationship = one,
            "parent_2_responsibility" => a.parent_2_responsibility = one,
            "contact_channel" => a.contact_channel = one,
            "contact_email" => a.contact_email = one,
            "contact_phone" => a.contact_phone = one,
            "language" => a.language = one,
            "language_other" => a.language_other = one,
            "interpreter" => a.interpreter = one,
            "needs" => a.needs = one,
            "sen_support" => a.sen_support = one,
            "support_details" => a.support_details = one,
            "professionals" => a.professionals = values,
            "share_with" => a.share_with = values,
            "consent" => a.consent = one,
            _ => {}
        }
    }
}

impl Field {
    /// The ids the input's `aria-describedby` names: its hint and its error.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if !self.hint.is_empty() {
            ids.push(format!("{}-hint", self.name));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.name));
        }
        ids.join(" ")
    }

    /// The id of the `n`th choice (from 1): the first is the field's own,
    /// so an error summary's link lands on it.
    pub fn choice_id(&self, n: &usize) -> String {
        if *n == 1 {
            self.name.to_owned()
        } else {
            format!("{}-{n}", self.name)
        }
    }
}
