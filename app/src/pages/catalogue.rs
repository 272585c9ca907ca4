//! `/catalogue`: every published framework, searched by title or code and filtered by kind and
//! language. A plain GET form, so it works the same with and without JavaScript.
use crate::api::catalogue_list;
use crate::catalogue_view::CatalogueQuery;
use crate::components::{loading::Loading, page_error::PageError, shown_text::Shown};
use crate::domain::FrameworkKind;
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
                let kind_option = |value: &'static str, key: &str, chosen: bool| {
                    view! { <option value=value selected=chosen>{i18n.t(key)}</option> }
                };
                let languages = result.languages.clone();
                let chosen_lang = q.lang.clone().unwrap_or_default();
                let found = i18n.t_with("catalogue-found", &[("count", result.total.into())]);
                let pager = (result.pages > 1).then(|| {
                    let prev = (result.page > 1).then(|| q.href_for_page(result.page - 1));
                    let next = (result.page < result.pages).then(|| q.href_for_page(result.page + 1));
                    let where_ = i18n.t_with(
                        "catalogue-page-of",
                        &[("page", result.page.into()), ("pages", result.pages.into())],
                    );
                    view! {
                        <nav class="pager" aria-label=i18n.t("catalogue-pages")>
                            {prev.map(|h| view! { <a href=h rel="prev">{i18n.t("catalogue-previous")}</a> })}
                            <span>{where_}</span>
                            {next.map(|h| view! { <a href=h rel="next">{i18n.t("catalogue-next")}</a> })}
                        </nav>
                    }
                });
                view! {
                    <form method="get" action="/catalogue" class="filters" role="search">
                        <div class="field">
                            <label for="q">{i18n.t("catalogue-search")}</label>
                            <input id="q" name="q" type="search" value=q.q.clone() autocomplete="off"/>
                        </div>
                        <div class="field">
                            <label for="kind">{i18n.t("catalogue-kind")}</label>
                            <select id="kind" name="kind">
                                {kind_option("", "catalogue-kind-all", q.kind.is_none())}
                                {kind_option("course", "catalogue-kind-course", q.kind == Some(FrameworkKind::Course))}
                                {kind_option("occupation", "catalogue-kind-occupation", q.kind == Some(FrameworkKind::Occupation))}
                            </select>
                        </div>
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
                                        <p class="meta">{i18n.t("catalogue-languages")}": "{langs}</p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    {pager}
                }
                    .into_any()
            })}
        </Suspense>
    }
}
