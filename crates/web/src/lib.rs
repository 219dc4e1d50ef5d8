//! Tandem's web layer: a thin shell that signs people in, asks the access
//! policy, calls the domain and the store, and renders GOV.UK pages or JSON.
#![forbid(unsafe_code)]

pub mod admin;
pub mod api;
mod assets;
pub mod auth;
mod csp;
pub mod error;
pub mod findings;
pub mod guard;
pub mod i18n;
mod layout;
pub mod notify;
pub mod pages;
pub mod plan;
mod state;

pub use state::{AppState, Clock, SystemClock, WebConfig};

use axum::routing::get;
use axum::Router;

/// Forms are small; uploads get their own, larger limit where they arrive.
const BODY_LIMIT: usize = 256 * 1024;

/// Every route of the service.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::home::home))
        .route("/healthz", get(pages::health::healthz))
        .route("/accessibility", get(pages::info::accessibility))
        .route("/privacy", get(pages::info::privacy))
        .route("/cases", get(pages::cases::list))
        .route("/cases/{reference}", get(pages::cases::show))
        .route("/cases/{reference}/messages", get(pages::messages::list))
        .route(
            "/cases/{reference}/conversation",
            get(pages::portal::conversation).post(pages::portal::post_message),
        )
        .route(
            "/cases/{reference}/views",
            get(pages::portal::views).post(pages::portal::save_views),
        )
        .route(
            "/account/contact",
            get(pages::portal::contact).post(pages::portal::save_contact),
        )
        .route(
            "/cases/{reference}/documents",
            axum::routing::post(pages::documents::upload).layer(
                axum::extract::DefaultBodyLimit::max(pages::documents::MAX_BYTES + 64 * 1024),
            ),
        )
        .route(
            "/cases/{reference}/documents/{id}",
            get(pages::documents::download),
        )
        .route(
            "/cases/{reference}/actions/{action}",
            get(pages::case_actions::show).post(pages::case_actions::submit),
        )
        .route("/queues/inbox", get(pages::queues::inbox))
        .route("/queues/team", get(pages::queues::team))
        .merge(pages::apply::routes())
        .merge(pages::plan::routes())
        .merge(pages::findings::routes())
        .merge(auth::routes())
        .merge(admin::routes())
        .merge(api::routes())
        .route("/assets/{*path}", get(assets::serve))
        .fallback(pages::info::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::session::load,
        ))
        .layer(axum::middleware::from_fn(i18n::remember_choice))
        .layer(axum::middleware::from_fn(csp::headers))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}
