//! `/admin/drafts/{id}`: the editor of a draft framework. One form: every text in every
//! language the author writes in, sections and criteria in order, grade-step guidance for
//! courses, links to outside registers. Each button saves everything typed first, then adds,
//! moves or removes; nothing typed is lost, blank fields included. Publishing checks it all
//! and lists what stops it, linked to the fields. Plain form posts, so it works without
//! JavaScript.
use crate::api::{discard_draft::DiscardDraft, get_draft, save_draft::SaveDraft, DraftView};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::draft::{DraftCriterion, DraftExternal};
use crate::domain::{language, ExternalSystem, FrameworkId, FrameworkKind, GradeStep};
use crate::error::AppError;
use crate::i18n::{use_i18n, I18n, Locale};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::collections::BTreeMap;

/// Languages an author can add beyond the interface's (the registry's): a few more that
/// catalogue texts come in.
const ALSO_ADDABLE: [&str; 4] = ["de", "fr", "es", "pl"];

fn lang_name(i18n: I18n, l: &str) -> String {
    i18n.t_with("language-name", &[("code", l.to_owned().into())])
}

fn dir(l: &str) -> &'static str {
    if language::is_rtl(l) {
        "rtl"
    } else {
        "ltr"
    }
}

/// What every part of the editor needs: the words, the draft's languages, the fields that
/// publishing found wanting.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    i18n: I18n,
    langs: &'a [String],
    invalid: Signal<Vec<String>>,
}

