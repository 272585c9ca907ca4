//! What the server's integration tests share: a fresh database of either engine, as an address
//! to hand the `kartla` binary.
#![allow(dead_code, reason = "each test file uses its own part")]
pub use kartla_app::db::Engine;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

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
    let all = numbers(db, sql);
    assert_eq!(all.len(), 1, "{sql} gave {all:?}");
    all[0]
}

/// The whole numbers a query gives, a row each.
pub fn numbers(db: &TestDatabase, sql: &'static str) -> Vec<i64> {
    runtime().block_on(async {
        let pool = kartla_app::db::connect(&db.url, Some(1))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        sqlx::query_scalar(sql)
            .fetch_all(&pool)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
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

/// One plain HTTP/1.1 request: status line with headers, and body.
pub fn request(port: u16, method: &str, path: &str, cookie: &str, form: &str) -> (String, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap_or_else(|e| panic!("connect: {e}"));
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n{form}",
        form.len()
    );
    s.write_all(req.as_bytes())
        .unwrap_or_else(|e| panic!("send: {e}"));
    let mut out = Vec::new();
    s.read_to_end(&mut out)
        .unwrap_or_else(|e| panic!("read: {e}"));
    let out = String::from_utf8_lossy(&out).into_owned();
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
    (head.to_owned(), body.to_owned())
}

pub struct Server {
    pub port: u16,
    pub child: Child,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `kartla serve` on `db` at a free port, with `env` set besides.
pub fn serve(db: &TestDatabase, env: &[(&str, &str)]) -> Server {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_kartla"))
        .arg("serve")
        .envs(env.iter().copied())
        .env("KARTLA_DATABASE_URL", &db.url)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("server starts: {e}"));
    Server { port, child }
}

/// Wait until the server answers `/health`.
pub fn healthy(server: &mut Server) {
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!("a server stopped while starting: {status}");
        }
        if TcpStream::connect(("127.0.0.1", server.port)).is_ok() {
            let (head, _) = request(server.port, "GET", "/health", "", "");
            if head.starts_with("HTTP/1.1 200") {
                return;
            }
        }
        assert!(Instant::now() < until, "a server never became healthy");
        std::thread::sleep(Duration::from_millis(50));
    }
}
