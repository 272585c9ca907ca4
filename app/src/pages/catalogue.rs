//! `/catalogue`: every published framework, searched by title or code and filtered by kind and
//! language. A plain GET form, so it works the same with and without JavaScript.
use crate::api::catalogue_list;
use crate::catalogue_view::CatalogueQuery;
use crate::components::catalogue_search::{Pager, SearchFields};
use crate::components::{loading::Loading, page_error::PageError, shown_text::Shown};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| CatalogueQuery::from_params(|k| p.get(k))));
    let page = Resource::new(move || query.get(), catalogue_list);
    view! {
        <Title text=i18n.t("catalogue-title")/>
        <h1>{i18n.t("catalogue-title")}</h1>
        <p class="lead">{i18n.t("catalogue-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let q = query.get_untracked();
                let result = match page.await {
                    Ok(r) => r,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let languages = result.languages.clone();
                let chosen_lang = q.lang.clone().unwrap_or_default();
                let found = i18n.t_with("catalogue-found", &[("count", result.total.into())]);
                view! {
                    <form method="get" action="/catalogue" class="filters" role="search">
                        <SearchFields query=q.clone()/>
                        <div class="field">
                            <label for="lang">{i18n.t("catalogue-language")}</label>
                            <select id="lang" name="lang">
                                <option value="" selected=chosen_lang.is_empty()>{i18n.t("catalogue-language-all")}</option>
                                {languages
                                    .into_iter()
                                    .map(|l| {
                                        let chosen = l == chosen_lang;
                                        let name = i18n.t_with("language-name", &[("code", l.clone().into())]);
                                        view! { <option value=l selected=chosen>{name}</option> }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                        <div class="field">
                            <button type="submit">{i18n.t("catalogue-search-button")}</button>
                        </div>
                    </form>
                    <p role="status" class="found">{found}</p>
                    <ul class="card-list">
                        {result
                            .items
                            .into_iter()
                            .map(|f| {
                                let href = format!("/catalogue/{}", f.code);
                                let count = i18n.t_with("criteria-count", &[("count", f.criteria.into())]);
                                let langs = f
                                    .languages
                                    .iter()
                                    .map(|l| i18n.t_with("language-name", &[("code", l.clone().into())]))
                                    .collect::<Vec<_>>()
                                    .join(", ");
                                view! {
                                    <li class="card">
                                        <h2 class="card-title"><a href=href><Shown text=f.title/></a></h2>
                                        <p class="meta">
                                            {i18n.t(f.kind.label_key())}" · "<span class="code">{f.code}</span>" · "{count}
                                        </p>
                                        <p class="meta">{i18n.t_with("catalogue-languages", &[("list", langs.into())])}</p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <Pager base="/catalogue" query=q.clone() page=result.page pages=result.pages/>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
