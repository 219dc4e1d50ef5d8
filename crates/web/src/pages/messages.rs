//! The messages of a case: what was sent, what is waiting and what failed.
//! Staff only, because letters carry the family's details and reasons.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use tandem_domain::access::Action;
use tandem_domain::clock::london;
use tandem_store::{CaseSummary, Message};

use crate::auth::session::{Nonce, SignedIn};
use crate::error::WebResult;
use crate::guard;
use crate::layout::Layout;
use crate::notify::sender::given_up;
use crate::AppState;

#[derive(Template)]
#[template(path = "pages/messages.html")]
struct MessagesPage {
    layout: Layout,
    case: CaseSummary,
    rows: Vec<MessageRow>,
}

struct MessageRow {
    recipient: String,
    subject: String,
    when: String,
    status: &'static str,
    /// The GOV.UK tag colour for the status.
    tag: &'static str,
    error: String,
}

fn row(m: Message) -> MessageRow {
    let (status, tag) = match (m.sent_at, m.attempts) {
        (Some(_), _) => ("Sent", "govuk-tag--green"),
        _ if given_up(&m) => ("Failed", "govuk-tag--red"),
        (None, 0) => ("Waiting", "govuk-tag--grey"),
        (None, _) => ("Retrying", "govuk-tag--yellow"),
    };
    let when = m.sent_at.unwrap_or(m.created_at);
    MessageRow {
        recipient: m.recipient,
        subject: m.subject,
        when: when
            .to_zoned(london().clone())
            .strftime("%-d %B %Y %H:%M")
            .to_string(),
        status,
        tag,
        error: m.last_error.unwrap_or_default(),
    }
}

pub async fn list(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
) -> WebResult<Response> {
    let found = guard::case_for(&state, &who, &reference, Action::ViewStaffRecord).await?;
    let messages = state
        .store
        .messages_for_case(who.person.authority, found.case.id)
        .await?;
    let page = MessagesPage {
        layout: who.layout(&nonce),
        case: found.case,
        rows: messages.into_iter().rev().map(row).collect(),
    };
    Ok(Html(page.render()?).into_response())
}
