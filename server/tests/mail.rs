//! Mail through a real SMTP server (PyPI's aiosmtpd, started by the test, keeping what it
//! receives in a Maildir): an organisation administrator's invitation reaches the invited
//! address and its link makes an account with the role, once; "forgot password" mails a link
//! for a known address only, answers an unknown one the same, and the link sets a new password
//! once; a person whose case needs additions is told so, with a link to it.
#![expect(
    clippy::expect_used,
    reason = "a test should fail loudly when the servers cannot be run"
)]
mod common;

use common::{healthy, request, serve, TestDatabase};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// aiosmtpd on a free port, writing each message into a Maildir.
struct Smtp {
    port: u16,
    dir: tempfile::TempDir,
    child: Child,
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn smtp() -> Smtp {
    let dir = tempfile::tempdir().expect("temporary folder");
    let port = common::free_port();
    let child = Command::new("python3")
        .args(["-m", "aiosmtpd", "-n", "-l"])
        .arg(format!("127.0.0.1:{port}"))
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(dir.path().join("mail"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("aiosmtpd runs (scripts/setup installs it)");
    let until = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < until, "the SMTP server never listened");
        std::thread::sleep(Duration::from_millis(50));
    }
    Smtp { port, dir, child }
}

impl Smtp {
    fn messages(&self) -> Vec<String> {
        let new: PathBuf = self.dir.path().join("mail").join("new");
        let mut files: Vec<_> = std::fs::read_dir(&new)
            .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        files.iter().map(|p| read(p)).collect()
    }

