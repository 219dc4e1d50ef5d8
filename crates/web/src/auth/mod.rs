//! Signing in and out: passwords, a one-time code for staff, OpenID Connect,
//! server-side sessions and CSRF protection.

mod account;
pub mod csrf;
pub mod family_account;
pub mod oidc;
pub mod password;
pub mod session;
mod sign_in;
mod totp;

pub use totp::current_code;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(sign_in::form).post(sign_in::submit))
        .route(
            "/sign-in/code",
            get(sign_in::code_form).post(sign_in::code_submit),
        )
        .route(
            "/sign-in/set-up-code",
            get(totp::set_up_form).post(totp::set_up_submit),
        )
        .route("/sign-out", post(sign_in::sign_out))
        .route(
            "/account/password",
            get(account::form).post(account::submit),
        )
        .route(
            "/account/sign-up",
            get(family_account::sign_up_page).post(family_account::sign_up),
        )
        .route("/account/confirm/{secret}", get(family_account::confirm))
        .route(
            "/account/reset",
            get(family_account::reset_page).post(family_account::reset),
        )
        .route(
            "/account/new-password/{secret}",
            get(family_account::new_password_page).post(family_account::new_password),
        )
        .merge(oidc::routes())
}
