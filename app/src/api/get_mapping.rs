//! One mapping as its owner or a validator sees it.
use crate::domain::MappingId;
use crate::error::AppError;
use crate::view_model::MappingView;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "get_mapping")]
pub async fn get_mapping(id: MappingId) -> Result<MappingView, AppError> {
    let (user, record) = super::visible_mapping(id).await?;
    let lang = crate::auth::request_locale();
    Ok(MappingView::from_record(
        &record,
        lang.tag(),
        record.person.id == user.id,
    ))
}
