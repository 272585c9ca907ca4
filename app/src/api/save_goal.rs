//! The participant says what they aim for with the mapping: a course, an exam, a job.
use crate::domain::MappingId;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalInput {
    pub mapping_id: MappingId,
    #[serde(default)]
    pub goal: String,
}

#[server(prefix = "/api", endpoint = "save_goal")]
pub async fn save_goal(input: GoalInput) -> Result<(), AppError> {
    use crate::domain::Goal;
    use crate::error::FieldError;
    let (_, record) =
        super::visible_mapping(input.mapping_id, crate::domain::policy::Action::Edit).await?;
    if !record.status.editable_by_owner() {
        return Err(AppError::Conflict("already-submitted".into()));
    }
    let goal = Goal::parse(&input.goal).map_err(|_| {
        AppError::Validation(vec![FieldError {
            field: "goal".into(),
            code: "too-long".into(),
        }])
    })?;
    let st = crate::auth::state()?;
    crate::db::mappings::set_goal(&st.db, input.mapping_id, &goal).await?;
    leptos_axum::redirect(&format!("/mappings/{}?goal=saved", input.mapping_id));
    Ok(())
}
