//! An answer the server has acknowledged survives the server being killed outright.
#![expect(
    clippy::expect_used,
    reason = "a test should fail loudly when the server cannot be run"
)]
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn kartla(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kartla"));
    c.env("KARTLA_DATABASE_URL", format!("sqlite://{}", db.display()))
        .env("RUST_LOG", "warn");
    c
}

/// One plain HTTP/1.1 request; returns the status line and headers, and the body.
fn post(port: u16, path: &str, cookie: &str, form: &str) -> (String, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let req = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n\
         Content-Length: {}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n{form}",
        form.len()
    );
    s.write_all(req.as_bytes()).expect("send");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("read");
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
    (head.to_owned(), body.to_owned())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

fn start(db: &Path, port: u16) -> Child {
    let child = kartla(db)
        .args(["serve"])
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts");
    let until = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < until, "server did not listen");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

#[test]
fn an_acknowledged_answer_survives_a_kill_9() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("k.db");
    assert!(kartla(&db).arg("demo").status().expect("demo").success());
    let port = free_port();
    let mut server = start(&db, port);

    let (head, _) = post(
        port,
        "/api/sign_in",
        "",
        "input[email]=deltagare%40demo.kartla.se&input[password]=kartla-demo",
    );
    let cookie = head
        .lines()
        .filter_map(|l| l.strip_prefix("set-cookie: "))
        .find(|c| c.starts_with("kartla_session="))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned();
    // The demo participant's first mapping is submitted; a new one against the course is 2.
    let (head, _) = post(port, "/api/start_mapping", &cookie, "input[framework_id]=1");
    assert!(
        head.starts_with("HTTP/1.1 2") || head.starts_with("HTTP/1.1 3"),
        "{head}"
    );
    let text = "Sparat+f%C3%B6re+kraschen";
    let (head, body) = post(
        port,
        "/api/save_answer",
        &cookie,
        &format!("input[mapping_id]=2&input[criterion_id]=1&input[rating]=4&input[text]={text}"),
    );
    assert!(head.starts_with("HTTP/1.1 200"), "{head}\n{body}");
    // Killed the moment it has answered: no shutdown, no flush.
    server.kill().expect("kill");
    server.wait().expect("reaped");

    let out = kartla(&db)
        .args(["mappings", "export", "2"])
        .output()
        .expect("export");
    let export: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let answers = export["answers"].as_array().expect("answers");
    assert!(
        answers
            .iter()
            .any(|a| a["text"] == "Sparat före kraschen" && a["rating"] == 4),
        "{answers:?}"
    );
}
