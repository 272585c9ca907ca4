//! Every version of every framework, drafts included, for administrators.
use crate::admin_view::AdminVersion;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "admin_catalogue")]
pub async fn admin_catalogue() -> Result<Vec<AdminVersion>, AppError> {
    crate::auth::require_role(crate::domain::Role::Admin).await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    Ok(crate::db::frameworks::list_versions(&st.db)
        .await?
        .into_iter()
        .map(|f| AdminVersion {
            id: f.id,
            title: f.title.get(lang.tag()).to_owned(),
            code: f.code,
            kind: f.kind,
            version: f.version,
            status: f.status,
            criteria: f.criteria,
            languages: f.languages,
        })
        .collect())
}
