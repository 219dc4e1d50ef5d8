//! Pages anyone may read: accessibility statement, privacy notice, 404.

use askama::Template;
use axum::response::{Html, IntoResponse, Response};

use crate::auth::session::{Nonce, Visitor};
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::layout::Layout;

#[derive(Template)]
#[template(path = "pages/accessibility.html")]
struct AccessibilityPage {
    layout: Layout,
    tr: Tr,
}

#[derive(Template)]
#[template(path = "pages/privacy.html")]
struct PrivacyPage {
    layout: Layout,
    tr: Tr,
}

/// Staff read these pages in English; everyone else in their language.
fn words_and_layout(visitor: &Visitor, tr: Tr, nonce: &str) -> (Tr, Layout) {
    match visitor {
        Visitor::SignedIn(s) if !s.person.role.is_family() => (Tr::english(), s.layout(nonce)),
        Visitor::SignedIn(s) => {
            let layout = Layout::family(&tr, Some(s), nonce, &s.session.csrf_token);
            (tr, layout)
        }
        _ => (tr, Layout::family(&tr, None, nonce, "")),
    }
}

pub async fn accessibility(visitor: Visitor, tr: Tr, Nonce(nonce): Nonce) -> WebResult<Response> {
    let (tr, layout) = words_and_layout(&visitor, tr, &nonce);
    let page = AccessibilityPage { layout, tr };
    Ok(Html(page.render()?).into_response())
}

pub async fn privacy(visitor: Visitor, tr: Tr, Nonce(nonce): Nonce) -> WebResult<Response> {
    let (tr, layout) = words_and_layout(&visitor, tr, &nonce);
    let page = PrivacyPage { layout, tr };
    Ok(Html(page.render()?).into_response())
}

pub async fn not_found() -> WebError {
    WebError::NotFound
}
