//! The fields each action's form asks for. One generic template draws them,
//! so adding a command to the domain means adding its fields here.

use tandem_domain::case::{AdviceKind, CaseState, CommandKind, ExceptionReason};

use super::choices::{capitalised, choices, Choice, ADVICE_KINDS, EXCEPTION_REASONS};

pub enum Input {
    /// GOV.UK date input: `{name}-day`, `{name}-month`, `{name}-year`.
    Date,
    /// A date the person does not choose: today, sent as hidden inputs.
    Today,
    Text,
    TextArea,
    Radios(Vec<Choice>),
    Select(Vec<Choice>),
}

pub struct Field {
    pub name: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub input: Input,
}

pub(super) fn field(
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    input: Input,
) -> Field {
    Field {
        name,
        label,
        hint,
        input,
    }
}

/// The people and schools a form may offer, loaded once per request.
pub struct Options {
    pub coordinators: Vec<Choice>,
    pub specialists: Vec<Choice>,
    /// (id, name) of the authority's schools.
    pub schools: Vec<(i64, String)>,
}

pub(super) fn yes_no(yes: &str, no: &str) -> Input {
    Input::Radios(vec![Choice::new("yes", yes), Choice::new("no", no)])
}

pub(super) fn schools(options: &Options) -> Input {
    Input::Select(
        options
            .schools
            .iter()
            .map(|(id, name)| Choice::new(id.to_string(), name))
            .collect(),
    )
}

pub(super) fn placement(options: &Options) -> [Field; 2] {
    let mut named = vec![Choice::new("", "Another setting (type its name below)")];
    named.extend(
        options
            .schools
            .iter()
            .map(|(id, name)| Choice::new(id.to_string(), name)),
    );
    [
        field(
            "placement_school",
            "School or setting named in section I",
            "",
            Input::Select(named),
        ),
        field(
            "placement_name",
            "Name of another setting",
            "Only if it is not in the list",
            Input::Text,
        ),
    ]
}

fn exception_scopes(state: &CaseState) -> Input {
    let mut scopes = vec![
        Choice::new("DecisionToAssess", "The decision whether to assess"),
        Choice::new("DecisionToIssue", "The decision whether to issue a plan"),
        Choice::new("FinalPlan", "The final plan"),
    ];
    for a in &state.advice {
        let label = format!("{} from {}", capitalised(a.kind.describe()), a.adviser);
        scopes.push(Choice::new(format!("Advice-{}", a.id.0), label));
    }
    Input::Radios(scopes)
}

/// The fields of `kind`'s form. `family` words the comment forms for the
/// family themselves.
pub(super) fn reasons() -> Field {
    field(
        "reasons",
        "Reasons",
        "These are sent to the family in the letter",
        Input::TextArea,
    )
}

pub(super) fn note() -> Field {
    field("note", "Note", "", Input::TextArea)
}

/// The fields of `kind`'s form, after the date it happened. `family` words
/// the comment forms for the family themselves.
pub fn fields(kind: CommandKind, state: &CaseState, options: &Options, family: bool) -> Vec<Field> {
    let on = if family {
        field("on", "Date", "", Input::Today)
    } else {
        field(
            "on",
            "When did it happen?",
            "For example, 27 3 2026",
            Input::Date,
        )
    };
    let mut out = vec![on];
    match assessment(kind, state, options) {
        Some(more) => out.extend(more),
        None => out.extend(super::plan_fields::fields(kind, state, options, family)),
    }
    out
}

/// From the request to the decision whether to issue a plan.
fn assessment(kind: CommandKind, state: &CaseState, options: &Options) -> Option<Vec<Field>> {
    use CommandKind as K;
    Some(match kind {
        K::RecordRequest => vec![
            field(
                "requester",
                "Who made the request?",
                "",
                Input::Radios(vec![
                    Choice::new("Parent", "A parent or carer"),
                    Choice::new("YoungPerson", "The young person"),
                    Choice::new("School", "A school or college"),
                ]),
            ),
            field(
                "school_id",
                "Current school or setting",
                "",
                schools(options),
            ),
        ],
        K::RecordTransferIn => {
            let mut f = vec![
                field(
                    "from_authority",
                    "Council the plan came from",
                    "",
                    Input::Text,
                ),
                field(
                    "plan_dated",
                    "Date of the plan or its last review",
                    "For example, 27 3 2026",
                    Input::Date,
                ),
            ];
            f.extend(placement(options));
            f
        }
        K::AllocateCoordinator => {
            vec![field(
                "coordinator_id",
                "Coordinator",
                "",
                Input::Select(
                    options
                        .coordinators
                        .iter()
                        .map(|c| Choice::new(c.value.clone(), c.label.clone()))
                        .collect(),
                ),
            )]
        }
        K::DecideWhetherToAssess => vec![
            field(
                "assess",
                "Will the council carry out an EHC needs assessment?",
                "",
                yes_no("Yes, assess", "No, do not assess"),
            ),
            reasons(),
        ],
        K::RequestAdvice => {
            let mut people = vec![Choice::new("", "Not a Tandem user")];
            people.extend(
                options
                    .specialists
                    .iter()
                    .map(|c| Choice::new(c.value.clone(), c.label.clone())),
            );
            vec![
                field(
                    "kind",
                    "Kind of advice",
                    "",
                    Input::Radios(choices(&ADVICE_KINDS, AdviceKind::describe)),
                ),
                field(
                    "adviser",
                    "Who is the advice from?",
                    "A service or a person",
                    Input::Text,
                ),
                field(
                    "adviser_id",
                    "Their Tandem account",
                    "So they can answer in Tandem",
                    Input::Select(people),
                ),
            ]
        }
        K::ReceiveAdvice => {
            let waiting = state.advice.iter().filter(|a| a.is_outstanding());
            let list = waiting
                .map(|a| {
                    Choice::new(
                        a.id.0.to_string(),
                        format!("{} from {}", capitalised(a.kind.describe()), a.adviser),
                    )
                })
                .collect();
            vec![field(
                "advice_id",
                "Which advice arrived?",
                "",
                Input::Radios(list),
            )]
        }
        K::ReuseAdvice => vec![
            field(
                "kind",
                "Kind of advice",
                "",
                Input::Radios(choices(&ADVICE_KINDS, AdviceKind::describe)),
            ),
            field("adviser", "Who gave the existing advice?", "", Input::Text),
            field(
                "given_on",
                "When was it written?",
                "It must be less than 12 months old",
                Input::Date,
            ),
            field(
                "everyone_agrees",
                "Do the family, the adviser and the council agree it is still enough?",
                "",
                yes_no("Yes", "No"),
            ),
        ],
        K::RecordException => vec![
            field(
                "applies_to",
                "Which time limit does it explain?",
                "",
                exception_scopes(state),
            ),
            field(
                "reason",
                "Reason",
                "",
                Input::Radios(choices(&EXCEPTION_REASONS, ExceptionReason::describe)),
            ),
            field(
                "note",
                "Explanation",
                "The family sees this",
                Input::TextArea,
            ),
        ],
        K::DecideWhetherToIssue => vec![
            field(
                "issue",
                "Will the council issue an EHC plan?",
                "",
                yes_no("Yes, issue a plan", "No, do not issue a plan"),
            ),
            reasons(),
        ],
        _ => return None,
    })
}
