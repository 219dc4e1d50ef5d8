//! Pages anyone may read: accessibility statement, privacy notice, 404.

use askama::Template;
use axum::response::{Html, IntoResponse, Response};

use crate::auth::session::{Nonce, Visitor};
use crate::error::{WebError, WebResult};
use crate::layout::Layout;

#[derive(Template)]
#[template(path = "pages/accessibility.html")]
struct AccessibilityPage {
    layout: Layout,
}

#[derive(Template)]
#[template(path = "pages/privacy.html")]
struct PrivacyPage {
    layout: Layout,
}

fn layout(visitor: &Visitor, nonce: &str) -> Layout {
    match visitor {
        Visitor::SignedIn(s) => s.layout(nonce),
        _ => Layout {
            nonce: nonce.to_owned(),
            ..Layout::bare()
        },
    }
}

pub async fn accessibility(visitor: Visitor, Nonce(nonce): Nonce) -> WebResult<Response> {
    let page = AccessibilityPage {
        layout: layout(&visitor, &nonce),
    };
    Ok(Html(page.render()?).into_response())
}

pub async fn privacy(visitor: Visitor, Nonce(nonce): Nonce) -> WebResult<Response> {
    let page = PrivacyPage {
        layout: layout(&visitor, &nonce),
    };
    Ok(Html(page.render()?).into_response())
}

pub async fn not_found() -> WebError {
    WebError::NotFound
}
