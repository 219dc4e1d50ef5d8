//! The family's own actions on a case (comments on the draft, a preferred
//! school, a meeting) in their language: the field labels and the messages
//! of the checks, which the shared forms write in English for staff.

use super::view::FieldView;
use crate::i18n::Tr;
use crate::pages::form::FieldError;

pub fn fields(tr: &Tr, fields: &mut [FieldView]) {
    for field in fields {
        match field.name {
            "summary" => field.label = tr.t("f-draft-comments"),
            "school_id" => field.label = tr.t("f-preferred-school"),
            _ => {}
        }
    }
}

pub fn errors(tr: &Tr, errors: Vec<FieldError>) -> Vec<FieldError> {
    errors
        .into_iter()
        .map(|e| {
            let message = match e.field {
                "summary" => tr.t("err-draft-comments"),
                "school_id" => tr.t("err-preferred-school"),
                _ => e.message,
            };
            FieldError::new(e.field, message)
        })
        .collect()
}
