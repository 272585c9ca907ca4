//! `/account/seen-by`: who has opened the person's mappings, profiles and evidence, in which
//! role, for which organisation, and when. There are no hidden readers.
use crate::api::access_log::{my_access_log, SeenByItem};
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
                view! { <AccessLogTable entries caption=i18n.t("seen-by-caption")/> }
                    .into_any()
            })}
        </Suspense>
    }
}

/// The entries of an access log, newest first.
#[component]
pub fn AccessLogTable(entries: Vec<SeenByItem>, caption: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="table-wrap table-reflow" tabindex="0" role="region" aria-labelledby="seen-by-caption">
            <table>
                <caption id="seen-by-caption">{caption}</caption>
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
                                    <td data-label=i18n.t("seen-by-when")><time datetime=e.at.to_string()>{e.at.date()}" "{e.at.time_utc()}</time></td>
                                    <td data-label=i18n.t("seen-by-who")>{e.reader}</td>
                                    <td data-label=i18n.t("seen-by-role")>{i18n.t(&e.role.message_key())}</td>
                                    <td data-label=i18n.t("seen-by-organisation")>{e.organisation}</td>
                                    <td data-label=i18n.t("seen-by-what")>{what}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
