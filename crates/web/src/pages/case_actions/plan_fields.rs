//! The fields of the later actions: the draft and the consultation, the
//! plan and its reviews, disputes, and how a case ends.

use tandem_domain::case::{CaseState, CeaseReason, CommandKind, Disputed, ReviewOutcome};

use super::choices::{
    choices, response_label, Choice, CEASE_REASONS, DISPUTED, OUTCOMES, RESPONSES,
};
use super::fields::{field, note, placement, reasons, schools, yes_no, Field, Input, Options};

pub fn fields(kind: CommandKind, state: &CaseState, options: &Options, family: bool) -> Vec<Field> {
    use CommandKind as K;
    match kind {
        K::RecordComments => {
            let label = if family {
                "Your comments on the draft plan"
            } else {
                "Summary of the family's comments"
            };
            vec![field("summary", label, "", Input::TextArea)]
        }
        K::RecordPreference => {
            let label = if family {
                "Which school or college would you like named in the plan?"
            } else {
                "Preferred school or college"
            };
            vec![field("school_id", label, "", schools(options))]
        }
        K::ConsultSchool => vec![field(
            "school_id",
            "School or college to consult",
            "",
            schools(options),
        )],
        K::RecordSchoolResponse => {
            let open = state.consultations.iter().filter(|c| c.response.is_none());
            let list = open
                .map(|c| Choice::new(c.school_id.to_string(), c.school_name.clone()))
                .collect();
            vec![
                field(
                    "school_id",
                    "Which school replied?",
                    "",
                    Input::Select(list),
                ),
                field(
                    "response",
                    "Its reply",
                    "",
                    Input::Radios(choices(&RESPONSES, response_label)),
                ),
                field("reasons", "Its reasons", "", Input::TextArea),
            ]
        }
        K::IssueFinal | K::IssueAmendedFinal => placement(options).into(),
        K::NotePhaseTransfer => vec![
            field("year", "Year of the move", "For example, 2027", Input::Text),
            field(
                "into_post16",
                "Is it a move into post-16 education?",
                "",
                yes_no("Yes", "No"),
            ),
        ],
        K::DecideReview => vec![
            field(
                "outcome",
                "Decision",
                "",
                Input::Radios(choices(&OUTCOMES, ReviewOutcome::describe)),
            ),
            reasons(),
        ],
        K::ProposeAmendments => vec![field(
            "summary",
            "The proposed changes",
            "",
            Input::TextArea,
        )],
        K::CeasePlan => vec![
            field(
                "reason",
                "Why is the plan stopping?",
                "",
                Input::Radios(choices(&CEASE_REASONS, CeaseReason::describe)),
            ),
            note(),
        ],
        K::WithdrawRequest => vec![field("reason", "Reason", "", Input::TextArea)],
        K::TransferOut => vec![field(
            "to_authority",
            "Council the family moved to",
            "",
            Input::Text,
        )],
        K::RecordMediation | K::RecordAppeal => vec![
            field(
                "about",
                "Which decision is it about?",
                "",
                Input::Radios(choices(&DISPUTED, Disputed::describe)),
            ),
            note(),
        ],
        // Nothing to ask but the date.
        _ => Vec::new(),
    }
}
