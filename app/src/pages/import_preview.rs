//! `/admin/imports/{id}`: what an upload holds and what confirming it would change; or, for a
//! refused upload, every problem found, by file, line and field.
use crate::api::{apply_import::ApplyImport, get_import};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::Planned;
use crate::error::AppError;
use crate::i18n::use_i18n;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok())));
    let apply = ServerAction::<ApplyImport>::new();
    let error = super::action_error(apply);
    let preview = Resource::new(
        move || (id.get(), apply.version().get()),
        |(id, _)| async move {
            match id {
                Some(id) => get_import(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Title text=i18n.t("import-preview-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let p = match preview.await {
                    Ok(p) => p,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let files = p.files.join(", ");
                let head = view! {
                    <p class="breadcrumb"><a href="/admin/catalogue">{i18n.t("admin-catalogue-title")}</a></p>
                    <h1>{i18n.t("import-preview-title")}</h1>
                    <p class="meta">{i18n.t(p.format.label_key())}" · "{files}</p>
                };
                if !p.errors.is_empty() {
                    let n = i18n.t_with("import-refused", &[("count", p.errors.len().into())]);
                    return view! {
                        {head}
                        <div class="error-summary" role="alert" tabindex="-1">
                            <h2>{n}</h2>
                            <ul>
                                {p
                                    .errors
                                    .into_iter()
                                    .map(|e| {
                                        let mut place = vec![e.file.clone()];
                                        if let Some(l) = e.line {
                                            place.push(i18n.t_with("import-at-line", &[("line", l.into())]));
                                        }
                                        if let Some(f) = e.field.clone() {
                                            place.push(i18n.t_with("import-in-field", &[("field", f.into())]));
                                        }
                                        let message = i18n.t_with(&e.key, &[("detail", e.detail.unwrap_or_default().into())]);
                                        view! { <li><strong>{place.join(", ")}</strong>" – "{message}</li> }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                        <p>{i18n.t("import-nothing-written")}</p>
                        <p><a class="button" href="/admin/imports/new">{i18n.t("import-try-again")}</a></p>
                    }
                        .into_any();
                }
                let c = p.counts;
                let summary = i18n.t_with(
                    "import-summary",
                    &[
                        ("total", c.total.into()),
                        ("new", c.new.into()),
                        ("changed", c.changed.into()),
                        ("unchanged", c.unchanged.into()),
                    ],
                );
                let shown = (c.total > p.rows.len())
                    .then(|| i18n.t_with("import-rows-shown", &[("shown", p.rows.len().into())]));
                let action = if p.applied {
                    view! { <p class="notice" role="status">{i18n.t("import-applied")}</p> }.into_any()
                } else if c.blocked > 0 {
                    view! { <p class="notice">{i18n.t("import-blocked")}</p> }.into_any()
                } else if c.writes() == 0 {
                    view! { <p class="notice">{i18n.t("import-nothing-to-write")}</p> }.into_any()
                } else {
                    let button = i18n.t_with("import-confirm", &[("count", c.writes().into())]);
                    let pid = p.id;
                    view! {
                        <ErrorSummary error/>
                        <ActionForm action=apply>
                            <input type="hidden" name="id" value=pid/>
                            <button type="submit">{button}</button>
                        </ActionForm>
                    }
                        .into_any()
                };
                view! {
                    {head}
                    <p role="status">{summary}</p>
                    {action}
                    <div class="table-wrap" role="region" aria-labelledby="preview-caption" tabindex="0">
                        <table>
                            <caption id="preview-caption">{i18n.t("import-preview-caption")}{shown.map(|s| view! { " "{s} })}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.t("admin-col-code")}</th>
                                    <th scope="col">{i18n.t("admin-col-title")}</th>
                                    <th scope="col">{i18n.t("admin-col-kind")}</th>
                                    <th scope="col">{i18n.t("admin-col-sections")}</th>
                                    <th scope="col">{i18n.t("admin-col-criteria")}</th>
                                    <th scope="col">{i18n.t("admin-col-languages")}</th>
                                    <th scope="col">{i18n.t("admin-col-change")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {p
                                    .rows
                                    .into_iter()
                                    .map(|r| {
                                        let change = match r.plan {
                                            Planned::New => i18n.t("plan-new"),
                                            other => i18n.t_with(other.label_key(), &[("version", other.version().into())]),
                                        };
                                        view! {
                                            <tr>
                                                <td class="code">{r.code}</td>
                                                <td>{r.title}</td>
                                                <td>{i18n.t(r.kind.label_key())}</td>
                                                <td>{r.sections}</td>
                                                <td>{r.criteria}</td>
                                                <td>{r.languages.join(", ")}</td>
                                                <td>{change}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
