//! The `kartla` command line, run as a person would: a real binary, a real database of each
//! engine, and the PDF it writes parsed back with poppler's tools.
#![expect(
    clippy::expect_used,
    reason = "a test should fail loudly when the binary cannot be run"
)]
mod common;

use common::TestDatabase;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn kartla(db: &TestDatabase, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kartla"))
        .args(args)
        .env("KARTLA_DATABASE_URL", &db.url)
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

both_engines!(
    fn demo_list_export_and_profile_work_together(db) {
        let dir = tempfile::tempdir().unwrap();
        assert!(kartla(db, &["demo"], None).status.success());

        let list = text(&kartla(db, &["mappings", "list"], None));
        let fields: Vec<&str> = list.lines().next().unwrap().split('\t').collect();
        assert_eq!(fields.len(), 4, "ID, STATUS, CODES, UPDATED: {list}");
        assert_eq!(&fields[..3], ["1", "submitted", "DEMO-LAGER1"]);

        let export: serde_json::Value =
            serde_json::from_str(&text(&kartla(db, &["mappings", "export", "1"], None))).unwrap();
        assert_eq!(export["person"]["name"], "Amal Hassan");
        assert!(export["frameworks"][0]["sections"][0]["criteria"][0]["text"]["en"].is_string());
        assert!(export["answers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["text"].as_str().unwrap_or_default().contains("مستودع")));

        let pdf = dir.path().join("p.pdf");
        let out = kartla(
            db,
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
);

both_engines!(
    fn cases_are_listed_exported_and_their_statement_written(db) {
        let dir = tempfile::tempdir().unwrap();
        assert!(kartla(db, &["demo"], None).status.success());
        // ID, STATE, ORG, ASSIGNEE, FRAMEWORK CODES, WAITING DAYS; one case in every stage.
        let list = text(&kartla(db, &["cases", "list"], None));
        let rows: Vec<Vec<&str>> = list.lines().map(|l| l.split('\t').collect()).collect();
        assert_eq!(rows.len(), 6, "{list}");
        assert!(rows.iter().all(|r| r.len() == 6), "{list}");
        let mut states: Vec<&str> = rows.iter().map(|r| r[1]).collect();
        states.sort();
        assert_eq!(
            states,
            ["assigned", "assigned", "checking", "concluded", "new", "returned"]
        );
        let kock = rows.iter().find(|r| r[4] == "DEMO-KOCK1").unwrap();
        assert_eq!((kock[1], kock[2], kock[3]), ("concluded", "FHS-NORR", "Nils Öberg"));
        let nordval = text(&kartla(db, &["cases", "list", "--org", "NORDVAL"], None));
        assert_eq!(nordval.lines().count(), 2, "{nordval}");
        assert!(nordval.lines().all(|l| l.contains("\tNORDVAL\t")));
        let out = kartla(db, &["cases", "list", "--org", "NOWHERE"], None);
        assert!(!out.status.success());

        // The statement of the concluded case, with its own verification code.
        let pdf = dir.path().join("s.pdf");
        let path = pdf.to_str().unwrap();
        let out = kartla(db, &["cases", "statement", kock[0], "--lang", "en", "--out", path], None);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let extracted = Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
        let extracted = String::from_utf8_lossy(&extracted.stdout);
        assert!(extracted.contains("Statement"), "{extracted}");
        assert!(extracted.contains("Outcome: Partly met"), "{extracted}");
        assert!(extracted.contains("Verification code"), "{extracted}");
        let check = Command::new("qpdf").arg("--check").arg(&pdf).output().unwrap();
        assert!(check.status.success());
        // A case not concluded has no statement.
        let open = rows.iter().find(|r| r[1] == "new").unwrap();
        let out = kartla(db, &["cases", "statement", open[0], "--out", path], None);
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("is not concluded"));

        // The export of the concluded case's mapping carries the case whole.
        let mappings = text(&kartla(db, &["mappings", "list"], None));
        let kock_mapping = mappings
            .lines()
            .find(|l| l.contains("DEMO-KOCK1"))
            .and_then(|l| l.split('\t').next())
            .unwrap();
        let export: serde_json::Value =
            serde_json::from_str(&text(&kartla(db, &["mappings", "export", kock_mapping], None)))
                .unwrap();
        let case = &export["case"];
        assert_eq!(case["state"], "concluded");
        assert_eq!(case["organisation"], "FHS-NORR");
        assert_eq!(case["versions"].as_array().unwrap().len(), 1);
        assert!(case["versions"][0]["record"]["answers"].as_array().unwrap().len() > 5);
        assert!(case["judgements"].as_array().unwrap().len() > 5);
        assert_eq!(case["conclusion"]["outcomes"][0]["outcome"], "partly_met");
        assert!(case["trail"].as_array().unwrap().len() > 3);
        // The gap analysis: the validator's judgements count where there are any.
        let gaps = text(&kartla(db, &["mappings", "gaps", kock_mapping], None));
        let fields: Vec<&str> = gaps.trim_end().split('\t').collect();
        assert_eq!(fields.len(), 5, "{gaps}");
        assert_eq!((fields[0], fields[4]), ("DEMO-KOCK1", "Delvis uppfyllt"));
        let judged = case["judgements"].as_array().unwrap();
        let met = judged.iter().filter(|j| j["verdict"] == "met").count();
        let partly = judged.iter().filter(|j| j["verdict"] == "partly_met").count();
        assert_eq!(fields[1], met.to_string());
        assert_eq!(fields[2], partly.to_string());
        assert_eq!(fields[3], (judged.len() - met).to_string());
        let en = text(&kartla(db, &["mappings", "gaps", kock_mapping, "--lang", "en"], None));
        assert!(en.trim_end().ends_with("\tPartly met"), "{en}");
        assert!(!kartla(db, &["mappings", "gaps", "99999"], None).status.success());
        // A returned case's export names what was asked.
        let returned = mappings
            .lines()
            .find(|l| l.contains("DEMO-SVA01"))
            .and_then(|l| l.split('\t').next())
            .unwrap();
        let export: serde_json::Value =
            serde_json::from_str(&text(&kartla(db, &["mappings", "export", returned], None)))
                .unwrap();
        assert_eq!(export["case"]["requests"][0]["items"].as_array().unwrap().len(), 2);
    }
);

both_engines!(
    fn render_from_an_export_gives_the_same_pdf_as_the_database(db) {
        let dir = tempfile::tempdir().unwrap();
        assert!(kartla(db, &["demo"], None).status.success());
        let export = dir.path().join("export.json");
        std::fs::write(
            &export,
            text(&kartla(db, &["mappings", "export", "1"], None)),
        )
        .unwrap();
        let from_db = dir.path().join("db.pdf");
        let from_export = dir.path().join("export.pdf");
        let path = |p: &Path| p.to_str().unwrap().to_owned();
        assert!(kartla(
            db,
            &["mappings", "profile", "1", "--out", &path(&from_db)],
            None
        )
        .status
        .success());
        // No database at all: the variable points at a file that is never created.
        let nowhere_path = dir.path().join("missing/none.db");
        let nowhere = common::nowhere(&nowhere_path);
        let render = || {
            kartla(
                &nowhere,
                &[
                    "render",
                    "--export",
                    &path(&export),
                    "--out",
                    &path(&from_export),
                ],
                None,
            )
        };
        let out = render();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!nowhere_path.exists(), "render opens no database");
        // The same profile, but the one issued from the database carries its own
        // verification code (on every page, and as a QR code), as the page's download does.
        let words = |p: &Path| {
            let out = std::process::Command::new("pdftotext")
                .arg(p)
                .arg("-")
                .output()
                .unwrap();
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let (issued, rendered) = (words(&from_db), words(&from_export));
        let code = issued
            .split("Verifieringskod: ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .expect("the issued profile carries a verification code")
            .to_owned();
        assert!(!rendered.contains("Verifieringskod"));
        // Line by line, leaving out where pages break (the cover is longer by the code).
        let lines = |text: &str| -> Vec<String> {
            text.lines()
                .map(|l| l.trim_matches('\u{c}').to_owned())
                .filter(|l| {
                    !l.is_empty()
                        && !l.contains("Verifieringskod")
                        && !l.contains("/verify/")
                        && !l.contains("Kontrollera att")
                        && !l.contains("Sida ")
                        && !l.starts_with("Kompetensprofil – ")
                })
                .collect()
        };
        assert_eq!(lines(&issued), lines(&rendered));
        assert!(issued.contains(&format!("/verify/{code}")), "{issued}");
        // Something that is not an export is a clear error, not a panic.
        std::fs::write(&export, "{\"id\": 1}").unwrap();
        let out = render();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is not a Kartla mapping export"), "{err}");
    }
);

both_engines!(
    fn organisations_and_people_with_several_roles(db) {
        let ok = |args: &[&str], stdin: Option<&str>| {
            let out = kartla(db, args, stdin);
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{args:?}: {err}");
            text(&out)
        };
        let fails = |args: &[&str], stdin: Option<&str>, says: &str| {
            let out = kartla(db, args, stdin);
            assert!(!out.status.success(), "{args:?} passed");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(says), "{args:?}: {err}");
        };
        let org = |kind: &'static str, code: &'static str, name: &'static str| {
            ["orgs", "add", "--kind", kind, "--code", code, "--name", name]
        };
        ok(&org("provider", "nord-val", "Nordvalidering"), None);
        ok(&org("region", "NB", "Region Norrbotten"), None);
        ok(&org("municipality", "LULEA", "Luleå kommun"), None);
        fails(&org("region", "VB", "Västerbotten"), None, "has its region already");
        fails(&org("municipality", "LULEA", "Luleå"), None, "the code LULEA is taken");
        fails(&org("county", "X1", "X"), None, "county");
        fails(&org("provider", "Å", "X"), None, "not an organisation code");
        assert_eq!(
            ok(&["orgs", "list"], None),
            "NB\tregion\tRegion Norrbotten\n\
             LULEA\tmunicipality\tLuleå kommun\n\
             NORD-VAL\tprovider\tNordvalidering\n"
        );

        let add = |email: &'static str, role: &'static str, org: &'static str| {
            ["users", "add", "--email", email, "--role", role, "--org", org]
        };
        let pw = Some("ett långt lösenord\n");
        let first = ok(&add("vera@example.se", "validator", "NORD-VAL"), pw);
        assert!(first.contains("added user"), "{first}");
        // Run again for a second role: the account and its password stay.
        let second = ok(&add("VERA@example.se", "counsellor", "LULEA"), None);
        assert!(!second.contains("added user"), "{second}");
        let again = ok(&add("vera@example.se", "counsellor", "LULEA"), None);
        assert!(again.contains("already"), "{again}");
        let home = "home municipality";
        fails(&add("pia@example.se", "participant", "NORD-VAL"), pw, home);
        let short = Some("kort\n");
        fails(&add("kim@example.se", "validator", "NB"), short, "password too-short");
        fails(&add("x@example.se", "root", "NB"), pw, "unknown role");
        fails(&add("x@example.se", "validator", "NOWHERE"), pw, "no organisation NOWHERE");
        ok(&add("alva@example.se", "installation_admin", "NB"), pw);
        // Nobody has opened anything of theirs; an unknown person is named as such.
        assert_eq!(ok(&["audit", "--person", "vera@example.se"], None), "");
        fails(&["audit", "--person", "nobody@example.se"], None, "no account");
        assert_eq!(
            ok(&["users", "list"], None),
            "alva@example.se\tinstallation_admin@NB\n\
             vera@example.se\tcounsellor@LULEA,validator@NORD-VAL\n"
        );
        // A link to choose a new password, for an installation that sends no mail.
        let link = ok(&["users", "password-link", "--email", "Vera@example.se"], None);
        let token = link.trim().strip_prefix("/reset-password/").unwrap_or_default();
        assert_eq!(token.len(), 64, "{link}");
        assert_eq!(
            common::number(db, "SELECT COUNT(*) FROM password_resets WHERE used_at IS NULL"),
            1
        );
        fails(
            &["users", "password-link", "--email", "nobody@example.se"],
            None,
            "no account",
        );
    }
);

both_engines!(
    fn an_unknown_mapping_is_a_clear_error(db) {
        let out = kartla(db, &["mappings", "export", "42"], None);
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("no mapping 42"));
    }
);

#[test]
fn a_bad_or_unreachable_database_is_a_clear_message_without_the_password() {
    for (url, says) in [
        ("mysql://kartla@db/kartla", "not understood"),
        ("kartla.db", "not understood"),
        (
            "postgres://kartla:s3cr3t@127.0.0.1:1/kartla",
            "could not reach the database",
        ),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_kartla"))
            .args(["serve"])
            .env("KARTLA_DATABASE_URL", url)
            .env("RUST_LOG", "info")
            .output()
            .expect("kartla runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{url} started");
        assert!(err.contains(says), "{url}: {err}");
        assert!(!err.contains("s3cr3t"), "the password was printed: {err}");
    }
    let help = Command::new(env!("CARGO_BIN_EXE_kartla"))
        .arg("--help")
        .env("KARTLA_DATABASE_URL", "postgres://kartla:s3cr3t@db/kartla")
        .output()
        .expect("kartla runs");
    assert!(!String::from_utf8_lossy(&help.stdout).contains("s3cr3t"));
}

#[test]
fn i18n_status_counts_each_language_and_names_a_broken_override_by_file_and_line() {
    let status = |dir: Option<&Path>| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kartla"));
        cmd.args(["i18n", "status"]).env("RUST_LOG", "off");
        if let Some(dir) = dir {
            cmd.env("KARTLA_LOCALES_DIR", dir);
        }
        cmd.output().expect("kartla runs")
    };
    let row = |out: &Output, tag: &str| -> Vec<String> {
        text(out)
            .lines()
            .map(|l| l.split('\t').map(str::to_owned).collect::<Vec<_>>())
            .find(|f| f[0] == tag)
            .unwrap_or_default()
    };
    let plain = status(None);
    assert!(
        plain.status.success(),
        "{}",
        String::from_utf8_lossy(&plain.stderr)
    );
    assert_eq!(
        text(&plain).lines().count(),
        16,
        "a header and fifteen languages"
    );
    let sv = row(&plain, "sv");
    assert_eq!(
        sv[1..],
        ["Swedish", "yes", &sv[3], "0", "0", "0", "original"]
    );
    assert!(sv[3].parse::<usize>().unwrap() > 900);

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sv")).unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::write(
        dir.path().join("sv/main.ftl"),
        "### Reviewed: yes\napp-name = Kartla Norrbotten\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("en/main.ftl"),
        "loading = Wait\n\nbad = { $x\n",
    )
    .unwrap();
    let over = status(Some(dir.path()));
    assert!(!over.status.success(), "a broken file is an error");
    assert_eq!(row(&over, "sv")[5], "1", "one message overridden");
    assert_eq!(row(&over, "en")[5], "0", "the broken file is not used");
    assert!(
        text(&over).contains("en/main.ftl:3: "),
        "the problem names file and line: {}",
        text(&over)
    );
}

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn list(db: &TestDatabase) -> Vec<Vec<String>> {
    text(&kartla(db, &["catalogue", "list"], None))
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

both_engines!(
    fn every_format_imports_once_and_a_second_run_changes_nothing(db) {
        let f = fixtures();
        let runs: [(&str, std::path::PathBuf); 5] = [
            ("esco", f.join("esco")),
            ("skolverket", f.join("skolverket")),
            ("jobtech", f.join("jobtech")),
            ("moodle", f.join("moodle/framework.csv")),
            ("kartla", f.join("kartla/svetsning.toml")),
        ];
        for (format, path) in &runs {
            let path = path.to_str().unwrap();
            let out = kartla(db, &["import", "--format", format, path], None);
            assert!(
                out.status.success(),
                "{format}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(
                text(&out).contains("new, version 1"),
                "{format}: {}",
                text(&out)
            );
        }
        let before = list(db);
        assert_eq!(before.len(), 9, "{before:?}");
        assert!(before
            .iter()
            .all(|row| row.len() == 5 && row[2] == "1" && row[4] == "published"));
        assert!(before.contains(&vec![
            "ESCO-7212.1".into(),
            "occupation".into(),
            "1".into(),
            "Svetsare".into(),
            "published".into()
        ]));
        for (format, path) in &runs {
            let out = kartla(
                db,
                &["import", "--format", format, path.to_str().unwrap()],
                None,
            );
            assert!(out.status.success());
            assert!(!text(&out).contains("new"), "{format}: {}", text(&out));
        }
        assert_eq!(list(db), before);
    }
);

both_engines!(
    fn a_changed_file_makes_a_new_version_and_dry_run_writes_nothing(db) {
        let dir = tempfile::tempdir().unwrap();
        let original = fixtures().join("kartla/svetsning.toml");
        assert!(kartla(
            db,
            &["import", "--format", "kartla", original.to_str().unwrap()],
            None
        )
        .status
        .success());
        let changed = dir.path().join("svetsning.toml");
        let text_before = std::fs::read_to_string(&original).unwrap();
        std::fs::write(
            &changed,
            text_before.replace(
                "Använder skyddsutrustning.",
                "Använder rätt skyddsutrustning.",
            ),
        )
        .unwrap();
        let changed = changed.to_str().unwrap();

        let dry = kartla(
            db,
            &["import", "--format", "kartla", changed, "--dry-run"],
            None,
        );
        assert!(
            text(&dry).contains("changed, new version 2"),
            "{}",
            text(&dry)
        );
        assert_eq!(list(db).len(), 1, "a dry run writes nothing");

        assert!(
            kartla(db, &["import", "--format", "kartla", changed], None)
                .status
                .success()
        );
        let rows = list(db);
        assert_eq!(
            rows.iter().map(|r| r[2].as_str()).collect::<Vec<_>>(),
            ["1", "2"]
        );
        // Version 1 is still there as it was.
        let v1 = text(&kartla(
            db,
            &["catalogue", "export", "FIX-SVETS01", "--version", "1"],
            None,
        ));
        assert!(v1.contains("\"Använder skyddsutrustning.\""));
        let v2 = text(&kartla(db, &["catalogue", "export", "FIX-SVETS01"], None));
        assert!(v2.contains("Använder rätt skyddsutrustning."));
    }
);

both_engines!(
    fn export_and_import_give_back_the_same_framework(db) {
        let dir = tempfile::tempdir().unwrap();
        assert!(kartla(db, &["demo"], None).status.success());
        let out = dir.path().join("dig.toml");
        let o = kartla(
            db,
            &[
                "catalogue",
                "export",
                "DEMO-DIG01",
                "--out",
                out.to_str().unwrap(),
            ],
            None,
        );
        assert!(o.status.success());
        // Into an empty catalogue and back out: the same text.
        let db2 = common::fresh(db.engine);
        assert!(kartla(
            &db2,
            &["import", "--format", "kartla", out.to_str().unwrap()],
            None
        )
        .status
        .success());
        let again = text(&kartla(&db2, &["catalogue", "export", "DEMO-DIG01"], None));
        assert_eq!(again, std::fs::read_to_string(&out).unwrap());
        assert!(again.contains("title.ar = "));
        // And into the first catalogue: unchanged.
        let o = kartla(
            db,
            &["import", "--format", "kartla", out.to_str().unwrap()],
            None,
        );
        assert!(text(&o).contains("unchanged, version 1"));
    }
);

both_engines!(
    fn a_malformed_file_is_refused_whole_with_file_and_line(db) {
        let dir = tempfile::tempdir().unwrap();
        let good = fixtures().join("kartla/svetsning.toml");
        let bad = dir.path().join("trasig.toml");
        std::fs::write(
            &bad,
            "format = \"kartla/1\"\nkind = \"course\"\ncode = \"X\"\ntitle.sv = \"ej avslutad\n",
        )
        .unwrap();
        let out = kartla(
            db,
            &[
                "import",
                "--format",
                "kartla",
                good.to_str().unwrap(),
                bad.to_str().unwrap(),
            ],
            None,
        );
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("trasig.toml, line 4"), "{err}");
        assert!(err.contains("nothing was written"), "{err}");
        assert!(list(db).is_empty(), "the good file was not written either");

        let csv = dir.path().join("m.csv");
        std::fs::write(&csv, "namn,text\na,b\n").unwrap();
        let out = kartla(
            db,
            &["import", "--format", "moodle", csv.to_str().unwrap()],
            None,
        );
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("Parent ID number"));

        let out = kartla(
            db,
            &["import", "--format", "word", csv.to_str().unwrap()],
            None,
        );
        assert!(!out.status.success());
    }
);

