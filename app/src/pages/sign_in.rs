//! Signing in.
use super::action_error;
use crate::api::sign_in::SignIn;
use crate::components::error_summary::ErrorSummary;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignIn>::new();
    let error = action_error(action);
    let query = use_query_map();
    let next = move || query.with(|q| q.get("next").unwrap_or_default());
    let saved = move || {
        query
            .with(|q| q.get("saved"))
            .filter(|s| s == "password")
            .map(|_| i18n.t("reset-done"))
    };
    view! {
        <Title text=i18n.t("sign-in-title")/>
        <h1>{i18n.t("sign-in-title")}</h1>
        <p role="status" class="notice-ok">{saved}</p>
        <ErrorSummary error/>
        <ActionForm action attr:class="stack" attr:novalidate="novalidate">
            <input type="hidden" name="input[next]" value=next/>
            <div class="field">
                <label for="email">{i18n.t("field-email")}</label>
                <input id="email" type="email" dir="ltr" name="input[email]" autocomplete="username" required/>
            </div>
            <div class="field">
                <label for="password">{i18n.t("field-password")}</label>
                <input id="password" type="password" name="input[password]" autocomplete="current-password" required/>
            </div>
            <button type="submit">{i18n.t("sign-in-submit")}</button>
        </ActionForm>
        <p><a href="/forgot-password">{i18n.t("sign-in-forgot")}</a></p>
        <p><a href="/register">{i18n.t("sign-in-no-account")}</a></p>
    }
}
