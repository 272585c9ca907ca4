//! `/evidence`: the person's evidence — certificates, diplomas, licences, photos of work —
//! numbered in the order added, with an upload form that works the same with and without
//! JavaScript (a plain multipart post to `/evidence`).
use crate::api::{evidence::DeleteEvidence, evidence_page};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::evidence::{Refusal, MAX_BYTES, MAX_FILES, MAX_TITLE};
use crate::error::{AppError, FieldError};
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The largest file, in whole megabytes, as people are told.
pub const MAX_MB: usize = MAX_BYTES / (1024 * 1024);

#[component]
pub fn EvidencePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let delete = ServerAction::<DeleteEvidence>::new();
    let delete_error = super::action_error(delete);
    let data = Resource::new(move || delete.version().get(), |_| evidence_page());
    // A refused upload comes back here naming why; it is shown as an error summary linked to
    // the field, like every other refused form.
    let refused = Signal::derive(move || {
        query
            .with(|q| q.get("refused"))
            .and_then(|c| Refusal::from_code(&c))
            .map(|r| {
                AppError::Validation(vec![FieldError {
                    field: r.field().into(),
                    code: format!("evidence-{}", r.code()),
                }])
            })
    });
    let added = move || query.with(|q| q.get("added"));
    view! {
        <Title text=i18n.t("evidence-title")/>
        <h1>{i18n.t("evidence-title")}</h1>
        <p class="lead">{i18n.t("evidence-lead")}</p>
        <ErrorSummary error=refused/>
        <ErrorSummary error=delete_error/>
        <p role="status" class="notice-ok">
            {move || added().map(|n| i18n.t_with("evidence-added", &[("number", n.into())]))}
        </p>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let data = match data.await {
                    Ok(d) => d,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let full = data.items.len() >= MAX_FILES;
                let list = if data.items.is_empty() {
                    view! { <p>{i18n.t("evidence-none")}</p> }.into_any()
                } else {
                    let experiences = data.experiences.clone();
                    view! {
                        <ol class="card-list evidence-list">
                            {data
                                .items
                                .into_iter()
                                .map(|e| {
                                    let belongs: Vec<String> = experiences
                                        .iter()
                                        .filter(|x| e.experiences.contains(&x.id))
                                        .map(|x| x.label(i18n))
                                        .collect();
                                    let open = i18n.t_with("evidence-open", &[("number", e.number.into())]);
                                    let remove = i18n.t_with("evidence-delete", &[("number", e.number.into())]);
                                    let id = e.id;
                                    view! {
                                        <li class="card" id=format!("evidence-{}", e.number)>
                                            <h2 class="card-title">{e.label(i18n)}</h2>
                                            <p class="meta">{e.kind_and_size(i18n)}</p>
                                            {(!belongs.is_empty()).then(|| view! {
                                                <p>{i18n.t_with("evidence-belongs-to", &[("list", belongs.join("; ").into())])}</p>
                                            })}
                                            <div class="actions">
                                                <a href=e.href() rel="noopener" target="_blank">{open}</a>
                                                <ActionForm action=delete>
                                                    <input type="hidden" name="id" value=id/>
                                                    <button type="submit" class="secondary">{remove}</button>
                                                </ActionForm>
                                            </div>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                        .into_any()
                };
                let boxes = data
                    .experiences
                    .iter()
                    .map(|x| {
                        let box_id = format!("evidence-experience-{}", x.id);
                        view! {
                            <div class="radio">
                                <input
                                    type="checkbox"
                                    id=box_id.clone()
                                    name="experiences"
                                    value=x.id
                                    checked=data.draft_experiences.contains(&x.id)
                                />
                                <label for=box_id>{x.label(i18n)}</label>
                            </div>
                        }
                    })
                    .collect_view();
                let has_experiences = !data.experiences.is_empty();
                let draft_title = data.draft_title.clone();
                view! {
                    {list}
                    <h2>{i18n.t("evidence-add-heading")}</h2>
                    {if full {
                        view! { <p class="notice">{i18n.t_with("evidence-full", &[("max", MAX_FILES.into())])}</p> }.into_any()
                    } else {
                        view! {
                            <form method="post" action="/evidence" enctype="multipart/form-data" class="evidence-form">
                                <div class="field">
                                    <label for="evidence-title">{i18n.t("evidence-title-label")}</label>
                                    <p class="hint" id="evidence-title-hint">{i18n.t_with("evidence-title-hint", &[("max", MAX_TITLE.into())])}</p>
                                    <input
                                        type="text"
                                        id="evidence-title"
                                        name="title"
                                        value=draft_title
                                        aria-describedby="evidence-title-hint"
                                    />
                                </div>
                                {has_experiences.then(|| view! {
                                    <fieldset class="links">
                                        <legend>{i18n.t("evidence-experiences")}</legend>
                                        {boxes}
                                    </fieldset>
                                })}
                                <div class="field">
                                    <label for="evidence-file">{i18n.t("evidence-file-label")}</label>
                                    <p class="hint" id="evidence-file-hint">{i18n.t_with("evidence-file-hint", &[("max", MAX_MB.into())])}</p>
                                    <input
                                        type="file"
                                        id="evidence-file"
                                        name="file"
                                        accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                                        aria-describedby="evidence-file-hint"
                                    />
                                </div>
                                <button type="submit">{i18n.t("evidence-upload")}</button>
                            </form>
                        }
                            .into_any()
                    }}
                }
                    .into_any()
            })}
        </Suspense>
    }
}
