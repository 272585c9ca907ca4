//! A participant starts mapping against a framework.
use crate::domain::FrameworkId;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StartMappingInput {
    pub framework_id: FrameworkId,
}

#[server(prefix = "/api", endpoint = "start_mapping")]
pub async fn start_mapping(input: StartMappingInput) -> Result<(), AppError> {
    use crate::db;
    let user = crate::access::require_own(
        crate::domain::policy::Kind::Mapping,
        crate::domain::policy::Action::Create,
    )
    .await?;
    let st = crate::auth::state()?;
    if !db::frameworks::is_current(&st.db, input.framework_id).await? {
        return Err(AppError::field("framework_id", "unknown-framework"));
    }
    let id = db::mappings::start(&st.db, user.id, input.framework_id).await?;
    leptos_axum::redirect(&format!("/mappings/{id}"));
    Ok(())
}