    /// Wait for the `n`th message to arrive.
    fn wait_for(&self, n: usize) -> Vec<String> {
        let until = Instant::now() + Duration::from_secs(20);
        loop {
            let got = self.messages();
            if got.len() >= n {
                return got;
            }
            assert!(
                Instant::now() < until,
                "only {} of {n} mails arrived",
                got.len()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).expect("a mail")
}

/// The link in a mail's body that starts with `prefix`, with its secret, whatever the
/// transfer encoding folded.
fn link(mail: &str, prefix: &str) -> String {
    // Quoted-printable may break long lines with "=\n" and write "=" as "=3D".
    let unfolded = mail
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=");
    let at = unfolded
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} in\n{mail}"));
    unfolded[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect()
}

fn location(head: &str) -> String {
    head.lines()
        .find_map(|l| {
            l.to_ascii_lowercase()
                .strip_prefix("location: ")
                .map(|v| v.trim().to_owned())
        })
        .unwrap_or_default()
}

fn demo(db: &TestDatabase) {
    let ok = Command::new(env!("CARGO_BIN_EXE_kartla"))
        .arg("demo")
        .env("KARTLA_DATABASE_URL", &db.url)
        .env("RUST_LOG", "warn")
        .status()
        .expect("demo");
    assert!(ok.success());
}

/// The demo installation served with mail to a fresh SMTP server, and the links in mail to
/// `https://kartla.example.se`.
fn demo_mailing(db: &TestDatabase) -> (Smtp, common::Server) {
    demo(db);
    let mail = smtp();
    let smtp_url = format!("smtp://127.0.0.1:{}", mail.port);
    let mut server = serve(
        db,
        &[
            ("KARTLA_SMTP_URL", smtp_url.as_str()),
            ("KARTLA_MAIL_FROM", "Kartla <kartla@demo.kartla.se>"),
            ("KARTLA_PUBLIC_URL", "https://kartla.example.se"),
        ],
    );
    healthy(&mut server);
    (mail, server)
}

/// The session cookie of a demo account signed in.
fn signed_in(port: u16, email: &str) -> String {
    let form = format!(
        "input[email]={}&input[password]=kartla-demo",
        email.replace('@', "%40")
    );
    let (head, _) = request(port, "POST", "/api/sign_in", "", &form);
    common::session_cookie(&head)
}

both_engines!(
    fn invitations_and_password_links_are_mailed_and_work_once(db) {
        let (mail, server) = demo_mailing(db);
        let port = server.port;
        let lulea = common::number(db, "SELECT id FROM organisations WHERE code = 'LULEA'");

        // Luleå's administrator invites a validator.
        let admin = signed_in(port, "kommunadmin@demo.kartla.se");
        let (head, body) = request(
            port,
            "POST",
            "/api/invite",
            &admin,
            &format!("input[email]=ny.validerare%40example.se&input[organisation]={lulea}&input[role]=validator"),
        );
        assert_eq!(location(&head), "/admin/people?saved=invited-sent", "{head}\n{body}");
        let got = mail.wait_for(1);
        assert!(got[0].contains("To: ny.validerare@example.se"), "{}", got[0]);
        assert!(got[0].contains("From: Kartla <kartla@demo.kartla.se>"), "{}", got[0]);
        let url = link(&got[0], "https://kartla.example.se/invite/");
        let path = url.trim_start_matches("https://kartla.example.se");
        let token = path.trim_start_matches("/invite/");
        assert_eq!(token.len(), 64, "{url}");

        // The link opens a page naming the organisation, and makes the account once.
        let (head, page) = request(port, "GET", path, "", "");
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(page.contains("ny.validerare@example.se"));
        let accept = format!(
            "input[token]={token}&input[name]=Nova+Validerare&input[password]=ett+l%C3%A5ngt+l%C3%B6senord"
        );
        let (head, body) = request(port, "POST", "/api/accept_invitation", "", &accept);
        assert_eq!(location(&head), "/cases", "{head}\n{body}");
        let nova = common::session_cookie(&head);
        let (head, _) = request(port, "GET", "/cases", &nova, "");
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        let (head, _) = request(port, "POST", "/api/accept_invitation", "", &accept);
        assert_ne!(location(&head), "/cases", "{head}");
        assert!(!head.contains("kartla_session="), "{head}");
        let (head, _) = request(port, "GET", path, "", "");
        assert!(head.starts_with("HTTP/1.1 404"), "{head}");
        assert_eq!(
            common::number(
                db,
                "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE u.email = 'ny.validerare@example.se' AND m.role = 'validator'"
            ),
            1
        );

        // Forgot password: an unknown address gets the same answer and no mail.
        let (unknown, _) = request(
            port,
            "POST",
            "/api/forgot_password",
            "",
            "input[email]=ingen%40example.se",
        );
        let (known, _) = request(
            port,
            "POST",
            "/api/forgot_password",
            "",
            "input[email]=ny.validerare%40example.se",
        );
        assert_eq!(location(&unknown), "/forgot-password?saved=asked");
        assert_eq!(location(&known), location(&unknown));
        assert_eq!(known.lines().next(), unknown.lines().next());
        let got = mail.wait_for(2);
        std::thread::sleep(Duration::from_millis(500));
        assert_eq!(mail.messages().len(), 2, "a mail went to an unknown address");
        assert!(got[1].contains("To: ny.validerare@example.se"), "{}", got[1]);
        let url = link(&got[1], "https://kartla.example.se/reset-password/");
        let token = url.rsplit('/').next().unwrap_or_default().to_owned();
        let (head, _) = request(port, "GET", &format!("/reset-password/{token}"), "", "");
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        let set = format!("input[token]={token}&input[password]=ett+annat+l%C3%A5ngt+l%C3%B6senord");
        let (head, _) = request(port, "POST", "/api/set_new_password", "", &set);
        assert_eq!(location(&head), "/sign-in?saved=password", "{head}");
        // The old session ended with it; the new password signs in, the old does not.
        let (_, page) = request(port, "GET", "/cases", &nova, "");
        assert!(!page.contains("Nova Validerare"));
        let (head, _) = request(
            port,
            "POST",
            "/api/sign_in",
            "",
            "input[email]=ny.validerare%40example.se&input[password]=ett+annat+l%C3%A5ngt+l%C3%B6senord",
        );
        assert!(head.contains("kartla_session="), "{head}");
        let (head, _) = request(port, "POST", "/api/set_new_password", "", &set);
        assert_ne!(location(&head), "/sign-in?saved=password", "{head}");

        // However often it is asked, an address gets three links an hour.
        for _ in 0..4 {
            let (head, _) = request(
                port,
                "POST",
                "/api/forgot_password",
                "",
                "input[email]=ny.validerare%40example.se",
            );
            assert_eq!(location(&head), "/forgot-password?saved=asked");
        }
        mail.wait_for(4);
        std::thread::sleep(Duration::from_millis(1000));
        assert_eq!(mail.messages().len(), 4, "more than three links in an hour");
    }
);

#[test]
fn incomplete_mail_settings_stop_the_server_with_a_clear_message() {
    let db = common::fresh(common::Engine::Sqlite);
    let start = |env: &[(&str, &str)], missing: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_kartla"))
            .arg("serve")
            .env("KARTLA_DATABASE_URL", &db.url)
            .env_remove("KARTLA_SMTP_URL")
            .env_remove("KARTLA_MAIL_FROM")
            .env_remove("KARTLA_PUBLIC_URL")
            .envs(env.iter().copied())
            .env(
                "LEPTOS_SITE_ADDR",
                format!("127.0.0.1:{}", common::free_port()),
            )
            .output()
            .expect("kartla runs");
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(missing), "{err}");
    };
    start(
        &[("KARTLA_SMTP_URL", "smtp://127.0.0.1:2525")],
        "KARTLA_MAIL_FROM",
    );
    // Links in mail never come from a request's Host header.
    start(
        &[
            ("KARTLA_SMTP_URL", "smtp://127.0.0.1:2525"),
            ("KARTLA_MAIL_FROM", "kartla@example.se"),
        ],
        "KARTLA_PUBLIC_URL",
    );
    start(
        &[
            ("KARTLA_SMTP_URL", "smtp://127.0.0.1:2525"),
            ("KARTLA_MAIL_FROM", "not an address"),
            ("KARTLA_PUBLIC_URL", "https://kartla.example.se"),
        ],
        "KARTLA_MAIL_FROM",
    );
}

both_engines!(
    fn the_person_is_mailed_when_additions_are_asked_of_them(db) {
        let (mail, server) = demo_mailing(db);
        let port = server.port;
        // Piteå's new case: Yonas's digital skills course.
        let case = common::number(
            db,
            "SELECT c.id FROM cases c JOIN organisations o ON o.id = c.organisation_id
             WHERE o.code = 'PITEA' AND c.state = 'new'",
        );
        let mapping = common::number(
            db,
            "SELECT c.mapping_id FROM cases c JOIN organisations o ON o.id = c.organisation_id
             WHERE o.code = 'PITEA' AND c.state = 'new'",
        );
        let coordinator = signed_in(port, "handlaggare@demo.kartla.se");
        let post = |path: &str, form: String| {
            let (head, body) = request(port, "POST", path, &coordinator, &form);
            assert!(location(&head).starts_with("/cases/"), "{path}: {head}\n{body}");
        };
        post(
            "/api/move_case",
            format!("input[case_id]={case}&input[action]=take"),
        );
        post(
            "/api/request_additions",
            format!(
                "input[case_id]={case}&input[op]=add&input[target]=case&input[missing]=Ett+betyg&input[form]=PDF"
            ),
        );
        assert!(mail.messages().is_empty(), "nothing is sent before the list");
        post(
            "/api/request_additions",
            format!(
                "input[case_id]={case}&input[op]=send&input[deadline]={}",
                kartla_app::domain::Day::of(kartla_app::db::now()).plus_days(30)
            ),
        );
        let got = mail.wait_for(1);
        assert!(got[0].contains("To: deltagare.pitea@demo.kartla.se"), "{}", got[0]);
        let url = link(&got[0], "https://kartla.example.se/mappings/");
        assert_eq!(url, format!("https://kartla.example.se/mappings/{mapping}"));
    }
);

both_engines!(
    fn the_person_is_mailed_when_their_case_is_concluded(db) {
        let (mail, server) = demo_mailing(db);
        let port = server.port;
        // Amal's warehouse case, half judged by Vera Lind.
        let case = common::number(
            db,
            "SELECT c.id FROM cases c JOIN organisations o ON o.id = c.organisation_id
             WHERE o.code = 'NORDVAL' AND EXISTS (SELECT 1 FROM judgements j WHERE j.case_id = c.id)",
        );
        let framework = common::number(
            db,
            "SELECT mf.framework_id FROM cases c JOIN mapping_frameworks mf ON mf.mapping_id = c.mapping_id
             JOIN organisations o ON o.id = c.organisation_id
             WHERE o.code = 'NORDVAL' AND EXISTS (SELECT 1 FROM judgements j WHERE j.case_id = c.id)",
        );
        let criteria: Vec<i64> = common::numbers(
            db,
            "SELECT cr.id FROM cases c JOIN mapping_frameworks mf ON mf.mapping_id = c.mapping_id
             JOIN sections s ON s.framework_id = mf.framework_id JOIN criteria cr ON cr.section_id = s.id
             JOIN organisations o ON o.id = c.organisation_id
             WHERE o.code = 'NORDVAL' AND EXISTS (SELECT 1 FROM judgements j WHERE j.case_id = c.id)
               AND NOT EXISTS (SELECT 1 FROM judgements j WHERE j.case_id = c.id AND j.criterion_id = cr.id)
             ORDER BY cr.id",
        );
        assert!(!criteria.is_empty());
        let vera = signed_in(port, "validerare@demo.kartla.se");
        let post = |path: &str, form: String| {
            let (head, body) = request(port, "POST", path, &vera, &form);
            assert!(location(&head).starts_with("/cases/"), "{path}: {head}\n{body}");
        };
        // Concluding before every criterion is judged is refused, and mails nobody.
        let conclude = format!(
            "input[case_id]={case}&input[outcomes][{framework}]=partly_met&input[statement]=Det+mesta+visat"
        );
        let (head, _) = request(port, "POST", "/api/conclude_case", &vera, &conclude);
        assert!(head.starts_with("HTTP/1.1 422"), "{head}");
        for c in &criteria {
            post(
                "/api/judge_criterion",
                format!(
                    "input[case_id]={case}&input[criterion]={c}&input[verdict]=partly_met&input[methods][interview]=on"
                ),
            );
        }
        post("/api/conclude_case", conclude);
        let got = mail.wait_for(1);
        assert_eq!(got.len(), 1, "one mail, for the conclusion only");
        assert!(got[0].contains("To: deltagare@demo.kartla.se"), "{}", got[0]);
        assert!(link(&got[0], "https://kartla.example.se/mappings/").len() > 35);
        // The statement is the person's to download.
        let amal = signed_in(port, "deltagare@demo.kartla.se");
        let (head, body) = request(port, "GET", &format!("/cases/{case}/statement.pdf"), &amal, "");
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(body.starts_with("%PDF-"));
    }
);
