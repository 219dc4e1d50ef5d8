//! The family's side of a case beyond the tracker: the message thread with
//! their coordinator, and "all about me". Staff read and answer the same
//! thread in English; families write and read in their own language.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use tandem_domain::access::{decide, Action, Target};
use tandem_domain::case::CaseState;
use tandem_domain::ids::PersonId;
use tandem_domain::request_form::{Language, MAX_TEXT};
use tandem_store::read_model::to_case_events;
use tandem_store::{ChildViews, ConversationMessage, NewMessage};

use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::guard::{self, CaseInHand};
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::pages::apply::fields::Field;
use crate::pages::apply::{first, pairs};
use crate::pages::family_form::FamilyForm;
use crate::pages::form::FieldError;
use crate::AppState;

/// Families read in their language; staff in English.
fn words(who: &SignedIn, tr: Tr) -> Tr {
    if who.person.role.is_family() {
        tr
    } else {
        Tr::english()
    }
}

fn layout(who: &SignedIn, tr: &Tr, nonce: &str) -> Layout {
    if who.person.role.is_family() {
        Layout::family(tr, Some(who), nonce, &who.session.csrf_token)
    } else {
        who.layout(nonce)
    }
}

fn check_token(who: &SignedIn, posted: &[(String, String)]) -> WebResult<()> {
    use subtle::ConstantTimeEq;
    let token = first(posted, "csrf_token");
    if bool::from(who.session.csrf_token.as_bytes().ct_eq(token.as_bytes())) {
        Ok(())
    } else {
        Err(WebError::Csrf)
    }
}

/// The family and the authority's staff may use the thread; schools and
/// advisers have their own ways to write.
async fn thread_case(state: &AppState, who: &SignedIn, reference: &str) -> WebResult<CaseInHand> {
    let found = guard::case_for(state, who, reference, Action::ViewCase).await?;
    let staff = decide(
        &who.actor(),
        Action::ViewStaffRecord,
        Target::Case(&found.parties),
    )
    .is_allowed();
    if staff || who.person.role.is_family() {
        Ok(found)
    } else {
        Err(WebError::Forbidden)
    }
}

#[derive(Template)]
#[template(path = "family/conversation.html")]
struct ConversationPage {
    layout: Layout,
    tr: Tr,
    reference: String,
    child: String,
    messages: Vec<(ConversationMessage, String, bool)>,
    body: String,
    errors: Vec<FieldError>,
    sent: bool,
}

/// The reply box: what was typed, its problems, and whether one was just sent.
struct ThreadForm {
    body: String,
    errors: Vec<FieldError>,
    sent: bool,
}

async fn show_thread(
    state: &AppState,
    who: &SignedIn,
    tr: Tr,
    nonce: &str,
    found: &CaseInHand,
    form: ThreadForm,
) -> WebResult<Response> {
    let ThreadForm { body, errors, sent } = form;
    let messages = state
        .store
        .conversation(who.person.authority, found.case.id)
        .await?
        .into_iter()
        .map(|m| {
            let when = tr.date(tandem_domain::clock::london_date(m.at));
            let mine = m.author == who.person.id;
            (m, when, mine)
        })
        .collect();
    let status = crate::pages::form::status_for(&errors);
    let page = ConversationPage {
        layout: layout(who, &tr, nonce),
        reference: found.case.reference.clone(),
        child: found.case.child_name.clone(),
        messages,
        body,
        errors,
        sent,
        tr,
    };
    Ok((status, Html(page.render()?)).into_response())
}

#[derive(serde::Deserialize, Default)]
pub struct ThreadQuery {
    #[serde(default)]
    sent: Option<String>,
}

pub async fn conversation(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    axum::extract::Query(query): axum::extract::Query<ThreadQuery>,
) -> WebResult<Response> {
    let found = thread_case(&state, &who, &reference).await?;
    let tr = words(&who, tr);
    show_thread(
        &state,
        &who,
        tr,
        &nonce,
        &found,
        ThreadForm {
            body: String::new(),
            errors: Vec::new(),
            sent: query.sent.is_some(),
        },
    )
    .await
}

