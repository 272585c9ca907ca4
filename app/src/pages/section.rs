//! Answering one section, criterion by criterion. Without JavaScript the section is one form
//! with "save and continue"; with it each answer is also saved as it changes.
use crate::api::{save_section::SaveSection, SaveAnswerInput, SaveOutcome, NOT_RELEVANT};
use crate::autosave::{Autosave, Command, Event, Status, Stored};
use crate::components::shown_text::{CatalogueText, GuidanceList, Original, OriginalsToggle};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::{mapping::MAX_ANSWER_CHARS, CriterionId, KeptReason, MappingId, Rating};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::view_model::{CriterionView, EvidenceView, PortfolioView, SectionPageView};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use std::time::Duration;

#[component]
pub fn SectionPage() -> impl IntoView {
    let params = use_params_map();
    let number =
        Memo::new(move |_| params.with(|p| p.get("n").and_then(|n| n.parse::<usize>().ok())));
    let id = super::mapping_id_param();
    let page = Resource::new(
        move || (id.get(), number.get()),
        |(id, number)| async move {
            match (id, number) {
                (Some(id), Some(number)) => crate::api::get_section(id, number).await,
                _ => Err(AppError::NotFound),
            }
        },
    );
    // "Save and continue" posts the form, with and without JavaScript; a refusal comes back
    // to this page, and the island is handed it as it is handed the section.
    let refused = super::action_error(ServerAction::<SaveSection>::new());
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => {
                        let title = format!("{} – {}", page.section.title, page.mapping_title);
                        let error = refused.get_untracked();
                        view! {
                            <Title text=title/>
                            <SectionForm page error/>
                        }
                        .into_any()
                    }
                    Err(e) => view! { <PageError error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The section's form, the one island of the page: everything that saves as the person
/// works (autosave, keeping in the browser, the conflict box, read-aloud) lives in it.
#[island]
fn SectionForm(page: SectionPageView, error: Option<AppError>) -> impl IntoView {
    let i18n = use_i18n();
    let error = Signal::stored(error);
    let section = page.section;
    let number = section.number;
    let label = super::criterion_label(section.criteria.iter());
    let total = page.section_count;
    let heading = i18n.t_with(
        "section-of",
        &[("n", number.into()), ("total", total.into())],
    );
    let back = format!("/mappings/{}", page.mapping);
    let editable = page.editable;
    let mapping_id = page.mapping;
    // Leaving the page while an answer is not yet saved asks first.
    let unsaved = Unsaved(RwSignal::new(Default::default()));
    provide_context(unsaved);
    let leaving = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if unsaved.0.with_untracked(|s| !s.is_empty()) {
            ev.prevent_default();
            ev.set_return_value("");
        }
    });
    on_cleanup(move || leaving.remove());
    // The Swedish originals, shown or not as the reader chose (a plain post that comes back
    // here); offered only when the page is in another language.
    let here = format!("/mappings/{}/sections/{number}", page.mapping);
    let originals = page
        .originals
        .map(|on| view! { <OriginalsToggle on return_to=here.clone()/> });
    let rows = section
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let portfolio = page.portfolio.clone();
            let evidence = page.evidence.clone();
            view! { <CriterionRow mapping_id index=i criterion=c.clone() editable portfolio evidence/> }
        })
        .collect_view();
    view! {
        <p><a href=back.clone()>{i18n.t("back-to-overview")}</a></p>
        <p class="meta">{heading}</p>
        <h1><CatalogueText text=section.title.clone() fallback=section.title_fallback/></h1>
        {originals}
        <Show when=move || !editable>
            <p class="notice">{i18n.t("read-only-explainer")}</p>
        </Show>
        <ErrorSummary error label/>
        <form method="post" action=SaveSection::url() class="section-form" novalidate>
            <input type="hidden" name="input[mapping_id]" value=mapping_id.0/>
            <input type="hidden" name="input[section]" value=number/>
            {rows}
            <Show when=move || editable>
                <button type="submit">{i18n.t("save-and-continue")}</button>
            </Show>
        </form>
    }
}

