//! A participant's mappings, and the catalogue to start a new one from.
use crate::api::{list_frameworks, list_my_mappings, start_mapping::StartMapping};
use crate::components::shown_text::{Phrase, Shown};
use crate::components::{
    error_summary::ErrorSummary, loading::Loading, mapping_card::MappingCard, page_error::PageError,
};
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MyMappingsPage() -> impl IntoView {
    let i18n = use_i18n();
    let mappings = Resource::new(|| (), |_| list_my_mappings());
    let frameworks = Resource::new(|| (), |_| list_frameworks());
    let start = ServerAction::<StartMapping>::new();
    let error = super::action_error(start);
    view! {
        <Title text=i18n.t("my-mappings-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let list = match mappings.await {
                    Ok(list) => list,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let catalogue = frameworks.await.unwrap_or_default();
                let mine = if list.is_empty() {
                    view! { <p>{i18n.t("my-mappings-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {list
                                .into_iter()
                                .map(|m| {
                                    let href = format!("/mappings/{}", m.id);
                                    let label = m.title.clone();
                                    view! { <MappingCard item=m href label/> }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                };
                view! {
                    <h1>{i18n.t("my-mappings-title")}</h1>
                    {mine}
                    <p><a href="/account/seen-by">{i18n.t("seen-by-link")}</a></p>
                    <h2>{i18n.t("start-mapping-title")}</h2>
                    <p>{i18n.t("start-mapping-lead")}</p>
                    <p>
                        <a href="/catalogue">
                            {i18n.t_with("start-mapping-search", &[("count", catalogue.total.into())])}
                        </a>
                    </p>
                    <ErrorSummary error/>
                    <ul class="card-list">
                        {catalogue
                            .items
                            .into_iter()
                            .map(|f| {
                                let count = i18n.t_with("criteria-count", &[("count", f.criteria.into())]);
                                let title = f.title.clone();
                                view! {
                                    <li class="card">
                                        <h3><Shown text=f.title/></h3>
                                        <p class="meta">
                                            {i18n.t(f.kind.label_key())}" · "<span class="code">{f.code}</span>" · "{count}
                                        </p>
                                        <ActionForm action=start>
                                            <input type="hidden" name="input[framework_id]" value=f.id.0/>
                                            <button type="submit"><Phrase key="start-mapping-button" name="title" text=title/></button>
                                        </ActionForm>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
