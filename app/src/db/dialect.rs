//! Everything that differs between SQLite and PostgreSQL, in one place. The queries elsewhere
//! are written once, in the SQL both engines share (`$n` placeholders, `RETURNING`,
//! `ON CONFLICT`, integer times bound from Rust); what cannot be shared is decided here.
use super::{Db, OpenError};
use sqlx::AnyConnection;
use sqlx::Executor;

/// Which database engine a pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Engine {
    /// One file on one machine; one writer at a time.
    Sqlite,
    /// A server that several Kartla processes share; writers run in parallel.
    Postgres,
}

impl Engine {
    /// The engine a `KARTLA_DATABASE_URL` names, by its scheme.
    pub fn of_url(url: &str) -> Option<Engine> {
        let scheme = url.split_once(':')?.0;
        match scheme {
            "sqlite" => Some(Engine::Sqlite),
            "postgres" | "postgresql" => Some(Engine::Postgres),
            _ => None,
        }
    }

    /// The engine a pool was opened on.
    pub fn of(db: &Db) -> Engine {
        match db.connect_options().database_url.scheme() {
            "sqlite" => Engine::Sqlite,
            _ => Engine::Postgres,
        }
    }

    /// The engine a connection (or a transaction, through `&mut *tx`) talks to.
    pub fn of_conn(conn: &AnyConnection) -> Engine {
        match conn.backend_name() {
            "SQLite" => Engine::Sqlite,
            _ => Engine::Postgres,
        }
    }

    /// How many connections a server keeps. SQLite writes one at a time whatever the pool,
    /// and readers are cheap; a PostgreSQL server shares its connection limit (100 by
    /// default) among every Kartla process on it.
    pub fn pool_size(self) -> u32 {
        match self {
            Engine::Sqlite => 8,
            Engine::Postgres => 16,
        }
    }

    /// Whether the pool checks a connection before lending it. A SQLite connection is a file
    /// in this process and cannot drop, and the check was a round trip to its thread for
    /// every query; a PostgreSQL connection can have been cut (the server restarted, a
    /// network hiccup), and the check replaces it instead of failing the request.
    pub fn test_before_acquire(self) -> bool {
        match self {
            Engine::Sqlite => false,
            Engine::Postgres => true,
        }
    }

    /// The statement that opens a transaction that will write. SQLite's plain `BEGIN` takes
    /// the write lock only at the first write, and a transaction that read first then fails
    /// at once with "database is locked" if another wrote meanwhile; `BEGIN IMMEDIATE` waits
    /// for the lock up front instead.
    pub fn begin_write(self) -> &'static str {
        match self {
            Engine::Sqlite => "BEGIN IMMEDIATE",
            Engine::Postgres => "BEGIN",
        }
    }
}

/// Begin a transaction that will write, the way the engine needs (see
/// [`Engine::begin_write`]).
pub async fn begin_write(db: &Db) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    db.begin_with(Engine::of(db).begin_write()).await
}

/// What a write transaction may hold for its whole length, so that writers of the same thing
/// on any server go one after the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    /// The catalogue: imports, new drafts, publishing. Rare, and each reads what is there
    /// before deciding what to write (the next version, whether a draft exists).
    Catalogue,
    /// One person's own records: starting a mapping (find or create), numbering evidence.
    Person(crate::domain::UserId),
}

