//! The participant hands the mapping in for assessment.
use crate::domain::MappingId;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmitInput {
    pub mapping_id: MappingId,
}

#[server(prefix = "/api", endpoint = "submit_mapping")]
pub async fn submit_mapping(input: SubmitInput) -> Result<(), AppError> {
    use crate::db::mappings::{self, TransitionError};
    use crate::domain::mapping::Incomplete;
    use crate::domain::Transition;
    use crate::error::FieldError;
    let (user, record) =
        super::visible_mapping(input.mapping_id, crate::domain::policy::Action::HandIn).await?;
    if !record.status.editable_by_owner() {
        return Err(AppError::Conflict("already-submitted".into()));
    }
    let missing = record.missing_for_submission();
    if !missing.is_empty() {
        return Err(AppError::Validation(
            missing
                .into_iter()
                .map(|m| match m {
                    Incomplete::NotRated(c) => FieldError {
                        field: format!("criterion-{c}"),
                        code: "not-rated".into(),
                    },
                    Incomplete::NoDescription(c) => FieldError {
                        field: format!("criterion-{c}"),
                        code: "no-description".into(),
                    },
                })
                .collect(),
        ));
    }
    let st = crate::auth::state()?;
    match mappings::transition(&st.db, input.mapping_id, user.id, Transition::Submit, "").await {
        Ok(_) => {}
        Err(TransitionError::Illegal(_)) => {
            return Err(AppError::Conflict("already-submitted".into()))
        }
        Err(TransitionError::NotFound) => return Err(AppError::NotFound),
        Err(TransitionError::Db(e)) => return Err(e.into()),
    }
    leptos_axum::redirect(&format!("/mappings/{}", input.mapping_id));
    Ok(())
}
