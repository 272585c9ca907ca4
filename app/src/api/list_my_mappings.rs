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
    /// The frameworks' titles in the reader's language.
    pub title: String,
    pub updated_at: crate::domain::Timestamp,
}

#[cfg(feature = "ssr")]
impl MappingListItem {
    pub fn new(m: crate::db::mappings::MappingSummary, lang: crate::i18n::Locale) -> Self {
        let title = crate::domain::localized::joined(&m.framework_titles, lang.tag());
        MappingListItem {
            id: m.id,
            status: m.status,
            person_name: m.owner_name,
            framework_codes: m.framework_codes,
            title,
            updated_at: m.updated_at,
        }
    }
}

#[server(prefix = "/api", endpoint = "list_my_mappings")]
pub async fn list_my_mappings() -> Result<Vec<MappingListItem>, AppError> {
    let user = crate::access::require_own(
        crate::domain::policy::Kind::Mapping,
        crate::domain::policy::Action::View,
    )
    .await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    Ok(crate::db::mappings::list_for_owner(&st.db, user.id)
        .await?
        .into_iter()
        .map(|m| MappingListItem::new(m, lang))
        .collect())
}
