//! One mapping at a glance: where it stands, what the validator said, each section's progress.
use crate::components::{
    loading::Loading, page_error::PageError, print_profile::PrintProfile, status_badge::StatusBadge,
};
use crate::domain::{EventKind, MappingStatus};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MappingOverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let mapping = super::mapping_resource(None);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let m = match mapping.await {
                    Ok(m) => m,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let comment = m.validator_comment().cloned().map(|e| {
                    let heading = if e.kind == EventKind::Returned { "returned-heading" } else { "reviewed-heading" };
                    view! {
                        <div class="notice" role="status">
                            <h2>{i18n.t(heading)}</h2>
                            <p class="meta">{i18n.t_with("comment-by", &[("name", e.actor.into()), ("date", super::short_date(&e.at).into())])}</p>
                            <p class="comment">{e.comment}</p>
                        </div>
                    }
                });
                let progress = i18n.t_with(
                    "progress",
                    &[("done", m.answered_count().into()), ("total", m.criteria_count().into())],
                );
                let check = format!("/mappings/{}/check", m.id);
                let editable = m.editable;
                let status_text = match m.status {
                    MappingStatus::Submitted => Some(i18n.t("submitted-explainer")),
                    MappingStatus::Reviewed => Some(i18n.t("reviewed-explainer")),
                    _ => None,
                };
                let sections = m
                    .sections()
                    .map(|s| {
                        let total = s.criteria.len();
                        let (state, key) = match s.answered {
                            0 => ("not-started", "task-not-started"),
                            n if n == total => ("done", "task-done"),
                            _ => ("in-progress", "task-in-progress"),
                        };
                        let href = format!("/mappings/{}/sections/{}", m.id, s.number);
                        let count = i18n.t_with("progress", &[("done", s.answered.into()), ("total", total.into())]);
                        view! {
                            <li class="task">
                                <a href=href>{s.title.clone()}</a>
                                <span class="meta">{count}</span>
                                <span class=format!("badge task-{state}")>{i18n.t(key)}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <Title text=m.title()/>
                    <h1>{m.title()}</h1>
                    <p>
                        <StatusBadge status=m.status/>
                        " "
                        <span class="meta">{progress}</span>
                    </p>
                    {status_text.map(|t| view! { <p>{t}</p> })}
                    {comment}
                    <h2>{i18n.t("sections-heading")}</h2>
                    <ol class="task-list">{sections}</ol>
                    <p class="actions">
                        <Show when=move || editable>
                            <a class="button" href=check.clone()>{i18n.t("check-answers-link")}</a>
                        </Show>
                    </p>
                    <PrintProfile mapping=m.id/>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
