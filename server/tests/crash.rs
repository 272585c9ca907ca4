//! An answer the server has acknowledged survives the server being killed outright, on both
//! engines: 20 rounds of 200 autosaves in flight, each round ended by SIGKILL.
#![expect(
    clippy::expect_used,
    reason = "a test should fail loudly when the server cannot be run"
)]
mod common;

use common::{Engine, TestDatabase};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const ROUNDS: usize = 20;
const IN_FLIGHT: usize = 200;

fn kartla(db: &TestDatabase) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kartla"));
    c.env("KARTLA_DATABASE_URL", &db.url)
        .env("RUST_LOG", "warn");
    c
}

/// One plain HTTP/1.1 request; the status line and headers, and the body. `None` when the
/// connection fails or is cut before the whole answer came.
fn post(port: u16, path: &str, cookie: &str, form: &str) -> Option<(String, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n{form}",
        form.len()
    );
    s.write_all(req.as_bytes()).ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    let (head, body) = out.split_once("\r\n\r\n")?;
    Some((head.to_owned(), body.to_owned()))
}

fn start(db: &TestDatabase, port: u16) -> Child {
    let child = kartla(db)
        .args(["serve"])
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts");
    let until = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < until, "server did not listen");
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

fn export(db: &TestDatabase, mapping: i64) -> serde_json::Value {
    let out = kartla(db)
        .args(["mappings", "export", &mapping.to_string()])
        .output()
        .expect("export");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Criterion id → answer text, as stored.
fn answers(db: &TestDatabase, mapping: i64) -> BTreeMap<i64, String> {
    export(db, mapping)["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .map(|a| {
            (
                a["criterion_id"].as_i64().expect("id"),
                a["text"].as_str().expect("text").to_owned(),
            )
        })
        .collect()
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn crash_rounds(db: &TestDatabase) {
    assert!(kartla(db).arg("demo").status().expect("demo").success());
    let port = common::free_port();
    let mut server = start(db, port);
    let (head, _) = post(port, "/api/sign_in", "", common::DEMO_PARTICIPANT).expect("signed in");
    let cookie = common::session_cookie(&head);
    // The demo participant's first mapping is submitted; a new one against the course.
    let (head, _) =
        post(port, "/api/start_mapping", &cookie, "input[framework_id]=1").expect("started");
    assert!(
        head.starts_with("HTTP/1.1 2") || head.starts_with("HTTP/1.1 3"),
        "{head}"
    );
    let mapping = common::started_mapping(&head);
    let criteria: Vec<i64> = export(db, mapping)["frameworks"][0]["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .flat_map(|s| s["criteria"].as_array().expect("criteria").clone())
        .map(|c| c["id"].as_i64().expect("id"))
        .collect();
    assert!(criteria.len() >= 4, "{criteria:?}");
    let handed_in = answers(db, 1);

    for round in 0..ROUNDS {
        let before = answers(db, mapping);
        let (acks, acked) = mpsc::channel::<(i64, String)>();
        let (sends, sent) = mpsc::channel::<(i64, String)>();
        let writers: Vec<_> = (0..IN_FLIGHT)
            .map(|i| {
                let criterion = criteria[i % criteria.len()];
                let text = format!("Runda {round}, skrivning {i}: svetsat i åtta år");
                let (acks, sends, cookie) = (acks.clone(), sends.clone(), cookie.clone());
                std::thread::spawn(move || {
                    let form = format!(
                        "input[mapping_id]={mapping}&input[criterion_id]={criterion}&input[rating]=4&input[text]={}",
                        urlencode(&text)
                    );
                    sends.send((criterion, text.clone())).ok();
                    if let Some((head, _)) = post(port, "/api/save_answer", &cookie, &form) {
                        if head.starts_with("HTTP/1.1 200") {
                            acks.send((criterion, text)).ok();
                        }
                    }
                })
            })
            .collect();
        drop(acks);
        // Killed while most are still in flight: after a few acknowledgements, a different
        // number each round.
        let wait_for = 5 + (round * 37) % 60;
        let mut acknowledged = vec![];
        let until = Instant::now() + Duration::from_secs(30);
        while acknowledged.len() < wait_for && Instant::now() < until {
            if let Ok(a) = acked.recv_timeout(Duration::from_millis(200)) {
                acknowledged.push(a);
            }
        }
        server.kill().expect("kill");
        server.wait().expect("reaped");
        for w in writers {
            w.join().expect("writer");
        }
        acknowledged.extend(acked.try_iter());
        let attempted: Vec<(i64, String)> = sent.try_iter().collect();
        assert!(
            !acknowledged.is_empty(),
            "round {round}: nothing was acknowledged"
        );
        eprintln!(
            "{:?} round {round}: {} of {} writes acknowledged before the kill",
            db.engine,
            acknowledged.len(),
            attempted.len()
        );

        let after = answers(db, mapping);
        for c in &criteria {
            let tried: Vec<&String> = attempted
                .iter()
                .filter(|(k, _)| k == c)
                .map(|(_, t)| t)
                .collect();
            let was_acked = acknowledged.iter().any(|(k, _)| k == c);
            let stored = after.get(c);
            if was_acked {
                // Acknowledged: what is stored is one of this round's writes, none older.
                let text = stored.expect("an acknowledged answer is gone");
                assert!(
                    tried.contains(&text),
                    "round {round}, criterion {c}: {text}"
                );
            } else if !stored.is_some_and(|t| tried.contains(&t)) {
                // Neither acknowledged nor landed: as it was.
                assert_eq!(
                    stored,
                    before.get(c),
                    "round {round}, criterion {c} changed"
                );
            }
        }
        // Nothing else changed: the mapping that was handed in is as it was.
        assert_eq!(answers(db, 1), handed_in, "round {round}");
        server = start(db, port);
    }
    server.kill().expect("kill");
    server.wait().expect("reaped");
    if db.engine == Engine::Sqlite {
        assert_eq!(common::sqlite_integrity(db), "ok");
    }
}

both_engines!(
    fn acknowledged_answers_survive_kill_9_with_200_saves_in_flight(db) {
        crash_rounds(db);
    }
);
