//! Check your answers, then submit: with a clear word on what happens next.
use crate::api::submit_mapping::{hand_in_target, HandInTo, SubmitMapping};
use crate::catalogue_view::ShownText;
use crate::components::shown_text::{Phrase, Shown};
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
                let target = if editable { hand_in_target(m.id).await.ok() } else { None };
                let whither = target.map(|t| view! { <Whither t/> });
                view! {
                    <p><a href=back>{i18n.t("back-to-overview")}</a></p>
                    <h1>{i18n.t("check-title")}</h1>
                    <ErrorSummary error label/>
                    {missing}
                    <AnswerList mapping=m.clone() with_change_links=editable/>
                    {editable.then(|| view! {
                        <h2>{i18n.t("submit-heading")}</h2>
                        <p>{i18n.t("submit-explainer")}</p>
                        <ActionForm action=submit attr:class="stack" attr:novalidate="novalidate">
                            <input type="hidden" name="input[mapping_id]" value=mid/>
                            {whither}
                            <button type="submit">{i18n.t("submit-button")}</button>
                        </ActionForm>
                    })}
                }
                    .into_any()
            })}
        </Suspense>
    }
}

/// Where the mapping goes when handed in: the organisation, or the providers to choose from
/// (an occupation several assess), or that the person needs a home municipality first.
#[component]
fn Whither(t: HandInTo) -> impl IntoView {
    let i18n = use_i18n();
    if t.no_home {
        return view! { <p class="notice">{i18n.t("hand-in-no-home")}</p> }.into_any();
    }
    if !t.choices.is_empty() {
        let radios = t
            .choices
            .into_iter()
            .map(|(id, name)| {
                let rid = format!("provider-{id}");
                view! {
                    <div class="radio">
                        <input type="radio" id=rid.clone() name="input[provider]" value=id.0 checked=t.chosen == Some(id)/>
                        <label for=rid><Shown text=ShownText::swedish(name)/></label>
                    </div>
                }
            })
            .collect_view();
        return view! {
            <fieldset id="provider">
                <legend>{i18n.t("field-provider")}</legend>
                <p class="hint">{i18n.t("hand-in-choose-hint")}</p>
                {radios}
            </fieldset>
        }
        .into_any();
    }
    t.goes_to
        .map(|org| {
            view! { <p><Phrase key="hand-in-goes-to" name="organisation" text=ShownText::swedish(org)/></p> }
        })
        .into_any()
}
