//! How to print a competence profile: a plain GET form to the PDF route (it works without
//! JavaScript), with the labels' language and an option to print the criteria in two
//! languages side by side.
use super::language_switcher::LanguageOptions;
use crate::domain::MappingId;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn PrintProfile(mapping: MappingId) -> impl IntoView {
    let i18n = use_i18n();
    let action = format!("/mappings/{mapping}/profile.pdf");
    view! {
        <form class="print-profile" method="get" action=action>
            <fieldset>
                <legend>{i18n.t("print-heading")}</legend>
                <div class="field">
                    <label for="print-lang">{i18n.t("print-lang")}</label>
                    <select id="print-lang" name="lang">
                        <LanguageOptions/>
                    </select>
                </div>
                <div class="radio">
                    <input type="checkbox" id="print-two" name="two" value="1" aria-describedby="print-two-hint"/>
                    <label for="print-two">{i18n.t("print-two")}</label>
                </div>
                <p class="hint" id="print-two-hint">{i18n.t("print-two-hint")}</p>
                <button type="submit">{i18n.t("download-pdf")}</button>
            </fieldset>
        </form>
    }
}
