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

/// Forget previews more than a day old: they hold whole uploads, and after a day nobody is
/// about to confirm one.
pub async fn prune(db: &Db) -> Result<u64, sqlx::Error> {
    let cutoff = time::OffsetDateTime::now_utc() - time::Duration::days(1);
    let cutoff = cutoff
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let done = sqlx::query("DELETE FROM pending_imports WHERE created_at < $1")
        .bind(cutoff)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::fresh;
    use crate::db::users;
    use crate::domain::{ImportProblem, Role};
    use crate::i18n::Locale;

    #[tokio::test]
    async fn a_pending_import_reads_back_and_applies_once() {
        let t = fresh().await;
        let admin = users::create(&t.db, "a@x.se", "A", "h", Role::Admin, Locale::Sv)
            .await
            .unwrap()
            .unwrap();
        let ok = ImportResult::Ok(vec![crate::domain::catalogue::tests::content()]);
        let id = create(&t.db, admin, ImportFormat::Kartla, &["f.toml".into()], &ok)
            .await
            .unwrap();
        let p = load(&t.db, id).await.unwrap().unwrap();
        assert_eq!((p.result, p.file_names), (ok, vec!["f.toml".to_owned()]));
        assert!(mark_applied(&t.db, id).await.unwrap());
        assert!(!mark_applied(&t.db, id).await.unwrap(), "only once");

        let refused =
            ImportResult::Refused(vec![ImportError::new("x", ImportProblem::MissingFile)]);
        let id2 = create(&t.db, admin, ImportFormat::Esco, &[], &refused)
            .await
            .unwrap();
        assert_eq!(load(&t.db, id2).await.unwrap().unwrap().result, refused);
        // Fresh previews survive pruning; a day-old one does not.
        assert_eq!(prune(&t.db).await.unwrap(), 0);
        sqlx::query("UPDATE pending_imports SET created_at = '2000-01-01T00:00:00Z' WHERE id = $1")
            .bind(id2)
            .execute(&t.db)
            .await
            .unwrap();
        assert_eq!(prune(&t.db).await.unwrap(), 1);
        assert!(load(&t.db, id2).await.unwrap().is_none());
    }
}
