//! CSRF protection for every form that changes anything, with JavaScript
//! on or off: each form carries a hidden `csrf_token` that must match the
//! session's token, or, before sign-in, a token in its own cookie.

use axum::extract::{FromRequest, Request};
use axum::http::HeaderValue;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use subtle::ConstantTimeEq;

use super::session::{cookie, random_token, set_cookie, Visitor};
use crate::error::WebError;
use crate::AppState;

pub const ANONYMOUS_COOKIE: &str = "tandem_csrf";

#[derive(Deserialize)]
struct Token {
    #[serde(default)]
    csrf_token: String,
}

/// A form whose CSRF token has been checked.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned + Send> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let expected = match request.extensions().get::<Visitor>() {
            Some(Visitor::SignedIn(s)) | Some(Visitor::AwaitingCode(s)) => {
                Some(s.session.csrf_token.clone())
            }
            _ => cookie(request.headers(), ANONYMOUS_COOKIE),
        };
        let bytes = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|_| WebError::Unprocessable("The form could not be read".into()))?;
        let token: Token = serde_urlencoded_from(&bytes)?;
        let matches = expected
            .filter(|e| !e.is_empty())
            .is_some_and(|e| bool::from(e.as_bytes().ct_eq(token.csrf_token.as_bytes())));
        if !matches {
            return Err(WebError::Csrf);
        }
        let value = serde_urlencoded::from_bytes::<T>(&bytes)
            .map_err(|_| WebError::Unprocessable("The form could not be read".into()))?;
        Ok(CsrfForm(value))
    }
}

fn serde_urlencoded_from(bytes: &[u8]) -> Result<Token, WebError> {
    serde_urlencoded::from_bytes::<Token>(bytes).map_err(|_| WebError::Csrf)
}

/// The token for a form shown before sign-in, and the cookie to set if the
/// visitor has none yet.
pub fn anonymous_token(
    state: &AppState,
    headers: &axum::http::HeaderMap,
) -> (String, Option<HeaderValue>) {
    match cookie(headers, ANONYMOUS_COOKIE) {
        Some(token) if token.len() >= 32 => (token, None),
        _ => {
            let token = random_token();
            let header = set_cookie(state, ANONYMOUS_COOKIE, &token, None);
            (token, header)
        }
    }
}
