//! A family's own account: sign-up confirmed by an emailed link, and a new
//! password by an emailed link. The answer to "is there an account for
//! this email?" is never given away: every request gets the same page.

use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use jiff::SignedDuration;
use tandem_domain::password::{check_new_password, PasswordProblem};
use tandem_domain::request_form::email_ok;
use tandem_domain::role::Role;
use tandem_store::{AccountTokenPurpose, NewMessage, NewPerson, Person};

use super::password;
use super::session::{hash_token, random_token, Nonce, Visitor};
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::pages::apply::fields::Field;
use crate::pages::apply::{authority_for, first, pairs, token_ok};
use crate::pages::family_form::FamilyForm;
use crate::pages::form::FieldError;
use crate::AppState;

const CONFIRM_FOR: SignedDuration = SignedDuration::from_hours(24);
const RESET_FOR: SignedDuration = SignedDuration::from_hours(1);

pub(crate) fn password_problem(tr: &Tr, problem: PasswordProblem) -> String {
    tr.t(match problem {
        PasswordProblem::TooShort => "err-password-short",
        PasswordProblem::TooLong => "err-password-long",
        PasswordProblem::TooCommon => "err-password-common",
        PasswordProblem::SameAsEmail => "err-password-email",
    })
}

/// Emails `person` a single-use link to `path/{secret}`.
pub async fn send_link(
    state: &AppState,
    tr: &Tr,
    person: &Person,
    purpose: AccountTokenPurpose,
) -> WebResult<()> {
    let (lasts, path, subject, body) = match purpose {
        AccountTokenPurpose::ConfirmEmail => (
            CONFIRM_FOR,
            "/account/confirm",
            "email-verify-subject",
            "email-verify-body",
        ),
        AccountTokenPurpose::SetPassword => (
            RESET_FOR,
            "/account/new-password",
            "email-reset-subject",
            "email-reset-body",
        ),
    };
    let secret = random_token();
    state
        .store
        .create_account_token(
            person.authority,
            person.id,
            &hash_token(&secret),
            purpose,
            state.clock.now() + lasts,
        )
        .await?;
    let link = format!("{}{path}/{secret}", state.config.public_url);
    let message = NewMessage {
        case: None,
        channel: "email".into(),
        recipient: person.email.clone(),
        subject: tr.t(subject),
        body: [
            tr.t("email-greeting"),
            format!("{}\n{link}", tr.t(body)),
            tr.t("email-ignore"),
        ]
        .join("\n\n"),
    };
    state
        .store
        .enqueue_message(person.authority, &message)
        .await?;
    Ok(())
}

fn sign_up_form(tr: Tr, name: &str, email: &str) -> FamilyForm {
    let mut form = FamilyForm::new(tr, tr.t("signup-title"));
    form.intro = vec![tr.t("signup-intro")];
    form.action = "/account/sign-up".into();
    form.button = tr.t("signup-button");
    form.fields = vec![
        Field::new("name", "text", tr.t("f-your-name"), name).auto("name"),
        Field::new("email", "email", tr.t("f-email"), email).auto("email"),
        Field::new("password", "password", tr.t("f-new-password"), "")
            .auto("new-password")
            .hint(tr.t("hint-password")),
        Field::new("password_again", "password", tr.t("f-password-again"), "").auto("new-password"),
    ];
    form.links = vec![("/sign-in".into(), tr.t("signin-button"))];
    form
}

pub async fn sign_up_page(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    sign_up_form(tr, "", "").show(&state, &visitor, &headers, &nonce)
}

fn check_email_page(tr: Tr, email: &str) -> FamilyForm {
    let mut page = FamilyForm::new(tr, tr.t("check-email-title"));
    page.intro = vec![tr.with("check-email", &[("email", email)])];
    page
}

