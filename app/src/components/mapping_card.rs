//! One mapping in a list: a link, its status and when it last changed.
use super::status_badge::StatusBadge;
use crate::api::MappingListItem;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn MappingCard(item: MappingListItem, href: String, label: String) -> impl IntoView {
    let i18n = use_i18n();
    let updated = i18n.t_with(
        "updated-on",
        &[("date", crate::pages::short_date(item.updated_at).into())],
    );
    view! {
        <li class="card">
            <a href=href>{label}</a>
            " "
            <StatusBadge status=item.status/>
            <p class="meta">{updated}</p>
        </li>
    }
}
