//! The GOV.UK Frontend build and Tandem's own styles, embedded in the
//! binary so a fresh machine needs no Node.js to run Tandem.

use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::error::WebError;

const FILES: &[(&str, &str, &[u8])] = &[
    (
        "vendor/govuk-frontend/govuk-frontend.min.css",
        "text/css; charset=utf-8",
        include_bytes!("../../../assets/vendor/govuk-frontend/govuk-frontend.min.css"),
    ),
    (
        "vendor/govuk-frontend/govuk-frontend.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../assets/vendor/govuk-frontend/govuk-frontend.min.js"),
    ),
    (
        "vendor/govuk-frontend/LICENCE.txt",
        "text/plain; charset=utf-8",
        include_bytes!("../../../assets/vendor/govuk-frontend/LICENCE.txt"),
    ),
    (
        "tandem.css",
        "text/css; charset=utf-8",
        include_bytes!("../../../assets/tandem.css"),
    ),
    (
        "tandem.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../../assets/tandem.js"),
    ),
];

pub async fn serve(Path(path): Path<String>) -> Result<Response, WebError> {
    let (_, content_type, body) = FILES
        .iter()
        .find(|(name, _, _)| *name == path)
        .ok_or(WebError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, *content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        *body,
    )
        .into_response())
}
