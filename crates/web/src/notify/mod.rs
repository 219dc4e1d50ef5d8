//! Notifications: what the family, the school and staff are told when a case
//! moves on, put in the outbox with the events that caused them.

use tandem_domain::access::CaseParties;
use tandem_domain::case::CaseEvent;
use tandem_store::{CaseSummary, NewMessage};

use crate::error::WebResult;
use crate::AppState;

/// The messages that `events`, just decided on `case`, should send.
pub async fn messages_for(
    _state: &AppState,
    _case: &CaseSummary,
    _parties: &CaseParties,
    _events: &[CaseEvent],
) -> WebResult<Vec<NewMessage>> {
    Ok(Vec::new())
}
