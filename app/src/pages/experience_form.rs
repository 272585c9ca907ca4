//! `/experiences/new` and `/experiences/{id}`: one experience of the merit portfolio. What the
//! person typed is given back after a refused save, with and without JavaScript.
use crate::api::{experience_form, experiences::SaveExperience};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::experience::{MAX_SHORT, MAX_TASKS};
use crate::domain::ExperienceKind;
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ExperienceFormPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params.with(|p| match p.get("id").as_deref() {
            None | Some("new") => Some(0),
            Some(n) => n.parse::<i64>().ok().filter(|n| *n > 0),
        })
    });
    let save = ServerAction::<SaveExperience>::new();
    let error = super::action_error(save);
    let form = Resource::new(
        move || (id.get(), save.version().get()),
        |(id, _)| async move {
            match id {
                Some(id) => experience_form(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let invalid = move |f: &'static str| {
        move || {
            error.with(|e| {
                e.as_ref()
                    .is_some_and(|e| e.field_errors().iter().any(|x| x.field == f))
                    .then_some("true")
            })
        }
    };
    let label = Callback::new(move |f: String| i18n.t(&format!("experience-field-{f}")));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let f = match form.await {
                    Ok(f) => f,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let title = if f.id == 0 { i18n.t("experience-new-title") } else { i18n.t("experience-edit-title") };
                let input = f.input;
                let kind = input.kind.clone();
                let kinds = ExperienceKind::ALL
                    .into_iter()
                    .map(|k| {
                        let rid = format!("kind-{}", k.as_str());
                        let checked = kind == k.as_str();
                        view! {
                            <div class="radio">
                                <input type="radio" id=rid.clone() name="input[kind]" value=k.as_str() checked=checked/>
                                <label for=rid>{i18n.t(k.label_key())}</label>
                            </div>
                        }
                    })
                    .collect_view();
                let tasks_hint = i18n.t_with("experience-tasks-hint", &[("max", MAX_TASKS.into())]);
                view! {
                    <Title text=title.clone()/>
                    <p class="breadcrumb"><a href="/experiences">{i18n.t("experiences-title")}</a></p>
                    <h1>{title}</h1>
                    {f.unsaved.then(|| view! { <p class="notice">{i18n.t("experience-unsaved")}</p> })}
                    <ErrorSummary error label/>
                    <ActionForm action=save attr:class="stack" attr:novalidate="novalidate">
                        <input type="hidden" name="id" value=f.id/>
                        <fieldset class="field" id="kind" aria-invalid=invalid("kind")>
                            <legend>{i18n.t("experience-field-kind")}</legend>
                            {kinds}
                        </fieldset>
                        <div class="field">
                            <label for="role">{i18n.t("experience-field-role")}</label>
                            <p class="hint" id="role-hint">{i18n.t("experience-role-hint")}</p>
                            <input id="role" name="input[role]" value=input.role maxlength=MAX_SHORT
                                aria-describedby="role-hint" aria-invalid=invalid("role")/>
                        </div>
                        <div class="field">
                            <label for="place">{i18n.t("experience-field-place")}</label>
                            <input id="place" name="input[place]" value=input.place maxlength=MAX_SHORT aria-invalid=invalid("place")/>
                        </div>
                        <div class="field">
                            <label for="country">{i18n.t("experience-field-country")}</label>
                            <input id="country" name="input[country]" value=input.country maxlength=MAX_SHORT
                                autocomplete="country-name" aria-invalid=invalid("country")/>
                        </div>
                        <div class="field">
                            <label for="start">{i18n.t("experience-field-start")}</label>
                            <p class="hint" id="start-hint">{i18n.t("experience-month-hint")}</p>
                            <input id="start" name="input[start]" type="month" value=input.start class="short"
                                aria-describedby="start-hint" aria-invalid=invalid("start")/>
                        </div>
                        <div class="field">
                            <label for="end">{i18n.t("experience-field-end")}</label>
                            <p class="hint" id="end-hint">{i18n.t("experience-end-hint")}</p>
                            <input id="end" name="input[end]" type="month" value=input.end class="short"
                                aria-describedby="end-hint" aria-invalid=invalid("end")/>
                        </div>
                        <div class="field">
                            <label for="tasks">{i18n.t("experience-field-tasks")}</label>
                            <p class="hint" id="tasks-hint">{tasks_hint}</p>
                            <textarea id="tasks" name="input[tasks]" rows="6" aria-describedby="tasks-hint"
                                aria-invalid=invalid("tasks")>{input.tasks}</textarea>
                        </div>
                        <button type="submit">{i18n.t("experience-save")}</button>
                    </ActionForm>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
