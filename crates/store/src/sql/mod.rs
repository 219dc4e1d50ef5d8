//! The one SQL implementation of [`Store`](crate::Store), over sqlx's `Any`
//! driver so that the same statements run on SQLite and PostgreSQL. The two
//! engines differ only in their migrations (identity columns) and in how a
//! connection is set up, both below.

mod analyses;
mod audit;
mod authorities;
mod cases;
mod contacts;
mod documents;
mod events;
mod people;
mod plans;
mod portal;
mod requests;
mod rows;
mod sessions;
mod store_impl;

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{install_default_drivers, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

use crate::error::{StoreError, StoreResult};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The store over a pool of connections to one database.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pub(crate) pool: AnyPool,
    engine: Engine,
}

impl SqlStore {
    /// Opens `sqlite://PATH` (creating the file) or `postgres://…`, and runs
    /// the migrations.
    pub async fn open(url: &str) -> StoreResult<SqlStore> {
        Self::open_in_schema(url, None).await
    }

    /// As [`open`](Self::open), but on PostgreSQL works inside `schema`
    /// (created if missing): each test gets a database of its own this way.
    pub async fn open_in_schema(url: &str, schema: Option<&str>) -> StoreResult<SqlStore> {
        install_default_drivers();
        let engine = if url.starts_with("sqlite:") {
            Engine::Sqlite
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Engine::Postgres
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        };
        let pool = match engine {
            Engine::Sqlite => sqlite_pool(url).await?,
            Engine::Postgres => postgres_pool(url, schema).await?,
        };
        let store = SqlStore { pool, engine };
        store.migrate().await?;
        Ok(store)
    }

    pub fn engine(&self) -> Engine {
        self.engine
    }

    fn migrator(&self) -> &'static sqlx::migrate::Migrator {
        match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        }
    }

    pub async fn migrate(&self) -> StoreResult<()> {
        self.migrator().run(&self.pool).await?;
        Ok(())
    }

    /// Reverts every migration: used to prove the down files work.
    pub async fn migrate_down_to(&self, target: i64) -> StoreResult<()> {
        self.migrator().undo(&self.pool, target).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

async fn sqlite_pool(url: &str) -> StoreResult<AnyPool> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:")
        .split('?')
        .next()
        .unwrap_or_default()
        .to_owned();
    if path.is_empty() || path == ":memory:" {
        return Err(StoreError::UnsupportedUrl(url.to_owned()));
    }
    let url = format!("sqlite://{path}?mode=rwc");
    // Pragmas are per connection; WAL lets readers go on while one writes,
    // and synchronous=FULL makes an acknowledged write survive a power cut.
    let pool = AnyPoolOptions::new()
        .max_connections(8)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                conn.execute("PRAGMA journal_mode = WAL").await?;
                conn.execute("PRAGMA synchronous = FULL").await?;
                conn.execute("PRAGMA foreign_keys = ON").await?;
                conn.execute("PRAGMA busy_timeout = 10000").await?;
                Ok(())
            })
        })
        .connect(&url)
        .await?;
    Ok(pool)
}

async fn postgres_pool(url: &str, schema: Option<&str>) -> StoreResult<AnyPool> {
    let schema = match schema {
        Some(name) if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
            Some(name.to_owned())
        }
        Some(name) => return Err(StoreError::UnsupportedUrl(format!("schema {name:?}"))),
        None => None,
    };
    if let Some(schema) = &schema {
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(url).await?;
        conn.execute(format!("CREATE SCHEMA IF NOT EXISTS {schema}").as_str())
            .await?;
        sqlx::Connection::close(conn).await?;
    }
    let pool = AnyPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(move |conn, _meta| {
            let schema = schema.clone();
            Box::pin(async move {
                if let Some(schema) = schema {
                    conn.execute(format!("SET search_path TO {schema}").as_str())
                        .await?;
                }
                Ok(())
            })
        })
        .connect(url)
        .await?;
    Ok(pool)
}

/// Milliseconds since the Unix epoch: how times are stored on both engines.
pub(crate) fn millis(at: jiff::Timestamp) -> i64 {
    at.as_millisecond()
}

pub(crate) fn timestamp(ms: i64) -> StoreResult<jiff::Timestamp> {
    jiff::Timestamp::from_millisecond(ms).map_err(|e| StoreError::Corrupt(e.to_string()))
}

pub(crate) fn now_ms() -> i64 {
    millis(jiff::Timestamp::now())
}

// `FromStr` is used by the rows module through this re-export.
pub(crate) fn parse<T: FromStr>(value: &str, what: &str) -> StoreResult<T> {
    value
        .parse()
        .map_err(|_| StoreError::Corrupt(format!("{what} {value:?}")))
}

impl SqlStore {
    /// SQLite's journal mode and synchronous level (2 = FULL), so a test can
    /// prove every connection is set up for durability.
    pub async fn sqlite_durability(&self) -> StoreResult<Option<(String, i64)>> {
        use sqlx::Row;
        if self.engine != Engine::Sqlite {
            return Ok(None);
        }
        let mut conn = self.pool.acquire().await?;
        let mode: String = sqlx::query("PRAGMA journal_mode")
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        let sync: i64 = sqlx::query("PRAGMA synchronous")
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        Ok(Some((mode, sync)))
    }
}