pub async fn post_message(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    check_token(&who, &posted)?;
    let found = thread_case(&state, &who, &reference).await?;
    let tr = words(&who, tr);
    let text = first(&posted, "message").trim().to_owned();
    let error = if text.is_empty() {
        Some("err-message")
    } else if text.chars().count() > MAX_TEXT {
        Some("err-message-long")
    } else {
        None
    };
    if let Some(key) = error {
        let errors = vec![FieldError::new("message", tr.t(key))];
        return show_thread(
            &state,
            &who,
            tr,
            &nonce,
            &found,
            ThreadForm {
                body: text,
                errors,
                sent: false,
            },
        )
        .await;
    }
    let authority = who.person.authority;
    state
        .store
        .post_conversation_message(authority, found.case.id, who.person.id, &text)
        .await?;
    for message in notices(&state, &who, &found).await? {
        state.store.enqueue_message(authority, &message).await?;
    }
    Ok(Redirect::to(&format!(
        "/cases/{}/conversation?sent=1",
        found.case.reference
    ))
    .into_response())
}

/// Tells the other side there is a new message (never the message itself:
/// email is not the place for it). A family's message goes to the
/// coordinator; staff's to each family member in their language.
async fn notices(
    state: &AppState,
    who: &SignedIn,
    found: &CaseInHand,
) -> WebResult<Vec<NewMessage>> {
    let authority = who.person.authority;
    let link = format!(
        "{}/cases/{}/conversation",
        state.config.public_url, found.case.reference
    );
    let readers: Vec<PersonId> = if who.person.role.is_family() {
        let stored = state.store.events(authority, found.case.id).await?;
        let case_state = CaseState::from_events(&to_case_events(&stored)?);
        case_state
            .coordinator_id
            .map(PersonId)
            .into_iter()
            .collect()
    } else {
        found.parties.family.clone()
    };
    let mut out = Vec::new();
    for id in readers {
        let Some(contact) =
            crate::notify::recipients::person(state.store.as_ref(), authority, id).await?
        else {
            continue;
        };
        let prefs = state
            .store
            .contact_preferences(authority, id)
            .await?
            .unwrap_or_default();
        let tr = Tr::new(Language::from_tag(&prefs.language).unwrap_or(Language::English));
        out.push(NewMessage {
            case: Some(found.case.id),
            channel: contact.channel,
            recipient: contact.address,
            subject: tr.with(
                "email-message-subject",
                &[("child", &found.case.child_name)],
            ),
            body: [
                tr.t("email-greeting"),
                format!(
                    "{}\n{link}",
                    tr.with("email-message-body", &[("name", &who.person.name)])
                ),
            ]
            .join("\n\n"),
        });
    }
    Ok(out)
}

fn views_form(tr: Tr, reference: &str, v: &ChildViews) -> FamilyForm {
    let mut form = FamilyForm::new(tr, tr.t("views-title"));
    form.intro = vec![tr.t("views-intro")];
    form.action = format!("/cases/{reference}/views");
    form.button = tr.t("save");
    form.fields = vec![
        Field::new("admired", "textarea", tr.t("f-admired"), &v.admired),
        Field::new("important", "textarea", tr.t("f-important"), &v.important),
        Field::new("hopes", "textarea", tr.t("f-hopes"), &v.hopes),
        Field::new("support", "textarea", tr.t("f-support-best"), &v.support),
    ];
    form.links = vec![(format!("/cases/{reference}"), tr.t("back"))];
    form
}

async fn family_case(state: &AppState, who: &SignedIn, reference: &str) -> WebResult<CaseInHand> {
    if !who.person.role.is_family() {
        return Err(WebError::Forbidden);
    }
    guard::case_for(state, who, reference, Action::UploadDocument).await
}

pub async fn views(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
) -> WebResult<Response> {
    let found = family_case(&state, &who, &reference).await?;
    let current = state
        .store
        .child_views(who.person.authority, found.case.id)
        .await?
        .unwrap_or_default();
    let mut form = views_form(tr, &found.case.reference, &current);
    form.layout = layout(&who, &tr, &nonce);
    Ok(Html(form.render()?).into_response())
}