pub async fn sign_up(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    let name = first(&posted, "name").trim().to_owned();
    let email = first(&posted, "email").trim().to_lowercase();
    let new_password = first(&posted, "password");
    let mut errors = Vec::new();
    if !token_ok(&visitor, &headers, first(&posted, "csrf_token")) {
        errors.push(FieldError::new("name", tr.t("err-timed-out")));
    }
    if name.is_empty() {
        errors.push(FieldError::new("name", tr.t("err-your-name")));
    } else if name.chars().count() > tandem_domain::request_form::MAX_NAME {
        errors.push(FieldError::new("name", tr.t("err-name-too-long")));
    }
    if email.is_empty() {
        errors.push(FieldError::new("email", tr.t("err-email")));
    } else if !email_ok(&email) {
        errors.push(FieldError::new("email", tr.t("err-email-format")));
    }
    if new_password.is_empty() {
        errors.push(FieldError::new("password", tr.t("err-password")));
    } else if let Err(problem) = check_new_password(new_password, &email) {
        errors.push(FieldError::new("password", password_problem(&tr, problem)));
    } else if new_password != first(&posted, "password_again") {
        errors.push(FieldError::new(
            "password_again",
            tr.t("err-password-match"),
        ));
    }
    if !errors.is_empty() {
        return sign_up_form(tr, &name, &email)
            .with_errors(errors)
            .show(&state, &visitor, &headers, &nonce);
    }
    match state.store.person_by_email(&email).await? {
        // Someone already has this address: a family account without a
        // password gets a link to set one; anyone else gets nothing. The
        // page is the same either way.
        Some(existing) => {
            if existing.role.is_family() && existing.password_hash.is_none() {
                send_link(&state, &tr, &existing, AccountTokenPurpose::SetPassword).await?;
            }
        }
        None => {
            let authority = authority_for(&state, None).await?;
            let hash = password::hash_off_thread(new_password).await?;
            let new = NewPerson {
                email: email.clone(),
                name,
                role: Role::Parent,
                school: None,
                password_hash: Some(hash),
                totp_secret: None,
            };
            let id = state
                .store
                .create_family_account(authority.id, &new)
                .await?;
            let person = state
                .store
                .person(authority.id, id)
                .await?
                .ok_or(WebError::NotFound)?;
            let prefs = tandem_store::ContactPreferences {
                channel: "email".into(),
                language: tr.tag().into(),
            };
            state
                .store
                .set_contact_preferences(authority.id, id, &prefs)
                .await?;
            send_link(&state, &tr, &person, AccountTokenPurpose::ConfirmEmail).await?;
        }
    }
    check_email_page(tr, &email).show(&state, &visitor, &headers, &nonce)
}

fn link_bad(tr: Tr, again: &str) -> FamilyForm {
    let mut page = FamilyForm::new(tr, tr.t("link-bad-title"));
    page.intro = vec![tr.t("link-bad")];
    page.links = vec![(again.into(), tr.t("link-bad-new"))];
    page
}

pub async fn confirm(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(secret): Path<String>,
) -> WebResult<Response> {
    let taken = state
        .store
        .take_account_token(
            &hash_token(&secret),
            AccountTokenPurpose::ConfirmEmail,
            state.clock.now(),
        )
        .await?;
    let Some((authority, person)) = taken else {
        return link_bad(tr, "/sign-in").show(&state, &visitor, &headers, &nonce);
    };
    state
        .store
        .set_email_verified(authority, person, true)
        .await?;
    let mut page = FamilyForm::new(tr, tr.t("verified-title"));
    page.intro = vec![tr.t("verified")];
    page.links = vec![("/sign-in".into(), tr.t("signin-button"))];
    page.show(&state, &visitor, &headers, &nonce)
}

fn reset_form(tr: Tr, email: &str) -> FamilyForm {
    let mut form = FamilyForm::new(tr, tr.t("reset-title"));
    form.intro = vec![tr.t("reset-intro")];
    form.action = "/account/reset".into();
    form.button = tr.t("reset-button");
    form.fields = vec![Field::new("email", "email", tr.t("f-email"), email).auto("email")];
    form
}

