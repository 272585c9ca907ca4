//! Lists of versions and the questions about one version that choosing a framework asks.
use super::FrameworkSummary;
use crate::db::{Db, Json};
use crate::domain::{FrameworkId, FrameworkKind, LocalizedText, Timestamp, VersionStatus};
use sqlx::AnyConnection;

/// The columns every list selects, for [`SummaryRow`].
macro_rules! summary_select {
    () => {
        "SELECT f.id, f.kind, f.code, f.version, f.status, f.title, f.languages, f.published_at,
f.criteria_count
         FROM frameworks f"
    };
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: FrameworkId,
    kind: FrameworkKind,
    code: String,
    version: i64,
    status: VersionStatus,
    title: Json<LocalizedText>,
    languages: Json<Vec<String>>,
    published_at: Option<Timestamp>,
    criteria_count: i64,
}

impl From<SummaryRow> for FrameworkSummary {
    fn from(r: SummaryRow) -> Self {
        FrameworkSummary {
            id: r.id,
            kind: r.kind,
            code: r.code,
            version: r.version,
            status: r.status,
            title: r.title.0,
            criteria: r.criteria_count,
            languages: r.languages.0,
            published_at: r.published_at,
        }
    }
}

fn summaries(rows: Vec<SummaryRow>) -> Vec<FrameworkSummary> {
    rows.into_iter().map(Into::into).collect()
}

/// The newest published version of every framework, ordered by kind and code.
pub async fn list_current(db: &Db) -> Result<Vec<FrameworkSummary>, sqlx::Error> {
    let rows = sqlx::query_as(concat!(
        summary_select!(),
        " WHERE f.status = $1 AND f.version = (SELECT MAX(g.version) FROM frameworks g WHERE g.code = f.code AND g.status = $1)
         ORDER BY f.kind, f.code"
    ))
    .bind(VersionStatus::Published)
    .fetch_all(db)
    .await?;
    Ok(summaries(rows))
}

/// Every version of every framework, drafts included, by code and version.
pub async fn list_versions(db: &Db) -> Result<Vec<FrameworkSummary>, sqlx::Error> {
    let rows = sqlx::query_as(concat!(summary_select!(), " ORDER BY f.code, f.version"))
        .fetch_all(db)
        .await?;
    Ok(summaries(rows))
}

/// The versions of one code, oldest first.
pub async fn versions_of(db: &Db, code: &str) -> Result<Vec<FrameworkSummary>, sqlx::Error> {
    let rows = sqlx::query_as(concat!(
        summary_select!(),
        " WHERE f.code = $1 ORDER BY f.version"
    ))
    .bind(code)
    .fetch_all(db)
    .await?;
    Ok(summaries(rows))
}

pub(super) async fn current_id_in(
    conn: &mut AnyConnection,
    code: &str,
) -> Result<Option<FrameworkId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT id FROM frameworks WHERE code = $1 AND status = $2 ORDER BY version DESC LIMIT 1",
    )
    .bind(code)
    .bind(VersionStatus::Published)
    .fetch_optional(&mut *conn)
    .await
}

/// The newest published version of a code.
pub async fn current_id(db: &Db, code: &str) -> Result<Option<FrameworkId>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    current_id_in(&mut conn, code).await
}

/// A version by code and number.
pub async fn version_id(
    db: &Db,
    code: &str,
    version: i64,
) -> Result<Option<FrameworkId>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM frameworks WHERE code = $1 AND version = $2")
        .bind(code)
        .bind(version)
        .fetch_optional(db)
        .await
}

/// Whether a mapping may be started against this version: it exists and is published.
pub async fn is_published(db: &Db, id: FrameworkId) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM frameworks WHERE id = $1 AND status = $2")
            .bind(id)
            .bind(VersionStatus::Published)
            .fetch_one(db)
            .await?;
    Ok(n > 0)
}

/// Whether a mapping may be started against this version: it is the newest published one.
pub async fn is_current(db: &Db, id: FrameworkId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM frameworks f WHERE f.id = $1 AND f.status = $2
         AND f.version = (SELECT MAX(g.version) FROM frameworks g WHERE g.code = f.code AND g.status = $2)",
    )
    .bind(id)
    .bind(VersionStatus::Published)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}
