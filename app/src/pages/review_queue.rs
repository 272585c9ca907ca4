//! The validator's list of handed-in mappings.
use crate::api::list_review_queue;
use crate::components::{loading::Loading, mapping_card::MappingCard, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let i18n = use_i18n();
    let queue = Resource::new(|| (), |_| list_review_queue());
    view! {
        <Title text=i18n.t("review-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let list = match queue.await {
                    Ok(l) => l,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let body = if list.is_empty() {
                    view! { <p>{i18n.t("review-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="card-list">
                            {list
                                .into_iter()
                                .map(|m| {
                                    let href = format!("/review/{}", m.id);
                                    let label = format!("{} – {}", m.person_name, m.title);
                                    view! { <MappingCard item=m href label/> }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                };
                view! {
                    <h1>{i18n.t("review-title")}</h1>
                    {body}
                }
                    .into_any()
            })}
        </Suspense>
    }
}
