//! `/admin/catalogue`: every framework, drafts included, for administrators: search, and the
//! ways to add to the catalogue (a new framework in the editor, or an import of files).
use crate::api::{admin_catalogue, edit_framework::EditFramework};
use crate::catalogue_view::CatalogueQuery;
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::FrameworkKind;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminCataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| CatalogueQuery::from_params(|k| p.get(k))));
    let list = Resource::new(move || query.get(), admin_catalogue);
    let edit = ServerAction::<EditFramework>::new();
    let error = super::action_error(edit);
    view! {
        <Title text=i18n.t("admin-catalogue-title")/>
        <h1>{i18n.t("admin-catalogue-title")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let q = query.get_untracked();
                let result = match list.await {
                    Ok(l) => l,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let count = i18n.t_with("admin-catalogue-count", &[("count", result.total.into())]);
                let kind_option = |value: &'static str, key: &str, chosen: bool| {
                    view! { <option value=value selected=chosen>{i18n.t(key)}</option> }
                };
                let pager = (result.pages > 1).then(|| {
                    let prev = (result.page > 1).then(|| q.href_at("/admin/catalogue", result.page - 1));
                    let next = (result.page < result.pages).then(|| q.href_at("/admin/catalogue", result.page + 1));
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
                let rows = result
                    .rows
                    .into_iter()
                    .map(|r| {
                        // Only a published framework has a public page to link to.
                        let title = if r.published.is_some() {
                            let href = format!("/catalogue/{}", r.code);
                            view! { <a href=href>{r.title}</a> }.into_any()
                        } else {
                            view! { {r.title} }.into_any()
                        };
                        let published = r
                            .published
                            .map(|v| i18n.t_with("catalogue-version", &[("version", v.into())]))
                            .unwrap_or_else(|| i18n.t("admin-not-published"));
                        let action = match r.draft {
                            Some((id, v)) => {
                                let href = format!("/admin/drafts/{id}");
                                let label = i18n.t_with(
                                    "admin-continue",
                                    &[("code", r.code.clone().into()), ("version", v.into())],
                                );
                                view! { <a href=href>{label}</a> }.into_any()
                            }
                            None => {
                                let label = i18n.t_with("admin-edit", &[("code", r.code.clone().into())]);
                                let code = r.code.clone();
                                view! {
                                    <ActionForm action=edit>
                                        <input type="hidden" name="code" value=code/>
                                        <button type="submit" class="secondary">{label}</button>
                                    </ActionForm>
                                }
                                    .into_any()
                            }
                        };
                        view! {
                            <tr>
                                <td class="code">{r.code}</td>
                                <td>{title}</td>
                                <td>{i18n.t(r.kind.label_key())}</td>
                                <td>{published}</td>
                                <td>{r.criteria}</td>
                                <td>{action}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="actions">
                        <a class="button" href="/admin/frameworks/new">{i18n.t("admin-new-framework")}</a>
                        <a class="button" href="/admin/imports/new">{i18n.t("admin-import-start")}</a>
                    </p>
                    <ErrorSummary error/>
                    <form method="get" action="/admin/catalogue" class="filters" role="search">
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
                            <button type="submit">{i18n.t("catalogue-search-button")}</button>
                        </div>
                    </form>
                    <p role="status">{count}</p>
                    <div class="table-wrap" role="region" aria-labelledby="frameworks-caption" tabindex="0">
                        <table>
                            <caption id="frameworks-caption">{i18n.t("admin-catalogue-caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.t("admin-col-code")}</th>
                                    <th scope="col">{i18n.t("admin-col-title")}</th>
                                    <th scope="col">{i18n.t("admin-col-kind")}</th>
                                    <th scope="col">{i18n.t("admin-col-published")}</th>
                                    <th scope="col">{i18n.t("admin-col-criteria")}</th>
                                    <th scope="col">{i18n.t("admin-col-action")}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    {pager}
                }
                    .into_any()
            })}
        </Suspense>
    }
}