/// The criteria that have text or choices not yet acknowledged by the server, so that leaving
/// the page can warn first.
#[derive(Clone, Copy)]
struct Unsaved(RwSignal<std::collections::BTreeSet<i64>>);

impl Unsaved {
    fn mark(self, id: CriterionId, on: bool) {
        self.0.update(|s| {
            if on {
                s.insert(id.0);
            } else {
                s.remove(&id.0);
            }
        });
    }
}

/// Where the browser keeps an answer not yet acknowledged by the server.
fn unsaved_key(mapping: MappingId, criterion: CriterionId) -> String {
    format!("kartla.unsaved.{mapping}.{criterion}")
}

/// One answer as it is edited: its fields, its autosave and what the page shows of it. The
/// page feeds [`Event`]s; the rules are in [`Autosave`], this carries out its commands.
#[derive(Clone, Copy)]
pub(crate) struct Answer {
    mapping: MappingId,
    criterion: CriterionId,
    machine: StoredValue<Autosave>,
    status: RwSignal<Status>,
    elsewhere: RwSignal<Option<Stored>>,
    base: RwSignal<String>,
    rating: RwSignal<Option<u8>>,
    text: RwSignal<String>,
    linked: RwSignal<Vec<i64>>,
    proof: RwSignal<Vec<i64>>,
    missing: RwSignal<bool>,
    textarea: NodeRef<leptos::html::Textarea>,
    unsaved: Option<Unsaved>,
    /// How long typing pauses before the text is sent.
    pause: Duration,
}

impl Answer {
    /// The answer as it stands in the fields.
    fn input(self) -> SaveAnswerInput {
        SaveAnswerInput {
            mapping_id: self.mapping,
            criterion_id: self.criterion,
            rating: self.rating.get_untracked(),
            text: self.text.get_untracked(),
            experiences: self.linked.get_untracked(),
            evidence: self.proof.get_untracked(),
            evidence_missing: self.missing.get_untracked(),
            base: Some(self.machine.with_value(|m| m.base().to_owned())),
        }
    }

    /// Where the browser keeps it while the server has not acknowledged it.
    fn key(self) -> String {
        unsaved_key(self.mapping, self.criterion)
    }

    fn feed(self, event: Event) {
        let Some(commands) = self.machine.try_update_value(|m| m.on(event)) else {
            return;
        };
        self.machine.with_value(|m| {
            self.status.set(m.status().clone());
            self.elsewhere.set(m.elsewhere().cloned());
            self.base.set(m.base().to_owned());
        });
        for c in commands {
            self.run(c);
        }
    }

    fn run(self, command: Command) {
        match command {
            Command::Keep => {
                if let Ok(json) = serde_json::to_string(&self.input()) {
                    crate::browser::keep(&self.key(), &json);
                }
                if let Some(u) = self.unsaved {
                    u.mark(self.criterion, true);
                }
            }
            Command::Forget => {
                crate::browser::forget(&self.key());
                if let Some(u) = self.unsaved {
                    u.mark(self.criterion, false);
                }
            }
            Command::Send => {
                let input = self.input();
                leptos::task::spawn_local(async move {
                    let outcome = crate::api::save_answer(input).await;
                    if matches!(outcome, Ok(SaveOutcome::Saved { .. })) {
                        crate::browser::touch_activity();
                    }
                    self.feed(Event::Answered(outcome));
                });
            }
            Command::WaitForPause(n) => {
                set_timeout(move || self.feed(Event::Paused(n)), self.pause);
            }
            Command::Put(stored) => {
                self.put_text(stored.text);
                self.rating.set(stored.rating);
            }
        }
    }

    fn put_text(self, t: String) {
        if let Some(el) = self.textarea.get_untracked() {
            el.set_value(&t);
        }
        self.text.set(t);
    }

