//! Analysis off the request path: after a document is added or advice is
//! recorded as received, and once at start for every case whose documents
//! have no current analysis. Nothing here is awaited by a request; a
//! failure is logged with its cause, and the case page still analyses on
//! the spot whatever the background did.

use std::time::{Duration, Instant};

use tandem_domain::ids::{AuthorityId, CaseId};

use super::read::{analyse_files, case_files, current, to_save};
use crate::error::{WebError, WebResult};
use crate::AppState;

/// Starts reading the case's documents in the background, unless the
/// kept analysis already covers them (advice recorded as received may add
/// no document).
pub fn analyse_later(state: &AppState, authority: AuthorityId, case: CaseId) {
    let state = state.clone();
    tokio::spawn(async move {
        let documents = match state.store.documents(authority, case).await {
            Ok(documents) => documents.iter().map(|d| d.id).collect::<Vec<_>>(),
            Err(e) => return log_failure(case, &e.into()),
        };
        match current(&state, authority, case, &documents).await {
            Ok(_) => tracing::debug!(case = case.0, "case analysed"),
            Err(e) => log_failure(case, &e),
        }
    });
}

fn log_failure(case: CaseId, error: &WebError) {
    match error {
        WebError::Internal(cause) => {
            tracing::error!(
                case = case.0,
                error = format!("{cause:#}"),
                "analysis failed"
            )
        }
        other => tracing::error!(case = case.0, error = %other, "analysis failed"),
    }
}

/// How the start-up pass went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CatchUp {
    pub analysed: usize,
    pub failed: usize,
    pub elapsed: Duration,
}

/// Cases analysed together: one read of the store, one blocking task and
/// one commit for each batch keeps the pass cheap, and small batches keep
/// a request from waiting long behind it for a database connection.
const BATCH: usize = 25;

/// Analyses every case of every authority that has documents but no
/// current analysis, a batch at a time on one blocking thread, so the
/// service goes on answering on the other cores meanwhile.
pub async fn catch_up(state: &AppState) -> CatchUp {
    let started = Instant::now();
    let mut done = CatchUp::default();
    let authorities = match state.store.authorities().await {
        Ok(authorities) => authorities,
        Err(e) => {
            tracing::error!(error = %e, "analysis pass could not list authorities");
            return done;
        }
    };
    for authority in authorities {
        let cases = match state
            .store
            .cases_to_analyse(authority.id, tandem_engine::reader_version())
            .await
        {
            Ok(cases) => cases,
            Err(e) => {
                tracing::error!(authority = authority.id.0, error = %e, "analysis pass could not list cases");
                continue;
            }
        };
        for batch in cases.chunks(BATCH) {
            match analyse_batch(state, authority.id, batch).await {
                Ok(()) => done.analysed += batch.len(),
                Err(e) => {
                    done.failed += batch.len();
                    for case in batch {
                        log_failure(*case, &e);
                    }
                }
            }
        }
    }
    done.elapsed = started.elapsed();
    done
}

async fn analyse_batch(
    state: &AppState,
    authority: AuthorityId,
    cases: &[CaseId],
) -> WebResult<()> {
    let made_at = state.clock.now();
    let mut batch = Vec::with_capacity(cases.len());
    for case in cases {
        batch.push((
            *case,
            case_files(state.store.as_ref(), authority, *case).await?,
        ));
    }
    let pdf = state.pdf_reader.clone();
    let analysed = tokio::task::spawn_blocking(move || {
        batch
            .into_iter()
            .map(|(case, files)| {
                let findings = analyse_files(&files, pdf.as_ref());
                to_save(case, &files, &findings, made_at)
            })
            .collect::<WebResult<Vec<_>>>()
    })
    .await
    .map_err(|e| WebError::Internal(e.into()))??;
    state.store.save_case_analyses(authority, &analysed).await?;
    Ok(())
}

/// Runs [`catch_up`] in the background and logs how long it took.
pub fn start_catch_up(state: &AppState) {
    let state = state.clone();
    tokio::spawn(async move {
        let done = catch_up(&state).await;
        tracing::info!(
            analysed = done.analysed,
            failed = done.failed,
            seconds = done.elapsed.as_secs_f64(),
            "analysed the documents of cases without a current analysis"
        );
    });
}
