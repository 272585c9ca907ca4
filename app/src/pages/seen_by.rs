//! `/account/seen-by`: who has opened the person's mappings, profiles and evidence, in which
//! role, for which organisation, and when. There are no hidden readers.
use crate::api::access_log::my_access_log;
use crate::components::{loading::Loading, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SeenByPage() -> impl IntoView {
    let i18n = use_i18n();
    let entries = Resource::new(|| (), |_| my_access_log());
    view! {
        <Title text=i18n.t("seen-by-title")/>
        <h1>{i18n.t("seen-by-title")}</h1>
        <p class="lead">{i18n.t("seen-by-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let entries = match entries.await {
                    Ok(e) => e,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                if entries.is_empty() {
                    return view! { <p>{i18n.t("seen-by-none")}</p> }.into_any();
                }
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="seen-by-caption">
                        <table>
                            <caption id="seen-by-caption">{i18n.t("seen-by-caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.t("seen-by-when")}</th>
                                    <th scope="col">{i18n.t("seen-by-who")}</th>
                                    <th scope="col">{i18n.t("seen-by-role")}</th>
                                    <th scope="col">{i18n.t("seen-by-organisation")}</th>
                                    <th scope="col">{i18n.t("seen-by-what")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {entries
                                    .into_iter()
                                    .map(|e| {
                                        let what = i18n.t_with(
                                            &format!("seen-what-{}", e.what.replace('_', "-")),
                                            &[("number", e.record.into())],
                                        );
                                        view! {
                                            <tr>
                                                <td><time datetime=e.at.to_string()>{e.at.date()}" "{e.at.time_utc()}</time></td>
                                                <td>{e.reader}</td>
                                                <td>{i18n.t(&format!("role-{}", e.role.as_str().replace('_', "-")))}</td>
                                                <td>{e.organisation}</td>
                                                <td>{what}</td>
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
