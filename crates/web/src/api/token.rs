//! Bearer tokens: the header carries a random token, the database its
//! SHA-256. The caller acts as the person the token was made for.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use tandem_domain::access::Actor;
use tandem_store::Person;

use crate::auth::session::hash_token;
use crate::error::{ApiError, WebError};
use crate::AppState;

pub struct ApiCaller {
    pub person: Person,
}

impl ApiCaller {
    pub fn actor(&self) -> Actor {
        Actor {
            person: self.person.id,
            authority: self.person.authority,
            role: self.person.role,
            school: self.person.school,
        }
    }
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let unauthorised = || {
            ApiError(WebError::SignInNeeded {
                next: String::new(),
                expired: false,
            })
        };
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or_else(unauthorised)?;
        let (authority, person) = state
            .store
            .api_token(&hash_token(token.trim()))
            .await?
            .ok_or_else(unauthorised)?;
        let person = state
            .store
            .person(authority, person)
            .await?
            .filter(|p| !p.disabled)
            .ok_or_else(unauthorised)?;
        Ok(ApiCaller { person })
    }
}
