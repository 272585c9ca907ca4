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
    pub title: String,
    pub criteria: i64,
}

#[server(prefix = "/api", endpoint = "list_frameworks")]
pub async fn list_frameworks() -> Result<Vec<FrameworkChoice>, AppError> {
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    Ok(crate::db::frameworks::list_current(&st.db)
        .await?
        .into_iter()
        .map(|f| FrameworkChoice {
            id: f.id,
            kind: f.kind,
            code: f.code,
            version: f.version,
            title: f.title.get(lang.tag()).to_owned(),
            criteria: f.criteria,
        })
        .collect())
}
