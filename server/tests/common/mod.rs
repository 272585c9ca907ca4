//! What the server's integration tests share: a fresh database of either engine, as an address
//! to hand the `kartla` binary.
#![allow(dead_code, reason = "each test file uses its own part")]
pub use kartla_app::db::Engine;

/// A fresh, migrated database and the folder that holds it (SQLite) or nothing (PostgreSQL,
/// a new database on the server `KARTLA_TEST_POSTGRES_URL` names).
pub struct TestDatabase {
    pub url: String,
    pub engine: Engine,
    _dir: Option<tempfile::TempDir>,
}

pub fn fresh(engine: Engine) -> TestDatabase {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("no runtime: {e}"));
    let (url, dir) = runtime.block_on(kartla_app::db::testing::fresh_url(engine));
    TestDatabase {
        url,
        engine,
        _dir: dir,
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("no runtime: {e}"))
}

/// A new PostgreSQL database with nothing in it, not even the schema.
pub fn empty_postgres() -> TestDatabase {
    TestDatabase {
        url: runtime().block_on(kartla_app::db::testing::empty_postgres()),
        engine: Engine::Postgres,
        _dir: None,
    }
}

/// One whole number a query gives.
pub fn number(db: &TestDatabase, sql: &'static str) -> i64 {
    runtime().block_on(async {
        let pool = kartla_app::db::connect(&db.url, Some(1))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let n: i64 = sqlx::query_scalar(sql)
            .fetch_one(&pool)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        n
    })
}

impl TestDatabase {
    /// A database at an address the test made up (nothing is created or removed).
    pub fn at(url: &str, engine: Engine) -> TestDatabase {
        TestDatabase {
            url: url.to_owned(),
            engine,
            _dir: None,
        }
    }
}

/// An address of a SQLite file that does not exist (and must never be created).
pub fn nowhere(path: &std::path::Path) -> TestDatabase {
    TestDatabase {
        url: format!("sqlite://{}", path.display()),
        engine: Engine::Sqlite,
        _dir: None,
    }
}

/// Declares a test that runs twice, on a fresh SQLite file and on a fresh PostgreSQL
/// database: `both_engines!(fn name(db) { … })` makes `name::sqlite` and `name::postgres`,
/// each handing the body its own [`TestDatabase`] as `db`.
#[macro_export]
macro_rules! both_engines {
    (fn $name:ident($db:ident) $body:block) => {
        #[cfg(test)]
        mod $name {
            use super::*;

            fn run($db: &$crate::common::TestDatabase) $body

            #[test]
            fn sqlite() {
                run(&$crate::common::fresh($crate::common::Engine::Sqlite))
            }

            #[test]
            fn postgres() {
                run(&$crate::common::fresh($crate::common::Engine::Postgres))
            }
        }
    };
}

/// SQLite's own check of a database file, after whatever the test did to it.
pub fn sqlite_integrity(db: &TestDatabase) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("no runtime: {e}"));
    runtime.block_on(async {
        let pool = kartla_app::db::connect(&db.url, Some(1))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&pool)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        check
    })
}

/// The session cookie (`kartla_session=…`) a sign-in response sets.
pub fn session_cookie(head: &str) -> String {
    head.lines()
        .filter_map(|l| l.strip_prefix("set-cookie: "))
        .find(|c| c.starts_with("kartla_session="))
        .and_then(|c| c.split(';').next())
        .unwrap_or_else(|| panic!("no session cookie in {head}"))
        .to_owned()
}

/// The mapping a `start_mapping` answer sends the browser to (`location: /mappings/N`).
pub fn started_mapping(head: &str) -> i64 {
    head.lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("location: /mappings/")
                .map(str::to_owned)
        })
        .and_then(|id| id.trim().parse().ok())
        .unwrap_or_else(|| panic!("no mapping in {head}"))
}

/// The sign-in form of the demo participant.
pub const DEMO_PARTICIPANT: &str =
    "input[email]=deltagare%40demo.kartla.se&input[password]=kartla-demo";

/// A port nothing listens on now, on 127.0.0.1.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}
