//! The database layer: opening the pool on SQLite or PostgreSQL, migrating, and one module per
//! aggregate. Queries are written once, in SQL both engines share, through sqlx's `Any`
//! driver; what differs between the engines lives in [`dialect`].
pub mod access_log;
pub mod cases;
pub mod dialect;
pub mod directory;
pub mod evidence;
pub mod experiences;
pub mod frameworks;
pub mod guidance;
pub mod imports;
pub mod invitations;
pub mod kept;
pub mod mappings;
pub mod organisations;
pub mod password_resets;
pub mod prints;
pub mod secret;
pub mod sessions;
pub mod share_invitations;
pub mod shares;
pub mod stats;
pub mod study_plans;
pub mod throttle;
mod types;
pub mod users;

pub use dialect::Engine;
pub use types::{json, Flag, Json};

use crate::domain::Timestamp;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyConnection, Connection};
use std::str::FromStr;
use std::time::Duration;

/// How long to wait for a connection before saying the database is away.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The pool every query runs on, whichever the engine.
pub type Db = sqlx::AnyPool;

#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(
        "the database address `{0}` is not understood: expected sqlite://PATH or postgres://USER[:PASSWORD]@HOST[:PORT]/NAME"
    )]
    BadUrl(String),
    #[error("could not create the folder for the database: {0}")]
    Folder(std::io::Error),
    #[error("could not reach the database at {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("could not migrate the database: {0}")]
    Migrate(sqlx::migrate::MigrateError),
    #[error("could not make cases of the mappings handed in before: {0}")]
    Adopt(sqlx::Error),
    #[error("could not count the mappings from before the follow-up statistics: {0}")]
    Statistics(sqlx::Error),
}

/// Open and migrate the database at `url` (`sqlite://PATH`, created if missing, or
/// `postgres://…`).
pub async fn open(url: &str) -> Result<Db, OpenError> {
    let db = connect(url, None).await?;
    migrate(&db).await?;
    // Mappings handed in before there were cases become cases (nothing to do after once).
    cases::adopt_handed_in(&db)
        .await
        .map_err(OpenError::Adopt)?;
    // Mappings from before the follow-up statistics are counted too.
    stats::adopt(&db).await.map_err(OpenError::Statistics)?;
    Ok(db)
}

/// Open a pool on `url` without migrating; `size` overrides the engine's pool size.
pub async fn connect(url: &str, size: Option<u32>) -> Result<Db, OpenError> {
    sqlx::any::install_default_drivers();
    let engine = Engine::of_url(url).ok_or_else(|| OpenError::BadUrl(dialect::redact(url)))?;
    if engine == Engine::Sqlite {
        dialect::prepare_sqlite(url).await?;
    }
    let options =
        AnyConnectOptions::from_str(url).map_err(|_| OpenError::BadUrl(dialect::redact(url)))?;
    let unreachable = |source| OpenError::Connect {
        url: dialect::redact(url),
        source,
    };
    // One connection first: its error says why (refused, unknown database, password), where
    // a pool would only say that it timed out.
    let probe = tokio::time::timeout(CONNECT_TIMEOUT, AnyConnection::connect_with(&options))
        .await
        .map_err(|_| unreachable(sqlx::Error::PoolTimedOut))?
        .map_err(unreachable)?;
    let _ = probe.close().await;
    AnyPoolOptions::new()
        .max_connections(size.unwrap_or_else(|| engine.pool_size()))
        .acquire_timeout(CONNECT_TIMEOUT)
        .test_before_acquire(engine.test_before_acquire())
        .after_connect(move |conn, _| Box::pin(dialect::on_connect(engine, conn)))
        .connect_with(options)
        .await
        .map_err(|e| OpenError::Connect {
            url: dialect::redact(url),
            source: e,
        })
}

pub async fn migrate(db: &Db) -> Result<(), OpenError> {
    dialect::migrate(db).await.map_err(OpenError::Migrate)
}

/// Now, as every time column holds it.
pub fn now() -> Timestamp {
    Timestamp::now()
}

/// A moment `d` ago.
pub fn ago(d: Duration) -> Timestamp {
    Timestamp::now().minus(d)
}

/// A moment `d` from now.
pub fn from_now(d: Duration) -> Timestamp {
    Timestamp::now().plus(d)
}

