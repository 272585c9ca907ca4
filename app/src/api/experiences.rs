//! The merit portfolio's server functions. Only the owner reaches an experience; anyone else
//! gets "not found", as with mappings.
use crate::domain::{ExperienceInput, ExperienceKind};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One experience as the portfolio page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExperienceView {
    pub id: i64,
    pub kind: ExperienceKind,
    pub role: String,
    pub place: String,
    pub country: String,
    pub start: String,
    /// Empty while it goes on.
    pub end: String,
    pub tasks: String,
}

/// The experience form: what to fill it with, and whether that is text kept from a save that
/// did not go through.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExperienceFormData {
    pub id: i64,
    pub input: ExperienceInput,
    pub unsaved: bool,
}

#[server(prefix = "/api", endpoint = "list_experiences")]
pub async fn list_experiences() -> Result<Vec<ExperienceView>, AppError> {
    let user = crate::access::require_own(
        crate::domain::policy::Kind::Experience,
        crate::domain::policy::Action::View,
    )
    .await?;
    let st = crate::auth::state()?;
    Ok(crate::db::experiences::list(&st.db, user.id)
        .await?
        .into_iter()
        .map(|r| {
            let form = ExperienceInput::from(&r.experience);
            ExperienceView {
                id: r.id,
                kind: r.experience.kind,
                role: form.role,
                place: form.place,
                country: form.country,
                start: form.start,
                end: form.end,
                tasks: form.tasks,
            }
        })
        .collect())
}

/// The form for experience `id` (0 for a new one).
#[server(prefix = "/api", endpoint = "experience_form")]
pub async fn experience_form(id: i64) -> Result<ExperienceFormData, AppError> {
    use crate::db::experiences;
    let user = crate::access::require_own(
        crate::domain::policy::Kind::Experience,
        crate::domain::policy::Action::View,
    )
    .await?;
    let st = crate::auth::state()?;
    let stored = if id == 0 {
        None
    } else {
        Some(
            experiences::get(&st.db, user.id, id)
                .await?
                .ok_or(AppError::NotFound)?,
        )
    };
    if let Some(input) = experiences::unsaved(&st.db, user.id, id).await? {
        return Ok(ExperienceFormData {
            id,
            input,
            unsaved: true,
        });
    }
    let input = stored
        .map(|r| ExperienceInput::from(&r.experience))
        .unwrap_or_default();
    Ok(ExperienceFormData {
        id,
        input,
        unsaved: false,
    })
}

/// Save experience `id` (0 makes a new one). A form that does not pass the checks is kept to
/// be given back, and its problems are named.
#[server(prefix = "/api", endpoint = "save_experience")]
pub async fn save_experience(id: i64, input: ExperienceInput) -> Result<(), AppError> {
    use crate::db::experiences;
    let action = if id == 0 {
        crate::domain::policy::Action::Create
    } else {
        crate::domain::policy::Action::Edit
    };
    let user = crate::access::require_own(crate::domain::policy::Kind::Experience, action).await?;
    let st = crate::auth::state()?;
    if id != 0 && experiences::get(&st.db, user.id, id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    // Nothing a form holds may be larger than the checks allow; anything over that is not a
    // person's typing and is not kept.
    let experience = match input.check() {
        Ok(e) => e,
        Err(e) => {
            let sane = [
                &input.role,
                &input.place,
                &input.country,
                &input.start,
                &input.end,
            ]
            .iter()
            .all(|v| v.len() <= 4 * crate::domain::experience::MAX_SHORT)
                && input.tasks.len() <= 8 * crate::domain::experience::MAX_TASKS;
            if sane {
                experiences::keep_unsaved(&st.db, user.id, id, &input).await?;
            }
            return Err(e);
        }
    };
    if id == 0 {
        experiences::create(&st.db, user.id, &experience).await?;
    } else {
        experiences::update(&st.db, user.id, id, &experience).await?;
    }
    experiences::forget_unsaved(&st.db, user.id, id).await?;
    leptos_axum::redirect("/experiences");
    Ok(())
}

#[server(prefix = "/api", endpoint = "delete_experience")]
pub async fn delete_experience(id: i64) -> Result<(), AppError> {
    let user = crate::access::require_own(
        crate::domain::policy::Kind::Experience,
        crate::domain::policy::Action::Delete,
    )
    .await?;
    let st = crate::auth::state()?;
    if !crate::db::experiences::delete(&st.db, user.id, id).await? {
        return Err(AppError::NotFound);
    }
    crate::db::experiences::forget_unsaved(&st.db, user.id, id).await?;
    leptos_axum::redirect("/experiences");
    Ok(())
}