/// Take `lock` until the transaction on `conn` ends. PostgreSQL: a transaction-level
/// advisory lock (the catalogue) or the person's row (`FOR UPDATE`); SQLite: nothing to do,
/// as a write transaction ([`begin_write`]) already excludes every other writer.
pub async fn lock(conn: &mut AnyConnection, lock: Lock) -> sqlx::Result<()> {
    if Engine::of_conn(conn) == Engine::Sqlite {
        return Ok(());
    }
    match lock {
        Lock::Catalogue => {
            // The function returns `void`, which the engine-neutral driver cannot read.
            sqlx::query("SELECT 1 FROM (SELECT pg_advisory_xact_lock($1)) AS l")
                .bind(CATALOGUE_LOCK_KEY)
                .execute(&mut *conn)
                .await?;
        }
        Lock::Person(id) => {
            sqlx::query("SELECT id FROM users WHERE id = $1 FOR UPDATE")
                .bind(id)
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

/// The advisory lock key of the catalogue ("KARTLA\0C" as a number): any fixed number that
/// nothing else on the server uses.
const CATALOGUE_LOCK_KEY: i64 = 0x4B41_5254_4C41_0043;

/// Settings every new connection gets.
pub(super) async fn on_connect(engine: Engine, conn: &mut AnyConnection) -> sqlx::Result<()> {
    if engine == Engine::Sqlite {
        // FULL: an answer the server acknowledged is on disk before the reply, so it survives
        // a crash of the process or of the machine. Foreign keys are per connection in SQLite.
        conn.execute(
            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000",
        )
        .await?;
    }
    Ok(())
}

/// Make a SQLite database ready to be opened through the engine-neutral pool: its folder, the
/// file, and write-ahead logging (kept in the file, so set once here).
pub(super) async fn prepare_sqlite(url: &str) -> Result<(), OpenError> {
    use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
    use sqlx::ConnectOptions;
    use std::str::FromStr;
    let options = SqliteConnectOptions::from_str(url)
        .map_err(|_| OpenError::BadUrl(redact(url)))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal);
    if let Some(parent) = options.get_filename().parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent).map_err(OpenError::Folder)?;
        }
    }
    let conn = options.connect().await.map_err(|e| OpenError::Connect {
        url: redact(url),
        source: e,
    })?;
    sqlx::Connection::close(conn)
        .await
        .map_err(|e| OpenError::Connect {
            url: redact(url),
            source: e,
        })
}

/// Run the engine's migrations. On PostgreSQL sqlx holds an advisory lock meanwhile, so
/// servers that start together migrate once, one after the other finding nothing to do.
pub(super) async fn migrate(db: &Db) -> Result<(), sqlx::migrate::MigrateError> {
    match Engine::of(db) {
        Engine::Sqlite => sqlx::migrate!("../migrations/sqlite").run(db).await,
        Engine::Postgres => sqlx::migrate!("../migrations/postgres").run(db).await,
    }
}

/// Why a backup was not written.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "Kartla backs up SQLite installations only; back up PostgreSQL with its own tools (pg_dump, or continuous archiving with pg_basebackup)"
    )]
    NotSqlite,
    #[error("{0} exists already; choose a new file")]
    Exists(String),
    #[error("the backup could not be written: {0}")]
    Db(#[from] sqlx::Error),
}

/// Write a consistent copy of a SQLite installation to `out` while it serves: SQLite's
/// `VACUUM INTO` reads one snapshot (writers go on meanwhile) and writes a compact, whole
/// database file that can be opened as it is.
pub async fn backup(db: &Db, out: &std::path::Path) -> Result<(), BackupError> {
    if Engine::of(db) != Engine::Sqlite {
        return Err(BackupError::NotSqlite);
    }
    if out.exists() {
        return Err(BackupError::Exists(out.display().to_string()));
    }
    sqlx::query("VACUUM INTO $1")
        .bind(out.to_string_lossy().into_owned())
        .execute(db)
        .await?;
    Ok(())
}

/// A database address fit to print: any password replaced by `***`.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (authority, path) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{name}:***@{host}"),
            None => format!("{user}@{host}"),
        },
        None => authority.to_owned(),
    };
    let path = match path.split_once('?') {
        Some((p, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => kv.to_owned(),
                })
                .collect();
            format!("{p}?{}", query.join("&"))
        }
        None => path.to_owned(),
    };
    format!("{scheme}://{authority}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_is_named_by_the_scheme() {
        assert_eq!(Engine::of_url("sqlite://data/k.db"), Some(Engine::Sqlite));
        assert_eq!(Engine::of_url("postgres://k@db/k"), Some(Engine::Postgres));
        assert_eq!(
            Engine::of_url("postgresql://k@db/k"),
            Some(Engine::Postgres)
        );
        assert_eq!(Engine::of_url("mysql://k@db/k"), None);
        assert_eq!(Engine::of_url("data/k.db"), None);
    }

    #[test]
    fn passwords_never_print() {
        assert_eq!(
            redact("postgres://kartla:s3cr3t@db.example:5432/kartla?sslmode=require"),
            "postgres://kartla:***@db.example:5432/kartla?sslmode=require"
        );
        assert_eq!(
            redact("postgres://kartla@db/kartla?password=s3cr3t&application_name=k"),
            "postgres://kartla@db/kartla?password=***&application_name=k"
        );
        assert_eq!(
            redact("postgres://us:er:p@ss@db/k"),
            "postgres://us:***@db/k"
        );
        assert_eq!(redact("sqlite://data/kartla.db"), "sqlite://data/kartla.db");
    }
}
