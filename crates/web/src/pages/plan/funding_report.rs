//! `/reports/plan-funding`: for each plan issued, the band's "idealised"
//! amount beside the actual cost of the provision as planned, and the gap,
//! in a table and a chart by band.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use tandem_domain::access::Action;
use tandem_domain::clock::{london_date, long_date};

use crate::auth::session::{Nonce, SignedIn};
use crate::error::WebResult;
use crate::guard;
use crate::layout::Layout;
use crate::plan::pounds;
use crate::AppState;

pub struct Row {
    pub reference: String,
    pub stage: &'static str,
    pub on: String,
    pub band: String,
    pub idealised: String,
    pub planned: String,
    pub gap: String,
}

/// One band's totals, with bar lengths for the chart (0-100).
pub struct BandBars {
    pub band: String,
    pub idealised: String,
    pub planned: String,
    pub idealised_width: i64,
    pub planned_width: i64,
    pub y: usize,
}

#[derive(Template)]
#[template(path = "plan/funding_report.html")]
struct ReportPage {
    layout: Layout,
    rows: Vec<Row>,
    bars: Vec<BandBars>,
    chart_height: usize,
    total_idealised: String,
    total_planned: String,
    total_gap: String,
}

fn signed(pence: i64) -> String {
    if pence < 0 {
        format!("−{}", pounds(-pence))
    } else {
        pounds(pence)
    }
}

pub async fn report(
    State(state): State<AppState>,
    who: SignedIn,
    Nonce(nonce): Nonce,
) -> WebResult<Response> {
    guard::authority_action(&who, Action::ReportFunding)?;
    // The latest issue of each case's plan is what the authority pays for.
    let mut latest: BTreeMap<String, tandem_store::PlanIssue> = BTreeMap::new();
    for issued in state.store.issued_plans(who.person.authority).await? {
        latest.insert(issued.reference, issued.issue);
    }
    let mut by_band: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    let (mut idealised_total, mut planned_total) = (0i64, 0i64);
    let rows = latest
        .iter()
        .map(|(reference, issue)| {
            let idealised = issue.idealised_pence.unwrap_or(0);
            let band = issue.band.clone().unwrap_or_else(|| "No band".into());
            let totals = by_band.entry(band.clone()).or_default();
            totals.0 += idealised;
            totals.1 += issue.planned_pence;
            idealised_total += idealised;
            planned_total += issue.planned_pence;
            Row {
                reference: reference.clone(),
                stage: if issue.stage == "draft" {
                    "Draft"
                } else {
                    "Final"
                },
                on: long_date(london_date(issue.at)),
                band,
                idealised: pounds(idealised),
                planned: pounds(issue.planned_pence),
                gap: signed(issue.planned_pence - idealised),
            }
        })
        .collect();
    let largest = by_band
        .values()
        .map(|(a, b)| (*a).max(*b))
        .max()
        .unwrap_or(0)
        .max(1);
    let bars: Vec<BandBars> = by_band
        .into_iter()
        .enumerate()
        .map(|(i, (band, (idealised, planned)))| BandBars {
            band,
            idealised: pounds(idealised),
            planned: pounds(planned),
            idealised_width: idealised * 100 / largest,
            planned_width: planned * 100 / largest,
            y: i * 60,
        })
        .collect();
    let page = ReportPage {
        layout: who.layout(&nonce),
        chart_height: bars.len() * 60 + 10,
        bars,
        rows,
        total_idealised: pounds(idealised_total),
        total_planned: pounds(planned_total),
        total_gap: signed(planned_total - idealised_total),
    };
    Ok(Html(page.render()?).into_response())
}
