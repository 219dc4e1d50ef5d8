//! The web layer's one error type and the one place it becomes a response.
//!
//! Policy: a person sees what happened and what to do next, never an
//! internal detail; internal errors are logged with their cause chain. The
//! same enum renders a GOV.UK error page for browsers and, wrapped in
//! [`ApiError`], a JSON problem body (RFC 9457) for the API.

use askama::Template;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tandem_store::StoreError;

use crate::i18n::Tr;
use crate::layout::Layout;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("Page not found")]
    NotFound,
    #[error("You do not have permission to see this page")]
    Forbidden,
    #[error("You need to sign in")]
    SignInNeeded { next: String, expired: bool },
    #[error("Your form had expired or was sent twice. Go back, refresh the page and try again")]
    Csrf,
    #[error("Someone else changed this case while you were working on it. Check the latest version and try again")]
    Conflict,
    #[error("{0}")]
    Unprocessable(String),
    #[error("Sorry, there is a problem with the service")]
    Internal(#[source] anyhow::Error),
}

impl From<StoreError> for WebError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound => WebError::NotFound,
            StoreError::Conflict => WebError::Conflict,
            StoreError::Duplicate { what } => {
                WebError::Unprocessable(format!("{what} is already in use"))
            }
            other => WebError::Internal(other.into()),
        }
    }
}

impl From<askama::Error> for WebError {
    fn from(err: askama::Error) -> Self {
        WebError::Internal(err.into())
    }
}

pub type WebResult<T> = Result<T, WebError>;

impl WebError {
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::Forbidden | WebError::Csrf => StatusCode::FORBIDDEN,
            WebError::SignInNeeded { .. } => StatusCode::UNAUTHORIZED,
            WebError::Conflict => StatusCode::CONFLICT,
            WebError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn title(&self) -> &'static str {
        match self {
            WebError::NotFound => "Page not found",
            WebError::Forbidden => "You do not have permission to see this page",
            WebError::SignInNeeded { .. } => "You need to sign in",
            WebError::Csrf => "Your form could not be sent",
            WebError::Conflict => "This case has changed",
            WebError::Unprocessable(_) => "There is a problem",
            WebError::Internal(_) => "Sorry, there is a problem with the service",
        }
    }

    fn log(&self) {
        if let WebError::Internal(err) = self {
            tracing::error!(error = format!("{err:#}"), "internal error");
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: Layout,
    tr: Tr,
    title: String,
    paragraphs: Vec<String>,
}

impl WebError {
    /// The page's heading and paragraphs in the reader's language. Messages
    /// written for one case (a refusal's reasons) are shown as they are.
    fn words(&self, tr: &Tr) -> (String, Vec<String>) {
        match self {
            WebError::NotFound => (
                tr.t("oops-not-found-title"),
                vec![tr.t("oops-not-found-typed"), tr.t("oops-not-found-pasted")],
            ),
            WebError::Forbidden | WebError::SignInNeeded { .. } => {
                (tr.t("oops-forbidden-title"), vec![tr.t("oops-forbidden")])
            }
            WebError::Csrf => (tr.t("oops-csrf-title"), vec![tr.t("oops-csrf")]),
            WebError::Conflict => (tr.t("oops-conflict-title"), vec![tr.t("oops-conflict")]),
            WebError::Unprocessable(message) => {
                (tr.t("oops-problem-title"), vec![format!("{message}.")])
            }
            WebError::Internal(_) => (
                tr.t("oops-server-title"),
                vec![tr.t("oops-server"), tr.t("oops-server-contact")],
            ),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        self.log();
        if let WebError::SignInNeeded { next, expired } = &self {
            let ended = if *expired { "ended=expired&" } else { "" };
            let target = format!("/sign-in?{ended}next={}", urlencode(next));
            return Redirect::to(&target).into_response();
        }
        let status = self.status();
        let tr = crate::i18n::current();
        let (title, paragraphs) = self.words(&tr);
        let page = ErrorPage {
            layout: Layout::family(&tr, None, "", ""),
            tr,
            title,
            paragraphs,
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, self.title()).into_response(),
        }
    }
}

/// The API's face of [`WebError`]: a JSON problem body with the same status.
#[derive(Debug)]
pub struct ApiError(pub WebError);

impl<E: Into<WebError>> From<E> for ApiError {
    fn from(err: E) -> Self {
        ApiError(err.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        self.0.log();
        let status = match self.0 {
            WebError::SignInNeeded { .. } => StatusCode::UNAUTHORIZED,
            ref other => other.status(),
        };
        let body = serde_json::json!({
            "type": "about:blank",
            "title": self.0.title(),
            "status": status.as_u16(),
            "detail": self.0.to_string(),
        });
        (
            status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            body.to_string(),
        )
            .into_response()
    }
}

pub(crate) fn urlencode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}
