//! Signing in.
use super::action_error;
use crate::api::sign_in::SignIn;
use crate::components::error_summary::ErrorSummary;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn SignInPage() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<SignIn>::new();
    let error = action_error(action);
    view! {
        <Title text=i18n.t("sign-in-title")/>
        <h1>{i18n.t("sign-in-title")}</h1>
        <ErrorSummary error/>
        <ActionForm action attr:class="stack" attr:novalidate="novalidate">
            <div class="field">
                <label for="email">{i18n.t("field-email")}</label>
                <input id="email" type="email" name="input[email]" autocomplete="username" required/>
            </div>
            <div class="field">
                <label for="password">{i18n.t("field-password")}</label>
                <input id="password" type="password" name="input[password]" autocomplete="current-password" required/>
            </div>
            <button type="submit">{i18n.t("sign-in-submit")}</button>
        </ActionForm>
        <p><a href="/register">{i18n.t("sign-in-no-account")}</a></p>
    }
}