    /// What this browser kept of an earlier visit and the server never acknowledged is put
    /// back and sent.
    fn restore(self) {
        let Some(kept) = crate::browser::kept(&self.key())
            .and_then(|raw| serde_json::from_str::<SaveAnswerInput>(&raw).ok())
        else {
            return;
        };
        let said = |i: &SaveAnswerInput| {
            (
                i.text.clone(),
                i.rating,
                i.experiences.clone(),
                i.evidence.clone(),
                i.evidence_missing,
            )
        };
        if said(&kept) == said(&self.input()) {
            // The server already has it (it arrived before the tab closed, or from another
            // tab): nothing to send, and the person may know it is saved.
            self.feed(Event::Found {
                same: true,
                base: None,
            });
            return;
        }
        self.put_text(kept.text);
        self.rating.set(kept.rating);
        self.linked.set(kept.experiences);
        self.proof.set(kept.evidence);
        self.missing.set(kept.evidence_missing);
        self.feed(Event::Found {
            same: false,
            base: kept.base,
        });
    }
}

/// One criterion: the choice as a radio group, the free text, the experiences it draws on.
/// In a guidance session it also takes the answer as the server holds it now (`arrived`),
/// shown when nothing here is unsaved, and what the session adds below it (`children`);
/// someone answering for another person (`own` false) changes the choice and the text only.
#[component]
pub(crate) fn CriterionRow(
    mapping_id: MappingId,
    index: usize,
    criterion: CriterionView,
    editable: bool,
    portfolio: Vec<PortfolioView>,
    evidence: Vec<EvidenceView>,
    #[prop(optional)] arrived: Option<Signal<Option<Stored>>>,
    #[prop(default = true)] own: bool,
    #[prop(default = 600)] pause_ms: u64,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let cid = criterion.id;
    let initial_choice = if criterion.not_relevant {
        Some(NOT_RELEVANT)
    } else {
        criterion.rating.map(Rating::value)
    };
    let rating = RwSignal::new(initial_choice);
    let linked = RwSignal::new(criterion.experiences.clone());
    let proof = RwSignal::new(criterion.evidence.clone());
    let missing = RwSignal::new(criterion.evidence_missing);
    // Text that could not be saved comes back in the field, marked, so it is never lost.
    let shown = criterion
        .rejected
        .as_ref()
        .map(|(t, _)| t.clone())
        .unwrap_or_else(|| criterion.answer.clone());
    let text = RwSignal::new(shown.clone());
    let answer = Answer {
        mapping: mapping_id,
        criterion: cid,
        machine: StoredValue::new(if criterion.rejected.is_some() {
            Autosave::holding(criterion.fingerprint())
        } else {
            Autosave::new(criterion.fingerprint())
        }),
        status: RwSignal::new(Status::Idle),
        elsewhere: RwSignal::new(None),
        base: RwSignal::new(criterion.fingerprint()),
        rating,
        text,
        linked,
        proof,
        missing,
        textarea: NodeRef::new(),
        unsaved: use_context::<Unsaved>(),
        pause: Duration::from_millis(pause_ms),
    };
    let Answer {
        status: state,
        elsewhere,
        base,
        textarea,
        ..
    } = answer;
    // Back in the browser after a lost connection or a closed tab: what was kept here and not
    // acknowledged is put back and sent, from the fingerprint it started from.
    Effect::new(move |_| {
        if editable {
            answer.restore();
        }
    });
    // Someone else's change, pushed in a guidance session.
    if let Some(arrived) = arrived {
        Effect::new(move |_| {
            if let Some(stored) = arrived.get() {
                answer.feed(Event::Arrived(stored));
            }
        });
    }
    // The connection is back: send what waited.
    let online = window_event_listener(leptos::ev::online, move |_| answer.feed(Event::Online));
    on_cleanup(move || online.remove());
    let status = move || match state.get() {
        Status::Idle => String::new(),
        Status::Typing | Status::Saving => i18n.t("autosave-saving"),
        Status::Saved => i18n.t("autosave-saved"),
        Status::Restored => i18n.t("autosave-restored"),
        Status::Offline => i18n.t("autosave-offline"),
        Status::ChangedElsewhere => i18n.t("autosave-changed-elsewhere"),
        Status::Failed(e) => match e.field_errors().first() {
            Some(f) => crate::components::error_summary::field_error_text("", &f.code),
            None => i18n.t(&e.message_key()),
        },
    };
    let keep_mine = move |_| answer.feed(Event::KeepMine);
    let use_saved = move |_| answer.feed(Event::UseSaved);
    let name = |field: &str| format!("input[answers][{index}][{field}]");
    let text_id = format!("answer-{cid}");
    let hint_id = format!("answer-hint-{cid}");
    let status_id = format!("save-status-{cid}");
    let error_id = format!("answer-error-{cid}");
    let fallback = criterion
        .fallback
        .then(|| view! { <p class="hint">{i18n.t("text-in-swedish")}</p> });
    let kept_note = criterion.rejected.as_ref().map(|(_, reason)| match reason {
        // `Either` rather than `into_any`: the island's WebAssembly stays smaller.
        KeptReason::TooLong => Either::Left(view! {
            <p class="field-error" id=error_id.clone()>{i18n.t("answer-not-saved")}</p>
        }),
        KeptReason::ChangedElsewhere => Either::Right(view! {
            <div class="field-error" id=error_id.clone()>
                <p>{i18n.t("answer-changed-elsewhere")}</p>
                <p>{i18n.t("answer-saved-elsewhere")}</p>
                <blockquote class="elsewhere">{criterion.answer.clone()}</blockquote>
            </div>
        }),
    });
    let described_by = if kept_note.is_some() {
        format!("{error_id} {hint_id} {status_id}")
    } else {
        format!("{hint_id} {status_id}")
    };
    let conflict = move || {
        elsewhere.get().map(|e| {
            let said = match e.rating {
                Some(NOT_RELEVANT) => i18n.t("rating-not-relevant"),
                Some(v) => Rating::try_from(v)
                    .map(|r| i18n.t(r.label_key()))
                    .unwrap_or_default(),
                None => i18n.t("not-answered"),
            };
            view! {
                <div class="conflict" role="alert">
                    <p>{i18n.t("answer-changed-elsewhere-live")}</p>
                    <p>{i18n.t("answer-saved-elsewhere")}</p>
                    <p class="meta">{said}</p>
                    <blockquote class="elsewhere">{e.text}</blockquote>
                    <div class="actions">
                        <button type="button" on:click=keep_mine>{i18n.t("conflict-keep-mine")}</button>
                        <button type="button" class="secondary" on:click=use_saved>{i18n.t("conflict-use-saved")}</button>
                    </div>
                </div>
            }
        })
    };
    let speech_lang = if criterion.fallback {
        crate::i18n::Locale::BASE.language().speech.to_owned()
    } else {
        i18n.locale.language().speech.to_owned()
    };
    let spoken = {
        let mut s = format!("{}. {}.", criterion.text, i18n.t("rating-legend"));
        for r in Rating::ALL {
            s.push_str(&format!(" {}.", i18n.t(r.label_key())));
        }
        s.push_str(&format!(" {}.", i18n.t("rating-not-relevant")));
        s
    };
    let on_choice = Callback::new(move |v: u8| {
        rating.set(Some(v));
        answer.feed(Event::Chose);
    });
    let toggle = move |list: RwSignal<Vec<i64>>| {
        Callback::new(move |(id, on): (i64, bool)| {
            list.update(|l| {
                l.retain(|x| *x != id);
                if on {
                    l.push(id);
                }
            });
            answer.feed(Event::Chose);
        })
    };
    let on_missing = move |ev| {
        missing.set(event_target_checked(&ev));
        answer.feed(Event::Chose);
    };
    let experience_items: Vec<(i64, String)> =
        portfolio.iter().map(|p| (p.id, p.label(i18n))).collect();
    let evidence_items: Vec<(i64, String)> =
        evidence.iter().map(|e| (e.id, e.label(i18n))).collect();
    let missing_id = format!("evidence-missing-{cid}");
    let missing_name = name("evidence_missing");
    view! {
        <fieldset class="criterion" id=format!("criterion-{cid}")>
            <legend>
                <span class="code">{criterion.code.clone()}</span>
                " "
                <CatalogueText text=criterion.text.clone() fallback=criterion.fallback/>
            </legend>
            {fallback}
            {criterion.original.clone().map(|o| view! { <Original text=o/> })}
            <ReadAloud text=spoken lang=speech_lang/>
            <Guidance guidance=criterion.guidance.clone()/>
            <input type="hidden" name=name("criterion_id") value=cid.0/>
            <input type="hidden" name=name("base") value=criterion.fingerprint() prop:value=move || base.get()/>
            <RatingGroup cid name=name("rating") initial=initial_choice current=rating editable on_choice/>
            <div class="field">
                <label for=text_id.clone()>{i18n.t("answer-label")}</label>
                <p class="hint" id=hint_id.clone()>{i18n.t_with("answer-hint", &[("max", MAX_ANSWER_CHARS.into())])}</p>
                <Prompts/>
                {kept_note}
                <textarea
                    id=text_id
                    name=name("text")
                    rows="5"
                    node_ref=textarea
                    aria-describedby=described_by
                    aria-invalid=criterion.rejected.is_some().then_some("true")
                    readonly=!editable
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        answer.feed(Event::Typed);
                    }
                    on:change=move |_| answer.feed(Event::Left)
                >
                    {shown}
                </textarea>
            </div>
            <LinkBoxes
                cid
                index
                field="experiences"
                legend_key="answer-experiences"
                none_key="answer-experiences-none"
                none_href="/experiences"
                items=experience_items
                initial=criterion.experiences.clone()
                current=linked
                editable=editable && own
                on_link=toggle(linked)
            />
            <LinkBoxes
                cid
                index
                field="evidence"
                legend_key="answer-evidence"
                none_key="answer-evidence-none"
                none_href="/evidence"
                items=evidence_items
                initial=criterion.evidence.clone()
                current=proof
                editable=editable && own
                on_link=toggle(proof)
            >
                <div class="radio">
                    <input
                        type="checkbox"
                        id=missing_id.clone()
                        name=missing_name
                        value="on"
                        checked=criterion.evidence_missing
                        prop:checked=move || missing.get()
                        disabled=!(editable && own)
                        on:change=on_missing
                    />
                    <label for=missing_id>{i18n.t("answer-evidence-missing")}</label>
                </div>
            </LinkBoxes>
            <p class="save-status" id=status_id role="status" aria-live="polite">{status}</p>
            {conflict}
            {children.map(|c| c())}
        </fieldset>
    }
}

