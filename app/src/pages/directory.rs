//! `/directory`: who assesses what, for anyone: search by course or occupation and by
//! municipality; organisations with the people in them who chose to be listed. A plain GET
//! form, so it works without JavaScript and a search can be bookmarked.
use crate::api::directory::directory;
use crate::components::{loading::Loading, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let asked = Memo::new(move |_| query.with(|q| (q.get("q"), q.get("municipality"))));
    let found = Resource::new(move || asked.get(), |(q, m)| directory(q, m));
    view! {
        <Title text=i18n.t("directory-title")/>
        <h1>{i18n.t("directory-title")}</h1>
        <p class="lead">{i18n.t("directory-lead")}</p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let d = match found.await {
                    Ok(d) => d,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let options = d
                    .municipalities
                    .iter()
                    .map(|(id, name)| view! { <option value=id.0 selected=d.municipality == Some(*id)>{name.clone()}</option> })
                    .collect_view();
                let results = if d.organisations.is_empty() {
                    view! { <p role="status">{i18n.t("directory-none")}</p> }.into_any()
                } else {
                    d.organisations
                        .into_iter()
                        .map(|o| {
                            let serves = if o.serves.is_empty() {
                                i18n.t("directory-serves-all")
                            } else {
                                i18n.t_with("directory-serves", &[("list", o.serves.join(", ").into())])
                            };
                            // Addresses and numbers run left to right inside any sentence.
                            let contact: Vec<String> = [o.email.clone(), o.phone.clone()]
                                .into_iter()
                                .filter(|s| !s.is_empty())
                                .collect();
                            let contact_line = (!contact.is_empty()).then(|| {
                                let parts = contact
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, c)| view! { {(i > 0).then_some(" · ")}<bdi dir="ltr">{c}</bdi> })
                                    .collect_view();
                                view! { <p>{parts}</p> }
                            });
                            let people = o
                                .people
                                .into_iter()
                                .map(|p| {
                                    let what = p.frameworks.iter().map(|(c, t)| format!("{t} ({c})")).collect::<Vec<_>>().join("; ");
                                    let methods = p.methods.iter().map(|m| i18n.t(&m.label_key())).collect::<Vec<_>>().join(", ");
                                    let reach = [p.email.clone(), p.phone.clone()]
                                        .into_iter()
                                        .filter(|s| !s.is_empty())
                                        .collect::<Vec<_>>()
                                        .join(" · ");
                                    view! {
                                        <li>
                                            <h3>{p.name}</h3>
                                            <dl class="facts">
                                                <dt>{i18n.t("directory-assesses")}</dt>
                                                <dd>{what}</dd>
                                                {(!p.languages.is_empty()).then(|| view! {
                                                    <dt>{i18n.t("directory-languages")}</dt>
                                                    <dd>{p.languages.join(", ")}</dd>
                                                })}
                                                {(!methods.is_empty()).then(|| view! {
                                                    <dt>{i18n.t("directory-methods")}</dt>
                                                    <dd>{methods}</dd>
                                                })}
                                                {(!reach.is_empty()).then(|| view! {
                                                    <dt>{i18n.t("directory-contact")}</dt>
                                                    <dd>{reach}</dd>
                                                })}
                                            </dl>
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! {
                                <section class="directory-org">
                                    <h2>{o.name}</h2>
                                    <p class="meta">{i18n.t(o.kind.label_key())}" · "{serves}</p>
                                    {contact_line}
                                    <ul class="people">{people}</ul>
                                </section>
                            }
                        })
                        .collect_view()
                        .into_any()
                };
                view! {
                    <form method="get" action="/directory" class="stack search" role="search">
                        <div class="field">
                            <label for="q">{i18n.t("directory-q")}</label>
                            <p class="hint" id="q-hint">{i18n.t("directory-q-hint")}</p>
                            <input type="search" id="q" name="q" value=d.q aria-describedby="q-hint"/>
                        </div>
                        <div class="field">
                            <label for="municipality">{i18n.t("directory-municipality")}</label>
                            <select id="municipality" name="municipality">
                                <option value="">{i18n.t("directory-any-municipality")}</option>
                                {options}
                            </select>
                        </div>
                        <button type="submit">{i18n.t("directory-search")}</button>
                    </form>
                    {results}
                }
                    .into_any()
            })}
        </Suspense>
    }
}
