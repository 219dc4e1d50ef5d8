//! "What the documents suggest" on the staff case page: the summary by area
//! of need, the 20 questions, the needs, whether a plan looks warranted and
//! the provision, each with its evidence linked to the sentence it quotes,
//! any reviewed value beside it, and the similar past cases.

use std::collections::BTreeMap;

use tandem_domain::access::{decide, Action, Target};
use tandem_domain::case::{CaseEvent, Finding, FindingDecision};
use tandem_engine::area::Area;
use tandem_engine::metric::Metric;
use tandem_store::Document;

use crate::auth::session::SignedIn;
use crate::error::WebResult;
use crate::findings::review::{latest_decisions, mark, provision_order, reviewed_profile, YES};
use crate::findings::similar::similar_cases;
use crate::findings::stored::{Cited, StoredFindings};
use crate::findings::{current, words};
use crate::guard::CaseInHand;
use crate::AppState;

/// A quoted sentence and where to read it in its document.
pub struct QuoteView {
    pub text: String,
    pub href: String,
    pub document: String,
    /// Counted from 1, as people count.
    pub sentence: usize,
}

/// The page that shows `document` with sentence `index` highlighted.
pub fn sentence_href(reference: &str, document: i64, index: usize) -> String {
    format!("/cases/{reference}/documents/{document}/text?sentence={index}#sentence-{index}")
}

fn quote(reference: &str, cited: &Cited) -> QuoteView {
    QuoteView {
        text: cited.text.clone(),
        href: sentence_href(reference, cited.document, cited.sentence),
        document: cited.name.clone(),
        sentence: cited.sentence + 1,
    }
}

fn quotes(reference: &str, cited: Option<&Vec<Cited>>) -> Vec<QuoteView> {
    cited
        .map(|list| list.iter().map(|c| quote(reference, c)).collect())
        .unwrap_or_default()
}

pub struct AreaView {
    pub label: &'static str,
    pub lines: Vec<QuoteView>,
}

pub struct NeedView {
    /// "ASD: autistic spectrum disorder", or "None found".
    pub name: String,
    pub mark: Option<String>,
    pub evidence: Vec<QuoteView>,
}

pub struct MetricRow {
    pub question: &'static str,
    /// "2 (moderate)", or "yes" for a flag.
    pub suggested: String,
    pub mark: Option<String>,
    pub evidence: Vec<QuoteView>,
}

pub struct ProvisionRow {
    pub name: String,
    pub mark: Option<String>,
    pub evidence: Vec<QuoteView>,
}

pub struct SimilarRow {
    pub reference: String,
    pub need: String,
    /// 1 for the same profile, falling towards 0.
    pub similarity: String,
    pub provision: Vec<String>,
    pub reviewed: bool,
}

pub struct FindingsSection {
    pub read: usize,
    pub unread: Vec<String>,
    pub areas: Vec<AreaView>,
    pub primary: NeedView,
    pub secondary: Vec<NeedView>,
    pub warranted: bool,
    pub warranted_mark: Option<String>,
    pub warranted_evidence: Vec<QuoteView>,
    pub metrics: Vec<MetricRow>,
    pub provision: Vec<ProvisionRow>,
    /// Elements a review added that were not suggested.
    pub added: Vec<String>,
    pub similar: Vec<SimilarRow>,
    pub reviewed: bool,
    pub may_review: bool,
}

fn areas(reference: &str, findings: &StoredFindings) -> Vec<AreaView> {
    Area::ALL
        .iter()
        .map(|area| AreaView {
            label: area.label(),
            lines: findings
                .summary
                .iter()
                .filter(|line| line.area == *area)
                .map(|line| quote(reference, &line.cited))
                .collect(),
        })
        .filter(|a| !a.lines.is_empty())
        .collect()
}

fn needs(
    reference: &str,
    findings: &StoredFindings,
    decided: &BTreeMap<Finding, FindingDecision>,
) -> (NeedView, Vec<NeedView>) {
    let primary_code = findings
        .primary_need
        .map(|n| n.code().to_owned())
        .unwrap_or_default();
    let primary = NeedView {
        name: match findings.primary_need {
            Some(_) => words::need_with_name(&primary_code),
            None => "None found".to_owned(),
        },
        mark: mark(decided.get(&Finding::PrimaryNeed), &primary_code),
        evidence: quotes(reference, findings.evidence.needs.get(&primary_code)),
    };
    let secondary = findings
        .secondary_needs
        .iter()
        .map(|need| {
            let code = need.code().to_owned();
            NeedView {
                name: words::need_with_name(&code),
                mark: mark(
                    decided.get(&Finding::SecondaryNeed { code: code.clone() }),
                    YES,
                ),
                evidence: quotes(reference, findings.evidence.needs.get(&code)),
            }
        })
        .collect();
    (primary, secondary)
}

