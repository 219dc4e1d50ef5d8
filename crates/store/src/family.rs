//! What families add to the record: requests made online, account links,
//! the message thread with their coordinator and the child's views.

use jiff::Timestamp;
use tandem_domain::ids::{AuthorityId, CaseId, PersonId};

use crate::model::{NewCase, NewEvent, NewMessage};

/// A request being filled in: its answers are JSON the web layer owns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestDraft {
    pub id: i64,
    pub authority: AuthorityId,
    pub person: Option<PersonId>,
    pub answers: String,
    /// Set once the request has been sent and became this case.
    pub case: Option<CaseId>,
    pub updated_at: Timestamp,
}

/// Everything that turns a draft into a case, written in one transaction.
#[derive(Debug, Clone)]
pub struct SubmittedRequest {
    pub draft: i64,
    pub case: NewCase,
    pub events: Vec<NewEvent>,
    /// The answers as sent, kept with the case for staff to read.
    pub answers: String,
    pub possible_duplicate_of: Option<String>,
    /// The family account linked to the case, when there is one.
    pub family: Option<PersonId>,
    pub messages: Vec<NewMessage>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitOutcome {
    Opened {
        case: CaseId,
        reference: String,
    },
    /// The draft had been sent before (a form posted twice): its case.
    AlreadySent {
        case: CaseId,
        reference: String,
    },
}

/// The request a case was opened with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRequest {
    pub answers: String,
    pub possible_duplicate_of: Option<String>,
}

/// What an emailed account link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountTokenPurpose {
    ConfirmEmail,
    SetPassword,
}

impl AccountTokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountTokenPurpose::ConfirmEmail => "confirm_email",
            AccountTokenPurpose::SetPassword => "set_password",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationMessage {
    pub id: i64,
    pub author: PersonId,
    pub author_name: String,
    pub body: String,
    pub at: Timestamp,
}

/// "All about me", in the family's words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChildViews {
    pub admired: String,
    pub important: String,
    pub hopes: String,
    pub support: String,
}