#[test]
fn a_backup_taken_while_the_database_is_written_is_whole() {
    let db = common::fresh(common::Engine::Sqlite);
    assert!(kartla(&db, &["demo"], None).status.success());
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("backup.db");
    let out_arg = out.to_str().unwrap().to_owned();
    // Imports write the catalogue while the backup is taken.
    let writer = {
        let url = db.url.clone();
        std::thread::spawn(move || {
            for format in ["kartla", "moodle"] {
                let path = fixtures().join(if format == "kartla" {
                    "kartla/svetsning.toml"
                } else {
                    "moodle/framework.csv"
                });
                Command::new(env!("CARGO_BIN_EXE_kartla"))
                    .args(["import", "--format", format, path.to_str().unwrap()])
                    .env("KARTLA_DATABASE_URL", &url)
                    .env("RUST_LOG", "warn")
                    .output()
                    .expect("import runs");
            }
        })
    };
    let done = kartla(&db, &["backup", "--out", &out_arg], None);
    writer.join().unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    // The copy is a database of its own, whole, and holds what was there.
    let copy = common::nowhere(&out);
    assert_eq!(common::sqlite_integrity(&copy), "ok");
    let list = text(&kartla(&copy, &["mappings", "list"], None));
    assert!(list.starts_with("1\tsubmitted\tDEMO-LAGER1"), "{list}");
    // Never over an existing file.
    let again = kartla(&db, &["backup", "--out", &out_arg], None);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));
}

