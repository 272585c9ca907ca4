//! `/invite/{token}`: an invitation to hold a role in an organisation. Someone with an account
//! accepts it signed in to that account; someone without makes one with the invited address.
use super::action_error;
use crate::api::invitations::{invitation, AcceptInvitation, InvitationView};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The page for a link that no longer opens anything (404), with what to do about it.
#[component]
pub fn LinkGone(title: &'static str, text: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=i18n.t(title)/>
        <h1>{i18n.t(title)}</h1>
        <p>{i18n.t(text)}</p>
        <p><a href="/">{i18n.t("back-home")}</a></p>
    }
}

#[component]
pub fn InvitePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = move || params.with(|p| p.get("token").unwrap_or_default());
    let accept = ServerAction::<AcceptInvitation>::new();
    let error = action_error(accept);
    let data = Resource::new(token, invitation);
    let label = Callback::new(move |f: String| i18n.t(&format!("field-{f}")));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let v: InvitationView = match data.await {
                    Ok(v) => v,
                    Err(AppError::NotFound) => {
                        return view! { <LinkGone title="invite-gone-title" text="invite-gone-text"/> }.into_any()
                    }
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let role = i18n.t(&v.role.message_key());
                let lead = i18n.t_with(
                    "invite-lead",
                    &[("role", role.into()), ("org", v.organisation.clone().into()), ("email", v.email.clone().into())],
                );
                let token = token();
                let how = match (&v.signed_in_as, v.has_account) {
                    (Some(me), _) if *me == v.email => view! {
                        <ActionForm action=accept>
                            <input type="hidden" name="input[token]" value=token/>
                            <button type="submit">{i18n.t("invite-accept")}</button>
                        </ActionForm>
                    }
                        .into_any(),
                    (Some(me), _) => view! {
                        <p>{i18n.t_with("invite-other-person", &[("me", me.clone().into()), ("email", v.email.clone().into())])}</p>
                    }
                        .into_any(),
                    (None, true) => view! {
                        <p>{i18n.t_with("invite-sign-in-first", &[("email", v.email.clone().into())])}</p>
                        <p><a href=format!("/sign-in?next=/invite/{token}")>{i18n.t("nav-sign-in")}</a></p>
                    }
                        .into_any(),
                    (None, false) => view! {
                        <h2>{i18n.t("invite-new-account")}</h2>
                        <ActionForm action=accept attr:class="stack" attr:novalidate="novalidate">
                            <input type="hidden" name="input[token]" value=token/>
                            <div class="field">
                                <label for="email">{i18n.t("field-email")}</label>
                                <input id="email" type="email" dir="ltr" value=v.email.clone() readonly autocomplete="username"/>
                            </div>
                            <div class="field">
                                <label for="name">{i18n.t("field-name")}</label>
                                <input id="name" name="input[name]" autocomplete="name" required/>
                            </div>
                            <div class="field">
                                <label for="password">{i18n.t("field-password")}</label>
                                <p class="hint" id="password-hint">{i18n.t("password-hint")}</p>
                                <input id="password" type="password" name="input[password]" autocomplete="new-password" aria-describedby="password-hint" required/>
                            </div>
                            <button type="submit">{i18n.t("invite-accept")}</button>
                        </ActionForm>
                    }
                        .into_any(),
                };
                view! {
                    <Title text=i18n.t("invite-title")/>
                    <h1>{i18n.t("invite-title")}</h1>
                    <p class="lead">{lead}</p>
                    <ErrorSummary error label/>
                    {how}
                }
                    .into_any()
            })}
        </Suspense>
    }
}
