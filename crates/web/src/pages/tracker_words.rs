//! The tracker's sentences in the family's language. The same facts as
//! `clock::family_sentence`, but each status is a whole sentence in the
//! Fluent files, because word order differs between languages.

use tandem_domain::case::{AdviceKind, ExceptionReason, Stage};
use tandem_domain::clock::{Milestone, MilestoneKind, Status};

use crate::i18n::Tr;

pub fn stage(tr: &Tr, stage: Stage) -> String {
    tr.t(match stage {
        Stage::NotStarted => "stage-not-started",
        Stage::Requested => "stage-requested",
        Stage::Assessing => "stage-assessing",
        Stage::Drafting => "stage-drafting",
        Stage::DraftIssued => "stage-draft-issued",
        Stage::PlanInForce => "stage-plan-in-force",
        Stage::Closed => "stage-closed",
    })
}

fn advice(kind: AdviceKind) -> &'static str {
    match kind {
        AdviceKind::ParentOrYoungPerson => "advice-parent",
        AdviceKind::Educational => "advice-educational",
        AdviceKind::Medical => "advice-medical",
        AdviceKind::Psychological => "advice-psychological",
        AdviceKind::SocialCare => "advice-social-care",
        AdviceKind::Other => "advice-other",
    }
}

fn exception(reason: ExceptionReason) -> &'static str {
    match reason {
        ExceptionReason::SettingClosed => "exception-setting-closed",
        ExceptionReason::FamilyAway => "exception-family-away",
        ExceptionReason::ExceptionalCircumstances => "exception-circumstances",
        ExceptionReason::MissedAppointment => "exception-missed-appointment",
    }
}

/// The key of a milestone's sentence before and after it happens.
fn base(kind: MilestoneKind) -> &'static str {
    match kind {
        MilestoneKind::DecisionToAssess => "ms-assess",
        MilestoneKind::Advice { .. } => "ms-advice",
        MilestoneKind::DecisionToIssue => "ms-issue",
        MilestoneKind::SchoolConsultation { .. } => "ms-consult",
        MilestoneKind::FinalPlan => "ms-final",
        MilestoneKind::AnnualReview { .. } => "ms-review",
        MilestoneKind::ReviewReport { .. } => "ms-report",
        MilestoneKind::ReviewDecision { .. } => "ms-review-decision",
        MilestoneKind::AmendedPlan { .. } => "ms-amended",
        MilestoneKind::PhaseTransfer { .. } => "ms-transfer",
        MilestoneKind::FamilyCommentsOnDraft => "ms-comment-draft",
        MilestoneKind::FamilyCommentsOnAmendments { .. } => "ms-comment-changes",
    }
}

pub fn sentence(tr: &Tr, m: &Milestone) -> String {
    let due = tr.date(m.due);
    let who = m.subject.clone().unwrap_or_else(|| tr.t("ms-the-school"));
    let what = match m.kind {
        MilestoneKind::Advice { kind, .. } => tr.t(advice(kind)),
        _ => String::new(),
    };
    let base = base(m.kind);
    let window = matches!(
        m.kind,
        MilestoneKind::FamilyCommentsOnDraft | MilestoneKind::FamilyCommentsOnAmendments { .. }
    );
    let mut line = if window {
        let state = if m.status.is_done() { "closed" } else { "open" };
        tr.with(&format!("{base}-{state}"), &[("due", &due)])
    } else {
        let done = m.done.map(|d| tr.date(d)).unwrap_or_default();
        let args = [
            ("due", due.as_str()),
            ("done", done.as_str()),
            ("who", who.as_str()),
            ("what", what.as_str()),
        ];
        match (m.status, m.done) {
            (Status::Done, Some(_)) => tr.with(&format!("{base}-done"), &args),
            (Status::DoneLate, Some(_)) => format!(
                "{} {}",
                tr.with(&format!("{base}-done"), &args),
                tr.with("ms-was-due", &args)
            ),
            (Status::Lapsed, _) => tr.with("ms-lapsed", &args),
            (Status::Overdue, _) => format!(
                "{} {}",
                tr.with(&format!("{base}-due"), &args),
                tr.t("ms-late")
            ),
            _ => tr.with(&format!("{base}-due"), &args),
        }
    };
    if let Some(note) = &m.exception {
        if !m.status.is_done() || m.status == Status::DoneLate {
            line.push(' ');
            line.push_str(&tr.with("ms-exception", &[("reason", &tr.t(exception(note.reason)))]));
        }
    }
    line
}
