//! `/mappings/{id}/study-plan`: the individual study plan (individuell studieplan), drawn up
//! by the person and their counsellor: the goal of the studies, the courses with their
//! points (the gap analysis suggests those not yet met), the pace and the start; what changed,
//! by whom and when; the plan as a PDF. One plain form, with and without JavaScript.
use crate::api::study_plan::{get_study_plan, SaveStudyPlan, StudyPlanView};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::study_plan::Pace;
use crate::i18n::{use_i18n, I18n};
use leptos::either::Either;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn StudyPlanPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = super::mapping_id_param();
    let query = use_query_map();
    let saved = Memo::new(move |_| query.with(|q| q.get("saved").is_some()));
    let plan = Resource::new(
        move || id.get(),
        |id| async move {
            match id {
                Some(id) => get_study_plan(id).await,
                None => Err(crate::error::AppError::NotFound),
            }
        },
    );
    let save = ServerAction::<SaveStudyPlan>::new();
    let error = super::action_error(save);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match plan.await {
                    Ok(p) => view! {
                        <Title text=i18n.t_with("plan-title", &[("person", p.person.clone().into())])/>
                        <p><a href=format!("/mappings/{}", p.mapping)>{i18n.t("back-to-overview")}</a></p>
                        <h1>{i18n.t_with("plan-title", &[("person", p.person.clone().into())])}</h1>
                        <p class="meta">{p.mapping_title.clone()}</p>
                        <Show when=move || saved.get()>
                            <p class="notice" role="status">{i18n.t("plan-saved")}</p>
                        </Show>
                        <p><a href=format!("/mappings/{}/study-plan.pdf", p.mapping)>{i18n.t("plan-pdf")}</a></p>
                        <ErrorSummary error label=field_label(i18n)/>
                        <PlanForm p=p.clone() save/>
                        <History p/>
                    }
                    .into_any(),
                    Err(e) => view! { <PageError error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Names the plan's fields for the error summary.
fn field_label(i18n: I18n) -> Callback<String, String> {
    Callback::new(move |field: String| {
        let (name, n) = match field.rsplit_once('-') {
            Some((name, n)) if n.chars().all(|c| c.is_ascii_digit()) => (name.to_owned(), n),
            _ => (field.clone(), ""),
        };
        let label = i18n.t(&format!("plan-field-{name}"));
        match n.parse::<usize>() {
            Ok(i) => format!("{label} {}", i + 1),
            Err(_) => label,
        }
    })
}

#[component]
fn PlanForm(p: StudyPlanView, save: ServerAction<SaveStudyPlan>) -> impl IntoView {
    let i18n = use_i18n();
    let disabled = !p.editable;
    let paces = Pace::ALL
        .into_iter()
        .map(|pace| {
            let id = format!("pace-{}", pace.percent());
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name="input[plan][pace]" value=pace.percent()
                        checked=pace.percent() == p.pace disabled=disabled/>
                    <label for=id>{i18n.t_with("plan-pace-value", &[("percent", pace.percent().into())])}</label>
                </div>
            }
        })
        .collect_view();
    let n = p.courses.len();
    let rows = p
        .courses
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let points = format!("points-{i}");
            let remove = format!("remove-{i}");
            view! {
                <tr>
                    <td><span class="code">{c.code.clone()}</span>" "{c.title.clone()}
                        <input type="hidden" name=format!("input[plan][courses][{i}][framework]") value=c.framework.0/>
                    </td>
                    <td>
                        <label class="visually-hidden" for=points.clone()>{i18n.t_with("plan-points-of", &[("course", c.title.clone().into())])}</label>
                        <input type="number" id=points name=format!("input[plan][courses][{i}][points]") value=c.points min="1" max="2500" size="5" disabled=disabled/>
                    </td>
                    <td>
                        <input type="checkbox" id=remove.clone() name=format!("input[plan][courses][{i}][remove]") value="on" disabled=disabled/>
                        <label for=remove>{i18n.t("plan-remove")}</label>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let suggested = p
        .suggested
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let i = n + k;
            let id = format!("suggested-{i}");
            view! {
                <div class="radio">
                    <input type="checkbox" id=id.clone() name=format!("input[plan][courses][{i}][framework]") value=c.framework.0 disabled=disabled/>
                    <input type="hidden" name=format!("input[plan][courses][{i}][points]") value=c.points/>
                    <label for=id><span class="code">{c.code.clone()}</span>" "{c.title.clone()}</label>
                </div>
            }
        })
        .collect_view();
    let add = n + p.suggested.len();
    let options = p
        .catalogue
        .iter()
        .map(|c| view! { <option value=c.framework.0>{format!("{} {}", i18n.isolate(&c.code), i18n.isolate(&c.title))}</option> })
        .collect_view();
    let table = if n > 0 {
        Either::Left(view! {
            <table>
                <thead><tr>
                    <th scope="col">{i18n.t("plan-course")}</th>
                    <th scope="col">{i18n.t("plan-points")}</th>
                    <th scope="col">{i18n.t("plan-change")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        })
    } else {
        Either::Right(view! { <p>{i18n.t("plan-no-courses")}</p> })
    };
    let suggestions = (!p.suggested.is_empty()).then(|| {
        view! {
            <fieldset>
                <legend>{i18n.t("plan-suggested")}</legend>
                <p class="hint">{i18n.t("plan-suggested-hint")}</p>
                {suggested}
            </fieldset>
        }
    });
    view! {
        <ActionForm action=save>
            <input type="hidden" name="input[mapping_id]" value=p.mapping.0/>
            <input type="hidden" name="input[base]" value=p.base.clone()/>
            <div class="field">
                <label for="plan-goal">{i18n.t("plan-field-goal")}</label>
                <p class="hint" id="plan-goal-hint">{i18n.t("plan-goal-hint")}</p>
                <textarea id="plan-goal" name="input[plan][goal]" rows="3" aria-describedby="plan-goal-hint" readonly=disabled>{p.goal.clone()}</textarea>
            </div>
            <fieldset>
                <legend>{i18n.t("plan-field-pace")}</legend>
                {paces}
            </fieldset>
            <div class="field">
                <label for="plan-start">{i18n.t("plan-field-start")}</label>
                <p class="hint" id="plan-start-hint">{i18n.t("plan-start-hint")}</p>
                <input type="date" id="plan-start" name="input[plan][start]" value=p.start.clone().unwrap_or_default() aria-describedby="plan-start-hint" disabled=disabled/>
            </div>
            <h2>{i18n.t("plan-courses")}</h2>
            {table}
            <p class="meta">{i18n.t_with("plan-total", &[("points", p.total_points.into())])}</p>
            {suggestions}
            <div class="field">
                <label for="plan-add">{i18n.t("plan-add")}</label>
                <select id="plan-add" name=format!("input[plan][courses][{add}][framework]") disabled=disabled>
                    <option value="">{i18n.t("plan-add-none")}</option>
                    {options}
                </select>
                <input type="hidden" name=format!("input[plan][courses][{add}][points]") value=crate::api::study_plan::DEFAULT_POINTS/>
            </div>
            {(!disabled).then(|| view! { <button type="submit">{i18n.t("plan-save")}</button> })}
        </ActionForm>
    }
}

#[component]
fn History(p: StudyPlanView) -> impl IntoView {
    let i18n = use_i18n();
    (!p.history.is_empty()).then(|| {
        let items = p
            .history
            .into_iter()
            .map(|h| {
                let what = i18n.t_with(&h.key, &[("value", h.value.into())]);
                view! { <li><time>{h.at.date()}</time>" · "<bdi>{h.who}</bdi>" · "{what}</li> }
            })
            .collect_view();
        view! {
            <h2>{i18n.t("plan-history")}</h2>
            <ul class="trail">{items}</ul>
        }
    })
}
