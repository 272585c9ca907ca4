//! One framework of the public catalogue: its newest published version, or the one asked for.
use crate::catalogue_view::FrameworkPage;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "catalogue_framework")]
pub async fn catalogue_framework(
    code: String,
    version: Option<i64>,
) -> Result<FrameworkPage, AppError> {
    use crate::db::frameworks;
    use crate::domain::VersionStatus;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let versions: Vec<_> = frameworks::versions_of(&st.db, &code)
        .await?
        .into_iter()
        .filter(|v| v.status == VersionStatus::Published)
        .collect();
    let chosen = match version {
        Some(n) => versions.iter().find(|v| v.version == n),
        None => versions.last(),
    }
    .ok_or(AppError::NotFound)?;
    let f = frameworks::load_many(&st.db, &[chosen.id])
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let list = versions
        .iter()
        .map(|v| (v.version, v.published_at.unwrap_or_default()))
        .collect();
    Ok(FrameworkPage::new(
        &f,
        lang.tag(),
        chosen.published_at,
        list,
    ))
}
