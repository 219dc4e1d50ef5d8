//! Opens a fresh store per test: a temporary SQLite file, or a new schema
//! on the PostgreSQL named by TANDEM_TEST_POSTGRES_URL.

use std::sync::atomic::{AtomicU32, Ordering};

use tandem_store::SqlStore;

pub struct TestStore {
    pub store: SqlStore,
    _dir: Option<tempfile::TempDir>,
}

pub async fn sqlite() -> TestStore {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("tandem.db").display());
    TestStore {
        store: SqlStore::open(&url).await.unwrap(),
        _dir: Some(dir),
    }
}

/// `None` (with the reason printed) where no PostgreSQL is configured; under
/// CI=true a missing PostgreSQL fails the test instead.
pub async fn postgres() -> Option<TestStore> {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let Ok(url) = std::env::var("TANDEM_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "TANDEM_TEST_POSTGRES_URL must be set when CI=true"
        );
        eprintln!("skipped: TANDEM_TEST_POSTGRES_URL is not set, so the PostgreSQL run of this test is skipped");
        return None;
    };
    let schema = format!(
        "t_{}_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst),
        jiff::Timestamp::now().as_millisecond()
    );
    let store = SqlStore::open_in_schema(&url, Some(&schema)).await.unwrap();
    Some(TestStore { store, _dir: None })
}

/// Writes one test body against both engines.
#[macro_export]
macro_rules! conformance {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let t = $crate::support::sqlite().await;
                    super::$name(&t.store).await;
                }
            )*
        }
        mod on_postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(t) = $crate::support::postgres().await {
                        super::$name(&t.store).await;
                    }
                }
            )*
        }
    };
}
