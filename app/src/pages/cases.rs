//! The queues: a coordinator's cases of their organisation (new ones first, with how long
//! each has waited, late additions flagged), a validator's cases assigned to them.
use crate::api::case::case_queue;
use crate::case_view::CaseLine;
use crate::components::{loading::Loading, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CasesPage() -> impl IntoView {
    let i18n = use_i18n();
    let queue = Resource::new(|| (), |_| case_queue());
    let query = leptos_router::hooks::use_query_map();
    let handed_back = move || query.with(|q| q.get("saved").as_deref() == Some("handed-back"));
    view! {
        <Title text=i18n.t("cases-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let q = match queue.await {
                    Ok(q) => q,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let organisation = q.organisation.map(|lines| {
                    view! {
                        <CaseTable
                            lines
                            id="organisation-cases"
                            caption=i18n.t("cases-organisation")
                            empty=i18n.t("cases-none")
                        />
                    }
                });
                let assigned = q.assigned.map(|lines| {
                    view! {
                        <CaseTable
                            lines
                            id="assigned-cases"
                            caption=i18n.t("cases-assigned")
                            empty=i18n.t("cases-none-assigned")
                        />
                    }
                });
                view! {
                    <h1>{i18n.t("cases-title")}</h1>
                    {handed_back().then(|| view! { <p class="notice" role="status">{i18n.t("case-saved-handed-back")}</p> })}
                    {assigned}
                    {organisation}
                }
                    .into_any()
            })}
        </Suspense>
    }
}

#[component]
fn CaseTable(
    lines: Vec<CaseLine>,
    id: &'static str,
    caption: String,
    empty: String,
) -> impl IntoView {
    let i18n = use_i18n();
    if lines.is_empty() {
        return view! {
            <h2 id=id>{caption}</h2>
            <p>{empty}</p>
        }
        .into_any();
    }
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    view! {
        <div class="table-wrap table-reflow" tabindex="0" role="region" aria-labelledby=labelled_by>
            <table>
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("cases-col-person")}</th>
                        <th scope="col">{i18n.t("cases-col-framework")}</th>
                        <th scope="col">{i18n.t("cases-col-state")}</th>
                        <th scope="col">{i18n.t("cases-col-waited")}</th>
                        <th scope="col">{i18n.t("cases-col-validator")}</th>
                    </tr>
                </thead>
                <tbody>
                    {lines
                        .into_iter()
                        .map(|c| {
                            let href = format!("/cases/{}", c.id);
                            let waited = i18n.t_with("cases-days", &[("days", c.waiting_days.into())]);
                            let late = c.overdue.then(|| {
                                let deadline = c.deadline.map(|d| d.to_string()).unwrap_or_default();
                                view! {
                                    " "
                                    <span class="badge badge-late">
                                        {i18n.t_with("cases-overdue", &[("date", deadline.into())])}
                                    </span>
                                }
                            });
                            view! {
                                <tr>
                                    <td data-label=i18n.t("cases-col-person")><a href=href>{c.person}</a></td>
                                    <td data-label=i18n.t("cases-col-framework")>{c.frameworks}</td>
                                    <td data-label=i18n.t("cases-col-state")>
                                        <span class=format!("badge case-{}", c.state.as_str())>{i18n.t(&c.state.label_key())}</span>
                                        {late}
                                    </td>
                                    <td data-label=i18n.t("cases-col-waited")>{waited}</td>
                                    <td data-label=i18n.t("cases-col-validator")>{c.assignee}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
