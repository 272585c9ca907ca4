//! The `kartla` command line, run as a person would: a real binary, a real SQLite file, and
#![expect(
    clippy::expect_used,
    reason = "a test should fail loudly when the binary cannot be run"
)]
//! the PDF it writes parsed back with poppler's tools.
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn kartla(db: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kartla"))
        .args(args)
        .env("KARTLA_DATABASE_URL", format!("sqlite://{}", db.display()))
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kartla runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("kartla finishes")
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn demo_list_export_and_profile_work_together() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    assert!(kartla(&db, &["demo"], None).status.success());

    let list = text(&kartla(&db, &["mappings", "list"], None));
    let fields: Vec<&str> = list.lines().next().unwrap().split('\t').collect();
    assert_eq!(fields.len(), 4, "ID, STATUS, CODES, UPDATED: {list}");
    assert_eq!(&fields[..3], ["1", "submitted", "DEMO-LAGER1"]);

    let export: serde_json::Value =
        serde_json::from_str(&text(&kartla(&db, &["mappings", "export", "1"], None))).unwrap();
    assert_eq!(export["person"]["name"], "Amal Hassan");
    assert!(export["frameworks"][0]["sections"][0]["criteria"][0]["text"]["en"].is_string());
    assert!(export["answers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["text"].as_str().unwrap_or_default().contains("مستودع")));

    let pdf = dir.path().join("p.pdf");
    let out = kartla(
        &db,
        &[
            "mappings",
            "profile",
            "1",
            "--lang",
            "en",
            "--out",
            pdf.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let extracted = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext is installed");
    let extracted = String::from_utf8_lossy(&extracted.stdout);
    assert!(extracted.contains("Competence profile"), "{extracted}");
    assert!(extracted.contains("Warehouse operative"));
    assert!(extracted.contains("Jag arbetade fyra år på ett lager i Göteborg"));
    assert!(extracted.contains("Can teach others"));
    let fonts = Command::new("pdffonts")
        .arg(&pdf)
        .output()
        .expect("pdffonts is installed");
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.iter().any(|r| r.contains("NotoSansArabic")), "{fonts}");
    assert!(
        rows.iter()
            .all(|r| r.split_whitespace().rev().nth(4) == Some("yes")),
        "every font embedded: {fonts}"
    );
}

#[test]
fn users_add_reads_the_password_from_standard_input_and_refuses_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let add = |email: &str, pw: &str| {
        kartla(
            &db,
            &["users", "add", "--email", email, "--role", "validator"],
            Some(pw),
        )
    };
    let first = add("vera@example.se", "ett långt lösenord\n");
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(text(&first).contains("as validator"));
    let again = add("VERA@example.se", "ett långt lösenord\n");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
    let short = add("kim@example.se", "kort\n");
    assert!(!short.status.success());
    let bad_role = kartla(
        &db,
        &["users", "add", "--email", "x@example.se", "--role", "root"],
        Some("ett långt lösenord"),
    );
    assert!(!bad_role.status.success());
}

#[test]
fn an_unknown_mapping_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = kartla(
        &dir.path().join("k.db"),
        &["mappings", "export", "42"],
        None,
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no mapping 42"));
}
