//! The answers of a request as rows: for "check your answers", the copy in
//! the confirmation email, and the request on the staff case page.

use tandem_domain::request_form::{Answers, Step};
use tandem_store::{Document, School};

use super::fields::{LANGUAGES, PROFESSIONALS, SHARE_WITH};
use super::start::step_label;
use crate::i18n::Tr;

pub struct Row {
    pub key: String,
    pub lines: Vec<String>,
    pub href: String,
}

fn label(tr: &Tr, options: &[(&str, &str)], value: &str) -> String {
    options
        .iter()
        .find(|(v, _)| *v == value)
        .map(|(_, key)| tr.t(key))
        .unwrap_or_default()
}

fn yes_no(tr: &Tr, value: &str) -> String {
    match value {
        "yes" => tr.t("yes"),
        "no" => tr.t("no"),
        "not_sure" => tr.t("not-sure"),
        _ => String::new(),
    }
}

fn lines(step: Step, a: &Answers, tr: &Tr, schools: &[School], files: &[Document]) -> Vec<String> {
    let out: Vec<String> = match step {
        Step::Who => vec![label(
            tr,
            &[
                ("parent", "q-who-parent"),
                ("young_person", "q-who-young"),
                ("school", "q-who-school"),
            ],
            &a.requester,
        )],
        Step::Requester => vec![
            a.requester_name.clone(),
            a.requester_email.clone(),
            a.requester_setting.clone(),
            if a.parent_agreed == "yes" {
                tr.t("f-parent-agreed")
            } else {
                String::new()
            },
        ],
        Step::ChildName => vec![a.child_name()],
        Step::ChildDob => vec![a.date_of_birth().map(|d| tr.date(d)).unwrap_or_default()],
        Step::ChildAddress => vec![
            a.address_line_1.clone(),
            a.address_line_2.clone(),
            a.address_town.clone(),
            a.address_postcode.to_uppercase(),
        ],
        Step::ChildSetting => vec![if a.setting == "none" {
            tr.t("setting-none")
        } else {
            schools
                .iter()
                .find(|s| Some(s.id.0) == a.school_id())
                .map(|s| s.name.clone())
                .unwrap_or_default()
        }],
        Step::Parents => {
            let parent = |name: &str, relationship: &str, responsibility: &str| {
                if name.trim().is_empty() {
                    return String::new();
                }
                let mut line = name.trim().to_owned();
                if !relationship.trim().is_empty() {
                    line.push_str(&format!(" ({})", relationship.trim()));
                }
                format!(
                    "{line}. {} {}",
                    tr.t("f-responsibility"),
                    yes_no(tr, responsibility)
                )
            };
            vec![
                parent(
                    &a.parent_1_name,
                    &a.parent_1_relationship,
                    &a.parent_1_responsibility,
                ),
                parent(
                    &a.parent_2_name,
                    &a.parent_2_relationship,
                    &a.parent_2_responsibility,
                ),
            ]
        }
        Step::Contact => vec![
            label(
                tr,
                &[
                    ("email", "contact-email"),
                    ("phone", "contact-phone"),
                    ("post", "contact-post"),
                ],
                &a.contact_channel,
            ),
            a.contact_email.clone(),
            a.contact_phone.clone(),
        ],
        Step::Language => vec![
            if a.language == "other" {
                a.language_other.clone()
            } else {
                label(tr, &LANGUAGES, &a.language)
            },
            format!("{} {}", tr.t("f-interpreter"), yes_no(tr, &a.interpreter)),
        ],
        Step::Needs => vec![a.needs.clone()],
        Step::Support => {
            let mut out = vec![format!(
                "{} {}",
                tr.t("f-sen-support"),
                yes_no(tr, &a.sen_support)
            )];
            out.extend(a.professionals.iter().map(|p| label(tr, &PROFESSIONALS, p)));
            out.push(a.support_details.clone());
            out
        }
        Step::Consent => {
            let mut out: Vec<String> = a
                .share_with
                .iter()
                .map(|s| label(tr, &SHARE_WITH, s))
                .collect();
            if a.consent == "yes" {
                out.push(tr.t("f-consent"));
            }
            out
        }
        Step::Evidence => files.iter().map(|f| f.name.clone()).collect(),
    };
    let out: Vec<String> = out.into_iter().filter(|l| !l.trim().is_empty()).collect();
    if out.is_empty() {
        vec![tr.t("not-given")]
    } else {
        out
    }
}

pub fn rows(a: &Answers, tr: &Tr, schools: &[School], files: &[Document]) -> Vec<Row> {
    Step::ALL
        .into_iter()
        .filter(|s| s.applies(a))
        .map(|step| Row {
            key: step_label(tr, step),
            lines: lines(step, a, tr, schools, files),
            href: if step == Step::Evidence {
                "/apply/evidence".into()
            } else {
                format!("/apply/{}?return=check", step.slug())
            },
        })
        .collect()
}

/// The answers as plain text, for an email.
pub fn as_text(rows: &[Row]) -> String {
    rows.iter()
        .map(|r| format!("{}:\n{}", r.key, r.lines.join("\n")))
        .collect::<Vec<_>>()
        .join("\n\n")
}
