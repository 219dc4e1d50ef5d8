//! What every handler shares.

use std::sync::Arc;

use jiff::Timestamp;
use tandem_store::Store;

/// "Now" comes from here, so tests can stand on any moment.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

#[derive(Debug, Clone)]
pub struct WebConfig {
    pub service_name: String,
    /// Off only for plain-HTTP development behind no proxy.
    pub secure_cookies: bool,
    /// Where this service is reached, for OpenID Connect redirects.
    pub public_url: String,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            service_name: "Tandem: EHC needs assessment".to_owned(),
            secure_cookies: true,
            public_url: "http://localhost:8080".to_owned(),
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<dyn Store>,
    pub config: Arc<WebConfig>,
    pub clock: Arc<dyn Clock>,
    /// Checked against when an email is unknown, so that unknown and known
    /// accounts take the same time to refuse.
    pub(crate) dummy_hash: Arc<String>,
    /// How to read a PDF in a child process; without one, PDFs are not read.
    pub pdf_reader: Option<tandem_engine::ingest::PdfReader>,
    /// One reading of a case's documents at a time.
    pub(crate) readings: Arc<crate::findings::read::Readings>,
}

impl AppState {
    pub fn new(
        store: Arc<dyn Store>,
        config: WebConfig,
        clock: Arc<dyn Clock>,
    ) -> Result<AppState, crate::auth::password::PasswordError> {
        let dummy_hash = crate::auth::password::hash("not a real password, only for timing")?;
        Ok(AppState {
            store,
            config: Arc::new(config),
            clock,
            dummy_hash: Arc::new(dummy_hash),
            pdf_reader: None,
            readings: Arc::default(),
        })
    }

    /// Reads PDFs with `program args...` (the `tandem extract-pdf` child).
    pub fn with_pdf_reader(mut self, reader: tandem_engine::ingest::PdfReader) -> AppState {
        self.pdf_reader = Some(reader);
        self
    }

    pub fn today(&self) -> jiff::civil::Date {
        tandem_domain::clock::london_date(self.clock.now())
    }
}
