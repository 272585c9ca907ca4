//! The validator's queue: every handed-in mapping, waiting ones first.
use super::MappingListItem;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "list_review_queue")]
pub async fn list_review_queue() -> Result<Vec<MappingListItem>, AppError> {
    crate::auth::require_role(crate::domain::Role::Validator).await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    Ok(crate::db::mappings::list_for_validators(&st.db)
        .await?
        .into_iter()
        .map(|m| MappingListItem::new(m, lang))
        .collect())
}
