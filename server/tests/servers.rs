//! Several `kartla serve` processes on one PostgreSQL database behave as one: they migrate it
//! once when they start together, and a person goes on through any of them.
#![expect(
    clippy::expect_used,
    reason = "a test should fail loudly when the servers cannot be run"
)]
mod common;

use common::{healthy, request, serve, Server};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn servers_started_together_migrate_once_and_serve_one_person_as_one() {
    let db = common::empty_postgres();
    // Three servers on a new database at the same moment: one migrates, the others wait for
    // its lock and find nothing left to do.
    let mut servers: Vec<Server> = (0..3).map(|_| serve(&db, &[])).collect();
    for s in &mut servers {
        healthy(s);
    }
    let migrations = std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../migrations/postgres"
    ))
    .expect("migrations")
    .count() as i64;
    assert_eq!(
        common::number(&db, "SELECT COUNT(*) FROM _sqlx_migrations WHERE success"),
        migrations
    );
    assert_eq!(
        common::number(&db, "SELECT COUNT(DISTINCT version) FROM _sqlx_migrations"),
        migrations
    );
    let demo = Command::new(env!("CARGO_BIN_EXE_kartla"))
        .arg("demo")
        .env("KARTLA_DATABASE_URL", &db.url)
        .env("RUST_LOG", "warn")
        .status()
        .expect("demo");
    assert!(demo.success());
    let [a, b, c] = [servers[0].port, servers[1].port, servers[2].port];

    // Signed in through one…
    let (head, _) = request(a, "POST", "/api/sign_in", "", common::DEMO_PARTICIPANT);
    let cookie = common::session_cookie(&head);
    // …going on through another…
    let (head, _) = request(
        b,
        "POST",
        "/api/start_mapping",
        &cookie,
        "input[framework_id]=1",
    );
    assert!(
        head.starts_with("HTTP/1.1 2") || head.starts_with("HTTP/1.1 3"),
        "{head}"
    );
    let mapping = common::started_mapping(&head);
    let section = format!("/mappings/{mapping}/sections/1");
    // …an answer saved through one is seen through the third.
    let (head, body) = request(
        a,
        "POST",
        "/api/save_answer",
        &cookie,
        &format!("input[mapping_id]={mapping}&input[criterion_id]=1&input[rating]=4&input[text]=Sparat+via+den+f%C3%B6rsta"),
    );
    assert!(head.starts_with("HTTP/1.1 200"), "{head}\n{body}");
    let (head, page) = request(c, "GET", &section, &cookie, "");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(
        page.contains("Sparat via den första"),
        "the third server did not see the answer"
    );
    // Signed out through one is signed out on all.
    request(b, "POST", "/api/sign_out", &cookie, "");
    let (head, page) = request(c, "GET", &section, &cookie, "");
    assert!(
        !page.contains("Sparat via den första"),
        "still signed in on another server: {head}"
    );
}

/// A TCP relay between Kartla and PostgreSQL that the test can take away and bring back, as
/// a database restart or a network cut would.
struct Relay {
    port: u16,
    upstream: String,
    open: std::sync::Arc<std::sync::Mutex<Vec<TcpStream>>>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    accepting: Option<std::thread::JoinHandle<()>>,
}

impl Relay {
    fn new(upstream: &str) -> Relay {
        let mut r = Relay {
            port: common::free_port(),
            upstream: upstream.to_owned(),
            open: Default::default(),
            stop: Default::default(),
            accepting: None,
        };
        r.up();
        r
    }

    fn up(&mut self) {
        use std::sync::atomic::Ordering;
        let listener = TcpListener::bind(("127.0.0.1", self.port)).expect("relay binds");
        listener.set_nonblocking(true).expect("nonblocking");
        self.stop.store(false, Ordering::SeqCst);
        let (open, stop, upstream) = (self.open.clone(), self.stop.clone(), self.upstream.clone());
        self.accepting = Some(std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                let Ok((client, _)) = listener.accept() else {
                    std::thread::sleep(Duration::from_millis(10));
                    continue;
                };
                let Ok(server) = TcpStream::connect(&upstream) else {
                    continue;
                };
                client.set_nonblocking(false).expect("blocking");
                let pipes = [
                    (
                        client.try_clone().expect("clone"),
                        server.try_clone().expect("clone"),
                    ),
                    (
                        server.try_clone().expect("clone"),
                        client.try_clone().expect("clone"),
                    ),
                ];
                open.lock().expect("lock").extend([client, server]);
                for (mut from, mut to) in pipes {
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut from, &mut to);
                        let _ = to.shutdown(std::net::Shutdown::Both);
                    });
                }
            }
        }));
    }

    /// Refuse new connections and cut the ones open.
    fn down(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        if let Some(t) = self.accepting.take() {
            t.join().expect("relay stops");
        }
        for s in self.open.lock().expect("lock").drain(..) {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }
}

fn health_until(port: u16, want: &str, within: Duration) -> Duration {
    let started = Instant::now();
    loop {
        let asked = Instant::now();
        let (head, _) = request(port, "GET", "/health", "", "");
        if head.starts_with(want) {
            // The answer comes promptly, whatever it is: a load balancer waits briefly.
            assert!(
                asked.elapsed() < Duration::from_secs(5),
                "{:?}",
                asked.elapsed()
            );
            return started.elapsed();
        }
        assert!(
            started.elapsed() < within,
            "/health never said {want}: {head}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn health_is_503_while_the_database_is_away_and_200_when_it_is_back() {
    let db = common::fresh(common::Engine::Postgres);
    // postgres://USER@HOST:PORT/NAME → relayed through a port of the test's own.
    let (head, name) = db.url.rsplit_once('/').expect("a database name");
    let (user, upstream) = head.rsplit_once('@').expect("a host");
    let mut relay = Relay::new(upstream);
    let relayed = common::TestDatabase::at(
        &format!("{user}@127.0.0.1:{}/{name}", relay.port),
        common::Engine::Postgres,
    );
    let mut server = serve(&relayed, &[]);
    healthy(&mut server);
    relay.down();
    let away = health_until(server.port, "HTTP/1.1 503", Duration::from_secs(30));
    relay.up();
    let back = health_until(server.port, "HTTP/1.1 200", Duration::from_secs(30));
    eprintln!("503 after {away:?} away, 200 after {back:?} back");
    assert!(
        server.child.try_wait().expect("status").is_none(),
        "the server stopped"
    );
    relay.down();
}
