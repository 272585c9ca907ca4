//! An administrator opens a framework for editing: its draft, started from the newest
//! published version when there is none.
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "edit_framework")]
pub async fn edit_framework(code: String) -> Result<(), AppError> {
    crate::access::require_all(
        crate::domain::policy::Kind::FrameworkDraft,
        crate::domain::policy::Action::Edit,
    )
    .await?;
    let st = crate::auth::state()?;
    let id = crate::db::frameworks::draft_for(&st.db, &code).await?;
    leptos_axum::redirect(&format!("/admin/drafts/{id}"));
    Ok(())
}
