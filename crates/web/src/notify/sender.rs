//! The outbox sender: sends queued messages over SMTP.
//!
//! Delivery is at least once, and in practice once:
//! - every message is in the database before anyone tries to send it (it
//!   was committed with the events or reminder that caused it), so a crash
//!   loses nothing;
//! - a sender claims a message (a compare-and-set on its next attempt time)
//!   before sending, so two senders never send it at the same time, and it
//!   is marked sent the moment the SMTP server accepts it;
//! - the one window left is a crash between the server's acceptance and
//!   that mark: the claim then lapses and the message is sent again. Each
//!   email carries a Message-ID made from its outbox id, the same on every
//!   attempt, so mail servers and clients that drop repeated Message-IDs
//!   show the family one letter.

use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::Error as SmtpError;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use tandem_store::{Message, Store, StoreError};

/// After this many failed attempts the sender stops retrying; the failure
/// stays on the case's messages page for staff to act on.
pub const MAX_ATTEMPTS: i64 = 8;
/// How long a claimed message is left to one sender before others may try.
const CLAIM: SignedDuration = SignedDuration::from_mins(10);
/// How many messages one pass takes on.
const BATCH: i64 = 50;

#[derive(Debug, thiserror::Error)]
pub enum SenderError {
    #[error("the SMTP URL is not usable: {0}")]
    Url(#[source] SmtpError),
    #[error("the from address {0:?} is not an email address")]
    From(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where mail goes: an SMTP server, or a folder of `.eml` files for trying
/// Tandem out and for the browser tests, which read the links in them.
#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(AsyncFileTransport<Tokio1Executor>),
}

/// An SMTP connection's settings (or a mail folder) and the address mail comes from.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl Mailer {
    /// `smtp://host:25` (plain; add `?tls=required` for STARTTLS) or
    /// `smtps://user:password@host` (TLS from the start).
    pub fn from_url(url: &str, from: &str) -> Result<Mailer, SenderError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(SenderError::Url)?
            .timeout(Some(Duration::from_secs(30)))
            .build();
        let from = from
            .parse()
            .map_err(|_| SenderError::From(from.to_owned()))?;
        Ok(Mailer {
            transport: Transport::Smtp(transport),
            from,
        })
    }

    /// Writes each message as a file in `folder` instead of sending it.
    pub fn to_folder(folder: &std::path::Path, from: &str) -> Result<Mailer, SenderError> {
        let from = from
            .parse()
            .map_err(|_| SenderError::From(from.to_owned()))?;
        Ok(Mailer {
            transport: Transport::Folder(AsyncFileTransport::new(folder)),
            from,
        })
    }
}

/// What one pass did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SendReport {
    pub sent: usize,
    pub failed: usize,
    /// Failures that used the last attempt: no more retries.
    pub given_up: usize,
}

/// How long to wait before the next attempt, after `attempts` failures.
pub fn backoff(attempts: i64) -> SignedDuration {
    match attempts {
        ..=1 => SignedDuration::from_mins(1),
        2 => SignedDuration::from_mins(5),
        3 => SignedDuration::from_mins(30),
        _ => SignedDuration::from_hours(1),
    }
}

/// Whether a message has been given up on, for the messages page.
pub fn given_up(message: &Message) -> bool {
    message.sent_at.is_none() && message.attempts >= MAX_ATTEMPTS
}

/// One pass: claims the messages due at `now`, sends each, and marks it
/// sent or failed.
pub async fn send_due(
    store: &dyn Store,
    mailer: &Mailer,
    now: Timestamp,
) -> Result<SendReport, SenderError> {
    let mut report = SendReport::default();
    for message in store.due_messages(now, BATCH).await? {
        if !store.claim_message(message.id, now, now + CLAIM).await? {
            continue;
        }
        match deliver(mailer, &message).await {
            Ok(()) => {
                store.mark_message_sent(message.id, now).await?;
                report.sent += 1;
            }
            Err(failure) => {
                let attempts = message.attempts + 1;
                let give_up = failure.permanent || attempts >= MAX_ATTEMPTS;
                let retry_at = if give_up {
                    Timestamp::MAX
                } else {
                    now + backoff(attempts)
                };
                tracing::warn!(
                    id = message.id,
                    attempts,
                    give_up,
                    "message not sent: {}",
                    failure.reason
                );
                store
                    .mark_message_failed(message.id, &failure.reason, retry_at)
                    .await?;
                report.failed += 1;
                report.given_up += usize::from(give_up);
            }
        }
    }
    Ok(report)
}

struct Failure {
    reason: String,
    /// Retrying cannot help: a rejected address, an unknown channel.
    permanent: bool,
}

impl Failure {
    fn permanent(reason: impl Into<String>) -> Failure {
        Failure {
            reason: reason.into(),
            permanent: true,
        }
    }
}

async fn deliver(mailer: &Mailer, message: &Message) -> Result<(), Failure> {
    if message.channel != "email" {
        return Err(Failure::permanent(format!(
            "Tandem cannot send by {} yet",
            message.channel
        )));
    }
    let to: Mailbox = message.recipient.parse().map_err(|_| {
        Failure::permanent(format!("{:?} is not an email address", message.recipient))
    })?;
    let email = lettre::Message::builder()
        .from(mailer.from.clone())
        .to(to)
        .subject(message.subject.clone())
        .message_id(Some(message_id(message)))
        .header(ContentType::TEXT_PLAIN)
        .body(message.body.clone())
        .map_err(|e| Failure::permanent(e.to_string()))?;
    match &mailer.transport {
        Transport::Smtp(smtp) => match smtp.send(email).await {
            Ok(_) => Ok(()),
            Err(e) => Err(Failure {
                reason: e.to_string(),
                permanent: e.is_permanent(),
            }),
        },
        Transport::Folder(folder) => match folder.send(email).await {
            Ok(_) => Ok(()),
            Err(e) => Err(Failure {
                reason: e.to_string(),
                permanent: false,
            }),
        },
    }
}

/// The same on every attempt at one outbox message, and different for
/// every other.
pub fn message_id(message: &Message) -> String {
    format!(
        "<outbox-{}.{}@tandem.invalid>",
        message.id, message.authority.0
    )
}
