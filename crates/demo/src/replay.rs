//! Runs a case's commands through the domain's own `decide`, so every demo
//! case is one the service itself would have accepted.

use jiff::civil::Date;
use tandem_domain::case::{decide, CaseEvent, CaseState, Command};

use crate::error::DemoError;

/// Decides `commands` in date order (same-day ones in the order given) up
/// to `today`; later ones have not happened yet and are dropped.
pub fn replay(
    reference: &str,
    mut commands: Vec<Command>,
    today: Date,
) -> Result<(Vec<CaseEvent>, CaseState), DemoError> {
    commands.sort_by_key(Command::on);
    let mut state = CaseState::default();
    let mut events = Vec::with_capacity(commands.len());
    for command in commands.into_iter().take_while(|c| c.on() <= today) {
        let new = decide(&state, command, today).map_err(|refusal| DemoError::Refused {
            reference: reference.to_owned(),
            refusal,
        })?;
        for event in &new {
            state.apply(event);
        }
        events.extend(new);
    }
    Ok((events, state))
}
