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

/// The counsellor's sign-in form (the demo counsellor of Luleå, the demo participant's home).
const DEMO_COUNSELLOR: &str = "input[email]=vagledare%40demo.kartla.se&input[password]=kartla-demo";

/// A page's push channel, read as it comes.
struct Events {
    stream: TcpStream,
    seen: String,
}

impl Events {
    fn open(port: u16, session: i64, cookie: &str) -> Events {
        use std::io::Write;
        let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        write!(
            stream,
            "GET /sessions/{session}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nCookie: {cookie}\r\n\r\n"
        )
        .expect("send");
        stream
            .set_read_timeout(Some(Duration::from_millis(20)))
            .expect("timeout");
        let mut e = Events {
            stream,
            seen: String::new(),
        };
        e.wait_for("text/event-stream", Duration::from_secs(10));
        e
    }

    /// Wait until `what` has come once more than before; false when it did not within `limit`.
    fn wait_for(&mut self, what: &str, limit: Duration) -> bool {
        use std::io::Read;
        let before = self.seen.matches(what).count();
        let until = Instant::now() + limit;
        let mut buf = [0u8; 4096];
        while Instant::now() < until {
            if let Ok(n) = self.stream.read(&mut buf) {
                if n == 0 {
                    return false;
                }
                self.seen.push_str(&String::from_utf8_lossy(&buf[..n]));
                if self.seen.matches(what).count() > before {
                    return true;
                }
            }
        }
        false
    }
}

/// The median and 95th percentile of some durations, in milliseconds.
fn median_and_p95(mut took: Vec<Duration>) -> (f64, f64) {
    took.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p95 = took[((took.len() * 95).div_ceil(100)).saturating_sub(1)];
    (ms(took[took.len() / 2]), ms(p95))
}

/// A guidance session is one session on every server: an answer the person saves through one
/// server reaches the counsellor's page connected to another (through PostgreSQL's NOTIFY),
/// and to a page on the same server. Prints how long it took from the save to the event
/// (median, 95th percentile) for the note; asserts only that each arrived.
#[test]
fn a_guidance_session_is_live_across_servers() {
    let db = common::empty_postgres();
    let mut servers: Vec<Server> = (0..2).map(|_| serve(&db, &[])).collect();
    for s in &mut servers {
        healthy(s);
    }
    let demo = Command::new(env!("CARGO_BIN_EXE_kartla"))
        .arg("demo")
        .env("KARTLA_DATABASE_URL", &db.url)
        .env("RUST_LOG", "warn")
        .status()
        .expect("demo");
    assert!(demo.success());
    let [a, b] = [servers[0].port, servers[1].port];
    let (head, _) = request(a, "POST", "/api/sign_in", "", common::DEMO_PARTICIPANT);
    let person = common::session_cookie(&head);
    let (head, _) = request(
        a,
        "POST",
        "/api/start_mapping",
        &person,
        "input[framework_id]=1",
    );
    let mapping = common::started_mapping(&head);
    let sami = common::number(
        &db,
        "SELECT id FROM users WHERE email = 'vagledare@demo.kartla.se'",
    );
    let (head, body) = request(
        a,
        "POST",
        "/api/share",
        &person,
        &format!("input[counsellor]={sami}&input[mapping]={mapping}"),
    );
    assert!(
        head.starts_with("HTTP/1.1 2") || head.starts_with("HTTP/1.1 3"),
        "{head}\n{body}"
    );
    let (head, _) = request(b, "POST", "/api/sign_in", "", DEMO_COUNSELLOR);
    let counsellor = common::session_cookie(&head);
    let (head, body) = request(
        b,
        "POST",
        "/api/start_session",
        &counsellor,
        &format!("mapping_id={mapping}"),
    );
    let session: i64 = head
        .lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("location: /sessions/")
                .map(str::to_owned)
        })
        .and_then(|rest| rest.split('?').next().and_then(|n| n.trim().parse().ok()))
        .unwrap_or_else(|| panic!("no session in {head}\n{body}"));
    // The counsellor's page on the other server, and one on the same server.
    let mut elsewhere = Events::open(b, session, &counsellor);
    let mut here = Events::open(a, session, &counsellor);
    let (mut across, mut same) = (vec![], vec![]);
    for i in 0..30 {
        let start = Instant::now();
        let (head, body) = request(
            a,
            "POST",
            "/api/save_answer",
            &person,
            &format!("input[mapping_id]={mapping}&input[criterion_id]=1&input[rating]=4&input[text]=Svar+{i}"),
        );
        assert!(head.starts_with("HTTP/1.1 200"), "{head}\n{body}");
        assert!(
            here.wait_for("event: change", Duration::from_secs(5)),
            "save {i} never reached the page on the same server"
        );
        same.push(start.elapsed());
        assert!(
            elsewhere.wait_for("event: change", Duration::from_secs(5)),
            "save {i} never reached the page on the other server"
        );
        across.push(start.elapsed());
    }
    let (m, p) = median_and_p95(same);
    eprintln!("save → event, same server: median {m:.1} ms, p95 {p:.1} ms");
    let (m, p) = median_and_p95(across);
    eprintln!("save → event, across servers: median {m:.1} ms, p95 {p:.1} ms");
    // Withdrawn (this mapping, and everything the demo person already shares): the
    // counsellor's page is told at once, and the session is gone.
    let shares = common::numbers(
        &db,
        "SELECT s.id FROM shares s JOIN users u ON u.id = s.owner_id
         WHERE u.email = 'deltagare@demo.kartla.se' AND s.withdrawn_at IS NULL",
    );
    assert!(
        shares.len() > 1,
        "the demo person shares everything besides: {shares:?}"
    );
    for id in shares {
        request(
            a,
            "POST",
            "/api/withdraw_share",
            &person,
            &format!("id={id}"),
        );
    }
    assert!(
        elsewhere.wait_for("event: closed", Duration::from_secs(5)),
        "the counsellor's page was not told: {}",
        elsewhere.seen
    );
    let (head, _) = request(b, "GET", &format!("/sessions/{session}"), &counsellor, "");
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
}
