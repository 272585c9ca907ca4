//! Uploads waiting for an administrator to look at the preview and confirm: what was read
//! (frameworks, or the problems that refused the files) is kept, so that confirming writes
//! exactly what the preview showed.
use super::Db;
use crate::domain::{FrameworkContent, ImportError, ImportFormat, UserId};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportResult {
    Ok(Vec<FrameworkContent>),
    Refused(Vec<ImportError>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PendingImport {
    pub id: i64,
    pub user_id: UserId,
    pub format: ImportFormat,
    pub file_names: Vec<String>,
    pub result: ImportResult,
    pub created_at: String,
    pub applied_at: Option<String>,
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

pub async fn create(
    db: &Db,
    user: UserId,
    format: ImportFormat,
    file_names: &[String],
    result: &ImportResult,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO pending_imports (user_id, format, file_names, result, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(user.0)
    .bind(format.as_str())
    .bind(json(&file_names))
    .bind(json(result))
    .bind(super::now())
    .fetch_one(db)
    .await
}

type Row = (i64, i64, String, String, String, String, Option<String>);

pub async fn load(db: &Db, id: i64) -> Result<Option<PendingImport>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT id, user_id, format, file_names, result, created_at, applied_at
         FROM pending_imports WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    let Some((id, user_id, format, names, result, created_at, applied_at)) = row else {
        return Ok(None);
    };
    let decode = |e: String| sqlx::Error::Decode(e.into());
    Ok(Some(PendingImport {
        id,
        user_id: UserId(user_id),
        format: format.parse().map_err(decode)?,
        file_names: serde_json::from_str(&names).map_err(|e| decode(e.to_string()))?,
        result: serde_json::from_str(&result).map_err(|e| decode(e.to_string()))?,
        created_at,
        applied_at,
    }))
}

/// Mark an import as written; `false` when it already was (a second click, another tab).
pub async fn mark_applied(db: &Db, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE pending_imports SET applied_at = $1 WHERE id = $2 AND applied_at IS NULL",
    )
    .bind(super::now())
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Forget previews older than a day that nobody confirmed: they hold whole uploads.
pub async fn prune(db: &Db, older_than: &str) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM pending_imports WHERE created_at < $1")
        .bind(older_than)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
