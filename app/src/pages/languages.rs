//! `/about/languages`: the languages Kartla speaks, and which translations no native speaker
//! has reviewed yet. Made from the language registry and what each messages file says of
//! itself (see `i18n::sources`).
use crate::i18n::{review, use_i18n, Locale, Review};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn LanguagesPage() -> impl IntoView {
    let i18n = use_i18n();
    let rows = Locale::all()
        .map(|l| {
            let state = review(l);
            let class = match state {
                Review::Unreviewed => "badge badge-late",
                _ => "badge",
            };
            let in_page = i18n.t_with("language-name", &[("code", l.tag().into())]);
            view! {
                <tr>
                    <th scope="row" data-label=i18n.t("languages-col-language")>
                        <span lang=l.tag() dir=l.dir()>{l.native_name()}</span>
                    </th>
                    <td data-label=i18n.t("languages-col-name")>{in_page}</td>
                    <td data-label=i18n.t("languages-col-status")>
                        <span class=class>{i18n.t(state.label_key())}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=i18n.t("languages-title")/>
        <h1>{i18n.t("languages-title")}</h1>
        <p class="lead">{i18n.t("languages-lead")}</p>
        <div class="table-wrap table-reflow" tabindex="0" role="region" aria-labelledby="languages-caption">
            <table>
                <caption id="languages-caption">{i18n.t("languages-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("languages-col-language")}</th>
                        <th scope="col">{i18n.t("languages-col-name")}</th>
                        <th scope="col">{i18n.t("languages-col-status")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p>{i18n.t("languages-feedback")}</p>
    }
}
