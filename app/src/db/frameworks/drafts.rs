//! Drafts: a framework version the editor keeps whole as a document, blanks and all, until it
//! is published and from then on never changes.
use super::import::{code_state, write_sections};
use super::load::load_in;
use super::{begin, fingerprint, lists, split_external, CatalogueError};
use crate::db::{json, Db, Json};
use crate::domain::{ContentProblem, DraftDoc, FrameworkContent, FrameworkId, VersionStatus};
use sqlx::AnyConnection;
use std::collections::BTreeMap;

/// A draft with its number.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: FrameworkId,
    pub version: i64,
    pub doc: DraftDoc,
}

fn check(content: &FrameworkContent) -> Result<(), CatalogueError> {
    let problems = content.problems();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(CatalogueError::Invalid(problems))
    }
}

/// A draft's title as the lists show it: its titles, with its code (never blank) standing in
/// for a Swedish one it does not have yet.
fn draft_title(doc: &DraftDoc) -> BTreeMap<String, String> {
    let mut title = doc.title.clone();
    title.retain(|_, t| !t.trim().is_empty());
    title
        .entry(crate::i18n::Locale::BASE.tag().to_owned())
        .or_insert_with(|| doc.code.clone());
    title
}

async fn insert_draft(
    tx: &mut AnyConnection,
    doc: &DraftDoc,
    version: i64,
) -> Result<FrameworkId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO frameworks (kind, code, version, title, created_at, status, source, languages, criteria_count, draft_doc)
         VALUES ($1, $2, $3, $4, $5, $6, 'editor', $7, $8, $9) RETURNING id",
    )
    .bind(doc.kind)
    .bind(&doc.code)
    .bind(version)
    .bind(json(&draft_title(doc))?)
    .bind(crate::db::now())
    .bind(VersionStatus::Draft)
    .bind(json(&doc.languages)?)
    .bind(doc.criteria_count() as i64)
    .bind(json(doc)?)
    .fetch_one(&mut *tx)
    .await
}

/// Start a new framework as a draft, version 1. Its code must be valid and new.
pub async fn create_draft(db: &Db, doc: &DraftDoc) -> Result<FrameworkId, CatalogueError> {
    if !crate::domain::catalogue::is_valid_code(&doc.code) {
        return Err(CatalogueError::Invalid(vec![ContentProblem {
            path: "code".into(),
            problem: crate::domain::ContentProblemKind::BadCode,
        }]));
    }
    let mut tx = begin(db).await?;
    let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM frameworks WHERE code = $1")
        .bind(&doc.code)
        .fetch_one(&mut *tx)
        .await?;
    if taken > 0 {
        return Err(CatalogueError::CodeTaken);
    }
    let id = insert_draft(&mut tx, doc, 1).await?;
    tx.commit().await?;
    Ok(id)
}

/// The draft to edit for a code: the existing one, or a new version copied from the newest
/// published one. Asked twice at once, it gives both the same draft.
pub async fn draft_for(db: &Db, code: &str) -> Result<FrameworkId, CatalogueError> {
    let mut tx = begin(db).await?;
    let (draft, max_version) = code_state(&mut tx, code)
        .await?
        .ok_or(CatalogueError::NotFound)?;
    if let Some(id) = draft {
        return Ok(id);
    }
    let Some(current) = lists::current_id_in(&mut tx, code).await? else {
        return Err(CatalogueError::NotFound);
    };
    let content = load_in(&mut tx, &[current])
        .await?
        .into_iter()
        .next()
        .ok_or(CatalogueError::NotFound)?
        .content();
    let id = insert_draft(&mut tx, &DraftDoc::from_content(&content), max_version + 1).await?;
    tx.commit().await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct DraftRow {
    version: i64,
    draft_doc: Option<Json<DraftDoc>>,
}

/// A draft as the editor left it. A stored document that no longer reads is an error, never
/// an empty draft that the next save would write back.
pub async fn load_draft(db: &Db, id: FrameworkId) -> Result<Option<Draft>, sqlx::Error> {
    let row: Option<DraftRow> =
        sqlx::query_as("SELECT version, draft_doc FROM frameworks WHERE id = $1 AND status = $2")
            .bind(id)
            .bind(VersionStatus::Draft)
            .fetch_optional(db)
            .await?;
    Ok(row.and_then(|r| {
        r.draft_doc.map(|doc| Draft {
            id,
            version: r.version,
            doc: doc.0,
        })
    }))
}

#[derive(sqlx::FromRow)]
struct CodeAndStatus {
    code: String,
    status: VersionStatus,
}

/// Keep the editor's document as it is, blanks and all. The code never changes.
pub async fn update_draft(db: &Db, id: FrameworkId, doc: &DraftDoc) -> Result<(), CatalogueError> {
    let mut tx = begin(db).await?;
    let row: Option<CodeAndStatus> =
        sqlx::query_as("SELECT code, status FROM frameworks WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let row = row.ok_or(CatalogueError::NotFound)?;
    if row.status != VersionStatus::Draft {
        return Err(CatalogueError::NotADraft);
    }
    if row.code != doc.code {
        return Err(CatalogueError::CodeTaken);
    }
    sqlx::query(
        "UPDATE frameworks SET kind = $1, title = $2, languages = $3, criteria_count = $4, draft_doc = $5
         WHERE id = $6",
    )
    .bind(doc.kind)
    .bind(json(&draft_title(doc))?)
    .bind(json(&doc.languages)?)
    .bind(doc.criteria_count() as i64)
    .bind(json(doc)?)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct StatusAndDoc {
    status: VersionStatus,
    draft_doc: Option<Json<DraftDoc>>,
}

/// Make a draft the current version: check it whole, write its sections and criteria, and
/// from then on it never changes.
pub async fn publish(db: &Db, id: FrameworkId) -> Result<(), CatalogueError> {
    let mut tx = begin(db).await?;
    let row: Option<StatusAndDoc> =
        sqlx::query_as("SELECT status, draft_doc FROM frameworks WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let row = row.ok_or(CatalogueError::NotFound)?;
    let (VersionStatus::Draft, Some(doc)) = (row.status, row.draft_doc) else {
        return Err(CatalogueError::NotADraft);
    };
    let content = doc.0.to_content().map_err(CatalogueError::Invalid)?;
    check(&content)?;
    let (ext_system, ext_id) = split_external(content.external.as_ref());
    sqlx::query("DELETE FROM sections WHERE framework_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    write_sections(&mut tx, id, &content).await?;
    sqlx::query(
        "UPDATE frameworks SET kind = $1, title = $2, content_hash = $3, external_system = $4, external_id = $5,
         languages = $6, criteria_count = $7, draft_doc = NULL, status = $8, published_at = $9
         WHERE id = $10 AND status = $11",
    )
    .bind(content.kind)
    .bind(json(&content.title)?)
    .bind(fingerprint(&content))
    .bind(ext_system)
    .bind(ext_id)
    .bind(json(&content.complete_languages())?)
    .bind(content.criteria().count() as i64)
    .bind(VersionStatus::Published)
    .bind(crate::db::now())
    .bind(id)
    .bind(VersionStatus::Draft)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Throw a draft away. Published versions stay.
pub async fn discard_draft(db: &Db, id: FrameworkId) -> Result<(), CatalogueError> {
    let done = sqlx::query("DELETE FROM frameworks WHERE id = $1 AND status = $2")
        .bind(id)
        .bind(VersionStatus::Draft)
        .execute(db)
        .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(CatalogueError::NotADraft)
    }
}
