//! The plan as the family (or an invited school) reads it: the version
//! last issued, with a comment link on every section while the draft is
//! with them, and the comments with our answers.

use askama::Template;
use axum::response::{Html, IntoResponse, Response};
use tandem_domain::access::Action;
use tandem_domain::case::Stage;
use tandem_domain::clock::timescale::{days_after, FAMILY_DAYS};
use tandem_domain::clock::{london_date, long_date};
use tandem_domain::plan::{Plan, Section};
use tandem_domain::role::Role;

use crate::auth::session::SignedIn;
use crate::error::{WebError, WebResult};
use crate::i18n::Tr;
use crate::layout::Layout;
use crate::plan::{load, parts, Parts, PlanFacts, SectionLinks};
use crate::AppState;

use super::PlanCase;

/// Whether `who` (not staff) may read version `version` of the plan: the
/// family any version issued to them; a school only if invited; nobody
/// else outside the authority.
pub fn may_read(who: &SignedIn, case: &PlanCase, version: i64) -> bool {
    let issued = case.issues.iter().any(|i| i.version == version);
    match who.person.role {
        Role::School => issued && case.issues.iter().any(|i| i.school_invited),
        role if role.is_family() => issued,
        // Advisers and others linked to the case read it through staff.
        _ => false,
    }
}

/// Whether `who` may comment now: the draft is with the family, and a
/// school has been invited.
pub fn may_comment(who: &SignedIn, case: &PlanCase) -> bool {
    let draft_out = case.state.stage == Stage::DraftIssued
        && case.issues.last().is_some_and(|i| i.stage == "draft");
    match who.person.role {
        Role::School => draft_out && case.issues.iter().any(|i| i.school_invited),
        _ => draft_out,
    }
}

pub struct CommentView {
    pub section: String,
    pub kind: String,
    pub body: String,
    pub by: String,
    pub at: String,
    pub answer: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "plan/family.html")]
struct FamilyPlanPage<'a> {
    layout: Layout,
    tr: Tr,
    facts: &'a PlanFacts,
    plan: &'a Plan,
    parts: Parts<'a>,
    links: SectionLinks,
    reference: String,
    version: i64,
    title: String,
    intro: String,
    deadline: Option<String>,
    comments: Vec<CommentView>,
    thanks: bool,
}

pub fn kind_words(tr: &Tr, kind: &str) -> String {
    tr.t(match kind {
        "change" => "plan-kind-change",
        "school" => "plan-kind-school",
        "meeting" => "plan-kind-meeting",
        _ => "plan-kind-comment",
    })
}

/// The section a comment is about. The plan is written in English, so its
/// section titles are too.
pub fn section_words(tr: &Tr, code: &str) -> String {
    match Section::parse(code) {
        Some(s) => format!("{}: {}", s.code(), s.title()),
        None => tr.t("plan-whole"),
    }
}

pub async fn show(
    state: AppState,
    who: SignedIn,
    tr: Tr,
    nonce: String,
    reference: String,
) -> WebResult<Response> {
    render(state, who, tr, nonce, reference, false).await
}

pub async fn render(
    state: AppState,
    who: SignedIn,
    tr: Tr,
    nonce: String,
    reference: String,
    thanks: bool,
) -> WebResult<Response> {
    let case = super::load_case(&state, &who, &reference, Action::ViewCase).await?;
    let Some(issue) = case.issues.last() else {
        return Err(WebError::NotFound);
    };
    if !may_read(&who, &case, issue.version) {
        return Err(WebError::NotFound);
    }
    let authority = who.person.authority;
    let saved = load(
        state.store.as_ref(),
        authority,
        case.found.case.id,
        Some(issue.version),
    )
    .await?
    .ok_or(WebError::NotFound)?;
    let child = case.found.case.child_name.clone();
    let draft = issue.stage == "draft";
    let commenting = may_comment(&who, &case);
    let deadline = case.state.draft_issued_on.filter(|_| commenting).map(|on| {
        tr.with(
            "plan-deadline",
            &[("due", &long_date(days_after(on, FAMILY_DAYS)))],
        )
    });
    let comments = state
        .store
        .plan_comments(authority, case.found.case.id)
        .await?
        .into_iter()
        .map(|c| CommentView {
            section: section_words(&tr, &c.section),
            kind: kind_words(&tr, &c.kind),
            body: c.body,
            by: c.author_name,
            at: long_date(london_date(c.at)),
            answer: c.answer.map(|a| (a.text, a.by)),
        })
        .collect();
    let facts = super::facts(
        &who.authority.name,
        &case.found.case,
        super::status_of(issue.version, &case.issues),
    );
    let layout = if who.person.role.is_family() {
        Layout::family(&tr, Some(&who), &nonce, &who.session.csrf_token)
    } else {
        who.layout(&nonce)
    };
    let page = FamilyPlanPage {
        layout,
        facts: &facts,
        plan: &saved.plan,
        parts: parts(&saved.plan),
        links: SectionLinks {
            edit: None,
            comment: commenting
                .then(|| format!("/cases/{}/plan/comment?section=", case.found.case.reference)),
            comment_label: tr.t("plan-comment-on"),
        },
        reference: case.found.case.reference.clone(),
        version: issue.version,
        title: tr.t(if draft {
            "plan-draft-title"
        } else {
            "plan-final-title"
        }),
        intro: tr.with(
            if draft {
                "plan-draft-intro"
            } else {
                "plan-final-intro"
            },
            &[("child", &child)],
        ),
        deadline,
        comments,
        thanks,
        tr,
    };
    Ok(Html(page.render()?).into_response())
}
