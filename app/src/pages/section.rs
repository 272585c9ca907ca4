//! Answering one section, criterion by criterion. Without JavaScript the section is one form
//! with "save and continue"; with it each answer is also saved as it changes.
use crate::api::{save_answer::SaveAnswer, save_section::SaveSection, SaveAnswerInput};
use crate::components::shown_text::Shown;
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::{mapping::MAX_ANSWER_CHARS, MappingId, Rating};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::view_model::{CriterionView, MappingView, PortfolioView};
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::time::Duration;

#[component]
pub fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    let number =
        Memo::new(move |_| params.with(|p| p.get("n").and_then(|n| n.parse::<usize>().ok())));
    let mapping = super::mapping_resource(Some(number));
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match (mapping.await, number.get()) {
                    (Ok(m), Some(n)) if m.section(n).is_some() => view! { <SectionForm mapping=m number=n/> }.into_any(),
                    (Err(e), _) => view! { <PageError error=e/> }.into_any(),
                    _ => view! { <PageError error=AppError::NotFound/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SectionForm(mapping: MappingView, number: usize) -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveSection>::new();
    let error = super::action_error(save);
    let Some(section) = mapping.section(number).cloned() else {
        return view! { <PageError error=AppError::NotFound/> }.into_any();
    };
    let label = super::criterion_label(section.criteria.iter());
    let total = mapping.section_count();
    let heading = i18n.t_with(
        "section-of",
        &[("n", number.into()), ("total", total.into())],
    );
    let back = format!("/mappings/{}", mapping.id);
    let editable = mapping.editable;
    let mapping_id = mapping.id;
    let rows = section
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let portfolio = mapping.portfolio.clone();
            view! { <CriterionRow mapping_id index=i criterion=c.clone() editable portfolio/> }
        })
        .collect_view();
    let title = format!("{} – {}", section.title, mapping.title());
    view! {
        <Title text=title/>
        <p><a href=back.clone()>{i18n.t("back-to-overview")}</a></p>
        <p class="meta">{heading}</p>
        <h1>{section.title.clone()}</h1>
        <Show when=move || !editable>
            <p class="notice">{i18n.t("read-only-explainer")}</p>
        </Show>
        <ErrorSummary error label/>
        <ActionForm action=save attr:class="section-form" attr:novalidate="novalidate">
            <input type="hidden" name="input[mapping_id]" value=mapping.id.0/>
            <input type="hidden" name="input[section]" value=number/>
            {rows}
            <Show when=move || editable>
                <button type="submit">{i18n.t("save-and-continue")}</button>
            </Show>
        </ActionForm>
    }
    .into_any()
}

