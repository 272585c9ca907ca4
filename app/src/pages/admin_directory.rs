//! `/admin/directory`: an organisation's administrators keep what their people assess — the
//! courses and occupations, the languages they speak, the methods they offer. Whether a person
//! is shown publicly is theirs to decide, on their account page.
use crate::api::directory::{admin_directory, SetAssesses};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::case::Method;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AdminDirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let save = ServerAction::<SetAssesses>::new();
    let error = super::action_error(save);
    let data = Resource::new(|| (), |_| admin_directory());
    let label = Callback::new(move |f: String| i18n.t(&format!("field-{f}")));
    let saved = move || query.with(|q| q.get("saved").is_some());
    view! {
        <Title text=i18n.t("admin-directory-title")/>
        <h1>{i18n.t("admin-directory-title")}</h1>
        <p class="lead">{i18n.t("admin-directory-lead")}</p>
        <p role="status" class="notice-ok">{move || saved().then(|| i18n.t("admin-directory-saved"))}</p>
        <ErrorSummary error label/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let d = match data.await {
                    Ok(d) => d,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                if d.staff.is_empty() {
                    return view! { <p>{i18n.t("admin-directory-none")}</p> }.into_any();
                }
                d.staff
                    .into_iter()
                    .map(|s| {
                        let key = format!("{}-{}", s.user, s.organisation);
                        let boxes = d
                            .frameworks
                            .iter()
                            .map(|(code, title)| {
                                let id = format!("fw-{key}-{code}");
                                view! {
                                    <div class="checkbox">
                                        <input type="checkbox" id=id.clone() name=format!("input[frameworks][{code}]") checked=s.frameworks.contains(code)/>
                                        <label for=id>{format!("{} ({})", i18n.isolate(title), i18n.isolate(code))}</label>
                                    </div>
                                }
                            })
                            .collect_view();
                        let methods = Method::ALL
                            .iter()
                            .map(|m| {
                                let id = format!("method-{key}-{}", m.as_str());
                                view! {
                                    <div class="checkbox">
                                        <input type="checkbox" id=id.clone() name=format!("input[methods][{}]", m.as_str()) checked=s.methods.contains(m)/>
                                        <label for=id>{i18n.t(&m.label_key())}</label>
                                    </div>
                                }
                            })
                            .collect_view();
                        let shown = if s.listed { i18n.t("admin-directory-listed") } else { i18n.t("admin-directory-not-listed") };
                        let languages_id = format!("languages-{key}");
                        view! {
                            <details class="more" id=format!("entry-{key}")>
                                <summary>{format!("{} – {}", s.name, s.organisation_name)}</summary>
                                <p class="meta">{shown}</p>
                                <ActionForm action=save attr:class="stack" attr:novalidate="novalidate">
                                    <input type="hidden" name="input[user]" value=s.user.0/>
                                    <input type="hidden" name="input[organisation]" value=s.organisation.0/>
                                    <fieldset>
                                        <legend>{i18n.t("directory-assesses")}</legend>
                                        {boxes}
                                    </fieldset>
                                    <div class="field">
                                        <label for=languages_id.clone()>{i18n.t("field-languages")}</label>
                                        <p class="hint" id=format!("{languages_id}-hint")>{i18n.t("admin-directory-languages-hint")}</p>
                                        <input type="text" id=languages_id.clone() name="input[languages]" value=s.languages.join(", ")
                                            aria-describedby=format!("{languages_id}-hint")/>
                                    </div>
                                    <fieldset>
                                        <legend>{i18n.t("directory-methods")}</legend>
                                        {methods}
                                    </fieldset>
                                    <button type="submit">{i18n.t("admin-directory-save")}</button>
                                </ActionForm>
                            </details>
                        }
                    })
                    .collect_view()
                    .into_any()
            })}
        </Suspense>
    }
}
