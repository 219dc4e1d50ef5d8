//! `/reports/engine`: how often the authority's coordinators accepted or
//! corrected each kind of suggestion, read from the review events (each
//! case's latest review counts once), in a chart and a table with the
//! same figures; and the authority's analysed cases in need clusters.

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use tandem_domain::access::Action;

use crate::auth::session::{Nonce, SignedIn};
use crate::error::{WebError, WebResult};
use crate::findings::clusters::{need_clusters, ClusterRow};
use crate::findings::measure::{measure, Corrections, Tally};
use crate::findings::words;
use crate::guard;
use crate::layout::Layout;
use crate::AppState;

pub struct KindRow {
    pub kind: &'static str,
    pub reviewed: usize,
    pub accepted: usize,
    pub corrected: usize,
    /// "75%", or "none yet".
    pub share: String,
    /// Bar length in the chart, 0-400.
    pub width: i64,
    pub y: usize,
}

pub struct QuestionRow {
    pub question: &'static str,
    pub reviewed: usize,
    pub corrected: usize,
    pub mean: String,
}

#[derive(Template)]
#[template(path = "findings/report.html")]
struct ReportPage {
    layout: Layout,
    cases: usize,
    kinds: Vec<KindRow>,
    chart_height: usize,
    mean_correction: String,
    questions: Vec<QuestionRow>,
    provision_suggested: usize,
    provision_decided: usize,
    provision_both: usize,
    precision: String,
    recall: String,
    analysed: usize,
    clusters: Vec<ClusterRow>,
    clusters_height: usize,
}

fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "none yet".to_owned(), |s| format!("{:.0}%", s * 100.0))
}

fn kind(kind: &'static str, tally: Tally, i: usize) -> KindRow {
    KindRow {
        kind,
        reviewed: tally.reviewed,
        accepted: tally.accepted,
        corrected: tally.corrected(),
        share: percent(tally.share()),
        width: tally.share().map_or(0, |s| (s * 400.0).round() as i64),
        y: i * 34,
    }
}

fn mean(c: &Corrections) -> String {
    c.mean_absolute()
        .map_or_else(|| "none yet".to_owned(), |m| format!("{m:.2}"))
}

pub async fn report(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    guard::authority_action(&who, Action::ReportEngine)?;
    let authority = who.person.authority;
    let analysed_cases = state.store.analysed_cases(authority).await?;
    // A case reviewed twice counts once, as it was last reviewed; a review
    // is only ever made of a kept analysis.
    let reviews: Vec<_> = analysed_cases
        .iter()
        .filter_map(|c| c.review.clone())
        .collect();
    let analysed = analysed_cases.len();
    let clusters = tokio::task::spawn_blocking(move || need_clusters(&analysed_cases))
        .await
        .map_err(|e| WebError::Internal(e.into()))?;
    let m = measure(&reviews);
    guard::audit(
        &state,
        &who,
        "viewed engine report",
        None,
        &format!("{} reviewed cases", m.cases),
    )
    .await?;
    let kinds = vec![
        kind("Primary need", m.primary_need, 0),
        kind("Secondary needs", m.secondary_needs, 1),
        kind("Whether a plan looks needed", m.warranted, 2),
        kind("The 20 questions' levels", m.metrics.tally, 3),
        kind(
            "Provision suggested",
            Tally {
                reviewed: m.provision_suggested,
                accepted: m.provision_both,
            },
            4,
        ),
    ];
    let page = ReportPage {
        layout: who.layout(&nonce),
        cases: m.cases,
        chart_height: kinds.len() * 34 + 6,
        kinds,
        mean_correction: mean(&m.metrics),
        questions: m
            .by_metric
            .iter()
            .map(|(metric, c)| QuestionRow {
                question: words::question(*metric),
                reviewed: c.tally.reviewed,
                corrected: c.tally.corrected(),
                mean: mean(c),
            })
            .collect(),
        provision_suggested: m.provision_suggested,
        provision_decided: m.provision_decided,
        provision_both: m.provision_both,
        precision: percent(m.provision_precision()),
        recall: percent(m.provision_recall()),
        analysed,
        clusters_height: clusters.len() * 30 + 6,
        clusters,
    };
    Ok(Html(page.render()?).into_response())
}
