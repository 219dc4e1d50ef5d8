//! Family-facing words in English, Polish, Somali and Arabic, from Project
//! Fluent files in `crates/web/locales/`, compiled into the binary.
//!
//! The language comes from `?lang=` (remembered in a cookie), then that
//! cookie, then the browser's Accept-Language, then English. Staff pages
//! stay in English.

mod readability;

pub use readability::flesch_reading_ease;

use std::borrow::Cow;
use std::collections::HashMap;

use axum::extract::{FromRequestParts, Request};
use axum::http::header::{ACCEPT_LANGUAGE, SET_COOKIE};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use tandem_domain::request_form::Language;

use crate::auth::session::cookie;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Bidi isolation marks would end up in emails and form values; the
        // page's `dir` and `lang` attributes do that job in HTML.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// Every variable the messages use, so a completeness check can resolve them.
const VARIABLES: [&str; 15] = [
    "six",
    "twenty",
    "email",
    "reference",
    "council",
    "name",
    "phone",
    "child",
    "sections",
    "due",
    "done",
    "who",
    "what",
    "count",
    "reason",
];

pub const LANGUAGE_COOKIE: &str = "tandem_lang";

/// The words of one language, handed to every family-facing template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr {
    pub language: Language,
}

/// Each language's identifier, parsed once: every message lookup needs one.
static IDENTIFIERS: std::sync::LazyLock<[LanguageIdentifier; 4]> = std::sync::LazyLock::new(|| {
    // The four tags are valid BCP 47; English is the fallback regardless.
    Language::ALL.map(|l| l.tag().parse().unwrap_or_default())
});

fn identifier(language: Language) -> &'static LanguageIdentifier {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    &IDENTIFIERS[index]
}

impl Tr {
    pub fn new(language: Language) -> Tr {
        Tr { language }
    }

    pub fn english() -> Tr {
        Tr::new(Language::English)
    }

    /// The message `key`; a key missing here falls back to English, and a
    /// test proves none is missing.
    pub fn t(&self, key: &str) -> String {
        LOCALES.lookup(identifier(self.language), key)
    }

    /// The message `key` with named arguments.
    pub fn with(&self, key: &str, args: &[(&'static str, &str)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.to_string())))
            .collect();
        LOCALES.lookup_with_args(identifier(self.language), key, &args)
    }

    /// Whether `key` exists in this language itself, without falling back.
    pub fn has(&self, key: &str) -> bool {
        // A message with variables only resolves when they are given.
        let args: HashMap<&str, FluentValue<'_>> = VARIABLES
            .iter()
            .map(|name| (*name, FluentValue::from("x")))
            .collect();
        LOCALES
            .lookup_no_default_fallback(identifier(self.language), key, Some(&args))
            .is_some()
    }

    pub fn tag(&self) -> &'static str {
        self.language.tag()
    }

    pub fn dir(&self) -> &'static str {
        if self.language.right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The other languages, for the switcher: (tag, own name).
    pub fn others(&self) -> Vec<(&'static str, &'static str)> {
        Language::ALL
            .into_iter()
            .filter(|l| *l != self.language)
            .map(|l| (l.tag(), l.own_name()))
            .collect()
    }

    /// A date as families read it in this language, e.g. "4 March 2027".
    pub fn date(&self, date: jiff::civil::Date) -> String {
        let month = self.t(&format!("month-{}", date.month()));
        format!("{} {} {}", date.day(), month, date.year())
    }
}

fn from_query(query: Option<&str>) -> Option<Language> {
    form_urlencoded::parse(query?.as_bytes())
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Language::from_tag(&v))
}

fn from_accept_language(parts: &Parts) -> Option<Language> {
    let header = parts.headers.get(ACCEPT_LANGUAGE)?.to_str().ok()?;
    header
        .split(',')
        .filter_map(|item| item.split(';').next())
        .find_map(|tag| Language::from_tag(tag.trim()))
}

impl<S: Send + Sync> FromRequestParts<S> for Tr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let language = from_query(parts.uri.query())
            .or_else(|| {
                cookie(&parts.headers, LANGUAGE_COOKIE).and_then(|c| Language::from_tag(&c))
            })
            .or_else(|| from_accept_language(parts))
            .unwrap_or(Language::English);
        Ok(Tr::new(language))
    }
}

tokio::task_local! {
    /// The request's language, for what is rendered outside a handler's
    /// reach: the error pages.
    static LANGUAGE: Language;
}

/// The language of the request being answered (English outside one).
pub fn current() -> Tr {
    Tr::new(LANGUAGE.try_with(|l| *l).unwrap_or(Language::English))
}

fn language_of(parts: &Parts) -> Language {
    from_query(parts.uri.query())
        .or_else(|| cookie(&parts.headers, LANGUAGE_COOKIE).and_then(|c| Language::from_tag(&c)))
        .or_else(|| from_accept_language(parts))
        .unwrap_or(Language::English)
}

/// Sets the request's language for error pages, and remembers a language
/// chosen with `?lang=` for the pages that follow.
pub async fn remember_choice(request: Request, next: Next) -> Response {
    let chosen = from_query(request.uri().query());
    let (parts, body) = request.into_parts();
    let language = language_of(&parts);
    let request = Request::from_parts(parts, body);
    let mut response = LANGUAGE.scope(language, next.run(request)).await;
    if let Some(language) = chosen {
        let value = format!(
            "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            language.tag()
        );
        if let Ok(value) = value.parse() {
            response.headers_mut().append(SET_COOKIE, value);
        }
    }
    response
}

/// The cookie that makes `language` the one pages are shown in.
pub fn language_cookie(language: Language) -> String {
    format!(
        "{LANGUAGE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        language.tag()
    )
}

#[cfg(test)]
mod tests;
