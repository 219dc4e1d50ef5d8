//! Letters: what a notice says to its reader, in their language where a
//! translation exists and in English otherwise.

use jiff::civil::Date;
use tandem_domain::clock::timescale;

pub use super::notice::Notice;
use super::{arabic, english, polish, somali};

/// The months a family has to appeal from the date of a decision letter.
pub const APPEAL_MONTHS: i64 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Polish,
    Somali,
    Arabic,
}

impl Language {
    /// The language to write in for a person's chosen tag: a translation if
    /// there is one, English otherwise.
    pub fn for_tag(tag: &str) -> Language {
        use tandem_domain::request_form::Language as Family;
        match Family::from_tag(tag) {
            Some(Family::Polish) => Language::Polish,
            Some(Family::Somali) => Language::Somali,
            Some(Family::Arabic) => Language::Arabic,
            _ => Language::English,
        }
    }

    fn texts(self, key: Key) -> Texts {
        match self {
            Language::English => english::texts(key),
            Language::Polish => polish::texts(key),
            Language::Somali => somali::texts(key),
            Language::Arabic => arabic::texts(key),
        }
    }

    fn words(self) -> crate::i18n::Tr {
        use tandem_domain::request_form::Language as Family;
        crate::i18n::Tr::new(match self {
            Language::English => Family::English,
            Language::Polish => Family::Polish,
            Language::Somali => Family::Somali,
            Language::Arabic => Family::Arabic,
        })
    }
}

/// One message's wording, with `{placeholders}`.
#[derive(Debug, Clone, Copy)]
pub struct Texts {
    pub subject: &'static str,
    pub body: &'static str,
}

/// Every piece of wording a translation must provide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    RequestReceived,
    Assessing,
    NotAssessing,
    AdviceRequested,
    AdviceReceived,
    Issuing,
    NotIssuing,
    DraftIssued,
    SchoolConsulted,
    ConsultationRequest,
    FinalIssued,
    ReviewHeld,
    ReviewMaintain,
    ReviewAmend,
    ReviewCease,
    AmendmentsProposed,
    AmendedFinalIssued,
    PlanCeased,
    RequestWithdrawn,
    TransferredOut,
    SchoolNotice,
    Appeal,
    Mediation,
    Greeting,
    SignOff,
}

/// Who the letter is about and from, and its date.
#[derive(Debug, Clone)]
pub struct LetterFacts {
    pub child: String,
    pub authority: String,
    pub reference: String,
    pub reader: String,
    /// The date of the letter: the day the decision or step was made.
    pub dated: Date,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub body: String,
}

/// The last day to appeal a decision dated `letter_date` (unless a
/// mediation certificate comes later: then 1 month after it).
pub fn appeal_deadline(letter_date: Date) -> Date {
    timescale::months_after(letter_date, APPEAL_MONTHS)
}

/// The letter to the family (or young person) about `notice`.
pub fn family_letter(language: Language, facts: &LetterFacts, notice: &Notice) -> Letter {
    let texts = language.texts(notice.key());
    let values = with_facts(language, facts, notice);
    let mut body = vec![
        fill(language.texts(Key::Greeting).body, &values),
        fill(texts.body, &values),
    ];
    if notice.is_appealable() {
        for key in [Key::Appeal, Key::Mediation] {
            let part = language.texts(key);
            body.push(format!("{}\n\n{}", part.subject, fill(part.body, &values)));
        }
    }
    body.push(fill(language.texts(Key::SignOff).body, &values));
    Letter {
        subject: fill(texts.subject, &values),
        body: body.join("\n\n") + "\n",
    }
}

/// The shorter note to the child's school: what happened, without the
/// family's reasons or rights, which are theirs.
pub fn school_letter(language: Language, facts: &LetterFacts, notice: &Notice) -> Letter {
    if let Notice::ConsultationRequest { .. } = notice {
        return family_letter(language, facts, notice);
    }
    let values = with_facts(language, facts, notice);
    let subject = fill(language.texts(notice.key()).subject, &values);
    let mut values = values;
    values.push(("subject", subject.clone()));
    let note = language.texts(Key::SchoolNotice);
    let body = [
        fill(language.texts(Key::Greeting).body, &values),
        fill(note.body, &values),
        fill(language.texts(Key::SignOff).body, &values),
    ];
    Letter {
        subject: fill(note.subject, &values),
        body: body.join("\n\n") + "\n",
    }
}

/// The notice's values and the letter's own, every date written in the
/// reader's language.
fn with_facts(
    language: Language,
    facts: &LetterFacts,
    notice: &Notice,
) -> Vec<(&'static str, String)> {
    let words = language.words();
    let write_date = |d: Date| words.date(d);
    let mut values = notice.values(&write_date);
    values.extend([
        ("child", facts.child.clone()),
        ("authority", facts.authority.clone()),
        ("reference", facts.reference.clone()),
        ("name", facts.reader.clone()),
        ("letter_date", write_date(facts.dated)),
        ("deadline", write_date(appeal_deadline(facts.dated))),
    ]);
    values
}

/// Replaces each `{name}` with its value. Values are filled in one pass, so
/// a value that happens to contain braces is never filled again.
pub(super) fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[start..start + end + 2]),
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
#[path = "letters_tests.rs"]
mod tests;
