//! A whole page that could not be shown: not signed in, not allowed, not found. On the server
//! it also sets the response status.
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PageError(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(code) = axum::http::StatusCode::from_u16(error.status()) {
            res.set_status(code);
        }
    }
    let message = i18n.t(&error.message_key());
    let sign_in = matches!(error, AppError::Unauthorized);
    view! {
        <Title text=message.clone()/>
        <h1>{message}</h1>
        <Show when=move || sign_in>
            <p><a href="/sign-in">{i18n.t("nav-sign-in")}</a></p>
        </Show>
        <p><a href="/">{i18n.t("back-home")}</a></p>
    }
}
