//! A validator reads one mapping and decides: reviewed, or back for additions.
use super::mapping_overview::GoalLine;
use crate::api::review_mapping::ReviewMapping;
use crate::components::{
    answer_list::AnswerList, error_summary::ErrorSummary, loading::Loading, page_error::PageError,
    print_profile::PrintProfile, status_badge::StatusBadge,
};
use crate::domain::MappingStatus;
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ReviewMappingPage() -> impl IntoView {
    let i18n = use_i18n();
    let mapping = super::mapping_resource();
    let review = ServerAction::<ReviewMapping>::new();
    let error = super::action_error(review);
    let label = Callback::new(move |f: String| i18n.t(&format!("field-{f}")));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let m = match mapping.await {
                    Ok(m) if !m.is_owner => m,
                    Ok(_) => return view! { <PageError error=AppError::Forbidden/> }.into_any(),
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let can_decide = m.status == MappingStatus::Submitted;
                let mid = m.id.0;
                let trail = m
                    .events
                    .iter()
                    .map(|e| {
                        let line = i18n.t_with(
                            e.kind.label_key(),
                            &[("name", e.actor.clone().into()), ("date", super::short_date(e.at).into())],
                        );
                        let comment = (!e.comment.is_empty()).then(|| view! { <p class="comment">{e.comment.clone()}</p> });
                        view! { <li>{line}{comment}</li> }
                    })
                    .collect_view();
                let title = format!("{} – {}", m.person_name, m.title());
                view! {
                    <Title text=title.clone()/>
                    <p><a href="/review">{i18n.t("back-to-queue")}</a></p>
                    <h1>{title}</h1>
                    <p>
                        <StatusBadge status=m.status/>
                    </p>
                    <GoalLine goal=m.goal.clone()/>
                    <PrintProfile mapping=m.id/>
                    <AnswerList mapping=m.clone()/>
                    <h2>{i18n.t("trail-heading")}</h2>
                    <ul class="trail">{trail}</ul>
                    <Show when=move || can_decide>
                        <h2>{i18n.t("decision-heading")}</h2>
                        <ErrorSummary error label/>
                        <ActionForm action=review attr:class="stack" attr:novalidate="novalidate">
                            <input type="hidden" name="input[mapping_id]" value=mid/>
                            <fieldset id="decision">
                                <legend>{i18n.t("field-decision")}</legend>
                                <div class="radio">
                                    <input type="radio" id="decision-reviewed" name="input[decision]" value="reviewed"/>
                                    <label for="decision-reviewed">{i18n.t("decision-reviewed")}</label>
                                </div>
                                <div class="radio">
                                    <input type="radio" id="decision-returned" name="input[decision]" value="returned"/>
                                    <label for="decision-returned">{i18n.t("decision-returned")}</label>
                                </div>
                            </fieldset>
                            <div class="field">
                                <label for="comment">{i18n.t("field-comment")}</label>
                                <p class="hint" id="comment-hint">{i18n.t("comment-hint")}</p>
                                <textarea id="comment" name="input[comment]" rows="6" aria-describedby="comment-hint"></textarea>
                            </div>
                            <button type="submit">{i18n.t("decision-submit")}</button>
                        </ActionForm>
                    </Show>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
