//! Check your answers, then submit: with a clear word on what happens next.
use crate::api::submit_mapping::SubmitMapping;
use crate::components::{
    answer_list::AnswerList, error_summary::ErrorSummary, loading::Loading, page_error::PageError,
};
use crate::domain::mapping::Incomplete;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let i18n = use_i18n();
    let mapping = super::mapping_resource();
    let submit = ServerAction::<SubmitMapping>::new();
    let error = super::action_error(submit);
    view! {
        <Title text=i18n.t("check-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let m = match mapping.await {
                    Ok(m) => m,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let back = format!("/mappings/{}", m.id);
                let missing = (!m.missing.is_empty()).then(|| {
                    let items = m
                        .missing
                        .iter()
                        .map(|x| {
                            let key = match x.why {
                                Incomplete::NotRated(_) => "missing-rating",
                                Incomplete::NoDescription(_) => "missing-description",
                            };
                            let href = format!("/mappings/{}/sections/{}#criterion-{}", m.id, x.section_number, x.criterion);
                            view! { <li><a href=href>{i18n.t_with(key, &[("code", x.code.clone().into())])}</a></li> }
                        })
                        .collect_view();
                    view! {
                        <div class="notice">
                            <h2>{i18n.t("missing-heading")}</h2>
                            <ul>{items}</ul>
                        </div>
                    }
                });
                let label = super::criterion_label(m.sections().flat_map(|s| s.criteria.iter()));
                let editable = m.editable;
                let mid = m.id.0;
                view! {
                    <p><a href=back>{i18n.t("back-to-overview")}</a></p>
                    <h1>{i18n.t("check-title")}</h1>
                    <ErrorSummary error label/>
                    {missing}
                    <AnswerList mapping=m.clone() with_change_links=editable/>
                    <Show when=move || editable>
                        <h2>{i18n.t("submit-heading")}</h2>
                        <p>{i18n.t("submit-explainer")}</p>
                        <ActionForm action=submit>
                            <input type="hidden" name="input[mapping_id]" value=mid/>
                            <button type="submit">{i18n.t("submit-button")}</button>
                        </ActionForm>
                    </Show>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
