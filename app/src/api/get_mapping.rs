//! One mapping as its owner sees it (staff read the versions handed in, on the case).
use crate::domain::MappingId;
use crate::error::AppError;
use crate::view_model::MappingView;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "get_mapping")]
pub async fn get_mapping(id: MappingId) -> Result<MappingView, AppError> {
    let (user, record) = super::visible_mapping(id, crate::domain::policy::Action::View).await?;
    let lang = crate::auth::request_locale();
    let is_owner = record.person.id == user.id;
    let mut view = MappingView::from_record(&record, lang.tag(), is_owner);
    if !is_owner {
        return Ok(view);
    }
    // Only the person who typed it gets text back that could not be saved.
    let st = crate::auth::state()?;
    view.case = crate::db::cases::of_mapping(&st.db, id)
        .await?
        .map(|c| c.id);
    Ok(view.with_rejected(crate::db::mappings::rejected(&st.db, id).await?))
}
