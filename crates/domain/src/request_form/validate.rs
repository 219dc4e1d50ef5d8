//! The checks each page's answers must pass. A problem names the field it
//! belongs to and a message key; the web layer words it.

use jiff::civil::Date;
use jiff::ToSpan;

use super::{Answers, RequesterKind, Step, MAX_NAME, MAX_TEXT};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The id of the input the message belongs beside.
    pub field: &'static str,
    /// The Fluent key of the message.
    pub key: &'static str,
}

fn problem(field: &'static str, key: &'static str) -> Problem {
    Problem { field, key }
}

/// Whole years between `born` and `on`.
pub fn age_on(born: Date, on: Date) -> i32 {
    let mut age = i32::from(on.year()) - i32::from(born.year());
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

fn required(out: &mut Vec<Problem>, value: &str, field: &'static str, key: &'static str) -> bool {
    if value.trim().is_empty() {
        out.push(problem(field, key));
        false
    } else {
        true
    }
}

fn name(out: &mut Vec<Problem>, value: &str, field: &'static str, missing: &'static str) {
    if required(out, value, field, missing) && value.chars().count() > MAX_NAME {
        out.push(problem(field, "err-name-too-long"));
    }
}

fn text(out: &mut Vec<Problem>, value: &str, field: &'static str) {
    if value.chars().count() > MAX_TEXT {
        out.push(problem(field, "err-text-too-long"));
    }
}

fn one_of(
    out: &mut Vec<Problem>,
    value: &str,
    allowed: &[&str],
    field: &'static str,
    key: &'static str,
) {
    if !allowed.contains(&value) {
        out.push(problem(field, key));
    }
}

/// Something, an @, and a domain with a dot: enough to catch a slip of the
/// keyboard without refusing real addresses.
pub fn email_ok(email: &str) -> bool {
    let email = email.trim();
    match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
                && email.len() <= 254
        }
        None => false,
    }
}

fn email(out: &mut Vec<Problem>, value: &str, field: &'static str, missing: &'static str) {
    if required(out, value, field, missing) && !email_ok(value) {
        out.push(problem(field, "err-email-format"));
    }
}

/// A UK postcode, spaces optional: outward code of 2-4 characters starting
/// with a letter, inward code of a digit and two letters.
fn postcode_ok(value: &str) -> bool {
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_uppercase();
    let n = compact.len();
    if !(5..=7).contains(&n) || !compact.is_ascii() {
        return false;
    }
    let (outward, inward) = compact.split_at(n - 3);
    let inward: Vec<char> = inward.chars().collect();
    outward
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && outward.chars().all(|c| c.is_ascii_alphanumeric())
        && inward[0].is_ascii_digit()
        && inward[1].is_ascii_alphabetic()
        && inward[2].is_ascii_alphabetic()
}

fn phone_ok(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    (10..=15).contains(&digits)
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +()-".contains(c))
}

fn date_of_birth(out: &mut Vec<Problem>, a: &Answers, today: Date) {
    let parts = [&a.dob_day, &a.dob_month, &a.dob_year];
    if parts.iter().all(|p| p.trim().is_empty()) {
        out.push(problem("dob_day", "err-dob-missing"));
        return;
    }
    let Some(born) = a.date_of_birth() else {
        out.push(problem("dob_day", "err-dob-real"));
        return;
    };
    if a.dob_year.trim().len() != 4 {
        out.push(problem("dob_year", "err-dob-year"));
    } else if born > today {
        out.push(problem("dob_day", "err-dob-future"));
    } else if born <= today.saturating_sub(26.years()) {
        out.push(problem("dob_day", "err-dob-too-old"));
    } else if a.requester_kind() == Some(RequesterKind::YoungPerson) && age_on(born, today) < 16 {
        out.push(problem("dob_day", "err-dob-young-person"));
    }
}

