//! The outbox sender against a real (tiny) SMTP server.

use jiff::{SignedDuration, Timestamp};
use tandem_store::{NewMessage, Store};
use tandem_web::notify::sender::{send_due, Mailer, SendReport, MAX_ATTEMPTS};

use super::smtp_server::SmtpServer;
use crate::support::TestApp;

const FROM: &str = "Northbrook SEN team <send@northbrook.example.test>";

fn letter(to: &str, subject: &str) -> NewMessage {
    NewMessage {
        case: None,
        channel: "email".into(),
        recipient: to.into(),
        subject: subject.into(),
        body: "Dear Alex,\n\nA line.\n.\nA line after a lone dot.\n".into(),
    }
}

fn later(by_mins: i64) -> Timestamp {
    Timestamp::now() + SignedDuration::from_mins(by_mins)
}

#[tokio::test]
async fn queued_messages_arrive_once_with_their_recipient_and_subject() {
    let app = TestApp::new().await;
    let server = SmtpServer::start().await;
    let mailer = Mailer::from_url(&server.url(), FROM).unwrap();
    let first = app
        .store
        .enqueue_message(app.authority, &letter("alex@example.test", "Our decision"))
        .await
        .unwrap();
    app.store
        .enqueue_message(app.authority, &letter("sam@example.test", "The draft plan"))
        .await
        .unwrap();

    let report = send_due(app.store.as_ref(), &mailer, later(0))
        .await
        .unwrap();
    assert_eq!(
        report,
        SendReport {
            sent: 2,
            failed: 0,
            given_up: 0
        }
    );
    let again = send_due(app.store.as_ref(), &mailer, later(60))
        .await
        .unwrap();
    assert_eq!(again, SendReport::default(), "nothing is sent twice");

    let got = server.received();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].recipients, ["alex@example.test"]);
    assert_eq!(got[0].header("Subject").as_deref(), Some("Our decision"));
    assert_eq!(got[1].recipients, ["sam@example.test"]);
    assert_eq!(got[1].header("Subject").as_deref(), Some("The draft plan"));
    let id = format!("<outbox-{first}.{}@tandem.invalid>", app.authority.0);
    assert_eq!(got[0].header("Message-ID").as_deref(), Some(id.as_str()));
    assert!(
        got[0].data.contains("A line after a lone dot."),
        "dot-stuffing survives"
    );
}

#[tokio::test]
async fn a_refused_message_waits_and_is_sent_when_the_server_accepts() {
    let app = TestApp::new().await;
    let server = SmtpServer::start().await;
    server.refuse(true);
    let mailer = Mailer::from_url(&server.url(), FROM).unwrap();
    app.store
        .enqueue_message(app.authority, &letter("alex@example.test", "Our decision"))
        .await
        .unwrap();

    let t0 = later(0);
    let report = send_due(app.store.as_ref(), &mailer, t0).await.unwrap();
    assert_eq!((report.sent, report.failed, report.given_up), (0, 1, 0));
    let pending = app
        .store
        .due_messages(t0 + SignedDuration::from_mins(1), 10)
        .await
        .unwrap();
    assert_eq!(pending.len(), 1, "due again after a minute");
    assert_eq!(pending[0].attempts, 1);
    assert!(pending[0]
        .last_error
        .as_deref()
        .unwrap_or_default()
        .contains("451"));
    assert_eq!(
        send_due(app.store.as_ref(), &mailer, t0).await.unwrap(),
        SendReport::default(),
        "not before its time"
    );

    server.refuse(false);
    let report = send_due(
        app.store.as_ref(),
        &mailer,
        t0 + SignedDuration::from_mins(2),
    )
    .await
    .unwrap();
    assert_eq!(report.sent, 1);
    assert_eq!(server.received().len(), 1);
}

