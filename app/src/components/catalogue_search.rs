//! The parts the public catalogue and the administrators' list share: the search and kind
//! fields of their GET form, and the pager under the list.
use crate::catalogue_view::CatalogueQuery;
use crate::domain::FrameworkKind;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// "Search by name or code" and "Kind", filled in from the current search.
#[component]
pub fn SearchFields(query: CatalogueQuery) -> impl IntoView {
    let i18n = use_i18n();
    let option = move |value: &'static str, key: &str, chosen: bool| {
        view! { <option value=value selected=chosen>{i18n.t(key)}</option> }
    };
    view! {
        <div class="field">
            <label for="q">{i18n.t("catalogue-search")}</label>
            <input id="q" name="q" type="search" value=query.q.clone() autocomplete="off"/>
        </div>
        <div class="field">
            <label for="kind">{i18n.t("catalogue-kind")}</label>
            <select id="kind" name="kind">
                {option("", "catalogue-kind-all", query.kind.is_none())}
                {option("course", "catalogue-kind-course", query.kind == Some(FrameworkKind::Course))}
                {option("occupation", "catalogue-kind-occupation", query.kind == Some(FrameworkKind::Occupation))}
            </select>
        </div>
    }
}

/// Previous and next page of the same search at `base`; nothing when it fits one page.
#[component]
pub fn Pager(
    base: &'static str,
    query: CatalogueQuery,
    page: usize,
    pages: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    (pages > 1).then(|| {
        let prev = (page > 1).then(|| query.href_at(base, page - 1));
        let next = (page < pages).then(|| query.href_at(base, page + 1));
        let where_ = i18n.t_with(
            "catalogue-page-of",
            &[("page", page.into()), ("pages", pages.into())],
        );
        view! {
            <nav class="pager" aria-label=i18n.t("catalogue-pages")>
                {prev.map(|h| view! { <a href=h rel="prev">{i18n.t("catalogue-previous")}</a> })}
                <span>{where_}</span>
                {next.map(|h| view! { <a href=h rel="next">{i18n.t("catalogue-next")}</a> })}
            </nav>
        }
    })
}
