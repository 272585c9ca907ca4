//! `/admin/catalogue`: every framework, drafts included, for administrators: search, and the
//! ways to add to the catalogue (a new framework in the editor, or an import of files).
use crate::api::{admin_catalogue, edit_framework::EditFramework};
use crate::catalogue_view::CatalogueQuery;
use crate::components::catalogue_search::{Pager, SearchFields};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
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
                        // Each cell names its column, for the narrow layout in which the rows
                        // stack (see `.table-reflow` in the style sheet).
                        view! {
                            <tr>
                                <td class="code" data-label=i18n.t("admin-col-code")>{r.code}</td>
                                <td data-label=i18n.t("admin-col-title")>{title}</td>
                                <td data-label=i18n.t("admin-col-kind")>{i18n.t(r.kind.label_key())}</td>
                                <td data-label=i18n.t("admin-col-published")>{published}</td>
                                <td data-label=i18n.t("admin-col-criteria")>{r.criteria}</td>
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
                        <SearchFields query=q.clone()/>
                        <div class="field">
                            <button type="submit">{i18n.t("catalogue-search-button")}</button>
                        </div>
                    </form>
                    <p role="status">{count}</p>
                    <div class="table-wrap table-reflow" role="region" aria-labelledby="frameworks-caption" tabindex="0">
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
                    <Pager base="/admin/catalogue" query=q.clone() page=result.page pages=result.pages/>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
