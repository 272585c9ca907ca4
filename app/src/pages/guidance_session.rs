//! `/sessions/{id}`: a guidance session, for its two people. Both see one section with the
//! answers as they are; the person answers as on the answering page, the counsellor proposes
//! (or writes, when the person lets them), proposals wait under their criterion for the person
//! to accept or reject, notes are written and read, and the trail says who did what. With
//! JavaScript the page hears every change (server-sent events) and shows it within a moment;
//! without, every form is a plain post that comes back here, and a reload shows the other's
//! latest changes.
use super::section::CriterionRow;
use crate::api::guidance::{
    get_session, AddNote, DecideProposal, EndSession, ProposeAnswer, SessionView, SetDirectWrite,
};
use crate::api::NOT_RELEVANT;
use crate::autosave::Stored;
use crate::components::shown_text::{CatalogueText, OriginalsToggle};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::{Rating, SessionId};
use crate::error::AppError;
use crate::i18n::{use_i18n, I18n};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn SessionPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|s| s.parse::<SessionId>().ok())));
    let section =
        Memo::new(move |_| query.with(|q| q.get("section").and_then(|s| s.parse::<usize>().ok())));
    let session = Resource::new(
        move || (id.get(), section.get()),
        |(id, section)| async move {
            match id {
                Some(id) => get_session(id, section).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match session.await {
                    Ok(s) => view! {
                        <Title text=i18n.t_with("session-title", &[("person", s.person.clone().into())])/>
                        <SessionRoom initial=s/>
                    }
                    .into_any(),
                    Err(e) => view! { <PageError error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// What a choice is called.
fn said(i18n: I18n, rating: Option<u8>) -> String {
    match rating {
        Some(NOT_RELEVANT) => i18n.t("rating-not-relevant"),
        Some(v) => Rating::try_from(v)
            .map(|r| i18n.t(r.label_key()))
            .unwrap_or_default(),
        None => i18n.t("not-answered"),
    }
}

/// The session, live: the one island of the page.
#[island]
fn SessionRoom(initial: SessionView) -> impl IntoView {
    let i18n = use_i18n();
    let id = initial.id;
    let number = initial.page.section.number;
    let leading = initial.leading;
    let now = RwSignal::new(initial.clone());
    let gone = RwSignal::new(None::<AppError>);
    // Answers are read in the order asked: one read overtaken by a later one is dropped, so
    // older text never comes back over newer.
    let asked = StoredValue::new(0u64);
    let refresh = move || {
        asked.update_value(|n| *n += 1);
        let mine = asked.get_value();
        leptos::task::spawn_local(async move {
            let read = get_session(id, Some(number)).await;
            if asked.get_value() != mine {
                return;
            }
            match read {
                // Let to write (or no longer): the counsellor's fields change from proposing
                // to writing, so the page is built again.
                Ok(v) if leading && v.direct_write != now.with_untracked(|s| s.direct_write) => {
                    crate::browser::reload()
                }
                Ok(v) => now.set(v),
                Err(AppError::Unreachable) => {}
                Err(e) => gone.set(Some(e)),
            }
        });
    };
    // Every change in the session, from whichever server, arrives here.
    Effect::new(move |_| {
        crate::browser::follow_events(&format!("/sessions/{id}/events"), refresh);
    });
    // Every form is a plain post that comes back to this page (with or without JavaScript);
    // a refusal comes back with it.
    let propose = ServerAction::<ProposeAnswer>::new();
    let decide = ServerAction::<DecideProposal>::new();
    let direct = ServerAction::<SetDirectWrite>::new();
    let note = ServerAction::<AddNote>::new();
    let errors = [
        super::action_error(propose),
        super::action_error(decide),
        super::action_error(direct),
        super::action_error(note),
    ];
    let error = Signal::derive(move || errors.iter().find_map(|e| e.get()));
    let page = initial.page.clone();
    let label = super::criterion_label(page.section.criteria.iter());
    let open = move || now.with(|s| s.open);
    let with = if leading {
        i18n.t_with(
            "session-with-person",
            &[("name", initial.person.clone().into())],
        )
    } else {
        i18n.t_with(
            "session-with-counsellor",
            &[("name", initial.counsellor.clone().into())],
        )
    };
    let code = initial.code.clone().map(|c| {
        view! {
            <p class="notice">{i18n.t("session-code-intro")}" "<strong class="code">{c}</strong></p>
        }
    });
    // Where the other one is, and a way to follow them.
    let other = move || {
        now.with(|s| {
            let who = if s.leading {
                s.person.clone()
            } else {
                s.counsellor.clone()
            };
            match s.other_at {
                Some(n) if n == number => {
                    i18n.t_with("session-other-here", &[("name", who.into())])
                }
                Some(n) => {
                    i18n.t_with("session-other-at", &[("name", who.into()), ("n", n.into())])
                }
                None => i18n.t_with("session-other-away", &[("name", who.into())]),
            }
        })
    };
    let follow = move || {
        now.with(|s| s.other_at.filter(|n| *n != number)).map(|n| {
            view! { <a href=SessionView::href(id, n)>{i18n.t("session-follow")}</a> }
        })
    };
    // The Swedish originals under the criteria, as the reader chose (remembered; offered when
    // the page is in another language).
    let originals = page
        .originals
        .map(|on| view! { <OriginalsToggle on return_to=SessionView::href(id, number)/> });
    let sections = (1..=page.section_count)
        .map(|n| {
            let current = (n == number).then_some("page");
            view! {
                <li><a href=SessionView::href(id, n) aria-current=current>{i18n.t_with("session-section", &[("n", n.into())])}</a></li>
            }
        })
        .collect_view();
    let editable = page.editable;
    let rows = page
        .section
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let cid = c.id;
            let arrived = Signal::derive(move || {
                now.with(|s| {
                    s.page.section.criteria.iter().find(|k| k.id == cid).map(|k| Stored {
                        fingerprint: k.fingerprint(),
                        rating: if k.not_relevant { Some(NOT_RELEVANT) } else { k.rating.map(Rating::value) },
                        text: k.answer.clone(),
                    })
                })
            });
            let waiting = move || {
                now.with(|s| {
                    s.proposals
                        .iter()
                        .filter(|p| p.criterion == cid)
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .into_iter()
                .map(|p| {
                    // The buttons belong to the proposal's own form, written after the
                    // answers' form (forms do not nest).
                    let decision = (!leading).then(|| {
                        let form = format!("decide-{}", p.id);
                        view! {
                            <div class="actions">
                                <button type="submit" form=form.clone() name="input[decision]" value="accept">{i18n.t("proposal-accept")}</button>
                                <button type="submit" form=form name="input[decision]" value="reject" class="secondary">{i18n.t("proposal-reject")}</button>
                            </div>
                        }
                    });
                    view! {
                        <div class="proposal" role="group" aria-label=i18n.t("proposal-heading")>
                            <p><strong>{i18n.t_with("proposal-by", &[("name", p.by.clone().into())])}</strong></p>
                            <p class="meta">{said(i18n, p.rating)}</p>
                            <blockquote>{p.text.clone()}</blockquote>
                            {decision}
                        </div>
                    }
                })
                .collect_view()
            };
            // A proposal starts from the answer as it is, so that changing the text does not
            // take away the choice (or the other way round).
            let now_choice = if c.not_relevant { Some(NOT_RELEVANT) } else { c.rating.map(Rating::value) };
            let now_text = c.answer.clone();
            let proposing = (leading && !editable).then(|| {
                let field = format!("propose-{cid}");
                let choice = format!("propose-rating-{cid}");
                let options = Rating::ALL
                    .into_iter()
                    .map(|r| view! { <option value=r.value() selected=now_choice == Some(r.value())>{i18n.t(r.label_key())}</option> })
                    .collect_view();
                // The fields belong to the proposal's own form, written after the answers'
                // form (forms do not nest).
                let form = format!("propose-form-{cid}");
                view! {
                    <details class="more">
                        <summary>{i18n.t("proposal-make")}</summary>
                        <div class="field">
                            <label for=choice.clone()>{i18n.t("rating-legend")}</label>
                            <select id=choice form=form.clone() name="input[rating]">
                                <option value="" selected=now_choice.is_none()>{i18n.t("not-answered")}</option>
                                {options}
                                <option value=NOT_RELEVANT selected=now_choice == Some(NOT_RELEVANT)>{i18n.t("rating-not-relevant")}</option>
                            </select>
                        </div>
                        <div class="field">
                            <label for=field.clone()>{i18n.t("answer-label")}</label>
                            <textarea id=field form=form.clone() name="input[text]" rows="4">{now_text}</textarea>
                        </div>
                        <button type="submit" form=form>{i18n.t("proposal-send")}</button>
                    </details>
                }
            });
            view! {
                <CriterionRow
                    mapping_id=page.mapping
                    index=i
                    criterion=c.clone()
                    editable
                    portfolio=page.portfolio.clone()
                    evidence=page.evidence.clone()
                    arrived
                    own=!leading
                    pause_ms=250
                />
                <div class="session-extras">{waiting}{proposing}</div>
            }
        })
        .collect_view();
    let permission = (!leading).then_some({
        move || {
            let on = now.with(|s| s.direct_write);
            let (value, key) = if on {
                ("off", "session-direct-off")
            } else {
                ("on", "session-direct-on")
            };
            view! {
                <form method="post" action=SetDirectWrite::url() class="inline-form">
                    <input type="hidden" name="input[session_id]" value=id.0/>
                    <input type="hidden" name="input[section]" value=number/>
                    <input type="hidden" name="input[direct]" value=value/>
                    <button type="submit" class="secondary">{i18n.t(key)}</button>
                </form>
            }
        }
    });
    let direct_state = move || {
        let key = if now.with(|s| s.direct_write) {
            "session-direct-is-on"
        } else {
            "session-direct-is-off"
        };
        i18n.t(key)
    };
    let notes = move || {
        now.with(|s| s.notes.clone())
            .into_iter()
            .map(|n| {
                view! {
                    <li>
                        <p class="meta"><bdi>{n.author}</bdi>" · "<time>{n.at.date()}" "{n.at.time_utc()}</time></p>
                        <p class="note">{n.text}</p>
                    </li>
                }
            })
            .collect_view()
    };
    let note_form = leading.then(|| {
        view! {
            <form method="post" action=AddNote::url()>
                <input type="hidden" name="input[session_id]" value=id.0/>
                <input type="hidden" name="input[section]" value=number/>
                <div class="field">
                    <label for="note">{i18n.t("note-label")}</label>
                    <p class="hint" id="note-hint">{i18n.t("note-hint")}</p>
                    <textarea id="note" name="input[text]" rows="4" aria-describedby="note-hint"></textarea>
                </div>
                <button type="submit">{i18n.t("note-add")}</button>
            </form>
        }
    });
    let trail = move || {
        now.with(|s| s.trail.clone())
            .into_iter()
            .map(|t| {
                // The criterion's code sits where each language's words put it.
                let code = t.criterion.clone().unwrap_or_default();
                let what = i18n.t_with(&t.key, &[("criterion", code.into())]);
                view! { <li><time>{t.at.time_utc()}</time>" · "<bdi>{t.who}</bdi>" · "{what}</li> }
            })
            .collect_view()
    };
    let answers_form = view! {
        <form method="post" action=crate::api::save_section::SaveSection::url() class="section-form" novalidate>
            <input type="hidden" name="input[mapping_id]" value=page.mapping.0/>
            <input type="hidden" name="input[section]" value=number/>
            <input type="hidden" name="input[session]" value=id.0/>
            {rows}
            <Show when=move || editable>
                <button type="submit">{i18n.t("session-save")}</button>
            </Show>
        </form>
    };
    // The forms of the proposals and of proposing, whose fields and buttons sit by their
    // criterion above.
    let propose_forms = (leading && !editable).then(|| {
        page.section
            .criteria
            .iter()
            .map(|c| view! {
                <form id=format!("propose-form-{}", c.id) method="post" action=ProposeAnswer::url() hidden>
                    <input type="hidden" name="input[session_id]" value=id.0/>
                    <input type="hidden" name="input[section]" value=number/>
                    <input type="hidden" name="input[criterion_id]" value=c.id.0/>
                </form>
            })
            .collect_view()
    });
    let decide_forms = move || {
        (!leading).then(|| {
            now.with(|s| s.proposals.iter().map(|p| p.id).collect::<Vec<_>>())
                .into_iter()
                .map(|pid| view! {
                    <form id=format!("decide-{pid}") method="post" action=DecideProposal::url() hidden>
                        <input type="hidden" name="input[session_id]" value=id.0/>
                        <input type="hidden" name="input[section]" value=number/>
                        <input type="hidden" name="input[proposal]" value=pid/>
                    </form>
                })
                .collect_view()
        })
    };
    view! {
        <p><a href="/sessions">{i18n.t("sessions-back")}</a></p>
        <h1>{i18n.t("session-heading")}</h1>
        <p class="meta">{with}" · "{page.mapping_title.clone()}</p>
        <p><a href=format!("/mappings/{}/study-plan", page.mapping)>{i18n.t("plan-link")}</a></p>
        {code}
        <Show when=move || !open()>
            <p class="notice" role="status">{i18n.t("session-ended")}</p>
        </Show>
        {move || gone.get().map(|e| view! { <PageError error=e/> })}
        <p class="presence" role="status" aria-live="polite">{other}" "{follow}</p>
        <div class="meta">{direct_state}" "{permission}</div>
        <nav aria-label=i18n.t("session-sections")><ul class="inline-list">{sections}</ul></nav>
        <h2><CatalogueText text=page.section.title.clone() fallback=page.section.title_fallback/></h2>
        {originals}
        <ErrorSummary error label/>
        {answers_form}
        {propose_forms}
        {decide_forms}
        <section id="notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{i18n.t("notes-heading")}</h2>
            <p class="hint">{i18n.t("notes-open")}</p>
            <ul class="notes">{notes}</ul>
            {note_form}
        </section>
        <section aria-labelledby="trail-heading">
            <h2 id="trail-heading">{i18n.t("session-trail")}</h2>
            <ul class="trail">{trail}</ul>
        </section>
        <Show when=open>
            <form method="post" action=EndSession::url()>
                <input type="hidden" name="session_id" value=id.0/>
                <button type="submit" class="secondary">{i18n.t("session-end")}</button>
            </form>
        </Show>
    }
}
