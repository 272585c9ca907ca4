//! The frameworks a person can map against, in the reader's language.
use crate::domain::{FrameworkId, FrameworkKind};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameworkChoice {
    pub id: FrameworkId,
    pub kind: FrameworkKind,
    pub code: String,
    pub version: i64,
    pub title: crate::catalogue_view::ShownText,
    pub criteria: i64,
}

/// The most frameworks offered on a participant's own page; the catalogue has them all.
pub const MAX_CHOICES: usize = 20;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FrameworkChoices {
    pub items: Vec<FrameworkChoice>,
    /// How many the catalogue holds in all.
    pub total: usize,
}

#[server(prefix = "/api", endpoint = "list_frameworks")]
pub async fn list_frameworks() -> Result<FrameworkChoices, AppError> {
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let all = crate::db::frameworks::list_current(&st.db).await?;
    let total = all.len();
    let items = all
        .into_iter()
        .take(MAX_CHOICES)
        .map(|f| FrameworkChoice {
            id: f.id,
            kind: f.kind,
            code: f.code,
            version: f.version,
            title: crate::catalogue_view::ShownText::resolve(&f.title, lang.tag()),
            criteria: f.criteria,
        })
        .collect();
    Ok(FrameworkChoices { items, total })
}
