//! A participant's own mappings.
use crate::domain::{MappingId, MappingStatus};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MappingListItem {
    pub id: MappingId,
    pub status: MappingStatus,
    pub person_name: String,
    pub framework_codes: Vec<String>,
    pub updated_at: String,
}

#[cfg(feature = "ssr")]
impl From<crate::db::mappings::MappingSummary> for MappingListItem {
    fn from(m: crate::db::mappings::MappingSummary) -> Self {
        MappingListItem {
            id: m.id,
            status: m.status,
            person_name: m.owner_name,
            framework_codes: m.framework_codes,
            updated_at: m.updated_at,
        }
    }
}

#[server(prefix = "/api", endpoint = "list_my_mappings")]
pub async fn list_my_mappings() -> Result<Vec<MappingListItem>, AppError> {
    let user = crate::auth::require_role(crate::domain::Role::Participant).await?;
    let st = crate::auth::state()?;
    Ok(crate::db::mappings::list_for_owner(&st.db, user.id)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}
