//! The validator's queue: the handed-in mappings of the people their organisations serve,
//! waiting ones first.
use super::MappingListItem;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "list_review_queue")]
pub async fn list_review_queue() -> Result<Vec<MappingListItem>, AppError> {
    use crate::domain::policy::{Action, Kind};
    let (_, scope) = crate::access::require_scope(Kind::Mapping, Action::Assess).await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    Ok(
        crate::db::mappings::list_handed_in_served_by(&st.db, &scope.served_by)
            .await?
            .into_iter()
            .map(|m| MappingListItem::new(m, lang))
            .collect(),
    )
}
