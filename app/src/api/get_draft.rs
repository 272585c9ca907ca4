//! A draft as the editor shows it.
use crate::domain::{DraftDoc, FrameworkId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftView {
    pub id: FrameworkId,
    pub version: i64,
    pub doc: DraftDoc,
}

#[server(prefix = "/api", endpoint = "get_draft")]
pub async fn get_draft(id: FrameworkId) -> Result<DraftView, AppError> {
    crate::access::require_all(
        crate::domain::policy::Kind::FrameworkDraft,
        crate::domain::policy::Action::View,
    )
    .await?;
    let st = crate::auth::state()?;
    let d = crate::db::frameworks::load_draft(&st.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(DraftView {
        id: d.id,
        version: d.version,
        doc: d.doc,
    })
}
