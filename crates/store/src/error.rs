//! The store's one error type.
//!
//! Policy: what a person can fix (a duplicate, a conflict, something not
//! there) is its own variant so the web layer can say so on the right field;
//! everything else is `Database`, logged with its cause and shown as "sorry,
//! there is a problem".

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Someone else changed the case since it was read.
    #[error("the case was changed by someone else since you opened it")]
    Conflict,
    /// A unique rule was broken, e.g. an email already in use.
    #[error("{what} is already in use")]
    Duplicate { what: &'static str },
    #[error("not found")]
    NotFound,
    #[error("the database URL {0:?} is not sqlite://… or postgres://…")]
    UnsupportedUrl(String),
    #[error("stored data could not be read: {0}")]
    Corrupt(String),
    #[error("database error")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed")]
    Migration(#[from] sqlx::migrate::MigrateError),
}

impl StoreError {
    /// Turns a unique-constraint failure into `Duplicate`, keeping others.
    pub(crate) fn unique(err: sqlx::Error, what: &'static str) -> StoreError {
        match &err {
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Duplicate { what },
            _ => StoreError::Database(err),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;
