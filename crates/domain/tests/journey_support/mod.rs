//! Builds cases step by step through `decide`, as the web layer would.
#![allow(dead_code)]

use jiff::civil::{date, Date};
use tandem_domain::case::{
    decide, AdviceId, AdviceKind, CaseEvent, CaseState, Command, Placement, Refusal, Requester,
};

pub const REQUEST_ON: Date = date(2026, 1, 5);

pub struct Case {
    pub events: Vec<CaseEvent>,
    pub today: Date,
}

impl Case {
    pub fn new(today: Date) -> Case {
        Case {
            events: Vec::new(),
            today,
        }
    }

    pub fn state(&self) -> CaseState {
        CaseState::from_events(&self.events)
    }

    pub fn try_run(&mut self, command: Command) -> Result<Vec<CaseEvent>, Refusal> {
        let events = decide(&self.state(), command, self.today)?;
        self.events.extend(events.clone());
        Ok(events)
    }

    pub fn run(&mut self, command: Command) -> &mut Case {
        let described = format!("{command:?}");
        if let Err(refusal) = self.try_run(command) {
            panic!("{described} was refused: {refusal}");
        }
        self
    }
}

pub fn placement(name: &str, school_id: Option<i64>) -> Placement {
    Placement {
        school_id,
        name: name.to_owned(),
    }
}

/// A request received on 5 January 2026 from a parent.
pub fn requested() -> Case {
    let mut case = Case::new(date(2027, 6, 1));
    case.run(Command::RecordRequest {
        on: REQUEST_ON,
        requester: Requester::Parent,
        school_id: Some(7),
    });
    case
}

/// Decided to assess on 9 February 2026 (week 5).
pub fn assessing() -> Case {
    let mut case = requested();
    case.run(Command::DecideWhetherToAssess {
        on: date(2026, 2, 9),
        assess: true,
        reasons: "Progress below expectations despite support".into(),
    });
    case
}

/// Every required kind of advice requested on 10 February 2026.
pub fn advice_requested() -> Case {
    let mut case = assessing();
    for kind in AdviceKind::REQUIRED {
        case.run(Command::RequestAdvice {
            on: date(2026, 2, 10),
            kind,
            adviser: format!("{kind:?} adviser"),
            adviser_id: None,
        });
    }
    case
}

/// All advice received on 16 March 2026 (5 weeks after the request for it).
pub fn advice_complete() -> Case {
    let mut case = advice_requested();
    for id in 1..=5 {
        case.run(Command::ReceiveAdvice {
            on: date(2026, 3, 16),
            advice_id: AdviceId(id),
        });
    }
    case
}

/// Decided to issue on 6 April 2026 and draft issued on 13 April 2026.
pub fn drafted() -> Case {
    let mut case = advice_complete();
    case.run(Command::DecideWhetherToIssue {
        on: date(2026, 4, 6),
        issue: true,
        reasons: "Needs cannot be met from the school's own resources".into(),
    });
    case.run(Command::IssueDraft {
        on: date(2026, 4, 13),
    });
    case
}

/// Final plan naming Oak Primary issued on 18 May 2026 (week 19).
pub fn planned() -> Case {
    let mut case = drafted();
    case.run(Command::ConsultSchool {
        on: date(2026, 4, 14),
        school_id: 7,
        school_name: "Oak Primary".into(),
    });
    case.run(Command::RecordSchoolResponse {
        on: date(2026, 4, 24),
        school_id: 7,
        response: tandem_domain::case::ConsultationResponse::CanMeetNeeds,
        reasons: String::new(),
    });
    case.run(Command::IssueFinal {
        on: date(2026, 5, 18),
        placement: placement("Oak Primary", Some(7)),
    });
    case
}
