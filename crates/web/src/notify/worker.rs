//! The background task `tandem serve` runs when SMTP is configured: sends
//! the outbox every few seconds and makes the reminder pass once a day.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use jiff::civil::Date;
use jiff::Timestamp;
use tandem_domain::clock::london_date;
use tandem_store::Store;

use super::reminders::remind;
use super::sender::{send_due, Mailer};

/// Runs until `shutdown` completes. A pass in progress is finished first,
/// so no message is left claimed but unmarked by a clean stop.
pub async fn run(
    store: Arc<dyn Store>,
    mailer: Mailer,
    every: Duration,
    shutdown: impl Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    let mut reminded: Option<Date> = None;
    loop {
        let now = Timestamp::now();
        let today = london_date(now);
        if reminded != Some(today) {
            // The reminder records make a repeat harmless, so a failed
            // pass is simply tried again on the next tick.
            match remind(store.as_ref(), today).await {
                Ok(report) => {
                    tracing::info!(queued = report.queued, "reminders for {today}");
                    reminded = Some(today);
                }
                Err(e) => tracing::error!("reminder pass failed: {e}"),
            }
        }
        match send_due(store.as_ref(), &mailer, now).await {
            Ok(report) if report.sent + report.failed > 0 => {
                tracing::info!(sent = report.sent, failed = report.failed, "outbox pass");
            }
            Ok(_) => {}
            Err(e) => tracing::error!("outbox pass failed: {e}"),
        }
        tokio::select! {
            () = &mut shutdown => break,
            () = tokio::time::sleep(every) => {}
        }
    }
}
