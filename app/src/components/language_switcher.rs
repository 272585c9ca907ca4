//! Choose the interface language. A plain form: it works without JavaScript, and the page
//! reloads in the new language with `lang` and `dir` set by the server.
use crate::i18n::{review, translate, use_i18n, Locale, Review};
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
            <a href="/about/languages" class="language-about">{i18n.t("languages-link")}</a>
        </form>
    }
}

/// Every interface language as an `<option>`, each named in itself, the page's own chosen.
#[component]
pub fn LanguageOptions() -> impl IntoView {
    let i18n = use_i18n();
    Locale::all()
        .map(|l| {
            // A translation no native speaker has reviewed says so, in its own language.
            let name = match review(l) {
                Review::Unreviewed => format!(
                    "{} ({})",
                    l.native_name(),
                    translate(l, "language-unreviewed-mark", None)
                ),
                _ => l.native_name().to_owned(),
            };
            view! {
                <option value=l.tag() selected=l == i18n.locale lang=l.tag() dir=l.dir()>
                    {name}
                </option>
            }
        })
        .collect_view()
}
