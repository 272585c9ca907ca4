//! `/admin/frameworks/new`: the first facts of a new framework; the editor takes over after.
use crate::api::new_framework::NewFramework;
use crate::app::UserResource;
use crate::components::{error_summary::ErrorSummary, loading::Loading};
use crate::domain::catalogue::MAX_CODE_CHARS;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NewFrameworkPage() -> impl IntoView {
    let i18n = use_i18n();
    let UserResource(user) = expect_context::<UserResource>();
    let action = ServerAction::<NewFramework>::new();
    let error = super::action_error(action);
    let has_error = move |f: &'static str| {
        move || {
            error.with(|e| {
                e.as_ref()
                    .is_some_and(|e| e.field_errors().iter().any(|x| x.field == f))
                    .then_some("true")
            })
        }
    };
    let label = Callback::new(move |f: String| match f.as_str() {
        "kind" => i18n.t("editor-kind"),
        "code" => i18n.t("editor-code"),
        "title_sv" => i18n.t("editor-title-sv"),
        "title_en" => i18n.t("editor-title-en"),
        _ => String::new(),
    });
    view! {
        <Title text=i18n.t("new-framework-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                if let Some(refused) = super::not_admin(user.await) {
                    return refused;
                }
                let code_hint = i18n.t_with("editor-code-hint", &[("max", MAX_CODE_CHARS.into())]);
                view! {
                    <p class="breadcrumb"><a href="/admin/catalogue">{i18n.t("admin-catalogue-title")}</a></p>
                    <h1>{i18n.t("new-framework-title")}</h1>
                    <ErrorSummary error label/>
                    <ActionForm action attr:class="stack" attr:novalidate="novalidate">
                        <fieldset class="field" id="kind">
                            <legend>{i18n.t("editor-kind")}</legend>
                            <div class="radio">
                                <input type="radio" id="kind-course" name="input[kind]" value="course" checked/>
                                <label for="kind-course">{i18n.t("kind-course")}</label>
                            </div>
                            <div class="radio">
                                <input type="radio" id="kind-occupation" name="input[kind]" value="occupation"/>
                                <label for="kind-occupation">{i18n.t("kind-occupation")}</label>
                            </div>
                        </fieldset>
                        <div class="field">
                            <label for="code">{i18n.t("editor-code")}</label>
                            <p class="hint" id="code-hint">{code_hint}</p>
                            <input id="code" name="input[code]" dir="ltr" required aria-describedby="code-hint"
                                autocomplete="off" spellcheck="false" aria-invalid=has_error("code")/>
                        </div>
                        <div class="field">
                            <label for="title_sv">{i18n.t("editor-title-sv")}</label>
                            <input id="title_sv" name="input[title_sv]" lang="sv" required aria-invalid=has_error("title_sv")/>
                        </div>
                        <div class="field">
                            <label for="title_en">{i18n.t("editor-title-en")}</label>
                            <input id="title_en" name="input[title_en]" lang="en" aria-invalid=has_error("title_en")/>
                        </div>
                        <button type="submit">{i18n.t("new-framework-button")}</button>
                    </ActionForm>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