/// Declares a database test that runs twice, on a fresh SQLite file and on a fresh PostgreSQL
/// database: `db_test!(async fn name(t) { … })` makes the tests `name::sqlite` and
/// `name::postgres`, each handing the body its own [`testing::TestDb`] as `t`.
#[cfg(test)]
macro_rules! db_test {
    ($(#[$meta:meta])* async fn $name:ident($t:ident) $body:block) => {
        $(#[$meta])*
        mod $name {
            use super::*;

            async fn run($t: $crate::db::testing::TestDb) $body

            #[tokio::test]
            async fn sqlite() {
                run($crate::db::testing::fresh($crate::db::Engine::Sqlite).await).await
            }

            #[tokio::test]
            async fn postgres() {
                run($crate::db::testing::fresh($crate::db::Engine::Postgres).await).await
            }
        }
    };
}
#[cfg(test)]
pub(crate) use db_test;

#[cfg(test)]
mod schema_tests;

#[cfg(any(test, feature = "testing"))]
pub mod testing {
    //! A fresh database per test, as the real thing, on either engine: a new SQLite file in a
    //! temporary folder, or a new PostgreSQL database on the server that
    //! `KARTLA_TEST_POSTGRES_URL` names (`scripts/test` starts a throwaway one), copied from a
    //! template migrated once per test process.
    use super::*;

    /// The variable naming the PostgreSQL server the tests may create databases on.
    pub const POSTGRES_VAR: &str = "KARTLA_TEST_POSTGRES_URL";

    pub struct TestDb {
        pub db: Db,
        pub engine: Engine,
        /// The address the database was opened with, for a second pool or a server process.
        pub url: String,
        _dir: Option<tempfile::TempDir>,
    }

    impl TestDb {
        /// Another pool on the same database, as a second Kartla server would have.
        pub async fn second_pool(&self) -> Db {
            match connect(&self.url, Some(8)).await {
                Ok(db) => db,
                Err(e) => panic!("cannot open a second pool: {e}"),
            }
        }
    }

    /// A migrated database of its own for one test.
    pub async fn fresh(engine: Engine) -> TestDb {
        let (url, dir) = fresh_url(engine).await;
        let db = match connect(&url, Some(8)).await {
            Ok(db) => db,
            Err(e) => panic!("cannot open the test database: {e}"),
        };
        if let Err(e) = migrate(&db).await {
            panic!("cannot migrate the test database: {e}");
        }
        TestDb {
            db,
            engine,
            url,
            _dir: dir,
        }
    }

    /// The address of a new, migrated database, and the folder to keep while it is used
    /// (SQLite only).
    pub async fn fresh_url(engine: Engine) -> (String, Option<tempfile::TempDir>) {
        match engine {
            Engine::Sqlite => {
                let dir = match tempfile::tempdir() {
                    Ok(d) => d,
                    Err(e) => panic!("no temporary folder: {e}"),
                };
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                (url, Some(dir))
            }
            Engine::Postgres => (fresh_postgres().await, None),
        }
    }

    /// The address of a new, empty PostgreSQL database: nothing migrated yet, as a new
    /// installation's.
    pub async fn empty_postgres() -> String {
        let server = server_url();
        let name = unique_name("kartla_empty");
        create_database(&server, format!("CREATE DATABASE {name}")).await;
        with_database(&server, &name)
    }

    static TEMPLATE: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();

    fn server_url() -> String {
        match std::env::var(POSTGRES_VAR) {
            Ok(url) if !url.trim().is_empty() => url,
            _ => panic!(
                "{POSTGRES_VAR} is not set: database tests run on SQLite and on PostgreSQL. \
                 Run them with scripts/test, which starts a throwaway PostgreSQL server, or set \
                 {POSTGRES_VAR}=postgres://USER@HOST:PORT/postgres (a user that may create databases)."
            ),
        }
    }

    /// `url` with its database name replaced by `name`.
    fn with_database(url: &str, name: &str) -> String {
        let (base, query) = match url.split_once('?') {
            Some((b, q)) => (b, format!("?{q}")),
            None => (url, String::new()),
        };
        let scheme_end = base.find("://").map_or(0, |i| i + 3);
        let host_end = base[scheme_end..]
            .find('/')
            .map_or(base.len(), |i| scheme_end + i);
        format!("{}/{name}{query}", &base[..host_end])
    }

    fn unique_name(prefix: &str) -> String {
        use rand::RngCore;
        format!("{prefix}_{:016x}", rand::rng().next_u64())
    }

    async fn create_database(server: &str, sql: String) {
        let mut conn = match sqlx::PgConnection::connect(server).await {
            Ok(c) => c,
            Err(e) => panic!(
                "cannot reach the PostgreSQL server for tests ({}): {e}",
                dialect::redact(server)
            ),
        };
        // Two copies of the template at the same moment may briefly see each other.
        for attempt in 0.. {
            match sqlx::raw_sql(sqlx::AssertSqlSafe(sql.clone()))
                .execute(&mut conn)
                .await
            {
                Ok(_) => break,
                Err(e) if attempt < 20 && e.to_string().contains("being accessed") => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("{sql}: {e}"),
            }
        }
        let _ = conn.close().await;
    }

    async fn fresh_postgres() -> String {
        let server = server_url();
        let template = TEMPLATE
            .get_or_init(|| async {
                let name = unique_name("kartla_template");
                create_database(&server, format!("CREATE DATABASE {name}")).await;
                let url = with_database(&server, &name);
                let db = match connect(&url, Some(1)).await {
                    Ok(db) => db,
                    Err(e) => panic!("cannot open the template database: {e}"),
                };
                if let Err(e) = migrate(&db).await {
                    panic!("cannot migrate the template database: {e}");
                }
                db.close().await;
                name
            })
            .await;
        let name = unique_name("kartla_test");
        create_database(
            &server,
            format!("CREATE DATABASE {name} TEMPLATE {template}"),
        )
        .await;
        with_database(&server, &name)
    }

    #[test]
    fn a_database_name_replaces_the_one_in_the_address() {
        assert_eq!(
            with_database("postgres://u@127.0.0.1:5433/postgres", "t1"),
            "postgres://u@127.0.0.1:5433/t1"
        );
        assert_eq!(
            with_database("postgres://u:p@h/postgres?sslmode=disable", "t1"),
            "postgres://u:p@h/t1?sslmode=disable"
        );
        assert_eq!(with_database("postgres://u@h", "t1"), "postgres://u@h/t1");
    }
}