pub async fn save_views(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    Path(reference): Path<String>,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    check_token(&who, &posted)?;
    let found = family_case(&state, &who, &reference).await?;
    let v = ChildViews {
        admired: first(&posted, "admired").trim().to_owned(),
        important: first(&posted, "important").trim().to_owned(),
        hopes: first(&posted, "hopes").trim().to_owned(),
        support: first(&posted, "support").trim().to_owned(),
    };
    let errors: Vec<FieldError> = [
        ("admired", &v.admired),
        ("important", &v.important),
        ("hopes", &v.hopes),
        ("support", &v.support),
    ]
    .into_iter()
    .filter(|(_, text)| text.chars().count() > MAX_TEXT)
    .map(|(field, _)| FieldError::new(field, tr.t("err-text-too-long")))
    .collect();
    let mut form = views_form(tr, &found.case.reference, &v).with_errors(errors);
    form.layout = layout(&who, &tr, &nonce);
    if form.errors.is_empty() {
        state
            .store
            .save_child_views(who.person.authority, found.case.id, who.person.id, &v)
            .await?;
        guard::audit(&state, &who, "saved all about me", Some(found.case.id), "").await?;
        form.notice = Some(tr.t("views-saved"));
        return Ok(Html(form.render()?).into_response());
    }
    Ok((
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        Html(form.render()?),
    )
        .into_response())
}

fn contact_form(tr: Tr, channel: &str, language: &str) -> FamilyForm {
    use crate::pages::apply::fields::Choice;
    let mut form = FamilyForm::new(tr, tr.t("prefs-title"));
    form.action = "/account/contact".into();
    form.button = tr.t("save");
    let choice = |value: &str, key: &str, current: &str| Choice {
        value: value.to_owned(),
        label: tr.t(key),
        checked: current == value,
    };
    form.fields = vec![
        Field::new("channel", "radios", tr.t("f-channel"), channel).choices(vec![
            choice("email", "contact-email", channel),
            choice("phone", "contact-phone", channel),
            choice("post", "contact-post", channel),
        ]),
        Field::new("language", "radios", tr.t("f-pref-language"), language).choices(
            Language::ALL
                .into_iter()
                .map(|l| Choice {
                    value: l.tag().to_owned(),
                    label: l.own_name().to_owned(),
                    checked: language == l.tag(),
                })
                .collect(),
        ),
    ];
    form
}

pub async fn contact(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    let prefs = state
        .store
        .contact_preferences(who.person.authority, who.person.id)
        .await?
        .unwrap_or_default();
    let mut form = contact_form(tr, &prefs.channel, &prefs.language);
    form.layout = layout(&who, &tr, &nonce);
    Ok(Html(form.render()?).into_response())
}

pub async fn save_contact(
    State(state): State<AppState>,
    who: SignedIn,
    tr: Tr,
    Nonce(nonce): Nonce,
    body: axum::body::Bytes,
) -> WebResult<Response> {
    let posted = pairs(&body);
    check_token(&who, &posted)?;
    let channel = first(&posted, "channel");
    let language = Language::from_tag(first(&posted, "language"));
    let mut errors = Vec::new();
    if !["email", "phone", "post"].contains(&channel) {
        errors.push(FieldError::new("channel", tr.t("err-channel")));
    }
    if language.is_none() {
        errors.push(FieldError::new("language", tr.t("err-language")));
    }
    let (Some(language), true) = (language, errors.is_empty()) else {
        let mut form = contact_form(tr, channel, first(&posted, "language")).with_errors(errors);
        form.layout = layout(&who, &tr, &nonce);
        return Ok((
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            Html(form.render()?),
        )
            .into_response());
    };
    let prefs = tandem_store::ContactPreferences {
        channel: channel.to_owned(),
        language: language.tag().to_owned(),
    };
    state
        .store
        .set_contact_preferences(who.person.authority, who.person.id, &prefs)
        .await?;
    // The page that confirms it is already in the chosen language.
    let tr = Tr::new(language);
    let mut form = contact_form(tr, channel, language.tag());
    form.layout = layout(&who, &tr, &nonce);
    form.notice = Some(tr.t("prefs-saved"));
    let mut response = Html(form.render()?).into_response();
    if let Ok(value) = crate::i18n::language_cookie(language).parse() {
        response
            .headers_mut()
            .append(axum::http::header::SET_COOKIE, value);
    }
    Ok(response)
}
