//! `/admin/access-log`: an administrator searches who has opened a person's information, by
//! the person's e-mail address: what their organisation's people opened, or (the installation's
//! administrators) everything. A plain form that works without JavaScript.
use super::seen_by::AccessLogTable;
use crate::api::access_log::search_access_log;
use crate::components::{loading::Loading, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AccessLogSearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let person = move || query.with(|q| q.get("person").unwrap_or_default());
    let found = Resource::new(person, search_access_log);
    view! {
        <Title text=i18n.t("audit-title")/>
        <h1>{i18n.t("audit-title")}</h1>
        <p class="lead">{i18n.t("audit-lead")}</p>
        <form method="get" action="/admin/access-log" class="stack">
            <div class="field">
                <label for="person">{i18n.t("audit-person")}</label>
                <input id="person" name="person" type="email" dir="ltr" autocomplete="off" value=person/>
            </div>
            <button type="submit">{i18n.t("audit-search")}</button>
        </form>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let result = match found.await {
                    Ok(r) => r,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let who = person();
                if who.trim().is_empty() {
                    return ().into_any();
                }
                if result.unknown {
                    return view! { <p role="status">{i18n.t("audit-unknown")}</p> }.into_any();
                }
                if result.entries.is_empty() {
                    return view! { <p role="status">{i18n.t("audit-none")}</p> }.into_any();
                }
                let caption = i18n.t_with("audit-caption", &[("email", who.into())]);
                view! { <AccessLogTable entries=result.entries caption/> }.into_any()
            })}
        </Suspense>
    }
}
