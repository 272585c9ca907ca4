//! A participant creates an account.
use super::action_error;
use crate::api::register::{municipalities, Register};
use crate::components::error_summary::ErrorSummary;
use crate::i18n::{use_i18n, Locale};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<Register>::new();
    let municipalities = Resource::new_blocking(|| (), |_| municipalities());
    let error = action_error(action);
    let label = Callback::new(move |f: String| i18n.t(&format!("field-{f}")));
    let has_error = move |field: &'static str| {
        move || {
            error.with(|e| {
                e.as_ref()
                    .is_some_and(|e| e.field_errors().iter().any(|f| f.field == field))
            })
        }
    };
    view! {
        <Title text=i18n.t("register-title")/>
        <h1>{i18n.t("register-title")}</h1>
        <p>{i18n.t("register-why")}</p>
        <ErrorSummary error label/>
        <ActionForm action attr:class="stack" attr:novalidate="novalidate">
            <div class="field">
                <label for="name">{i18n.t("field-name")}</label>
                <input id="name" name="input[name]" autocomplete="name" required aria-invalid=has_error("name")/>
            </div>
            <div class="field">
                <label for="email">{i18n.t("field-email")}</label>
                <input id="email" type="email" dir="ltr" name="input[email]" autocomplete="email" required aria-invalid=has_error("email")/>
            </div>
            <div class="field">
                <label for="password">{i18n.t("field-password")}</label>
                <p class="hint" id="password-hint">{i18n.t("password-hint")}</p>
                <input
                    id="password"
                    type="password"
                    name="input[password]"
                    autocomplete="new-password"
                    aria-describedby="password-hint"
                    required
                    aria-invalid=has_error("password")
                />
            </div>
            <div class="field">
                <label for="municipality">{i18n.t("field-municipality")}</label>
                <p class="hint" id="municipality-hint">{i18n.t("municipality-hint")}</p>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let choices = municipalities.await.unwrap_or_default();
                        view! {
                            <select
                                id="municipality"
                                name="input[municipality]"
                                aria-describedby="municipality-hint"
                                required
                                aria-invalid=has_error("municipality")
                            >
                                <option value="">{i18n.t("municipality-choose")}</option>
                                {choices
                                    .into_iter()
                                    .map(|m| view! { <option value=m.id.to_string()>{m.name}</option> })
                                    .collect_view()}
                            </select>
                        }
                    })}
                </Suspense>
            </div>
            <div class="field">
                <label for="locale">{i18n.t("field-locale")}</label>
                <select id="locale" name="input[locale]">
                    {Locale::all()
                        .map(|l| view! { <option value=l.tag() selected=l == i18n.locale lang=l.tag()>{l.native_name()}</option> })
                        .collect_view()}
                </select>
            </div>
            <button type="submit">{i18n.t("register-submit")}</button>
        </ActionForm>
    }
}
