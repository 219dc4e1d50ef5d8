//! A TestApp that drives the real router in process, and a Browser that
//! keeps cookies between requests like a person's browser would.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use jiff::{SignedDuration, Timestamp};
use tandem_domain::ids::{AuthorityId, PersonId, SchoolId};
use tandem_domain::role::Role;
use tandem_store::{NewPerson, SqlStore, Store};
use tandem_web::{AppState, Clock, WebConfig};
use tower::ServiceExt;

pub struct ManualClock(AtomicI64);

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp::from_millisecond(self.0.load(Ordering::SeqCst)).unwrap()
    }
}

impl ManualClock {
    pub fn advance(&self, by: SignedDuration) {
        self.0.fetch_add(by.as_millis() as i64, Ordering::SeqCst);
    }
}

pub const PASSWORD: &str = "a long and private passphrase";
pub const TOTP_SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

pub struct TestApp {
    pub router: Router,
    /// The state the router was built with, for work done outside a request.
    pub state: AppState,
    pub store: Arc<SqlStore>,
    pub clock: Arc<ManualClock>,
    pub authority: AuthorityId,
    pub other_authority: AuthorityId,
    pub school: SchoolId,
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn new() -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("web.db").display());
        let store = Arc::new(SqlStore::open(&url).await.unwrap());
        let authority = store
            .create_authority("Northbrook Council", "999", "NBC")
            .await
            .unwrap();
        let other_authority = store
            .create_authority("Southmoor Council", "998", "SMC")
            .await
            .unwrap();
        let school = store
            .create_school(authority, "Brook Primary", "900001", "primary")
            .await
            .unwrap();
        let clock = Arc::new(ManualClock(AtomicI64::new(
            Timestamp::from_second(1_795_000_000)
                .unwrap()
                .as_millisecond(),
        )));
        let config = WebConfig {
            secure_cookies: true,
            ..WebConfig::default()
        };
        let state = AppState::new(store.clone(), config, clock.clone()).unwrap();
        TestApp {
            router: tandem_web::router(state.clone()),
            state,
            store,
            clock,
            authority,
            other_authority,
            school,
            _dir: dir,
        }
    }

    /// Adds a person who signs in with [`PASSWORD`]; staff get [`TOTP_SECRET`].
    pub async fn person(&self, authority: AuthorityId, role: Role, email: &str) -> PersonId {
        let new = NewPerson {
            email: email.into(),
            name: format!(
                "{} {}",
                role.label(),
                email.split('@').next().unwrap_or_default()
            ),
            role,
            school: (role == Role::School).then_some(self.school),
            password_hash: Some(tandem_web::auth::password::hash(PASSWORD).unwrap()),
            totp_secret: role.is_staff().then(|| TOTP_SECRET.to_owned()),
        };
        self.store.create_person(authority, &new).await.unwrap()
    }

    pub fn browser(&self) -> Browser<'_> {
        Browser {
            app: self,
            cookies: BTreeMap::new(),
        }
    }

    pub fn code_now(&self) -> String {
        tandem_web::auth::current_code(TOTP_SECRET, self.clock.now().as_second() as u64).unwrap()
    }

    /// A browser signed in as a new person of `role` in the home authority.
    pub async fn signed_in(&self, role: Role, email: &str) -> (Browser<'_>, PersonId) {
        let id = self.person(self.authority, role, email).await;
        let mut browser = self.browser();
        browser.sign_in(email, PASSWORD).await;
        (browser, id)
    }
}

pub struct Page {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent, for files that are not text.
    pub bytes: Vec<u8>,
}

impl Page {
    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    pub fn select_text(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).unwrap();
        self.html()
            .select(&selector)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    pub fn csrf(&self) -> String {
        let selector = scraper::Selector::parse("input[name=csrf_token]").unwrap();
        self.html()
            .select(&selector)
            .next()
            .and_then(|e| e.value().attr("value").map(str::to_owned))
            .expect("the page has a form with a CSRF token")
    }

    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub cookies: BTreeMap<String, String>,
}

impl Browser<'_> {
    pub async fn request(&mut self, request: Request<Body>) -> Page {
        let response = self.app.router.clone().oneshot(request).await.unwrap();
        for value in response.headers().get_all(header::SET_COOKIE) {
            let text = value.to_str().unwrap();
            let (pair, attributes) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if attributes.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Page {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let request = Request::get(path)
            .header(header::COOKIE, self.cookie_header())
            .body(Body::empty())
            .unwrap();
        self.request(request).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded::to_string(form).unwrap();
        let request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.request(request).await
    }

    /// Fills in the sign-in form (and the code page for staff).
    pub async fn sign_in(&mut self, email: &str, password: &str) -> Page {
        let form = self.get("/sign-in").await;
        let csrf = form.csrf();
        let page = self
            .post(
                "/sign-in",
                &[
                    ("csrf_token", &csrf),
                    ("email", email),
                    ("password", password),
                ],
            )
            .await;
        if page.location() == "/sign-in/code" {
            let code_page = self.get("/sign-in/code").await;
            let code = self.app.code_now();
            return self
                .post(
                    "/sign-in/code",
                    &[("csrf_token", &code_page.csrf()), ("code", &code)],
                )
                .await;
        }
        page
    }
}

impl TestApp {
    /// Opens a case with its request received today, for `authority`, at
    /// the test school, linked to `family`.
    pub async fn case(
        &self,
        authority: AuthorityId,
        reference: &str,
        family: &[PersonId],
    ) -> tandem_domain::ids::CaseId {
        use tandem_domain::case::{CaseEvent, CaseState, Requester};
        let today = tandem_domain::clock::london_date(self.clock.now());
        let school = (authority == self.authority).then_some(self.school);
        let events = vec![CaseEvent::RequestReceived {
            on: today,
            requester: Requester::Parent,
            school_id: school.map(|s| s.0),
        }];
        let state = CaseState::from_events(&events);
        let new = tandem_store::NewCase {
            reference: reference.into(),
            child_name: format!("Child of {reference}"),
            child_date_of_birth: Some("2017-05-04".into()),
            school,
            opened_on: today.to_string(),
            read_model: tandem_store::read_model::project(&state, today),
        };
        let stored =
            tandem_store::read_model::to_new_events(&events, None, self.clock.now()).unwrap();
        let id = self
            .store
            .create_case(authority, &new, &stored)
            .await
            .unwrap();
        for person in family {
            self.store
                .link_person(authority, id, *person, tandem_store::CaseRelation::Family)
                .await
                .unwrap();
        }
        id
    }
}

impl Browser<'_> {
    /// Sends a form with a file, as a browser does for `enctype="multipart/form-data"`.
    pub async fn post_file(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file_name: &str,
        content: &[u8],
    ) -> Page {
        let boundary = "tandem-test-boundary-7d1f";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
        }
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
        );
        body.extend_from_slice(content);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .unwrap();
        self.request(request).await
    }
}
