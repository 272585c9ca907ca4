//! Saving one answer as it changes, for the autosave with JavaScript.
use crate::domain::{CriterionId, MappingId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveAnswerInput {
    pub mapping_id: MappingId,
    pub criterion_id: CriterionId,
    #[serde(default)]
    pub rating: Option<u8>,
    #[serde(default)]
    pub text: String,
    /// The experiences the answer draws on (ids from the owner's merit portfolio).
    #[serde(default)]
    pub experiences: Vec<i64>,
}

#[server(prefix = "/api", endpoint = "save_answer")]
pub async fn save_answer(input: SaveAnswerInput) -> Result<(), AppError> {
    use crate::db::mappings;
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    // Someone else's mapping looks the same as no mapping at all.
    match mappings::owner_and_status(&st.db, input.mapping_id).await? {
        Some((owner, _)) if owner == user.id => {}
        _ => return Err(AppError::NotFound),
    }
    if !mappings::has_criterion(&st.db, input.mapping_id, input.criterion_id).await? {
        return Err(AppError::field(
            format!("criterion-{}", input.criterion_id),
            "unknown-criterion",
        ));
    }
    let (rating, text) = match super::parse_answer(input.criterion_id, input.rating, &input.text) {
        Ok(parsed) => parsed,
        Err(e) => {
            // Kept, so that the text survives even if the page is closed before it is shortened.
            if e.code == "too-long" {
                mappings::keep_rejected(
                    &st.db,
                    input.mapping_id,
                    &[(input.criterion_id, input.text)],
                )
                .await?;
            }
            return Err(AppError::Validation(vec![e]));
        }
    };
    if !mappings::save_answers(
        &st.db,
        input.mapping_id,
        &[(input.criterion_id, rating, text)],
        &[(input.criterion_id, input.experiences.clone())],
    )
    .await?
    {
        return Err(AppError::Conflict("not-editable".into()));
    }
    Ok(())
}
