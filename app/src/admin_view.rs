//! What the administrator's catalogue pages show.
use crate::domain::{FrameworkId, FrameworkKind, ImportError, ImportFormat, Planned};
use serde::{Deserialize, Serialize};

/// One framework in the administrator's list: its newest published version and its draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminFramework {
    pub code: String,
    pub kind: FrameworkKind,
    pub title: String,
    pub published: Option<i64>,
    pub versions: usize,
    pub draft: Option<(FrameworkId, i64)>,
    pub criteria: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminCatalogueList {
    pub rows: Vec<AdminFramework>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
}

/// A problem with an upload, ready to be said in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportErrorView {
    pub file: String,
    pub line: Option<u64>,
    pub field: Option<String>,
    pub key: String,
    pub detail: Option<String>,
}

impl From<&ImportError> for ImportErrorView {
    fn from(e: &ImportError) -> Self {
        Self {
            file: e.file.clone(),
            line: e.line,
            field: e.field.clone(),
            key: e.message_key().to_owned(),
            detail: e.detail(),
        }
    }
}

/// One framework an upload holds, and what confirming would do with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreviewRow {
    pub code: String,
    pub kind: FrameworkKind,
    pub title: String,
    pub sections: usize,
    pub criteria: usize,
    pub languages: Vec<String>,
    pub plan: Planned,
}

/// How an upload's frameworks divide up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewCounts {
    pub total: usize,
    pub new: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub blocked: usize,
}

impl PreviewCounts {
    pub fn of(plans: impl IntoIterator<Item = Planned>) -> Self {
        let mut c = Self::default();
        for p in plans {
            c.total += 1;
            match p {
                Planned::New => c.new += 1,
                Planned::NewVersion { .. } => c.changed += 1,
                Planned::Unchanged { .. } => c.unchanged += 1,
                Planned::DraftInTheWay { .. } => c.blocked += 1,
            }
        }
        c
    }
    /// How many frameworks confirming would write.
    pub fn writes(&self) -> usize {
        self.new + self.changed
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub id: i64,
    pub format: ImportFormat,
    pub files: Vec<String>,
    pub applied: bool,
    /// The first [`PREVIEW_ROWS`] frameworks, those that would be written first.
    pub rows: Vec<PreviewRow>,
    pub counts: PreviewCounts,
    pub errors: Vec<ImportErrorView>,
}

/// Previews list at most this many frameworks; the counts cover them all.
pub const PREVIEW_ROWS: usize = 200;
