//! Fields as the generic action template draws them, with what the person
//! typed kept and each error beside its field.

use jiff::civil::Date;
use tandem_domain::case::{CommandKind, Refusal};

use super::choices::Choice;
use super::fields::{Field, Input};
use super::parse::Values;
use crate::pages::form::{error_for, FieldError};

pub struct ChoiceView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct FieldView {
    pub name: &'static str,
    pub label: String,
    pub hint: &'static str,
    /// "date", "today", "text", "textarea", "radios" or "select".
    pub kind: &'static str,
    pub value: String,
    pub day: String,
    pub month: String,
    pub year: String,
    pub choices: Vec<ChoiceView>,
    pub error: Option<String>,
}

/// What a fresh form starts with: today's date in every "when" field.
pub fn defaults(today: Date) -> Values {
    let mut values = Values::new();
    values.insert("on-day".into(), today.day().to_string());
    values.insert("on-month".into(), today.month().to_string());
    values.insert("on-year".into(), today.year().to_string());
    values
}

pub fn views(fields: Vec<Field>, values: &Values, errors: &[FieldError]) -> Vec<FieldView> {
    let get = |name: &str| values.get(name).cloned().unwrap_or_default();
    fields
        .into_iter()
        .map(|f| {
            let value = get(f.name);
            let (kind, choices) = match f.input {
                Input::Date => ("date", Vec::new()),
                Input::Today => ("today", Vec::new()),
                Input::Text => ("text", Vec::new()),
                Input::TextArea => ("textarea", Vec::new()),
                Input::Radios(list) => ("radios", list),
                Input::Select(mut list) => {
                    if !list.iter().any(|c| c.value.is_empty()) {
                        list.insert(0, Choice::new("", "Select one"));
                    }
                    ("select", list)
                }
            };
            let choices = choices
                .into_iter()
                .map(|c| ChoiceView {
                    selected: c.value == value,
                    value: c.value,
                    label: c.label,
                })
                .collect();
            FieldView {
                name: f.name,
                label: f.label.to_owned(),
                hint: f.hint,
                kind,
                day: get(&format!("{}-day", f.name)),
                month: get(&format!("{}-month", f.name)),
                year: get(&format!("{}-year", f.name)),
                value,
                choices,
                error: error_for(errors, f.name).map(str::to_owned),
            }
        })
        .collect()
}

/// The field a refusal is about, so the summary links to the right place.
pub fn refusal_error(kind: CommandKind, refusal: &Refusal) -> FieldError {
    use CommandKind as K;
    let field = match refusal {
        Refusal::UnknownAdvice(_) | Refusal::AdviceAlreadyReceived { .. } => "advice_id",
        Refusal::ReuseNotAgreed => "everyone_agrees",
        Refusal::AdviceTooOld { .. } => "given_on",
        Refusal::AlreadyConsulted { .. }
        | Refusal::NotConsulted
        | Refusal::AlreadyResponded { .. } => "school_id",
        Refusal::PreferenceNotConsulted { .. } | Refusal::SchoolStillHasTime { .. } => {
            "placement_school"
        }
        Refusal::ImplausibleTransferYear { .. } => "year",
        Refusal::NothingToDispute(_) => "about",
        Refusal::ExceptionTargetUnknown => "applies_to",
        Refusal::Missing { .. } => match kind {
            K::RecordTransferIn => "from_authority",
            K::RequestAdvice | K::ReuseAdvice => "adviser",
            K::RecordException | K::CeasePlan | K::RecordMediation | K::RecordAppeal => "note",
            K::RecordComments | K::ProposeAmendments => "summary",
            K::WithdrawRequest => "reason",
            K::TransferOut => "to_authority",
            K::IssueFinal | K::IssueAmendedFinal => "placement_school",
            _ => "reasons",
        },
        _ => "on",
    };
    FieldError::new(field, refusal.to_string())
}