/// One input (or text area) per editor language for a text, in a fieldset.
fn texts(
    ctx: Ctx<'_>,
    legend: String,
    id: String,
    key: String,
    values: &BTreeMap<String, String>,
    area: bool,
) -> AnyView {
    let Ctx {
        i18n,
        langs,
        invalid,
    } = ctx;
    let inputs = langs
        .iter()
        .map(|l| {
            let field_id = format!("{id}-{l}");
            let name = format!("f[{key}.{l}]");
            let value = values.get(l).cloned().unwrap_or_default();
            let bad = {
                let field_id = field_id.clone();
                move || invalid.with(|v| v.contains(&field_id)).then_some("true")
            };
            let label = lang_name(i18n, l);
            let input = if area {
                view! {
                    <textarea id=field_id.clone() name=name lang=l.clone() dir=dir(l) rows="2" aria-invalid=bad>{value}</textarea>
                }
                .into_any()
            } else {
                view! { <input id=field_id.clone() name=name value=value lang=l.clone() dir=dir(l) aria-invalid=bad/> }
                    .into_any()
            };
            view! {
                <div class="lang-field">
                    <label for=field_id>{label}</label>
                    {input}
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="texts" id=id>
            <legend>{legend}</legend>
            {inputs}
        </fieldset>
    }
    .into_any()
}

fn external(i18n: I18n, id: String, key: String, e: &DraftExternal) -> impl IntoView {
    let sys_id = format!("{id}-system");
    let ext_id = format!("{id}-id");
    let chosen = e.system.clone();
    view! {
        <details class="more">
            <summary>{i18n.t("editor-external")}</summary>
            <div class="field">
                <label for=sys_id.clone()>{i18n.t("editor-external-system")}</label>
                <select id=sys_id name=format!("f[{key}.system]")>
                    <option value="" selected=chosen.is_empty()>{i18n.t("editor-external-none")}</option>
                    {ExternalSystem::ALL
                        .into_iter()
                        .map(|s| {
                            let selected = chosen == s.as_str();
                            view! { <option value=s.as_str() selected=selected>{i18n.t(s.label_key())}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=ext_id.clone()>{i18n.t("editor-external-id")}</label>
                <input id=ext_id name=format!("f[{key}.id]") value=e.id.clone() dir="ltr" spellcheck="false"/>
            </div>
        </details>
    }
}

/// Say which field a problem is in: "Section 2, criterion 3: text (Swedish)".
fn field_label(i18n: I18n, id: &str) -> String {
    let parts: Vec<&str> = id.split('-').collect();
    let n = |i: usize| {
        parts
            .get(i)
            .and_then(|p| p.parse::<usize>().ok())
            .map_or(0, |x| x + 1)
    };
    let lang = |i: usize| parts.get(i).map(|l| lang_name(i18n, l)).unwrap_or_default();
    match parts.as_slice() {
        ["title", _] => i18n.t_with("editor-label-title", &[("lang", lang(1).into())]),
        ["section", _, "title", _] => i18n.t_with(
            "editor-label-section-title",
            &[("section", n(1).into()), ("lang", lang(3).into())],
        ),
        ["section", _, "criteria"] => {
            i18n.t_with("editor-label-section", &[("section", n(1).into())])
        }
        ["criterion", _, _, "code"] => i18n.t_with(
            "editor-label-criterion-code",
            &[("section", n(1).into()), ("criterion", n(2).into())],
        ),
        ["criterion", _, _, "text", _] => i18n.t_with(
            "editor-label-criterion-text",
            &[
                ("section", n(1).into()),
                ("criterion", n(2).into()),
                ("lang", lang(4).into()),
            ],
        ),
        ["criterion", _, _, "guidance", g, _] => i18n.t_with(
            "editor-label-criterion-guidance",
            &[
                ("section", n(1).into()),
                ("criterion", n(2).into()),
                ("step", (*g).to_owned().into()),
                ("lang", lang(5).into()),
            ],
        ),
        _ => String::new(),
    }
}

fn criterion_row(
    ctx: Ctx<'_>,
    si: usize,
    ci: usize,
    count: usize,
    kind: FrameworkKind,
    c: &DraftCriterion,
) -> AnyView {
    let Ctx { i18n, invalid, .. } = ctx;
    let id = format!("criterion-{si}-{ci}");
    let key = format!("s{si}.c{ci}");
    let number = format!("{}.{}", si + 1, ci + 1);
    let legend = i18n.t_with("editor-criterion", &[("number", number.clone().into())]);
    let code_id = format!("{id}-code");
    let code_bad = {
        let code_id = code_id.clone();
        move || invalid.with(|v| v.contains(&code_id)).then_some("true")
    };
    let guidance = (kind == FrameworkKind::Course).then(|| {
        let steps = GradeStep::ALL
            .into_iter()
            .map(|g| {
                let values = c.guidance.get(g.as_str()).cloned().unwrap_or_default();
                texts(
                    ctx,
                    i18n.t_with("grade-step", &[("step", g.as_str().into())]),
                    format!("{id}-guidance-{}", g.as_str()),
                    format!("{key}.g.{}", g.as_str()),
                    &values,
                    true,
                )
            })
            .collect_view();
        let open = !c.guidance.is_empty();
        view! {
            <details class="more" open=open>
                <summary>{i18n.t("editor-guidance")}</summary>
                <p class="hint">{i18n.t("editor-guidance-hint")}</p>
                {steps}
            </details>
        }
    });
    let button = |op: String, key: &str, enabled: bool| {
        let label = i18n.t_with(key, &[("number", number.clone().into())]);
        enabled.then(|| view! { <button type="submit" name="op" value=op class="secondary">{label}</button> })
    };
    view! {
        <li id=id.clone() class="editor-criterion">
            <fieldset>
                <legend>{legend}</legend>
                <div class="field">
                    <label for=code_id.clone()>{i18n.t("editor-criterion-code")}</label>
                    <input id=code_id name=format!("f[{key}.code]") value=c.code.clone() class="short" dir="ltr"
                        spellcheck="false" aria-invalid=code_bad/>
                </div>
                {texts(ctx, i18n.t("editor-criterion-text"), format!("{id}-text"), format!("{key}.text"), &c.text, true)}
                {guidance}
                {external(i18n, format!("{id}-ext"), format!("{key}.ext"), &c.external)}
                <div class="actions">
                    {button(format!("up-criterion-{si}-{ci}"), "editor-criterion-up", ci > 0)}
                    {button(format!("down-criterion-{si}-{ci}"), "editor-criterion-down", ci + 1 < count)}
                    {button(format!("remove-criterion-{si}-{ci}"), "editor-criterion-remove", true)}
                </div>
            </fieldset>
        </li>
    }
    .into_any()
}

#[component]
pub fn DraftEditorPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Memo::new(move |_| {
        params.with(|p| {
            p.get("id")
                .and_then(|s| s.parse::<i64>().ok())
                .map(FrameworkId)
        })
    });
    let save = ServerAction::<SaveDraft>::new();
    let discard = ServerAction::<DiscardDraft>::new();
    let error = super::action_error(save);
    let discard_error = super::action_error(discard);
    let invalid = Signal::derive(move || {
        error.with(|e| {
            e.as_ref()
                .map(|e| e.field_errors().iter().map(|f| f.field.clone()).collect())
                .unwrap_or_default()
        })
    });
    let draft = Resource::new(
        move || (id.get(), save.version().get()),
        |(id, _)| async move {
            match id {
                Some(id) => get_draft(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let label = Callback::new(move |f: String| field_label(i18n, &f));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let DraftView { id, version, doc } = match draft.await {
                    Ok(d) => d,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let title = doc.title.get(Locale::BASE.tag()).cloned().filter(|t| !t.trim().is_empty()).unwrap_or_else(|| doc.code.clone());
                let heading = i18n.t_with("editor-title", &[("title", title.clone().into()), ("version", version.into())]);
                let langs = doc.languages.clone();
                let langs_value = langs.join(",");
                let addable: Vec<&str> = Locale::all()
                    .map(Locale::tag)
                    .chain(ALSO_ADDABLE)
                    .filter(|l| !langs.iter().any(|x| x == l))
                    .collect();
                let kind = doc.kind;
                let ctx = Ctx { i18n, langs: &langs, invalid };
                let sections = doc
                    .sections
                    .iter()
                    .enumerate()
                    .map(|(si, s)| {
                        let sid = format!("section-{si}");
                        let heading_id = format!("{sid}-heading");
                        let n = doc.sections.len();
                        let count = s.criteria.len();
                        let criteria = s
                            .criteria
                            .iter()
                            .enumerate()
                            .map(|(ci, c)| criterion_row(ctx, si, ci, count, kind, c))
                            .collect_view();
                        let section_name = i18n.t_with("editor-section", &[("number", (si + 1).into())]);
                        let button = |op: String, key: &str, enabled: bool| {
                            let label = i18n.t_with(key, &[("number", (si + 1).into())]);
                            enabled.then(|| view! { <button type="submit" name="op" value=op class="secondary">{label}</button> })
                        };
                        view! {
                            <section id=sid.clone() class="editor-section" aria-labelledby=heading_id.clone()>
                                <h2 id=heading_id.clone()>{section_name}</h2>
                                {texts(ctx, i18n.t("editor-section-title"), format!("{sid}-title"), format!("s{si}.title"), &s.title, false)}
                                <ol class="editor-criteria" id=format!("{sid}-criteria")>{criteria}</ol>
                                <div class="actions">
                                    {button(format!("add-criterion-{si}"), "editor-criterion-add", true)}
                                    {button(format!("up-section-{si}"), "editor-section-up", si > 0)}
                                    {button(format!("down-section-{si}"), "editor-section-down", si + 1 < n)}
                                    {button(format!("remove-section-{si}"), "editor-section-remove", true)}
                                </div>
                            </section>
                        }
                    })
                    .collect_view();
                let kind_radio = move |k: FrameworkKind| {
                    let rid = format!("kind-{}", k.as_str());
                    view! {
                        <div class="radio">
                            <input type="radio" id=rid.clone() name="f[kind]" value=k.as_str() checked=kind == k/>
                            <label for=rid>{i18n.t(k.label_key())}</label>
                        </div>
                    }
                };
                let fid = id.0;
                let title_texts = texts(ctx, i18n.t("editor-name"), "title".into(), "title".into(), &doc.title, false);
                view! {
                    <Title text=heading.clone()/>
                    <p class="breadcrumb"><a href="/admin/catalogue">{i18n.t("admin-catalogue-title")}</a></p>
                    <h1>{heading}</h1>
                    <p class="lead">{i18n.t("editor-lead")}</p>
                    <ErrorSummary error label/>
                    <ActionForm action=save attr:id="editor" attr:class="editor" attr:novalidate="novalidate">
                        // Enter in a text field presses the form's first button: let that be "save".
                        <button type="submit" name="op" value="save" class="visually-hidden" tabindex="-1" aria-hidden="true">{i18n.t("editor-save")}</button>
                        <input type="hidden" name="id" value=fid/>
                        <input type="hidden" name="f[langs]" value=langs_value/>
                        <p class="meta" id="code">{i18n.t_with("with-colon", &[("label", i18n.t("editor-code").into())])}" "<span class="code">{doc.code.clone()}</span></p>
                        <fieldset class="field">
                            <legend>{i18n.t("editor-kind")}</legend>
                            {kind_radio(FrameworkKind::Course)}
                            {kind_radio(FrameworkKind::Occupation)}
                        </fieldset>
                        {title_texts}
                        {external(i18n, "ext".into(), "ext".into(), &doc.external)}
                        {sections}
                        <div class="actions">
                            <button type="submit" name="op" value="add-section" class="secondary">{i18n.t("editor-section-add")}</button>
                        </div>
                        <div class="field add-language">
                            <label for="add_language">{i18n.t("editor-add-language")}</label>
                            <p class="hint" id="add-language-hint">{i18n.t("editor-add-language-hint")}</p>
                            <select id="add_language" name="add_language" aria-describedby="add-language-hint">
                                <option value="" selected>{i18n.t("editor-add-language-none")}</option>
                                {addable
                                    .into_iter()
                                    .map(|l| view! { <option value=l>{lang_name(i18n, l)}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        <div class="actions editor-actions">
                            <button type="submit" name="op" value="save">{i18n.t("editor-save")}</button>
                            <button type="submit" name="op" value="publish">{i18n.t("editor-publish")}</button>
                        </div>
                    </ActionForm>
                    <h2>{i18n.t("editor-discard-title")}</h2>
                    <ErrorSummary error=discard_error/>
                    <ActionForm action=discard>
                        <input type="hidden" name="id" value=fid/>
                        <button type="submit" class="secondary">{i18n.t("editor-discard")}</button>
                    </ActionForm>
                }
                    .into_any()
            })}
        </Suspense>
    }
}
