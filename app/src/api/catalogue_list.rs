//! The public catalogue: published frameworks, searched and filtered. No sign-in needed.
use crate::catalogue_view::{CataloguePage, CatalogueQuery};
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "catalogue_list")]
pub async fn catalogue_list(query: CatalogueQuery) -> Result<CataloguePage, AppError> {
    use crate::catalogue_view::{CatalogueItem, ShownText, PAGE_SIZE};
    use crate::domain::language;
    use std::collections::BTreeSet;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let all = crate::db::frameworks::list_current(&st.db).await?;
    let languages: BTreeSet<String> = all.iter().flat_map(|f| f.languages.clone()).collect();
    // The interface's languages first, in the registry's order.
    let mut languages: Vec<String> = languages.into_iter().collect();
    languages.sort_by(|a, b| language::order(a).cmp(&language::order(b)));
    let needle = query.q.to_lowercase();
    let matching: Vec<_> = all
        .into_iter()
        .filter(|f| query.kind.is_none_or(|k| f.kind == k))
        .filter(|f| query.lang.as_ref().is_none_or(|l| f.languages.contains(l)))
        .filter(|f| {
            needle.is_empty()
                || f.code.to_lowercase().contains(&needle)
                || f.title
                    .variants()
                    .any(|(_, t)| t.to_lowercase().contains(&needle))
        })
        .collect();
    let total = matching.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = query.page.clamp(1, pages);
    let items = matching
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|f| CatalogueItem {
            title: ShownText::resolve(&f.title, lang.tag()),
            code: f.code,
            kind: f.kind,
            version: f.version,
            criteria: f.criteria,
            languages: f.languages,
        })
        .collect();
    Ok(CataloguePage {
        items,
        total,
        page,
        pages,
        languages,
    })
}
