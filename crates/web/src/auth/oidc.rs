//! OpenID Connect sign-in through an authority's own identity provider.
//!
//! The provider is trusted for the second factor, so a person who signs in
//! here does not also enter a one-time code. A login is tied to the
//! authority it started from: a provider can only sign in its own people.

use std::time::Duration;

use anyhow::Context;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use jiff::SignedDuration;
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    reqwest, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier,
    RedirectUrl, Scope, TokenResponse,
};
use serde::Deserialize;
use tandem_store::{Authority, NewAuditEntry, OidcLogin, OidcProvider};

use super::session::{self, cookie, hash_token, Nonce as PageNonce, SESSION_COOKIE};
use crate::error::{WebError, WebResult};
use crate::layout::Layout;
use crate::AppState;

/// Long enough to sign in at the provider, short enough that a stolen state
/// is soon useless.
pub const LOGIN_LIFETIME: SignedDuration = SignedDuration::from_mins(10);
const CALLBACK_PATH: &str = "/sign-in/oidc/callback";

type Client = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/sign-in/oidc", get(choose))
        .route(CALLBACK_PATH, get(callback))
        .route("/sign-in/oidc/{la_code}", get(start))
}

#[derive(Template)]
#[template(path = "auth/oidc_choose.html")]
struct ChoosePage {
    layout: Layout,
    authorities: Vec<Authority>,
}

/// The shared error page, with a message written for this sign-in route.
#[derive(Template)]
#[template(path = "error.html")]
struct ProblemPage {
    layout: Layout,
    tr: crate::i18n::Tr,
    title: String,
    paragraphs: Vec<String>,
}

fn problem(
    status: StatusCode,
    nonce: String,
    title: &'static str,
    message: &'static str,
) -> WebResult<Response> {
    let layout = Layout {
        nonce,
        ..Layout::bare()
    };
    // Council staff sign in this way: the page stays in English.
    let page = ProblemPage {
        layout,
        tr: crate::i18n::Tr::english(),
        title: title.to_owned(),
        paragraphs: vec![format!("{message}.")],
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn choose(State(state): State<AppState>, PageNonce(nonce): PageNonce) -> WebResult<Response> {
    let mut authorities = Vec::new();
    for authority in state.store.authorities().await? {
        if state.store.oidc_provider(authority.id).await?.is_some() {
            authorities.push(authority);
        }
    }
    let page = ChoosePage {
        layout: Layout {
            nonce,
            ..Layout::bare()
        },
        authorities,
    };
    Ok(Html(page.render()?).into_response())
}

fn internal(context: &'static str) -> impl FnOnce(anyhow::Error) -> WebError {
    move |err| WebError::Internal(err.context(context))
}

/// Following redirects would let a provider's metadata point the server at
/// internal addresses (SSRF), so the client never follows them.
fn http_client() -> WebResult<reqwest::Client> {
    reqwest::ClientBuilder::new()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(10))
        .build()
        .map_err(|e| {
            WebError::Internal(
                anyhow::Error::new(e).context("building the OpenID Connect HTTP client"),
            )
        })
}

async fn client(
    state: &AppState,
    provider: &OidcProvider,
    http: &reqwest::Client,
) -> WebResult<Client> {
    let issuer = IssuerUrl::new(provider.issuer_url.clone())
        .context("the provider's issuer URL")
        .map_err(internal("OpenID Connect discovery"))?;
    let metadata = CoreProviderMetadata::discover_async(issuer, http)
        .await
        .context("discovering the provider")
        .map_err(internal("OpenID Connect discovery"))?;
    let redirect = RedirectUrl::new(format!(
        "{}{CALLBACK_PATH}",
        state.config.public_url.trim_end_matches('/')
    ))
    .context("the callback URL")
    .map_err(internal("OpenID Connect discovery"))?;
    Ok(CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(provider.client_id.clone()),
        Some(ClientSecret::new(provider.client_secret.clone())),
    )
    .set_redirect_uri(redirect))
}

