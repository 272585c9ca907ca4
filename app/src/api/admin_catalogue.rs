//! The catalogue as administrators see it: one row per framework, drafts included, searched
//! and paged like the public catalogue.
use crate::admin_view::AdminCatalogueList;
use crate::catalogue_view::CatalogueQuery;
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "admin_catalogue")]
pub async fn admin_catalogue(query: CatalogueQuery) -> Result<AdminCatalogueList, AppError> {
    use crate::admin_view::AdminFramework;
    use crate::catalogue_view::PAGE_SIZE;
    use crate::domain::VersionStatus;
    crate::access::require_all(
        crate::domain::policy::Kind::FrameworkDraft,
        crate::domain::policy::Action::View,
    )
    .await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let needle = query.q.to_lowercase();
    // Versions come by code, then version: the last of a code is its newest.
    let mut rows: Vec<AdminFramework> = vec![];
    for v in crate::db::frameworks::list_versions(&st.db).await? {
        let same = rows.last().is_some_and(|r| r.code == v.code);
        if !same {
            rows.push(AdminFramework {
                code: v.code.clone(),
                kind: v.kind,
                title: String::new(),
                published: None,
                versions: 0,
                draft: None,
                criteria: 0,
            });
        }
        let Some(row) = rows.last_mut() else {
            continue;
        };
        row.versions += 1;
        row.kind = v.kind;
        row.title = v.title.get(lang.tag()).to_owned();
        row.criteria = v.criteria;
        match v.status {
            VersionStatus::Published => row.published = Some(v.version),
            VersionStatus::Draft => row.draft = Some((v.id, v.version)),
        }
    }
    let rows: Vec<AdminFramework> = rows
        .into_iter()
        .filter(|r| query.kind.is_none_or(|k| r.kind == k))
        .filter(|r| {
            needle.is_empty()
                || r.code.to_lowercase().contains(&needle)
                || r.title.to_lowercase().contains(&needle)
        })
        .collect();
    let total = rows.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = query.page.clamp(1, pages);
    Ok(AdminCatalogueList {
        rows: rows
            .into_iter()
            .skip((page - 1) * PAGE_SIZE)
            .take(PAGE_SIZE)
            .collect(),
        total,
        page,
        pages,
    })
}
