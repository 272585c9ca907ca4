//! `/forgot-password` and `/reset-password/{token}`: a link to set a new password, asked for
//! by e-mail address. The answer is the same whether the address has an account or not.
use super::action_error;
use super::invite::LinkGone;
use crate::api::password_reset::{mail_available, password_link, ForgotPassword, SetNewPassword};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let ask = ServerAction::<ForgotPassword>::new();
    let error = action_error(ask);
    let mail = Resource::new_blocking(|| (), |_| mail_available());
    let label = Callback::new(move |f: String| i18n.t(&format!("field-{f}")));
    let asked = move || query.with(|q| q.get("saved").is_some_and(|s| s == "asked"));
    view! {
        <Title text=i18n.t("forgot-title")/>
        <h1>{i18n.t("forgot-title")}</h1>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match mail.await {
                    Ok(true) => view! {
                        <p role="status" class="notice-ok">{move || asked().then(|| i18n.t("forgot-asked"))}</p>
                        <p>{i18n.t("forgot-lead")}</p>
                        <ErrorSummary error label/>
                        <ActionForm action=ask attr:class="stack" attr:novalidate="novalidate">
                            <div class="field">
                                <label for="email">{i18n.t("field-email")}</label>
                                <input id="email" type="email" dir="ltr" name="input[email]" autocomplete="username" required/>
                            </div>
                            <button type="submit">{i18n.t("forgot-submit")}</button>
                        </ActionForm>
                    }
                        .into_any(),
                    Ok(false) => view! { <p>{i18n.t("forgot-no-mail")}</p> }.into_any(),
                    Err(e) => view! { <PageError error=e/> }.into_any(),
                }
            })}
        </Suspense>
        <p><a href="/sign-in">{i18n.t("nav-sign-in")}</a></p>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let set = ServerAction::<SetNewPassword>::new();
    let error = action_error(set);
    let open = Resource::new(token, password_link);
    let label = Callback::new(move |f: String| i18n.t(&format!("field-{f}")));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match open.await {
                    Ok(()) => {}
                    Err(AppError::NotFound) => {
                        return view! { <LinkGone title="reset-gone-title" text="reset-gone-text"/> }.into_any()
                    }
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                }
                view! {
                    <Title text=i18n.t("reset-title")/>
                    <h1>{i18n.t("reset-title")}</h1>
                    <ErrorSummary error label/>
                    <ActionForm action=set attr:class="stack" attr:novalidate="novalidate">
                        <input type="hidden" name="input[token]" value=token()/>
                        <div class="field">
                            <label for="password">{i18n.t("field-new")}</label>
                            <p class="hint" id="password-hint">{i18n.t("password-hint")}</p>
                            <input id="password" type="password" name="input[password]" autocomplete="new-password" aria-describedby="password-hint" required/>
                        </div>
                        <button type="submit">{i18n.t("reset-submit")}</button>
                    </ActionForm>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
