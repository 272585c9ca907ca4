//! What shows while data is on its way.
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading">{use_i18n().t("loading")}</p> }
}