/// The problems with the answers on one page, in the order of its fields.
/// `settings` are the ids of the authority's schools and settings.
pub fn validate(step: Step, a: &Answers, today: Date, settings: &[i64]) -> Vec<Problem> {
    let mut out = Vec::new();
    let o = &mut out;
    match step {
        Step::Who => one_of(
            o,
            &a.requester,
            &["parent", "young_person", "school"],
            "requester",
            "err-requester",
        ),
        Step::Requester => {
            name(o, &a.requester_name, "requester_name", "err-requester-name");
            email(
                o,
                &a.requester_email,
                "requester_email",
                "err-requester-email",
            );
            name(
                o,
                &a.requester_setting,
                "requester_setting",
                "err-requester-setting",
            );
            if a.parent_agreed != "yes" {
                o.push(problem("parent_agreed", "err-parent-agreed"));
            }
        }
        Step::ChildName => {
            name(o, &a.child_first_name, "child_first_name", "err-first-name");
            name(o, &a.child_last_name, "child_last_name", "err-last-name");
        }
        Step::ChildDob => date_of_birth(o, a, today),
        Step::ChildAddress => {
            name(o, &a.address_line_1, "address_line_1", "err-address-line-1");
            if a.address_line_2.chars().count() > MAX_NAME {
                o.push(problem("address_line_2", "err-name-too-long"));
            }
            name(o, &a.address_town, "address_town", "err-address-town");
            if required(
                o,
                &a.address_postcode,
                "address_postcode",
                "err-postcode-missing",
            ) && !postcode_ok(&a.address_postcode)
            {
                o.push(problem("address_postcode", "err-postcode-format"));
            }
        }
        Step::ChildSetting => {
            let known =
                a.setting == "none" || a.school_id().is_some_and(|id| settings.contains(&id));
            if !known {
                o.push(problem("setting", "err-setting"));
            }
        }
        Step::Parents => {
            let young_person = a.requester_kind() == Some(RequesterKind::YoungPerson);
            if !young_person || !a.parent_1_name.trim().is_empty() {
                name(o, &a.parent_1_name, "parent_1_name", "err-parent-name");
                one_of(
                    o,
                    &a.parent_1_responsibility,
                    &["yes", "no"],
                    "parent_1_responsibility",
                    "err-responsibility",
                );
            }
            if a.parent_1_relationship.chars().count() > MAX_NAME {
                o.push(problem("parent_1_relationship", "err-name-too-long"));
            }
            if !a.parent_2_name.trim().is_empty() {
                name(o, &a.parent_2_name, "parent_2_name", "err-parent-name");
                one_of(
                    o,
                    &a.parent_2_responsibility,
                    &["yes", "no"],
                    "parent_2_responsibility",
                    "err-responsibility",
                );
            }
        }
        Step::Contact => {
            one_of(
                o,
                &a.contact_channel,
                &["email", "phone", "post"],
                "contact_channel",
                "err-channel",
            );
            if a.contact_channel == "email" || !a.contact_email.trim().is_empty() {
                email(o, &a.contact_email, "contact_email", "err-contact-email");
            }
            let phone_wanted = a.contact_channel == "phone" || !a.contact_phone.trim().is_empty();
            if phone_wanted
                && required(o, &a.contact_phone, "contact_phone", "err-phone-missing")
                && !phone_ok(&a.contact_phone)
            {
                o.push(problem("contact_phone", "err-phone-format"));
            }
        }
        Step::Language => {
            one_of(
                o,
                &a.language,
                &["en", "pl", "so", "ar", "other"],
                "language",
                "err-language",
            );
            if a.language == "other" {
                name(o, &a.language_other, "language_other", "err-language-other");
            }
            one_of(
                o,
                &a.interpreter,
                &["yes", "no"],
                "interpreter",
                "err-interpreter",
            );
        }
        Step::Needs => {
            if required(o, &a.needs, "needs", "err-needs") {
                text(o, &a.needs, "needs");
            }
        }
        Step::Support => {
            one_of(
                o,
                &a.sen_support,
                &["yes", "no", "not_sure"],
                "sen_support",
                "err-sen-support",
            );
            text(o, &a.support_details, "support_details");
        }
        Step::Consent => {
            if a.consent != "yes" {
                o.push(problem("consent", "err-consent"));
            }
        }
        Step::Evidence => {}
    }
    out
}