async fn start(State(state): State<AppState>, Path(la_code): Path<String>) -> WebResult<Response> {
    let authority = state
        .store
        .authorities()
        .await?
        .into_iter()
        .find(|a| a.la_code == la_code)
        .ok_or(WebError::NotFound)?;
    let provider = state
        .store
        .oidc_provider(authority.id)
        .await?
        .ok_or(WebError::NotFound)?;
    let http = http_client()?;
    let client = client(&state, &provider, &http).await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, csrf, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".into()))
        .add_scope(Scope::new("profile".into()))
        .set_pkce_challenge(challenge)
        .url();
    let login = OidcLogin {
        state: csrf.secret().clone(),
        authority: authority.id,
        nonce: nonce.secret().clone(),
        pkce_verifier: verifier.secret().clone(),
        created_at: state.clock.now(),
    };
    state.store.save_oidc_login(&login).await?;
    Ok(Redirect::to(url.as_str()).into_response())
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
}

const REFUSED_TITLE: &str = "You cannot sign in with this account";
const REFUSED: &str =
    "Your council account is not set up to use this service, or it has been turned off";

async fn callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    PageNonce(page_nonce): PageNonce,
    Query(query): Query<CallbackQuery>,
) -> WebResult<Response> {
    let login = match &query.state {
        Some(key) => state.store.take_oidc_login(key).await?,
        None => None,
    };
    let fresh = login.filter(|l| state.clock.now().duration_since(l.created_at) <= LOGIN_LIFETIME);
    let (Some(login), Some(code)) = (fresh, query.code) else {
        return problem(
            StatusCode::BAD_REQUEST,
            page_nonce,
            "Your sign-in could not be finished",
            "The sign-in link had expired or was already used. Go back to the sign-in page and try again",
        );
    };
    let provider = state
        .store
        .oidc_provider(login.authority)
        .await?
        .ok_or(WebError::NotFound)?;
    let http = http_client()?;
    let client = client(&state, &provider, &http).await?;
    let tokens = client
        .exchange_code(AuthorizationCode::new(code))
        .context("the provider has no token endpoint")
        .map_err(internal("OpenID Connect code exchange"))?
        .set_pkce_verifier(PkceCodeVerifier::new(login.pkce_verifier.clone()))
        .request_async(&http)
        .await
        .context("exchanging the code")
        .map_err(internal("OpenID Connect code exchange"))?;
    let id_token = tokens
        .id_token()
        .context("the provider sent no ID token")
        .map_err(internal("OpenID Connect code exchange"))?;
    // Checks the signature against the provider's JWKS, the issuer, the
    // audience, the expiry and the nonce this login was started with. The
    // access token is never used, so its hash is not checked.
    let verifier = client.id_token_verifier();
    let claims = match id_token.claims(&verifier, &Nonce::new(login.nonce.clone())) {
        Ok(claims) => claims,
        Err(err) => {
            tracing::warn!(authority = login.authority.0, error = %err, "OpenID Connect ID token refused");
            return problem(StatusCode::FORBIDDEN, page_nonce, REFUSED_TITLE, REFUSED);
        }
    };
    let verified = claims.email_verified().unwrap_or(true);
    let email = claims
        .email()
        .filter(|_| verified)
        .map(|e| e.as_str().trim().to_lowercase());
    let person = match email {
        Some(email) => state.store.person_by_email(&email).await?,
        None => None,
    };
    let Some(person) = person.filter(|p| p.authority == login.authority && !p.disabled) else {
        tracing::warn!(
            authority = login.authority.0,
            "OpenID Connect sign-in refused"
        );
        return problem(StatusCode::FORBIDDEN, page_nonce, REFUSED_TITLE, REFUSED);
    };
    // The session id is rotated at each sign-in, as for passwords.
    if let Some(secret) = cookie(&headers, SESSION_COOKIE) {
        state.store.delete_session(&hash_token(&secret)).await?;
    }
    let set_cookie = session::start(&state, &person, true).await?;
    let entry = NewAuditEntry {
        person: Some(person.id),
        action: "signed in".into(),
        case: None,
        detail: "openid connect".into(),
    };
    state.store.record_audit(person.authority, &entry).await?;
    Ok(([(SET_COOKIE, set_cookie)], Redirect::to("/")).into_response())
}
