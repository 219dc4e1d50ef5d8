//! Server-side sessions: the cookie holds a random secret, the database its
//! SHA-256, so several `tandem serve` instances share sessions and a copy of
//! the database opens none.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use jiff::{SignedDuration, Timestamp};
use rand::RngCore;
use sha2::{Digest, Sha256};
use tandem_domain::access::Actor;
use tandem_store::{Authority, Person, Session};

use crate::csp::CspNonce;
use crate::error::{WebError, WebResult};
use crate::layout::Layout;
use crate::AppState;

pub const SESSION_COOKIE: &str = "tandem_session";
pub const STAFF_IDLE: SignedDuration = SignedDuration::from_mins(30);
pub const FAMILY_IDLE: SignedDuration = SignedDuration::from_mins(60);
pub const ABSOLUTE: SignedDuration = SignedDuration::from_hours(12);
/// Writing last-seen on every request would make every page a write.
const TOUCH_AFTER: SignedDuration = SignedDuration::from_secs(30);

/// The signed-in person, put in the request by [`load`].
#[derive(Clone)]
pub struct SignedIn {
    pub person: Person,
    pub authority: Authority,
    pub session: Session,
}

impl SignedIn {
    pub fn actor(&self) -> Actor {
        Actor {
            person: self.person.id,
            authority: self.person.authority,
            role: self.person.role,
            school: self.person.school,
        }
    }

    pub fn layout(&self, nonce: &str) -> Layout {
        Layout {
            authority_name: Some(self.authority.name.clone()),
            person_name: Some(self.person.name.clone()),
            csrf_token: self.session.csrf_token.clone(),
            nonce: nonce.to_owned(),
            nav: Layout::nav_for(self.person.role),
            ..Layout::bare()
        }
    }
}

/// What [`load`] found: nobody, a session waiting for its one-time code, or
/// a fully signed-in person.
#[derive(Clone)]
pub enum Visitor {
    Anonymous { ended: Option<&'static str> },
    AwaitingCode(SignedIn),
    SignedIn(SignedIn),
}

pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

pub fn set_cookie(
    state: &AppState,
    name: &str,
    value: &str,
    max_age: Option<i64>,
) -> Option<HeaderValue> {
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let age = max_age
        .map(|s| format!("; Max-Age={s}"))
        .unwrap_or_default();
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax{secure}{age}"
    ))
    .ok()
}

/// Looks up the session behind the cookie, ending it if it is idle too long,
/// too old, or its person was disabled.
pub async fn load(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let visitor = match cookie(request.headers(), SESSION_COOKIE) {
        None => Visitor::Anonymous { ended: None },
        Some(secret) => match visit(&state, &hash_token(&secret)).await {
            Ok(visitor) => visitor,
            Err(err) => {
                tracing::error!(error = format!("{err:#}"), "session look-up failed");
                Visitor::Anonymous { ended: None }
            }
        },
    };
    request.extensions_mut().insert(visitor);
    next.run(request).await
}

async fn visit(state: &AppState, id_hash: &str) -> WebResult<Visitor> {
    let store = &state.store;
    let Some(session) = store.session(id_hash).await? else {
        return Ok(Visitor::Anonymous {
            ended: Some("signed_out"),
        });
    };
    let now = state.clock.now();
    let person = store.person(session.authority, session.person).await?;
    let authority = store.authority(session.authority).await?;
    let (Some(person), Some(authority)) = (person, authority) else {
        store.delete_session(id_hash).await?;
        return Ok(Visitor::Anonymous {
            ended: Some("signed_out"),
        });
    };
    let idle = if person.role.is_staff() {
        STAFF_IDLE
    } else {
        FAMILY_IDLE
    };
    let expired = now.duration_since(session.created_at) > ABSOLUTE
        || now.duration_since(session.last_seen_at) > idle;
    if expired || person.disabled {
        store.delete_session(id_hash).await?;
        return Ok(Visitor::Anonymous {
            ended: Some("expired"),
        });
    }
    if now.duration_since(session.last_seen_at) > TOUCH_AFTER {
        store.touch_session(id_hash, now).await?;
    }
    let signed_in = SignedIn {
        person,
        authority,
        session,
    };
    Ok(if signed_in.session.second_factor_done {
        Visitor::SignedIn(signed_in)
    } else {
        Visitor::AwaitingCode(signed_in)
    })
}

/// Starts a new session for `person`, returning the cookie to set. A new
/// secret every time: the id is rotated at each sign-in.
pub async fn start(
    state: &AppState,
    person: &Person,
    second_factor_done: bool,
) -> WebResult<HeaderValue> {
    let secret = random_token();
    let now: Timestamp = state.clock.now();
    let session = Session {
        id_hash: hash_token(&secret),
        person: person.id,
        authority: person.authority,
        csrf_token: random_token(),
        second_factor_done,
        created_at: now,
        last_seen_at: now,
    };
    state.store.create_session(&session).await?;
    set_cookie(state, SESSION_COOKIE, &secret, None)
        .ok_or_else(|| WebError::Internal(anyhow::anyhow!("session cookie")))
}

pub fn clear_cookie(state: &AppState) -> Option<(axum::http::HeaderName, HeaderValue)> {
    set_cookie(state, SESSION_COOKIE, "", Some(0)).map(|v| (SET_COOKIE, v))
}

fn visitor(parts: &Parts) -> Visitor {
    parts
        .extensions
        .get::<Visitor>()
        .cloned()
        .unwrap_or(Visitor::Anonymous { ended: None })
}

pub fn nonce(parts: &Parts) -> String {
    parts
        .extensions
        .get::<CspNonce>()
        .map(|n| n.0.clone())
        .unwrap_or_default()
}

fn next_path(parts: &Parts) -> String {
    parts
        .uri
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned())
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        match visitor(parts) {
            Visitor::SignedIn(signed_in) => Ok(signed_in),
            Visitor::AwaitingCode(_) => Err(WebError::SignInNeeded {
                next: next_path(parts),
                expired: false,
            }),
            Visitor::Anonymous { ended } => Err(WebError::SignInNeeded {
                next: next_path(parts),
                expired: ended == Some("expired"),
            }),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Visitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(visitor(parts))
    }
}

/// The page's nonce, for templates.
pub struct Nonce(pub String);

impl<S: Send + Sync> FromRequestParts<S> for Nonce {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Nonce(nonce(parts)))
    }
}