/// A button that reads the question and its choices aloud, where the browser offers speech.
/// Rendered only once the page runs in a browser that can: without JavaScript, or without
/// speech, there is no control that would do nothing.
#[component]
fn ReadAloud(text: String, lang: String) -> impl IntoView {
    let i18n = use_i18n();
    let available = RwSignal::new(false);
    let text = StoredValue::new(text);
    let lang = StoredValue::new(lang);
    Effect::new(move |_| {
        let check = move || available.set(crate::browser::can_speak(&lang.get_value()));
        check();
        crate::browser::on_voices_changed(check);
    });
    move || {
        available.get().then(|| {
            view! {
                <button
                    type="button"
                    class="read-aloud secondary"
                    on:click=move |_| crate::browser::speak(&text.get_value(), &lang.get_value())
                >
                    {i18n.t("read-aloud")}
                </button>
            }
        })
    }
}

/// For courses: what grade steps E, C and A ask for, folded away.
#[component]
fn Guidance(guidance: Vec<(String, crate::catalogue_view::ShownText)>) -> impl IntoView {
    let i18n = use_i18n();
    (!guidance.is_empty()).then(|| {
        view! {
            <details class="more">
                <summary>{i18n.t("guidance-summary")}</summary>
                <GuidanceList guidance/>
            </details>
        }
    })
}