/// One criterion: the rating as a radio group, and the free text.
#[component]
fn CriterionRow(
    mapping_id: MappingId,
    index: usize,
    criterion: CriterionView,
    editable: bool,
    portfolio: Vec<PortfolioView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let cid = criterion.id;
    let rating = RwSignal::new(criterion.rating.map(Rating::value));
    let linked = RwSignal::new(criterion.experiences.clone());
    // Text that could not be saved comes back in the field, marked, so it is never lost.
    let shown = criterion
        .rejected
        .clone()
        .unwrap_or_else(|| criterion.answer.clone());
    let rejected = criterion.rejected.is_some();
    let text = RwSignal::new(shown.clone());
    let autosave = ServerAction::<SaveAnswer>::new();
    // Text is saved once typing pauses; each keystroke only moves the moment on. Until then
    // the status says "saving", never "saved", and leaving the field saves at once.
    let generation = StoredValue::new(0u64);
    let unsaved = RwSignal::new(false);
    let save_now = move || {
        generation.update_value(|g| *g += 1);
        unsaved.set(false);
        autosave.dispatch(SaveAnswer {
            input: SaveAnswerInput {
                mapping_id,
                criterion_id: cid,
                rating: rating.get_untracked(),
                text: text.get_untracked(),
                experiences: linked.get_untracked(),
            },
        });
    };
    let save_soon = move || {
        unsaved.set(true);
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        set_timeout(
            move || {
                if generation.get_value() == mine {
                    save_now();
                }
            },
            Duration::from_millis(600),
        );
    };
    let status = move || {
        if unsaved.get() || autosave.pending().get() {
            return i18n.t("autosave-saving");
        }
        match autosave.value().get() {
            Some(Ok(())) => i18n.t("autosave-saved"),
            Some(Err(e)) => match e.field_errors().first() {
                Some(f) => crate::components::error_summary::field_error_text("", &f.code),
                None => i18n.t(&e.message_key()),
            },
            None => String::new(),
        }
    };
    let name = |field: &str| format!("input[answers][{index}][{field}]");
    let fieldset_id = format!("criterion-{cid}");
    let text_id = format!("answer-{cid}");
    let hint_id = format!("answer-hint-{cid}");
    let status_id = format!("save-status-{cid}");
    let fallback = criterion
        .fallback
        .then(|| view! { <p class="hint">{i18n.t("text-in-swedish")}</p> });
    let radios = Rating::ALL
        .into_iter()
        .map(|r| {
            let v = r.value();
            let radio_id = format!("rating-{cid}-{v}");
            view! {
                <div class="radio">
                    <input
                        type="radio"
                        id=radio_id.clone()
                        name=name("rating")
                        value=v
                        checked=criterion.rating == Some(r)
                        disabled=!editable
                        on:change=move |_| {
                            rating.set(Some(v));
                            save_now();
                        }
                    />
                    <label for=radio_id>{i18n.t(r.label_key())}</label>
                </div>
            }
        })
        .collect_view();
    // Which experiences of the portfolio the answer draws on; a way to the portfolio if
    // there are none yet.
    let experiences = if portfolio.is_empty() {
        editable
            .then(|| {
                view! {
                    <p class="hint">
                        <a href="/experiences">{i18n.t("answer-experiences-none")}</a>
                    </p>
                }
            })
            .into_any()
    } else {
        let boxes = portfolio
            .iter()
            .enumerate()
            .map(|(j, p)| {
                let pid = p.id;
                let box_id = format!("experience-{cid}-{pid}");
                let checked = criterion.experiences.contains(&pid);
                view! {
                    <div class="radio">
                        <input
                            type="checkbox"
                            id=box_id.clone()
                            name=format!("input[answers][{index}][experiences][{j}]")
                            value=pid
                            checked=checked
                            disabled=!editable
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                linked.update(|l| {
                                    l.retain(|x| *x != pid);
                                    if on {
                                        l.push(pid);
                                    }
                                });
                                save_now();
                            }
                        />
                        <label for=box_id>{p.label(i18n)}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <fieldset class="experiences" id=format!("experiences-{cid}")>
                <legend>{i18n.t("answer-experiences")}</legend>
                {boxes}
            </fieldset>
        }
        .into_any()
    };
    view! {
        <fieldset class="criterion" id=fieldset_id.clone()>
            <legend>
                <span class="code">{criterion.code.clone()}</span>
                " "
                {criterion.text.clone()}
            </legend>
            {fallback}
            {(!criterion.guidance.is_empty()).then(|| {
                let steps = criterion
                    .guidance
                    .iter()
                    .map(|(step, t)| {
                        let label = i18n.t_with("grade-step", &[("step", step.clone().into())]);
                        view! {
                            <dt>{label}</dt>
                            <dd><Shown text=t.clone()/></dd>
                        }
                    })
                    .collect_view();
                view! {
                    <details class="more">
                        <summary>{i18n.t("guidance-summary")}</summary>
                        <dl class="guidance">{steps}</dl>
                    </details>
                }
            })}
            <input type="hidden" name=name("criterion_id") value=cid.0/>
            <fieldset class="rating" id=format!("rating-{cid}")>
                <legend>{i18n.t("rating-legend")}</legend>
                {radios}
            </fieldset>
            <div class="field">
                <label for=text_id.clone()>{i18n.t("answer-label")}</label>
                <p class="hint" id=hint_id.clone()>{i18n.t_with("answer-hint", &[("max", MAX_ANSWER_CHARS.into())])}</p>
                {rejected.then(|| view! {
                    <p class="field-error" id=format!("answer-error-{cid}")>{i18n.t("answer-not-saved")}</p>
                })}
                <textarea
                    id=text_id
                    name=name("text")
                    rows="5"
                    aria-describedby=if rejected {
                        format!("answer-error-{cid} {hint_id} {status_id}")
                    } else {
                        format!("{hint_id} {status_id}")
                    }
                    aria-invalid=rejected.then_some("true")
                    readonly=!editable
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        save_soon();
                    }
                    on:change=move |_| {
                        if unsaved.get_untracked() {
                            save_now();
                        }
                    }
                >
                    {shown}
                </textarea>
            </div>
            {experiences}
            <p class="save-status" id=status_id role="status" aria-live="polite">{status}</p>
        </fieldset>
    }
}
