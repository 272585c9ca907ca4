//! Uploads waiting for an administrator to look at the preview and confirm: what was read
//! (frameworks, or the problems that refused the files) is kept, so that confirming writes
//! exactly what the preview showed, once.
use super::{frameworks, json, Db, Json};
use crate::domain::{FrameworkContent, ImportError, ImportFormat, Planned, Timestamp, UserId};
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
    pub created_at: Timestamp,
    pub applied_at: Option<Timestamp>,
}

/// A `pending_imports` row as stored.
#[derive(sqlx::FromRow)]
struct Stored {
    id: i64,
    user_id: UserId,
    format: ImportFormat,
    file_names: Json<Vec<String>>,
    result: Json<ImportResult>,
    created_at: Timestamp,
    applied_at: Option<Timestamp>,
}

impl From<Stored> for PendingImport {
    fn from(s: Stored) -> Self {
        PendingImport {
            id: s.id,
            user_id: s.user_id,
            format: s.format,
            file_names: s.file_names.0,
            result: s.result.0,
            created_at: s.created_at,
            applied_at: s.applied_at,
        }
    }
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
    .bind(user)
    .bind(format)
    .bind(json(file_names)?)
    .bind(json(result)?)
    .bind(super::now())
    .fetch_one(db)
    .await
}

pub async fn load(db: &Db, id: i64) -> Result<Option<PendingImport>, sqlx::Error> {
    let row: Option<Stored> = sqlx::query_as(
        "SELECT id, user_id, format, file_names, result, created_at, applied_at
         FROM pending_imports WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.map(Into::into))
}

/// Write what a preview showed, in one transaction with marking it applied: `Ok(None)` when
/// it already was (a second click, another tab, another server at the same moment), and
/// then nothing is written.
pub async fn apply(
    db: &Db,
    id: i64,
    contents: &[FrameworkContent],
    source: ImportFormat,
) -> Result<Option<Vec<Planned>>, frameworks::CatalogueError> {
    let mut tx = super::dialect::begin_write(db).await?;
    let marked = sqlx::query(
        "UPDATE pending_imports SET applied_at = $1 WHERE id = $2 AND applied_at IS NULL",
    )
    .bind(super::now())
    .bind(id)
    .execute(&mut *tx)
    .await?;
    if marked.rows_affected() != 1 {
        return Ok(None);
    }
    let plans = frameworks::import_in(&mut tx, contents, source.as_str(), &mut |_, _| {}).await?;
    tx.commit().await?;
    Ok(Some(plans))
}

/// Forget previews more than a day old: they hold whole uploads, and after a day nobody is
/// about to confirm one. Safe to run from every server at once.
pub async fn prune(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM pending_imports WHERE created_at < $1")
        .bind(super::ago(std::time::Duration::from_secs(24 * 60 * 60)))
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{db_test, users};
    use crate::domain::ImportProblem;
    use crate::i18n::Locale;

    async fn admin(t: &crate::db::testing::TestDb) -> UserId {
        users::create(&t.db, "a@x.se", "A", "h", Locale::BASE)
            .await
            .unwrap()
            .unwrap()
    }

    db_test!(
        async fn a_pending_import_reads_back_and_is_pruned_after_a_day(t) {
            let admin = admin(&t).await;
            let ok = ImportResult::Ok(vec![crate::domain::catalogue::tests::content()]);
            let id = create(&t.db, admin, ImportFormat::Kartla, &["f.toml".into()], &ok)
                .await
                .unwrap();
            let p = load(&t.db, id).await.unwrap().unwrap();
            assert_eq!((p.result, p.file_names), (ok, vec!["f.toml".to_owned()]));
            assert_eq!(p.applied_at, None);

            let refused =
                ImportResult::Refused(vec![ImportError::new("x", ImportProblem::MissingFile)]);
            let id2 = create(&t.db, admin, ImportFormat::Esco, &[], &refused)
                .await
                .unwrap();
            assert_eq!(load(&t.db, id2).await.unwrap().unwrap().result, refused);
            // Fresh previews survive pruning; a day-old one does not.
            assert_eq!(prune(&t.db).await.unwrap(), 0);
            sqlx::query("UPDATE pending_imports SET created_at = $1 WHERE id = $2")
                .bind(crate::db::ago(std::time::Duration::from_secs(24 * 60 * 60 + 1)))
                .bind(id2)
                .execute(&t.db)
                .await
                .unwrap();
            assert_eq!(prune(&t.db).await.unwrap(), 1);
            assert!(load(&t.db, id2).await.unwrap().is_none());
        }
    );

    db_test!(
        async fn an_import_confirmed_twice_at_the_same_moment_is_applied_once(t) {
            let admin = admin(&t).await;
            let content = crate::domain::catalogue::tests::content();
            let ok = ImportResult::Ok(vec![content.clone()]);
            let id = create(&t.db, admin, ImportFormat::Kartla, &[], &ok)
                .await
                .unwrap();
            let confirms = (0..6).map(|_| {
                let db = t.db.clone();
                let contents = vec![content.clone()];
                async move { apply(&db, id, &contents, ImportFormat::Kartla).await }
            });
            let done = futures::future::join_all(confirms).await;
            let applied: Vec<_> = done
                .into_iter()
                .filter_map(|r| r.unwrap())
                .collect();
            assert_eq!(applied, [vec![Planned::New]]);
            assert_eq!(frameworks::list_versions(&t.db).await.unwrap().len(), 1);
            assert!(load(&t.db, id).await.unwrap().unwrap().applied_at.is_some());
        }
    );
}
