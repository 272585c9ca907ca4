//! The catalogue of frameworks (courses and occupations). Each row of `frameworks` is one
//! version: a draft that an administrator edits, or a published version that never changes
//! (the schema refuses it, on both engines) and that mappings are started against.
//!
//! Every transaction that writes the catalogue takes [`dialect::Lock::Catalogue`] first: it
//! reads what is there (the next version number, whether a draft exists) before it decides
//! what to write, and on PostgreSQL other servers write at the same time.
mod drafts;
mod import;
mod lists;
mod load;
mod published;

pub use drafts::{
    create_draft, discard_draft, draft_for, load_draft, publish, update_draft, Draft,
};
pub use import::{import, import_in, plan};
pub use lists::{
    current_id, is_current, is_published, list_current, list_versions, version_id, versions_of,
};
pub use load::load_many;
pub use published::Published;

use super::{dialect, Db};
use crate::domain::{
    ContentProblem, ExternalRef, FrameworkContent, FrameworkId, FrameworkKind, LocalizedText,
    Timestamp, VersionStatus,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One version in a list: enough to choose a framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameworkSummary {
    pub id: FrameworkId,
    pub kind: FrameworkKind,
    pub code: String,
    pub version: i64,
    pub status: VersionStatus,
    pub title: LocalizedText,
    pub criteria: i64,
    /// The languages every text of this version exists in.
    pub languages: Vec<String>,
    pub published_at: Option<Timestamp>,
}

pub use crate::domain::catalogue::Planned;

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error("no such framework version")]
    NotFound,
    #[error("only a draft can change")]
    NotADraft,
    #[error("the code is taken by another framework")]
    CodeTaken,
    #[error("a draft of {code} (version {version}) is being edited")]
    DraftInTheWay { code: String, version: i64 },
    #[error("the framework has problems")]
    Invalid(Vec<ContentProblem>),
}

impl From<CatalogueError> for crate::error::AppError {
    fn from(e: CatalogueError) -> Self {
        use crate::error::AppError;
        match e {
            CatalogueError::Db(e) => e.into(),
            CatalogueError::NotFound => AppError::NotFound,
            CatalogueError::NotADraft => AppError::Conflict("not-a-draft".into()),
            CatalogueError::CodeTaken => AppError::Conflict("code-taken".into()),
            CatalogueError::DraftInTheWay { .. } => AppError::Conflict("draft-in-the-way".into()),
            CatalogueError::Invalid(_) => AppError::BadRequest,
        }
    }
}

/// SHA-256 of the content in its canonical JSON form (maps are ordered), hex.
pub fn fingerprint(content: &FrameworkContent) -> String {
    let json = serde_json::to_vec(content).unwrap_or_default();
    Sha256::digest(&json)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A reference to an outside system as two nullable columns, both set or both empty.
fn split_external(
    e: Option<&ExternalRef>,
) -> (Option<crate::domain::ExternalSystem>, Option<String>) {
    match e {
        Some(e) => (Some(e.system), Some(e.id.clone())),
        None => (None, None),
    }
}

fn join_external(
    system: Option<crate::domain::ExternalSystem>,
    id: Option<String>,
) -> Option<ExternalRef> {
    match (system, id) {
        (Some(system), Some(id)) => Some(ExternalRef { system, id }),
        _ => None,
    }
}

/// Begin a transaction that writes the catalogue, holding its lock.
async fn begin(db: &Db) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    let mut tx = dialect::begin_write(db).await?;
    dialect::lock(&mut tx, dialect::Lock::Catalogue).await?;
    Ok(tx)
}

#[cfg(test)]
pub(crate) mod tests;