/// Questions that help a person say more than a job title.
#[component]
fn Prompts() -> impl IntoView {
    let i18n = use_i18n();
    let items = [
        "prompt-normal-day",
        "prompt-hardest",
        "prompt-tools",
        "prompt-how-long",
    ]
    .into_iter()
    .map(|k| view! { <li>{i18n.t(k)}</li> })
    .collect_view();
    view! {
        <details class="more prompts">
            <summary>{i18n.t("prompts-summary")}</summary>
            <ul>{items}</ul>
        </details>
    }
}

/// The five steps of the scale, each with what it means, and "not relevant for me" apart.
#[component]
fn RatingGroup(
    cid: CriterionId,
    name: String,
    initial: Option<u8>,
    current: RwSignal<Option<u8>>,
    editable: bool,
    on_choice: Callback<u8>,
) -> impl IntoView {
    let i18n = use_i18n();
    let option = move |v: u8, label: String, hint: String| {
        let radio_id = format!("rating-{cid}-{v}");
        let hint_id = format!("rating-hint-{cid}-{v}");
        view! {
            <div class="radio">
                <input
                    type="radio"
                    id=radio_id.clone()
                    name=name.clone()
                    value=v
                    checked=initial == Some(v)
                    prop:checked=move || current.get() == Some(v)
                    disabled=!editable
                    aria-describedby=hint_id.clone()
                    on:change=move |_| on_choice.run(v)
                />
                <div>
                    <label for=radio_id>{label}</label>
                    <p class="hint" id=hint_id>{hint}</p>
                </div>
            </div>
        }
    };
    let steps = Rating::ALL
        .into_iter()
        .map(|r| option(r.value(), i18n.t(r.label_key()), i18n.t(r.hint_key())))
        .collect_view();
    view! {
        <fieldset class="rating" id=format!("rating-{cid}")>
            <legend>{i18n.t("rating-legend")}</legend>
            {steps}
            <p class="or">{i18n.t("rating-or")}</p>
            {option(NOT_RELEVANT, i18n.t("rating-not-relevant"), i18n.t("rating-not-relevant-hint"))}
        </fieldset>
    }
}

