//! One mapping at a glance: where it stands, its case (what is asked of the person, the
//! conclusion), each section's progress.
use crate::api::save_goal::SaveGoal;
use crate::components::shown_text::CatalogueText;
use crate::components::{
    case_panel::CasePanel, error_summary::ErrorSummary, gaps::GapAnalysis, loading::Loading,
    page_error::PageError, print_profile::PrintProfile, status_badge::StatusBadge,
};
use crate::domain::{mapping::MAX_GOAL_CHARS, MappingId, MappingStatus};
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MappingOverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let mapping = super::mapping_resource();
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let m = match mapping.await {
                    Ok(m) => m,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let case = m.case.map(|id| view! { <CasePanel id/> });
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
                                <a href=href><CatalogueText text=s.title.clone() fallback=s.title_fallback/></a>
                                <span class="meta">{count}</span>
                                <span class=format!("badge task-{state}")>{i18n.t(key)}</span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <Title text=m.title()/>
                    <h1>
                        {m.frameworks
                            .iter()
                            .enumerate()
                            .map(|(i, f)| view! {
                                {(i > 0).then_some(", ")}
                                <CatalogueText text=f.title.clone() fallback=f.title_fallback/>
                            })
                            .collect_view()}
                    </h1>
                    <p>
                        <StatusBadge status=m.status/>
                        " "
                        <span class="meta">{progress}</span>
                    </p>
                    {status_text.map(|t| view! { <p>{t}</p> })}
                    {case}
                    <GoalPart mapping=m.id goal=m.goal.clone() editable=editable && m.is_owner/>
                    <h2>{i18n.t("sections-heading")}</h2>
                    <ol class="task-list">{sections}</ol>
                    <p class="actions">
                        <Show when=move || editable>
                            <a class="button" href=check.clone()>{i18n.t("check-answers-link")}</a>
                        </Show>
                    </p>
                    <GapAnalysis mapping=m.id/>
                    <crate::components::guidance_panel::GuidancePanel mapping=m.id/>
                    <PrintProfile mapping=m.id/>
                }
                    .into_any()
            })}
        </Suspense>
    }
}

/// What the person aims for: a one-line form while they may still change the mapping, the
/// words themselves after that.
#[component]
fn GoalPart(mapping: MappingId, goal: String, editable: bool) -> impl IntoView {
    if !editable {
        return view! { <GoalLine goal/> }.into_any();
    }
    let i18n = use_i18n();
    let save = ServerAction::<SaveGoal>::new();
    let error = super::action_error(save);
    // The form is a plain post, answered by this page again, saying so in its address.
    let query = leptos_router::hooks::use_query_map();
    let saved = move || {
        matches!(save.value().get(), Some(Ok(())))
            || query.with(|q| q.get("goal").as_deref() == Some("saved"))
    };
    let label = Callback::new(move |f: String| i18n.t(&format!("field-{f}")));
    view! {
        <section class="goal" aria-labelledby="goal-heading">
            <h2 id="goal-heading">{i18n.t("goal-heading")}</h2>
            <ErrorSummary error label/>
            <ActionForm action=save attr:class="stack" attr:novalidate="novalidate">
                <input type="hidden" name="input[mapping_id]" value=mapping.0/>
                <div class="field">
                    <label for="goal">{i18n.t("field-goal")}</label>
                    <p class="hint" id="goal-hint">{i18n.t("goal-hint")}</p>
                    <input
                        type="text"
                        id="goal"
                        name="input[goal]"
                        value=goal
                        maxlength=MAX_GOAL_CHARS
                        aria-describedby="goal-hint"
                        autocomplete="off"
                    />
                </div>
                <button type="submit">{i18n.t("goal-save")}</button>
                <p role="status" class="meta">{move || saved().then(|| i18n.t("goal-saved"))}</p>
            </ActionForm>
        </section>
    }
    .into_any()
}

/// "Mål med kartläggningen: …" when the person has given one.
#[component]
pub fn GoalLine(goal: String) -> impl IntoView {
    let i18n = use_i18n();
    (!goal.is_empty()).then(
        || view! { <p class="goal">{i18n.t_with("goal-shown", &[("goal", goal.into())])}</p> },
    )
}
