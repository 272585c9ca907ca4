//! The database layer: opening the pool, migrating, and one module per aggregate. Runtime
//! queries with `$n` placeholders and timestamps written from Rust, so they port to PostgreSQL.
pub mod evidence;
pub mod experiences;
pub mod frameworks;
pub mod imports;
pub mod mappings;
pub mod prints;
pub mod sessions;
pub mod users;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

/// The pool every query runs on.
pub type Db = sqlx::SqlitePool;

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("the database address `{0}` is not understood (expected sqlite://PATH)")]
    BadUrl(String),
    #[error("could not create the folder for the database: {0}")]
    Folder(std::io::Error),
    #[error("could not open the database: {0}")]
    Connect(sqlx::Error),
    #[error("could not migrate the database: {0}")]
    Migrate(sqlx::migrate::MigrateError),
}

/// Open (creating if need be) and migrate the database at `url`.
pub async fn open(url: &str) -> Result<Db, OpenError> {
    let options = SqliteConnectOptions::from_str(url)
        .map_err(|_| OpenError::BadUrl(url.to_owned()))?
        .create_if_missing(true)
        .foreign_keys(true)
        // WAL with FULL sync: an answer the server acknowledged is on disk before the reply,
        // so it survives a crash of the process or the machine.
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .busy_timeout(Duration::from_secs(5));
    if let Some(parent) = options.get_filename().parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent).map_err(OpenError::Folder)?;
        }
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
        .map_err(OpenError::Connect)?;
    migrate(&pool).await?;
    Ok(pool)
}

pub async fn migrate(db: &Db) -> Result<(), OpenError> {
    sqlx::migrate!("../migrations/sqlite")
        .run(db)
        .await
        .map_err(OpenError::Migrate)
}

/// Now, as the ISO-8601 UTC text every timestamp column holds.
pub fn now() -> String {
    let now = time::OffsetDateTime::now_utc();
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// A moment `d` ago, in the same form as [`now`].
pub fn ago(d: Duration) -> String {
    let t = time::OffsetDateTime::now_utc() - d;
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// A moment `d` from now, in the same form as [`now`].
pub fn from_now(d: Duration) -> String {
    let t = time::OffsetDateTime::now_utc() + d;
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod testing {
    //! A fresh SQLite file per test, as the real thing.
    use super::*;

    pub struct TestDb {
        pub db: Db,
        _dir: tempfile::TempDir,
    }

    pub async fn fresh() -> TestDb {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let db = open(&url).await.unwrap();
        TestDb { db, _dir: dir }
    }
}