/// Checkboxes for what an answer points to (experiences, evidence), or a way to add some when
/// there are none yet; anything else that belongs in the group comes as children.
#[component]
fn LinkBoxes(
    cid: CriterionId,
    index: usize,
    field: &'static str,
    legend_key: &'static str,
    none_key: &'static str,
    none_href: &'static str,
    items: Vec<(i64, String)>,
    initial: Vec<i64>,
    current: RwSignal<Vec<i64>>,
    editable: bool,
    on_link: Callback<(i64, bool)>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let none = (items.is_empty() && editable).then(|| {
        view! {
            <p class="hint">
                <a href=none_href>{i18n.t(none_key)}</a>
            </p>
        }
    });
    if items.is_empty() && children.is_none() {
        return Either::Left(none);
    }
    let boxes = items
        .into_iter()
        .enumerate()
        .map(|(j, (id, label))| {
            let box_id = format!("{field}-{cid}-{id}");
            view! {
                <div class="radio">
                    <input
                        type="checkbox"
                        id=box_id.clone()
                        name=format!("input[answers][{index}][{field}][{j}]")
                        value=id
                        checked=initial.contains(&id)
                        prop:checked=move || current.with(|l| l.contains(&id))
                        disabled=!editable
                        on:change=move |ev| on_link.run((id, event_target_checked(&ev)))
                    />
                    <label for=box_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    Either::Right(view! {
        <fieldset class="links" id=format!("{field}-{cid}")>
            <legend>{i18n.t(legend_key)}</legend>
            {none}
            {boxes}
            {children.map(|c| c())}
        </fieldset>
    })
}
