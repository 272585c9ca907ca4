//! `/experiences`: the person's merit portfolio — what they have done, where and when.
use crate::api::{experiences::DeleteExperience, list_experiences};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn ExperiencesPage() -> impl IntoView {
    let i18n = use_i18n();
    let delete = ServerAction::<DeleteExperience>::new();
    let error = super::action_error(delete);
    let list = Resource::new(move || delete.version().get(), |_| list_experiences());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let list = match list.await {
                    Ok(l) => l,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let head = view! {
                    <Title text=i18n.t("experiences-title")/>
                    <h1>{i18n.t("experiences-title")}</h1>
                    <p class="lead">{i18n.t("experiences-lead")}</p>
                    <p><a class="button" href="/experiences/new">{i18n.t("experiences-add")}</a></p>
                    <ErrorSummary error/>
                };
                if list.is_empty() {
                    return view! { {head} <p>{i18n.t("experiences-none")}</p> }.into_any();
                }
                view! {
                    {head}
                    <ul class="card-list">
                        {list
                            .into_iter()
                            .map(|e| {
                                let period = if e.end.is_empty() {
                                    i18n.t_with("experience-period-ongoing", &[("start", e.start.clone().into())])
                                } else {
                                    i18n.t_with(
                                        "experience-period",
                                        &[("start", e.start.clone().into()), ("end", e.end.clone().into())],
                                    )
                                };
                                let place = [e.place.clone(), e.country.clone()]
                                    .into_iter()
                                    .filter(|s| !s.is_empty())
                                    .collect::<Vec<_>>()
                                    .join(", ");
                                let edit = i18n.t_with("experience-edit", &[("role", e.role.clone().into())]);
                                let remove = i18n.t_with("experience-delete", &[("role", e.role.clone().into())]);
                                let href = format!("/experiences/{}", e.id);
                                let certificate = e.kind.certificate_offered().then(|| {
                                    let text = i18n.t_with("experience-certificate", &[("role", e.role.clone().into())]);
                                    view! { <a href=format!("/experiences/{}/certificate.pdf", e.id)>{text}</a> }
                                });
                                let id = e.id;
                                view! {
                                    <li class="card">
                                        <h2 class="card-title">{e.role}</h2>
                                        <p class="meta">{i18n.t(e.kind.label_key())}" · "{period}</p>
                                        {(!place.is_empty()).then(|| view! { <p>{place}</p> })}
                                        {(!e.tasks.is_empty()).then(|| view! { <p class="answer-text">{e.tasks}</p> })}
                                        <div class="actions">
                                            <a href=href>{edit}</a>
                                            {certificate}
                                            <ActionForm action=delete>
                                                <input type="hidden" name="id" value=id/>
                                                <button type="submit" class="secondary">{remove}</button>
                                            </ActionForm>
                                        </div>
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
