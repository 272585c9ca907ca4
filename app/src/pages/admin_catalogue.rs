//! `/admin/catalogue`: every framework and its versions, for administrators, with the ways to
//! add to the catalogue (import a file; authoring comes with its own pages).
use crate::api::{admin_catalogue, edit_framework::EditFramework};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::VersionStatus;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AdminCataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let versions = Resource::new(|| (), |_| admin_catalogue());
    let edit = ServerAction::<EditFramework>::new();
    let error = super::action_error(edit);
    view! {
        <Title text=i18n.t("admin-catalogue-title")/>
        <h1>{i18n.t("admin-catalogue-title")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let list = match versions.await {
                    Ok(l) => l,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let count = i18n.t_with("admin-catalogue-count", &[("count", list.len().into())]);
                view! {
                    <p class="actions">
                        <a class="button" href="/admin/frameworks/new">{i18n.t("admin-new-framework")}</a>
                        <a class="button" href="/admin/imports/new">{i18n.t("admin-import-start")}</a>
                    </p>
                    <ErrorSummary error/>
                    <p>{count}</p>
                    <div class="table-wrap" role="region" aria-labelledby="versions-caption" tabindex="0">
                        <table>
                            <caption id="versions-caption">{i18n.t("admin-catalogue-caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.t("admin-col-code")}</th>
                                    <th scope="col">{i18n.t("admin-col-title")}</th>
                                    <th scope="col">{i18n.t("admin-col-kind")}</th>
                                    <th scope="col">{i18n.t("admin-col-version")}</th>
                                    <th scope="col">{i18n.t("admin-col-status")}</th>
                                    <th scope="col">{i18n.t("admin-col-criteria")}</th>
                                    <th scope="col">{i18n.t("admin-col-action")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {list
                                    .iter()
                                    .enumerate()
                                    .map(|(i, v)| {
                                        let v = v.clone();
                                        // The list runs by code, then version: the last row of a code is its newest.
                                        let newest = list.get(i + 1).is_none_or(|next| next.code != v.code);
                                        let (href, action) = match v.status {
                                            VersionStatus::Published => {
                                                let code = v.code.clone();
                                                let edit_button = newest.then(move || {
                                                    let label = i18n.t_with("admin-edit", &[("code", code.clone().into())]);
                                                    view! {
                                                        <ActionForm action=edit>
                                                            <input type="hidden" name="code" value=code/>
                                                            <button type="submit" class="secondary">{label}</button>
                                                        </ActionForm>
                                                    }
                                                });
                                                (format!("/catalogue/{}?version={}", v.code, v.version), edit_button.into_any())
                                            }
                                            VersionStatus::Draft => {
                                                let href = format!("/admin/drafts/{}", v.id);
                                                let label = i18n.t_with("admin-continue", &[("code", v.code.clone().into())]);
                                                (String::new(), view! { <a href=href>{label}</a> }.into_any())
                                            }
                                        };
                                        let title = if href.is_empty() {
                                            view! { {v.title} }.into_any()
                                        } else {
                                            view! { <a href=href>{v.title}</a> }.into_any()
                                        };
                                        view! {
                                            <tr>
                                                <td class="code">{v.code}</td>
                                                <td>{title}</td>
                                                <td>{i18n.t(v.kind.label_key())}</td>
                                                <td>{v.version}</td>
                                                <td>{i18n.t(v.status.label_key())}</td>
                                                <td>{v.criteria}</td>
                                                <td>{action}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
