//! `/admin/plan-data/{catalogue|outcomes|funding-bands}`: the authority's
//! own provision catalogue, outcomes library and funding bands, edited as
//! the TOML Tandem ships for Northbrook. A file that does not load is
//! refused with the parser's words, so drafting never meets broken data.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tandem_domain::access::Action;
use tandem_store::PlanDataKind;

use crate::auth::csrf::CsrfForm;
use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard;
use crate::layout::Layout;
use crate::pages::form::FieldError;
use crate::plan::{current_text, validate};
use crate::AppState;

const KINDS: [(&str, PlanDataKind, &str); 3] = [
    ("catalogue", PlanDataKind::Catalogue, "Provision catalogue"),
    ("outcomes", PlanDataKind::Outcomes, "Outcomes library"),
    ("funding-bands", PlanDataKind::FundingBands, "Funding bands"),
];

fn kind_of(slug: &str) -> WebResult<(&'static str, PlanDataKind, &'static str)> {
    KINDS
        .into_iter()
        .find(|(s, _, _)| *s == slug)
        .ok_or(WebError::NotFound)
}

#[derive(Template)]
#[template(path = "admin/plan_data.html")]
struct DataPage {
    layout: Layout,
    slug: &'static str,
    title: &'static str,
    text: String,
    errors: Vec<FieldError>,
    saved: bool,
    others: Vec<(&'static str, &'static str)>,
}

impl DataPage {
    fn error(&self, field: &str) -> Option<&str> {
        crate::pages::form::error_for(&self.errors, field)
    }
}

#[allow(clippy::too_many_arguments)]
fn render(
    who: &SignedIn,
    nonce: &str,
    slug: &'static str,
    title: &'static str,
    text: String,
    errors: Vec<FieldError>,
    saved: bool,
) -> WebResult<Response> {
    let status = crate::pages::form::status_for(&errors);
    let page = DataPage {
        layout: who.layout(nonce),
        slug,
        title,
        text,
        errors,
        saved,
        others: KINDS.into_iter().map(|(s, _, t)| (s, t)).collect(),
    };
    Ok((status, Html(page.render()?)).into_response())
}

#[derive(Deserialize, Default)]
pub struct Saved {
    saved: Option<String>,
}

pub async fn page(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path(slug): Path<String>,
    axum::extract::Query(query): axum::extract::Query<Saved>,
) -> WebResult<Response> {
    guard::authority_action(&who, Action::ManageDirectory)?;
    let (slug, kind, title) = kind_of(&slug)?;
    let text = current_text(state.store.as_ref(), who.person.authority, kind).await?;
    render(
        &who,
        &nonce,
        slug,
        title,
        text,
        Vec::new(),
        query.saved.is_some(),
    )
}

#[derive(Deserialize)]
pub struct DataForm {
    #[serde(default)]
    text: String,
}

pub async fn save(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
    Path(slug): Path<String>,
    CsrfForm(form): CsrfForm<DataForm>,
) -> WebResult<Response> {
    guard::authority_action(&who, Action::ManageDirectory)?;
    let (slug, kind, title) = kind_of(&slug)?;
    let text = form.text.replace("\r\n", "\n");
    if let Err(e) = validate(kind, &text) {
        let error = FieldError::new(
            "text",
            format!("This does not load as {}: {}", e.what, e.detail),
        );
        return render(&who, &nonce, slug, title, text, vec![error], false);
    }
    state
        .store
        .set_plan_data(
            who.person.authority,
            kind,
            &text,
            who.person.id,
            state.clock.now(),
        )
        .await?;
    guard::audit(&state, &who, "plan_data_saved", None, slug).await?;
    Ok(Redirect::to(&format!("/admin/plan-data/{slug}?saved=1")).into_response())
}
