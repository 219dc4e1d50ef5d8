//! The authority's people, and turning a person's access off and on.
//! Turning it off ends every session they have.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tandem_domain::access::Action;
use tandem_domain::ids::PersonId;
use tandem_store::Person;

use crate::auth::csrf::CsrfForm;
use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard;
use crate::layout::Layout;
use crate::AppState;

#[derive(Template)]
#[template(path = "admin/people.html")]
struct PeoplePage {
    layout: Layout,
    people: Vec<Person>,
    me: PersonId,
}

pub async fn page(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    guard::authority_action(&who, Action::ManagePeople)?;
    let people = state.store.people(who.person.authority).await?;
    let page = PeoplePage {
        layout: who.layout(&nonce),
        people,
        me: who.person.id,
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Deserialize)]
pub struct AccessForm {
    disabled: String,
}

pub async fn set_access(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<AccessForm>,
) -> WebResult<Response> {
    guard::authority_action(&who, Action::ManagePeople)?;
    let disabled = match form.disabled.as_str() {
        "true" => true,
        "false" => false,
        _ => {
            return Err(WebError::Unprocessable(
                "Choose whether to turn access on or off".into(),
            ))
        }
    };
    if PersonId(id) == who.person.id {
        return Err(WebError::Unprocessable(
            "You cannot turn off your own access".into(),
        ));
    }
    state
        .store
        .set_disabled(who.person.authority, PersonId(id), disabled)
        .await?;
    let action = if disabled {
        "turned off access"
    } else {
        "turned on access"
    };
    guard::audit(&state, &who, action, None, &format!("person {id}")).await?;
    Ok(Redirect::to("/admin/people").into_response())
}
