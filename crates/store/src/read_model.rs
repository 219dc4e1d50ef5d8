//! From a case's events to the read model's columns and the stored form of
//! new events: the one place both the web layer and the demo loader use, so
//! lists always show what the events say.

use jiff::civil::Date;
use jiff::Timestamp;
use tandem_domain::case::{CaseEvent, CaseState, Stage};
use tandem_domain::clock::{self, Rag};
use tandem_domain::ids::PersonId;

use crate::error::{StoreError, StoreResult};
use crate::model::{CaseReadModel, NewEvent, StoredEvent};

/// The read model of a case in `state` as of `today`.
pub fn project(state: &CaseState, today: Date) -> CaseReadModel {
    let milestones = clock::milestones(state, today);
    CaseReadModel {
        coordinator: state.coordinator_id.map(PersonId),
        stage: stage_name(state.stage).to_owned(),
        next_due: clock::next_due(&milestones).map(|d| d.to_string()),
        rag: rag_name(clock::rag(&milestones)).to_owned(),
    }
}

pub fn stage_name(stage: Stage) -> &'static str {
    match stage {
        Stage::NotStarted => "not_started",
        Stage::Requested => "requested",
        Stage::Assessing => "assessing",
        Stage::Drafting => "drafting",
        Stage::DraftIssued => "draft_issued",
        Stage::PlanInForce => "plan_in_force",
        Stage::Closed => "closed",
    }
}

pub fn rag_name(rag: Rag) -> &'static str {
    match rag {
        Rag::Green => "green",
        Rag::Amber => "amber",
        Rag::Red => "red",
    }
}

/// Domain events in the form the event log keeps.
pub fn to_new_events(
    events: &[CaseEvent],
    actor: Option<PersonId>,
    at: Timestamp,
) -> StoreResult<Vec<NewEvent>> {
    events
        .iter()
        .map(|event| {
            Ok(NewEvent {
                event_type: event.event_type().to_owned(),
                payload: serde_json::to_value(event)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
                actor,
                recorded_at: at,
            })
        })
        .collect()
}

/// Stored events back into domain events.
pub fn to_case_events(stored: &[StoredEvent]) -> StoreResult<Vec<CaseEvent>> {
    stored
        .iter()
        .map(|e| {
            CaseEvent::from_stored(&e.event_type, &e.payload.to_string()).map_err(|err| {
                StoreError::Corrupt(format!("event {} of case {}: {err}", e.seq, e.case))
            })
        })
        .collect()
}