#[test]
fn postgresql_is_backed_up_with_its_own_tools() {
    let db = common::fresh(common::Engine::Postgres);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.db");
    let done = kartla(&db, &["backup", "--out", out.to_str().unwrap()], None);
    assert!(!done.status.success());
    assert!(String::from_utf8_lossy(&done.stderr).contains("pg_dump"));
    assert!(!out.exists());
}

both_engines!(
    fn stats_print_the_demo_regions_figures_safe_to_publish(db) {
        assert!(kartla(db, &["demo"], None).status.success());
        let rows = |args: &[&str]| -> Vec<Vec<String>> {
            let out = kartla(db, args, None);
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            text(&out)
                .lines()
                .map(|l| l.split('\t').map(str::to_owned).collect())
                .collect()
        };
        // The last full year of the demo's history, by municipality: each municipality and the
        // region's total, which the municipalities add up to where all are shown.
        let year = (kartla_app::domain::Month::of(kartla_app::domain::Day::of(
            kartla_app::domain::Timestamp::now(),
        ))
        .year
            - 1)
        .to_string();
        let (from, to) = (format!("{year}-01-01"), format!("{year}-12-31"));
        let by_municipality = rows(&["stats", "--from", &from, "--to", &to]);
        assert_eq!(
            by_municipality[0],
            ["municipality", "started", "handed_in", "returned", "assigned", "concluded"]
        );
        let units: Vec<&str> = by_municipality[1..].iter().map(|r| r[0].as_str()).collect();
        assert_eq!(units, ["BODEN", "LULEA", "PITEA", "TOTAL"]);
        let started: Vec<u64> = by_municipality[1..]
            .iter()
            .map(|r| r[1].parse().unwrap())
            .collect();
        assert_eq!(started[0] + started[1] + started[2], started[3]);
        // Every figure: a count of five or more (or none), fewer than five, or hidden.
        for r in rows(&["stats", "--from", &from, "--to", &to, "--by", "month", "--org", "BODEN"]) {
            for cell in &r[1..] {
                let ok = cell == "<5"
                    || cell == ".."
                    || cell.parse::<u64>().is_ok_and(|n| n == 0 || n >= 5)
                    || r[0] == "month";
                assert!(ok, "{r:?}");
            }
        }
        // CSV, and the languages.
        let csv = text(&kartla(db, &["stats", "--by", "language", "--format", "csv"], None));
        assert!(csv.starts_with("language,started,"), "{csv}");
        // What cannot be used is said, and nothing printed.
        for (args, said) in [
            (&["stats", "--by", "person"][..], "--by person"),
            (&["stats", "--from", "2025-13"][..], "not a date"),
            (&["stats", "--from", "2025-06", "--to", "2025-01"][..], "ends"),
            (&["stats", "--format", "xlsx"][..], "--format xlsx"),
            (&["stats", "--org", "NOWHERE"][..], "no organisation"),
        ] {
            let out = kartla(db, args, None);
            assert!(!out.status.success(), "{args:?}");
            assert!(text(&out).is_empty(), "{args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(said), "{args:?}: {err}");
        }
        let out = Command::new(env!("CARGO_BIN_EXE_kartla"))
            .args(["stats"])
            .env("KARTLA_DATABASE_URL", &db.url)
            .env("KARTLA_STATS_THRESHOLD", "2")
            .output()
            .expect("kartla runs");
        assert!(!out.status.success());
        assert!(String::from_utf8_lossy(&out.stderr).contains("at least 3"));
    }
);
