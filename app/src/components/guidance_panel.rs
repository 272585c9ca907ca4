//! On a mapping's overview: a guidance session open on it (to join), every note written
//! about it, and the individual study plan.
use crate::api::guidance::{mapping_guidance, SessionView};
use crate::domain::MappingId;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn GuidancePanel(mapping: MappingId) -> impl IntoView {
    let i18n = use_i18n();
    let guidance = Resource::new(move || mapping, mapping_guidance);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                // Someone whose roles do not reach guidance sees nothing of it here.
                let g = guidance.await.ok()?;
                let sessions = g
                    .sessions
                    .into_iter()
                    .map(|s| view! {
                        <p class="notice">
                            {i18n.t_with("guidance-session-open", &[("name", s.with.into())])}" "
                            <a href=SessionView::href(s.id, 1)>{i18n.t("guidance-join")}</a>
                        </p>
                    })
                    .collect_view();
                let has_notes = !g.notes.is_empty();
                let notes = g
                    .notes
                    .into_iter()
                    .map(|n| view! {
                        <li>
                            <p class="meta"><bdi>{n.author}</bdi>" · "<time>{n.at.date()}</time></p>
                            <p class="note">{n.text}</p>
                        </li>
                    })
                    .collect_view();
                Some(view! {
                    <section class="guidance-panel" aria-labelledby="guidance-heading">
                        <h2 id="guidance-heading">{i18n.t("guidance-heading")}</h2>
                        {sessions}
                        <p><a href=format!("/mappings/{mapping}/study-plan")>{i18n.t("plan-link")}</a></p>
                        <Show when=move || has_notes>
                            <h3>{i18n.t("notes-heading")}</h3>
                        </Show>
                        <ul class="notes">{notes}</ul>
                    </section>
                })
            })}
        </Suspense>
    }
}
