//! `/admin/catalogue`: every framework and its versions, for administrators, with the ways to
//! add to the catalogue (import a file; authoring comes with its own pages).
use crate::api::admin_catalogue;
use crate::components::{loading::Loading, page_error::PageError};
use crate::domain::VersionStatus;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn AdminCataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let versions = Resource::new(|| (), |_| admin_catalogue());
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
                        <a class="button" href="/admin/imports/new">{i18n.t("admin-import-start")}</a>
                    </p>
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
                                </tr>
                            </thead>
                            <tbody>
                                {list
                                    .into_iter()
                                    .map(|v| {
                                        let href = match v.status {
                                            VersionStatus::Published => format!("/catalogue/{}?version={}", v.code, v.version),
                                            VersionStatus::Draft => String::new(),
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
