//! One template for the family's small forms and message pages (sign-up,
//! password reset, contact preferences, "all about me"), in their language.

use askama::Template;
use axum::http::HeaderMap;
use axum::response::Response;

use crate::auth::session::Visitor;
use crate::error::WebResult;
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::apply::fields::Field;
use crate::pages::apply::{form_token, render, signed_in};
use crate::pages::form::FieldError;
use crate::AppState;

#[derive(Template)]
#[template(path = "family/form.html")]
pub struct FamilyForm {
    pub layout: Layout,
    pub tr: Tr,
    pub title: String,
    pub intro: Vec<String>,
    pub notice: Option<String>,
    /// Where the form posts; empty for a page with no form.
    pub action: String,
    pub fields: Vec<Field>,
    pub button: String,
    pub errors: Vec<FieldError>,
    pub links: Vec<(String, String)>,
}

impl FamilyForm {
    pub fn new(tr: Tr, title: String) -> FamilyForm {
        FamilyForm {
            layout: crate::layout::Layout::bare(),
            tr,
            title,
            intro: Vec::new(),
            notice: None,
            action: String::new(),
            fields: Vec::new(),
            button: String::new(),
            errors: Vec::new(),
            links: Vec::new(),
        }
    }

    /// Marks each field with its error, if it has one.
    pub fn with_errors(mut self, errors: Vec<FieldError>) -> FamilyForm {
        for field in &mut self.fields {
            field.error = errors
                .iter()
                .find(|e| e.field == field.name)
                .map(|e| e.message.clone());
        }
        self.errors = errors;
        self
    }

    pub fn show(
        mut self,
        state: &AppState,
        visitor: &Visitor,
        headers: &HeaderMap,
        nonce: &str,
    ) -> WebResult<Response> {
        let (token, cookie) = form_token(state, visitor, headers);
        self.layout = Layout::family(&self.tr, signed_in(visitor), nonce, &token);
        let status = crate::pages::form::status_for(&self.errors);
        render(&self, status, [cookie])
    }
}
