//! Throw a draft away; the published versions stay as they are.
use crate::domain::FrameworkId;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "discard_draft")]
pub async fn discard_draft(id: FrameworkId) -> Result<(), AppError> {
    crate::access::require_all(
        crate::domain::policy::Kind::FrameworkDraft,
        crate::domain::policy::Action::Delete,
    )
    .await?;
    let st = crate::auth::state()?;
    crate::db::frameworks::discard_draft(&st.db, id).await?;
    leptos_axum::redirect("/admin/catalogue");
    Ok(())
}
