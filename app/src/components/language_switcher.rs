//! Choose the interface language. A plain form: it works without JavaScript, and the page
//! reloads in the new language with `lang` and `dir` set by the server.
use crate::i18n::{use_i18n, Locale};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let here = move || location.pathname.get();
    view! {
        <form class="language-switcher" method="post" action="/language">
            <input type="hidden" name="return_to" prop:value=here value=here/>
            <label for="language-select">{i18n.t("language-label")}</label>
            <select id="language-select" name="lang">
                <LanguageOptions/>
            </select>
            <button type="submit">{i18n.t("language-change")}</button>
        </form>
    }
}

/// Every interface language as an `<option>`, each named in itself, the page's own chosen.
#[component]
pub fn LanguageOptions() -> impl IntoView {
    let i18n = use_i18n();
    Locale::all()
        .map(|l| {
            view! {
                <option value=l.tag() selected=l == i18n.locale lang=l.tag()>
                    {l.native_name()}
                </option>
            }
        })
        .collect_view()
}
