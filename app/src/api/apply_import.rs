//! Confirm an upload: write what its preview showed, all or nothing.
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "apply_import")]
pub async fn apply_import(id: i64) -> Result<(), AppError> {
    use crate::db::imports;
    let user = crate::access::require_all(
        crate::domain::policy::Kind::Import,
        crate::domain::policy::Action::Edit,
    )
    .await?;
    let st = crate::auth::state()?;
    let pending = imports::load(&st.db, id)
        .await?
        .filter(|p| p.user_id == user.id)
        .ok_or(AppError::NotFound)?;
    let imports::ImportResult::Ok(contents) = &pending.result else {
        return Err(AppError::Conflict("import-refused".into()));
    };
    // Marked applied in the same transaction as the writing: a second confirmation, at the
    // same moment or later, through any server, writes nothing.
    if imports::apply(&st.db, id, contents, pending.format)
        .await?
        .is_none()
    {
        return Err(AppError::Conflict("import-applied".into()));
    }
    tracing::info!(
        import = id,
        frameworks = contents.len(),
        "catalogue import applied"
    );
    leptos_axum::redirect(&format!("/admin/imports/{id}"));
    Ok(())
}