/// The pages still to be completed before the request can be sent.
pub fn missing_steps(a: &Answers) -> Vec<Step> {
    Step::ALL
        .into_iter()
        .filter(|s| *s != Step::Evidence && s.applies(a) && !a.is_complete(*s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn keys(step: Step, a: &Answers) -> Vec<&'static str> {
        validate(step, a, date(2026, 11, 25), &[7])
            .into_iter()
            .map(|p| p.key)
            .collect()
    }

    fn born(d: &str, m: &str, y: &str) -> Answers {
        Answers {
            dob_day: d.into(),
            dob_month: m.into(),
            dob_year: y.into(),
            ..Answers::default()
        }
    }

    #[test]
    fn dates_of_birth_must_be_real_past_and_within_25_years() {
        assert_eq!(keys(Step::ChildDob, &born("", "", "")), ["err-dob-missing"]);
        assert_eq!(
            keys(Step::ChildDob, &born("31", "2", "2019")),
            ["err-dob-real"]
        );
        assert_eq!(
            keys(Step::ChildDob, &born("1", "1", "2027")),
            ["err-dob-future"]
        );
        assert_eq!(
            keys(Step::ChildDob, &born("1", "1", "1996")),
            ["err-dob-too-old"]
        );
        assert_eq!(
            keys(Step::ChildDob, &born("1", "1", "19")),
            ["err-dob-year"]
        );
        assert!(
            keys(Step::ChildDob, &born("26", "11", "2000")).is_empty(),
            "aged 25"
        );
        assert_eq!(
            keys(Step::ChildDob, &born("25", "11", "2000")),
            ["err-dob-too-old"]
        );
        let mut young = born("1", "3", "2015");
        young.requester = "young_person".into();
        assert_eq!(keys(Step::ChildDob, &young), ["err-dob-young-person"]);
    }

    #[test]
    fn emails_phones_and_postcodes_are_checked_for_slips() {
        assert!(email_ok("sam@example.org"));
        assert!(!email_ok("sam.example.org"));
        assert!(!email_ok("sam@example"));
        assert!(!email_ok("sam @example.org"));
        assert!(postcode_ok("NB1 2AB") && postcode_ok("sw1a1aa"));
        assert!(!postcode_ok("12345") && !postcode_ok("NB1"));
        assert!(phone_ok("07700 900123") && phone_ok("+44 (0)20 7946 0000"));
        assert!(!phone_ok("call me"));
    }

    #[test]
    fn long_names_are_refused_and_kept() {
        let a = Answers {
            child_first_name: "x".repeat(10_000),
            child_last_name: "Smith".into(),
            ..Answers::default()
        };
        assert_eq!(keys(Step::ChildName, &a), ["err-name-too-long"]);
    }

    #[test]
    fn settings_must_be_the_authoritys_own_or_none() {
        let mut a = Answers {
            setting: "7".into(),
            ..Answers::default()
        };
        assert!(keys(Step::ChildSetting, &a).is_empty());
        a.setting = "8".into();
        assert_eq!(keys(Step::ChildSetting, &a), ["err-setting"]);
        a.setting = "none".into();
        assert!(keys(Step::ChildSetting, &a).is_empty());
    }

    #[test]
    fn only_a_school_is_asked_for_its_details() {
        let mut a = Answers {
            requester: "parent".into(),
            ..Answers::default()
        };
        assert_eq!(Step::Who.next(&a), Some(Step::ChildName));
        assert!(!missing_steps(&a).contains(&Step::Requester));
        a.requester = "school".into();
        assert_eq!(Step::Who.next(&a), Some(Step::Requester));
        assert!(missing_steps(&a).contains(&Step::Requester));
    }
}