pub async fn reset_page(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    reset_form(tr, "").show(&state, &visitor, &headers, &nonce)
}

pub async fn reset(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    let email = first(&posted, "email").trim().to_lowercase();
    let error = if !token_ok(&visitor, &headers, first(&posted, "csrf_token")) {
        Some("err-timed-out")
    } else if email.is_empty() {
        Some("err-email")
    } else if !email_ok(&email) {
        Some("err-email-format")
    } else {
        None
    };
    if let Some(key) = error {
        return reset_form(tr, &email)
            .with_errors(vec![FieldError::new("email", tr.t(key))])
            .show(&state, &visitor, &headers, &nonce);
    }
    // Staff reset through their administrator: their accounts have a
    // second factor that an emailed link must not get round.
    if let Some(person) = state.store.person_by_email(&email).await? {
        if person.role.is_family() && !person.disabled {
            send_link(&state, &tr, &person, AccountTokenPurpose::SetPassword).await?;
        }
    }
    let mut page = FamilyForm::new(tr, tr.t("reset-title"));
    page.intro = vec![tr.with("reset-sent", &[("email", &email)])];
    page.show(&state, &visitor, &headers, &nonce)
}

fn new_password_form(tr: Tr, secret: &str) -> FamilyForm {
    let mut form = FamilyForm::new(tr, tr.t("new-password-title"));
    form.action = format!("/account/new-password/{secret}");
    form.button = tr.t("new-password-button");
    form.fields = vec![
        Field::new("password", "password", tr.t("f-new-password"), "")
            .auto("new-password")
            .hint(tr.t("hint-password")),
        Field::new("password_again", "password", tr.t("f-password-again"), "").auto("new-password"),
    ];
    form
}

pub async fn new_password_page(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(secret): Path<String>,
) -> WebResult<Response> {
    new_password_form(tr, &secret).show(&state, &visitor, &headers, &nonce)
}

pub async fn new_password(
    State(state): State<AppState>,
    visitor: Visitor,
    headers: HeaderMap,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(secret): Path<String>,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    let chosen = first(&posted, "password");
    // Checked before the link is used, so a refused password leaves the
    // link working for another try.
    let error = if !token_ok(&visitor, &headers, first(&posted, "csrf_token")) {
        Some(FieldError::new("password", tr.t("err-timed-out")))
    } else if chosen.is_empty() {
        Some(FieldError::new("password", tr.t("err-password")))
    } else if let Err(problem) = check_new_password(chosen, "") {
        Some(FieldError::new("password", password_problem(&tr, problem)))
    } else if chosen != first(&posted, "password_again") {
        Some(FieldError::new(
            "password_again",
            tr.t("err-password-match"),
        ))
    } else {
        None
    };
    if let Some(error) = error {
        return new_password_form(tr, &secret)
            .with_errors(vec![error])
            .show(&state, &visitor, &headers, &nonce);
    }
    let taken = state
        .store
        .take_account_token(
            &hash_token(&secret),
            AccountTokenPurpose::SetPassword,
            state.clock.now(),
        )
        .await?;
    let Some((authority, person)) = taken else {
        return link_bad(tr, "/account/reset").show(&state, &visitor, &headers, &nonce);
    };
    let hash = password::hash_off_thread(chosen).await?;
    state
        .store
        .set_password_hash(authority, person, &hash)
        .await?;
    // Following the emailed link proves the address too.
    state
        .store
        .set_email_verified(authority, person, true)
        .await?;
    state
        .store
        .delete_other_sessions(authority, person, "")
        .await?;
    let mut page = FamilyForm::new(tr, tr.t("new-password-title"));
    page.intro = vec![tr.t("new-password-done")];
    page.links = vec![("/sign-in".into(), tr.t("signin-button"))];
    page.show(&state, &visitor, &headers, &nonce)
}
