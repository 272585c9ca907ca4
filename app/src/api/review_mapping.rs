//! A validator decides: the mapping is reviewed, or goes back for additions.
use crate::domain::MappingId;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewInput {
    pub mapping_id: MappingId,
    /// `reviewed` or `returned`.
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub comment: String,
}

pub const MAX_COMMENT: usize = 5000;

#[server(prefix = "/api", endpoint = "review_mapping")]
pub async fn review_mapping(input: ReviewInput) -> Result<(), AppError> {
    use crate::db::mappings::{self, TransitionError};
    use crate::domain::Transition;
    use crate::error::FieldError;
    let (user, record) =
        super::visible_mapping(input.mapping_id, crate::domain::policy::Action::Assess).await?;
    let comment = input.comment.replace("\r\n", "\n").trim().to_owned();
    let mut errors = vec![];
    let transition = match input.decision.as_str() {
        "reviewed" => Some(Transition::MarkReviewed),
        "returned" => Some(Transition::Return),
        _ => {
            errors.push(FieldError {
                field: "decision".into(),
                code: "required".into(),
            });
            None
        }
    };
    if comment.chars().count() > MAX_COMMENT {
        errors.push(FieldError {
            field: "comment".into(),
            code: "too-long".into(),
        });
    } else if transition == Some(Transition::Return) && comment.is_empty() {
        errors.push(FieldError {
            field: "comment".into(),
            code: "required".into(),
        });
    }
    let Some(transition) = transition.filter(|_| errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    if record.status.apply(transition).is_err() {
        return Err(AppError::Conflict("already-decided".into()));
    }
    let st = crate::auth::state()?;
    match mappings::transition(&st.db, input.mapping_id, user.id, transition, &comment).await {
        Ok(_) => {}
        Err(TransitionError::Illegal(_)) => {
            return Err(AppError::Conflict("already-decided".into()))
        }
        Err(TransitionError::NotFound) => return Err(AppError::NotFound),
        Err(TransitionError::Db(e)) => return Err(e.into()),
    }
    leptos_axum::redirect("/review");
    Ok(())
}
