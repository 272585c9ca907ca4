//! The two schemas: the same migrations on both engines, and an installation from before
//! integer times keeping every time it had.
use super::*;

fn names(dir: &str) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut names: Vec<String> = std::fs::read_dir(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    names.sort();
    names
}

#[test]
fn both_engines_have_the_same_migrations() {
    let sqlite = names("../migrations/sqlite");
    let postgres = names("../migrations/postgres");
    assert!(sqlite.len() >= 9, "{sqlite:?}");
    assert_eq!(
        sqlite, postgres,
        "migrations/sqlite and migrations/postgres differ"
    );
}

#[tokio::test]
async fn a_sqlite_installation_from_before_keeps_its_times_as_integers() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("old.db").display());
    let db = connect(&url, Some(1)).await.unwrap();
    sqlx::migrate!("../migrations/sqlite")
        .run_to(8, &db)
        .await
        .unwrap();
    for sql in [
        "INSERT INTO users (id, email, name, password_hash, role, locale, created_at)
         VALUES (1, 'p@x.se', 'P', 'h', 'participant', 'sv', '2026-11-30T19:59:58Z')",
        "INSERT INTO sessions VALUES ('t', 1, '2026-11-30T19:59:58.5Z', '2026-11-30T20:59:58.123456789Z')",
        "INSERT INTO frameworks (id, kind, code, version, title, created_at, status, published_at)
         VALUES (1, 'course', 'K1', 1, '{\"sv\":\"K\"}', '2020-01-01T00:00:00Z', 'draft', NULL)",
        "INSERT INTO sections (framework_id, position, title) VALUES (1, 0, '{\"sv\":\"S\"}')",
        "UPDATE frameworks SET status = 'published', published_at = '2020-01-02T00:00:00.25Z'",
        "INSERT INTO mappings (id, owner_id, status, created_at, updated_at)
         VALUES (1, 1, 'draft', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00.5Z')",
    ] {
        sqlx::query(sql).execute(&db).await.unwrap();
    }
    migrate(&db).await.unwrap();
    let t = |s: &str| s.parse::<Timestamp>().unwrap();
    let (created, expires): (Timestamp, Timestamp) =
        sqlx::query_as("SELECT created_at, expires_at FROM sessions")
            .fetch_one(&db)
            .await
            .unwrap();
    assert_eq!(created, t("2026-11-30T19:59:58.5Z"));
    assert_eq!(expires, t("2026-11-30T20:59:58.123456Z"));
    let published: Option<Timestamp> = sqlx::query_scalar("SELECT published_at FROM frameworks")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(published, Some(t("2020-01-02T00:00:00.25Z")));
    // The rows kept their links, and a published version is still beyond change.
    let sections: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sections WHERE framework_id = 1")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(sections, 1);
    assert!(sqlx::query("DELETE FROM sections WHERE framework_id = 1")
        .execute(&db)
        .await
        .is_err());
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    let fk: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
        .fetch_all(&db)
        .await
        .unwrap();
    assert!(fk.is_empty(), "{fk:?}");
}

/// An installation from before organisations: every person keeps what they could do.
async fn people_from_before_organisations_keep_their_roles(url: &str, engine: Engine) {
    let db = connect(url, Some(1)).await.unwrap();
    let before = match engine {
        Engine::Sqlite => sqlx::migrate!("../migrations/sqlite").run_to(9, &db).await,
        Engine::Postgres => {
            sqlx::migrate!("../migrations/postgres")
                .run_to(9, &db)
                .await
        }
    };
    before.unwrap();
    for (id, role) in [
        (1, "participant"),
        (2, "validator"),
        (3, "admin"),
        (4, "participant"),
    ] {
        sqlx::query(
            "INSERT INTO users (id, email, name, password_hash, role, locale, created_at)
             VALUES ($1, $2, 'N', 'h', $3, 'sv', $4)",
        )
        .bind(id as i64)
        .bind(format!("{id}@x.se"))
        .bind(role)
        .bind(1_000_000 * id as i64)
        .execute(&db)
        .await
        .unwrap();
    }
    migrate(&db).await.unwrap();
    let held: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT m.user_id, o.kind, o.code, m.role FROM memberships m
         JOIN organisations o ON o.id = m.organisation_id ORDER BY m.user_id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    let held: Vec<(i64, &str, &str, &str)> = held
        .iter()
        .map(|(u, k, c, r)| (*u, k.as_str(), c.as_str(), r.as_str()))
        .collect();
    assert_eq!(
        held,
        [
            (1, "municipality", "HOME", "participant"),
            (2, "region", "REGION", "validator"),
            (3, "region", "REGION", "installation_admin"),
            (4, "municipality", "HOME", "participant"),
        ]
    );
}

#[tokio::test]
async fn sqlite_people_from_before_organisations_keep_their_roles() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("old.db").display());
    people_from_before_organisations_keep_their_roles(&url, Engine::Sqlite).await;
}

#[tokio::test]
async fn postgres_people_from_before_organisations_keep_their_roles() {
    let url = testing::empty_postgres().await;
    people_from_before_organisations_keep_their_roles(&url, Engine::Postgres).await;
}
