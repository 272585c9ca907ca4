//! `/catalogue/{code}`: a framework's sections and criteria in the reader's language, Swedish
//! where a text has no translation (said on the page, and marked `lang="sv"`).
use crate::api::{catalogue_framework, start_mapping::StartMapping};
use crate::app::UserResource;
use crate::components::{
    error_summary::ErrorSummary,
    loading::Loading,
    page_error::PageError,
    shown_text::{GuidanceList, Shown},
};
use crate::domain::Role;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn CatalogueFrameworkPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let key = Memo::new(move |_| {
        (
            params.with(|p| p.get("code").unwrap_or_default()),
            query.with(|q| q.get("version").and_then(|v| v.parse::<i64>().ok())),
        )
    });
    let framework = Resource::new(
        move || key.get(),
        |(code, version)| catalogue_framework(code, version),
    );
    let UserResource(user) = expect_context::<UserResource>();
    let start = ServerAction::<StartMapping>::new();
    let error = super::action_error(start);
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let f = match framework.await {
                    Ok(f) => f,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let participant = matches!(user.await, Ok(Some(u)) if u.roles.contains(&Role::Participant));
                let title = f.title.text.clone();
                let version = i18n.t_with("catalogue-version", &[("version", f.version.into())]);
                let published = f
                    .published_at
                    .map(|d| i18n.t_with("catalogue-published", &[("date", super::short_date(d).into())]));
                let external = f.external.clone().map(|e| {
                    let label = i18n.t(&e.label_key);
                    let id = match e.href {
                        Some(h) => view! { <a href=h>{e.id}</a> }.into_any(),
                        None => view! { <span class="code">{e.id}</span> }.into_any(),
                    };
                    view! { <p class="meta">{i18n.t_with("with-colon", &[("label", label.into())])}" "{id}</p> }
                });
                let older = (!f.is_current).then(|| {
                    let href = format!("/catalogue/{}", f.code);
                    view! {
                        <p class="notice">
                            {i18n.t("catalogue-older-version")}" "
                            <a href=href>{i18n.t("catalogue-see-current")}</a>
                        </p>
                    }
                });
                let fallback = f
                    .any_fallback
                    .then(|| view! { <p class="notice">{i18n.t("catalogue-fallback-note")}</p> });
                let start_form = (participant && f.is_current).then(|| {
                    let id = f.id.0;
                    view! {
                        <ErrorSummary error/>
                        <ActionForm action=start>
                            <input type="hidden" name="input[framework_id]" value=id/>
                            <button type="submit">{i18n.t("catalogue-start-mapping")}</button>
                        </ActionForm>
                    }
                });
                let versions = (f.versions.len() > 1).then(|| {
                    let code = f.code.clone();
                    let current = f.version;
                    view! {
                        <h2>{i18n.t("catalogue-versions")}</h2>
                        <ul>
                            {f
                                .versions
                                .iter()
                                .map(|(v, date)| {
                                    let label = i18n.t_with(
                                        "catalogue-version-dated",
                                        &[("version", (*v).into()), ("date", super::short_date(*date).into())],
                                    );
                                    if *v == current {
                                        view! { <li aria-current="page">{label}</li> }.into_any()
                                    } else {
                                        let href = format!("/catalogue/{code}?version={v}");
                                        view! { <li><a href=href>{label}</a></li> }.into_any()
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                });
                view! {
                    <Title text=title/>
                    <p class="breadcrumb"><a href="/catalogue">{i18n.t("catalogue-title")}</a></p>
                    <h1><Shown text=f.title.clone()/></h1>
                    <p class="meta">
                        {i18n.t(f.kind.label_key())}" · "<span class="code">{f.code.clone()}</span>" · "{version}
                        {published.map(|p| view! { " · "{p} })}
                    </p>
                    {external}
                    {older}
                    {fallback}
                    {start_form}
                    {f
                        .sections
                        .into_iter()
                        .enumerate()
                        .map(|(i, s)| {
                            view! {
                                <section class="catalogue-section">
                                    <h2>{format!("{}. ", i + 1)}<Shown text=s.title/></h2>
                                    <ol class="criteria-list">
                                        {s
                                            .criteria
                                            .into_iter()
                                            .map(|c| {
                                                let guidance = view! { <GuidanceList guidance=c.guidance/> };
                                                let ext = c.external.map(|e| {
                                                    let label = i18n.t(&e.label_key);
                                                    match e.href {
                                                        Some(h) => view! { <p class="meta"><a href=h>{label}</a></p> }.into_any(),
                                                        None => view! { <p class="meta">{i18n.t_with("with-colon", &[("label", label.into())])}" "<span class="code">{e.id}</span></p> }.into_any(),
                                                    }
                                                });
                                                view! {
                                                    <li class="criterion-item">
                                                        <span class="code">{c.code}</span>" "
                                                        <Shown text=c.text/>
                                                        {guidance}
                                                        {ext}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ol>
                                </section>
                            }
                        })
                        .collect_view()}
                    {versions}
                }
                    .into_any()
            })}
        </Suspense>
    }
}