fn metrics(
    reference: &str,
    findings: &StoredFindings,
    decided: &BTreeMap<Finding, FindingDecision>,
) -> Vec<MetricRow> {
    Metric::ALL
        .iter()
        .map(|metric| {
            let level = findings.level(*metric);
            let finding = Finding::Metric {
                key: metric.key().to_owned(),
            };
            MetricRow {
                question: words::question(*metric),
                suggested: words::level_with_words(*metric, level),
                mark: mark(decided.get(&finding), &level.to_string()),
                evidence: quotes(reference, findings.evidence.metrics.get(metric.key())),
            }
        })
        .collect()
}

/// The provision suggested with its evidence, and what a review added.
fn provision(
    reference: &str,
    findings: &StoredFindings,
    decided: &BTreeMap<Finding, FindingDecision>,
) -> (Vec<ProvisionRow>, Vec<String>) {
    let rows = findings
        .provision
        .iter()
        .map(|code| ProvisionRow {
            name: words::provision_with_name(code),
            mark: mark(decided.get(&Finding::Provision { code: code.clone() }), YES),
            evidence: quotes(reference, findings.evidence.provision.get(code)),
        })
        .collect();
    let mut added: Vec<&String> = decided
        .values()
        .filter_map(|d| match &d.finding {
            Finding::Provision { code }
                if d.decided == YES && !findings.provision.contains(code) =>
            {
                Some(code)
            }
            _ => None,
        })
        .collect();
    added.sort_by_key(|c| provision_order(c));
    (
        rows,
        added
            .into_iter()
            .map(|c| words::provision_with_name(c))
            .collect(),
    )
}

/// The section for a case with documents; `None` without any.
pub async fn for_case(
    state: &AppState,
    who: &SignedIn,
    found: &CaseInHand,
    events: &[CaseEvent],
    documents: &[Document],
) -> WebResult<Option<FindingsSection>> {
    let authority = who.person.authority;
    let ids: Vec<i64> = documents.iter().map(|d| d.id).collect();
    let Some(findings) = current(state, authority, found.case.id, &ids).await? else {
        return Ok(None);
    };
    let reference = found.case.reference.as_str();
    let decided = latest_decisions(events);
    let (primary, secondary) = needs(reference, &findings, &decided);
    let (provision, added) = provision(reference, &findings, &decided);
    let this_review: Vec<FindingDecision> = decided.values().cloned().collect();
    let here = reviewed_profile(&findings.profile(), Some(&this_review));
    let others = state.store.analysed_cases(authority).await?;
    let similar = similar_cases(&here, found.case.id, &others)
        .into_iter()
        .map(|s| SimilarRow {
            need: s
                .case
                .primary_need
                .map(|n| words::need_with_name(n.code()))
                .unwrap_or_else(|| "None found".to_owned()),
            similarity: format!("{:.2}", s.case.similarity),
            provision: s
                .case
                .provision
                .iter()
                .map(|c| words::provision_with_name(c))
                .collect(),
            reference: s.case.id,
            reviewed: s.reviewed,
        })
        .collect();
    Ok(Some(FindingsSection {
        read: findings.read,
        unread: findings.unread.iter().map(|u| u.message.clone()).collect(),
        areas: areas(reference, &findings),
        primary,
        secondary,
        warranted: findings.warranted,
        warranted_mark: mark(
            decided.get(&Finding::Warranted),
            words::yes_no(findings.warranted),
        ),
        warranted_evidence: quotes(reference, Some(&findings.evidence.warranted)),
        metrics: metrics(reference, &findings, &decided),
        provision,
        added,
        similar,
        reviewed: !decided.is_empty(),
        may_review: decide(
            &who.actor(),
            Action::RecordCaseEvent,
            Target::Case(&found.parties),
        )
        .is_allowed(),
    }))
}