#[tokio::test]
async fn a_message_waits_while_the_server_is_down() {
    let app = TestApp::new().await;
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let down = Mailer::from_url(&format!("smtp://127.0.0.1:{closed}"), FROM).unwrap();
    app.store
        .enqueue_message(app.authority, &letter("alex@example.test", "Our decision"))
        .await
        .unwrap();
    let t0 = later(0);
    assert_eq!(
        send_due(app.store.as_ref(), &down, t0)
            .await
            .unwrap()
            .failed,
        1
    );
    let t1 = t0 + SignedDuration::from_mins(1);
    assert_eq!(
        send_due(app.store.as_ref(), &down, t1)
            .await
            .unwrap()
            .failed,
        1
    );
    let pending = app
        .store
        .due_messages(t1 + SignedDuration::from_mins(5), 10)
        .await
        .unwrap();
    assert_eq!(
        pending[0].attempts, 2,
        "attempts are counted, 5 minutes apart after the second"
    );
    assert!(app
        .store
        .due_messages(t1 + SignedDuration::from_mins(4), 10)
        .await
        .unwrap()
        .is_empty());

    let server = SmtpServer::start().await;
    let up = Mailer::from_url(&server.url(), FROM).unwrap();
    let report = send_due(app.store.as_ref(), &up, t1 + SignedDuration::from_mins(5))
        .await
        .unwrap();
    assert_eq!(report.sent, 1);
    assert_eq!(server.received()[0].recipients, ["alex@example.test"]);
}

#[tokio::test]
async fn after_the_last_attempt_the_sender_stops_and_the_failure_stays() {
    let app = TestApp::new().await;
    let server = SmtpServer::start().await;
    server.refuse(true);
    let mailer = Mailer::from_url(&server.url(), FROM).unwrap();
    app.store
        .enqueue_message(app.authority, &letter("alex@example.test", "Our decision"))
        .await
        .unwrap();
    let mut at = later(0);
    for attempt in 1..=MAX_ATTEMPTS {
        let report = send_due(app.store.as_ref(), &mailer, at).await.unwrap();
        assert_eq!(report.failed, 1, "attempt {attempt}");
        assert_eq!(report.given_up, usize::from(attempt == MAX_ATTEMPTS));
        at += SignedDuration::from_hours(2);
    }
    server.refuse(false);
    let report = send_due(
        app.store.as_ref(),
        &mailer,
        at + SignedDuration::from_hours(24 * 365),
    )
    .await
    .unwrap();
    assert_eq!(report, SendReport::default(), "no more retries");
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn a_new_sender_over_the_same_store_does_not_resend() {
    let app = TestApp::new().await;
    let server = SmtpServer::start().await;
    app.store
        .enqueue_message(app.authority, &letter("alex@example.test", "Our decision"))
        .await
        .unwrap();
    let before_restart = Mailer::from_url(&server.url(), FROM).unwrap();
    assert_eq!(
        send_due(app.store.as_ref(), &before_restart, later(0))
            .await
            .unwrap()
            .sent,
        1
    );
    drop(before_restart);

    app.store
        .enqueue_message(app.authority, &letter("sam@example.test", "The draft plan"))
        .await
        .unwrap();
    let after_restart = Mailer::from_url(&server.url(), FROM).unwrap();
    assert_eq!(
        send_due(app.store.as_ref(), &after_restart, later(1))
            .await
            .unwrap()
            .sent,
        1
    );
    let to: Vec<_> = server
        .received()
        .into_iter()
        .map(|r| r.recipients.join(","))
        .collect();
    assert_eq!(to, ["alex@example.test", "sam@example.test"]);
}

#[test]
fn smtp_settings_are_checked_before_anything_is_sent() {
    assert!(Mailer::from_url("smtps://user:secret@mail.example.test:465", FROM).is_ok());
    assert!(Mailer::from_url("smtp://mail.example.test:25?tls=required", FROM).is_ok());
    assert!(Mailer::from_url("http://mail.example.test", FROM).is_err());
    assert!(Mailer::from_url("smtp://mail.example.test:25", "not an address").is_err());
}
