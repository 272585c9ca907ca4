//! A mapping's status as a short label.
use crate::domain::MappingStatus;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn StatusBadge(status: MappingStatus) -> impl IntoView {
    let class = format!("badge badge-{}", status.as_str());
    view! { <span class=class>{use_i18n().t(status.label_key())}</span> }
}
