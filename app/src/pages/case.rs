//! One case, for its staff: what was handed in (any version, with what changed since the one
//! before), the person's own answer beside the validator's judgement of each criterion, the
//! lists of additions, the conclusion and the trail, and the forms for what the reader may do
//! now. Every form is a plain post that comes back to this page.
use crate::api::case::get_case;
use crate::api::case_moves::{
    AdditionsInput, ConcludeCase, ConcludeInput, JudgeCriterion, JudgeInput, MoveCase,
    MoveCaseInput, RequestAdditions,
};
use crate::case_view::CaseView;
use crate::components::shown_text::{CatalogueText, Shown};
use crate::components::{error_summary::ErrorSummary, loading::Loading, page_error::PageError};
use crate::domain::case::{Method, NextStep, Outcome, Verdict};
use crate::domain::{CaseId, CaseState, CriterionId};
use crate::error::AppError;
use crate::i18n::{use_i18n, I18n};
use crate::view_model::CriterionView;
use leptos::form::ActionForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Names a field of the case's forms for the error summary: `verdict-12` → "Bedömning 1.2".
fn field_label(i18n: I18n, c: &CaseView) -> Callback<String, String> {
    let codes: Vec<(String, String)> = c
        .answers
        .criteria()
        .map(|k| (k.id.to_string(), k.code.clone()))
        .chain(
            c.answers
                .frameworks
                .iter()
                .map(|f| (f.id.to_string(), f.title.clone())),
        )
        .collect();
    Callback::new(move |field: String| {
        let (name, of) = match field.rsplit_once('-') {
            Some((name, id)) if id.chars().all(|d| d.is_ascii_digit()) => (name.to_owned(), id),
            _ => (field.clone(), ""),
        };
        let label = i18n.t(&format!("field-{}", name.replace('_', "-")));
        match codes.iter().find(|(id, _)| id == of) {
            Some((_, code)) => format!("{label} {}", i18n.isolate(code)),
            None => label,
        }
    })
}

#[component]
pub fn CasePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|s| s.parse::<CaseId>().ok())));
    let version =
        Memo::new(move |_| query.with(|q| q.get("version").and_then(|v| v.parse::<i64>().ok())));
    let saved = Memo::new(move |_| query.with(|q| q.get("saved")));
    let case = Resource::new(
        move || (id.get(), version.get()),
        |(id, version)| async move {
            match id {
                Some(id) => get_case(id, version).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let moved = ServerAction::<MoveCase>::new();
    let judged = ServerAction::<JudgeCriterion>::new();
    let additions = ServerAction::<RequestAdditions>::new();
    let concluded = ServerAction::<ConcludeCase>::new();
    let errors = [
        super::action_error(moved),
        super::action_error(judged),
        super::action_error(additions),
        super::action_error(concluded),
    ];
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                let c = match case.await {
                    Ok(c) => c,
                    Err(e) => return view! { <PageError error=e/> }.into_any(),
                };
                let label = field_label(i18n, &c);
                let title = i18n.t_with(
                    "case-title",
                    &[("id", c.id.0.into()), ("person", c.answers.person_name.clone().into())],
                );
                let frameworks = c.answers.frameworks.iter().map(|f| f.title.clone()).collect::<Vec<_>>().join(", ");
                let notice = saved.get().map(|s| {
                    view! { <p class="notice" role="status">{i18n.t(&format!("case-saved-{s}"))}</p> }
                });
                let summaries = errors
                    .into_iter()
                    .map(|error| view! { <ErrorSummary error label/> })
                    .collect_view();
                let back = if c.may.owner { format!("/mappings/{}", c.mapping) } else { "/cases".to_owned() };
                let back_key = if c.may.owner { "back-to-overview" } else { "back-to-cases" };
                view! {
                    <Title text=title.clone()/>
                    <p><a href=back>{i18n.t(back_key)}</a></p>
                    <h1>{title}</h1>
                    <p class="lead">{frameworks}</p>
                    {notice}
                    {summaries}
                    <CaseFacts c=c.clone()/>
                    <Actions c=c.clone() moved/>
                    <Additions c=c.clone() additions/>
                    <Versions c=c.clone()/>
                    <Criteria c=c.clone() judged/>
                    <Conclude c=c.clone() concluded/>
                    <ConclusionShown c=c.clone()/>
                    <Trail c=c.clone()/>
                }
                    .into_any()
            })}
        </Suspense>
    }
}

/// Where the case stands: its state, organisation, validator, since when, the deadline.
#[component]
pub fn CaseFacts(c: CaseView) -> impl IntoView {
    let i18n = use_i18n();
    let waited = crate::domain::Day::of(c.state_since)
        .days_until(c.today)
        .max(0);
    let open = c.open_request().cloned();
    let deadline = open.as_ref().and_then(|r| r.deadline).map(|d| {
        let late = open.as_ref().is_some_and(|r| r.overdue(c.today));
        view! {
            <dt>{i18n.t("case-deadline")}</dt>
            <dd>
                {d.to_string()}
                {late.then(|| view! { " " <span class="badge badge-late">{i18n.t("case-late")}</span> })}
            </dd>
        }
    });
    view! {
        <dl class="facts">
            <dt>{i18n.t("case-state")}</dt>
            <dd><span class=format!("badge case-{}", c.state.as_str())>{i18n.t(&c.state.label_key())}</span></dd>
            <dt>{i18n.t("case-organisation")}</dt>
            <dd><Shown text=crate::catalogue_view::ShownText::swedish(c.organisation.clone())/></dd>
            <dt>{i18n.t("case-validator")}</dt>
            <dd>{if c.assignee_name.is_empty() { i18n.t("case-no-validator") } else { c.assignee_name.clone() }}</dd>
            <dt>{i18n.t("case-handed-in")}</dt>
            <dd>{c.created_at.date()}</dd>
            <dt>{i18n.t("case-waited")}</dt>
            <dd>{i18n.t_with("cases-days", &[("days", waited.into())])}</dd>
            {deadline}
        </dl>
    }
}

/// The coordinator's moves (take, assign) and the validator's (hand back).
#[component]
fn Actions(c: CaseView, moved: ServerAction<MoveCase>) -> impl IntoView {
    let i18n = use_i18n();
    let id = c.id.0;
    let take = (c.may.coordinate && c.state == CaseState::New).then(|| {
        view! {
            <ActionForm action=moved attr:class="inline-form">
                <input type="hidden" name="input[case_id]" value=id/>
                <input type="hidden" name="input[action]" value="take"/>
                <button type="submit">{i18n.t("case-take")}</button>
            </ActionForm>
        }
    });
    let assign = (c.may.coordinate
        && matches!(c.state, CaseState::New | CaseState::Checking | CaseState::Assigned))
    .then(|| {
        let options = c
            .validators
            .iter()
            .map(|(v, name)| {
                let selected = c.assignee == Some(*v);
                view! { <option value=v.0 selected=selected>{name.clone()}</option> }
            })
            .collect_view();
        let none = c.validators.is_empty().then(|| view! { <p class="hint">{i18n.t("case-no-validators")}</p> });
        view! {
            <ActionForm action=moved attr:class="stack" attr:novalidate="novalidate">
                <input type="hidden" name="input[case_id]" value=id/>
                <input type="hidden" name="input[action]" value="assign"/>
                <div class="field">
                    <label for="validator">{i18n.t("field-validator")}</label>
                    <p class="hint" id="validator-hint">{i18n.t("case-validator-hint")}</p>
                    {none}
                    <select id="validator" name="input[validator]" aria-describedby="validator-hint">
                        <option value="">{i18n.t("case-choose-validator")}</option>
                        {options}
                    </select>
                </div>
                <button type="submit">{i18n.t("case-assign")}</button>
            </ActionForm>
        }
    });
    let hand_back = (c.may.assess && c.state == CaseState::Assigned).then(|| {
        let kept: Option<MoveCaseInput> = c.kept("move");
        view! {
            <details class="more">
                <summary>{i18n.t("case-hand-back")}</summary>
                <ActionForm action=moved attr:class="stack" attr:novalidate="novalidate">
                    <input type="hidden" name="input[case_id]" value=id/>
                    <input type="hidden" name="input[action]" value="hand_back"/>
                    <div class="field">
                        <label for="reason">{i18n.t("field-reason")}</label>
                        <p class="hint" id="reason-hint">{i18n.t("case-hand-back-hint")}</p>
                        <textarea id="reason" name="input[reason]" rows="3" aria-describedby="reason-hint">
                            {kept.map(|k| k.reason).unwrap_or_default()}
                        </textarea>
                    </div>
                    <button type="submit" class="secondary">{i18n.t("case-hand-back-submit")}</button>
                </ActionForm>
            </details>
        }
    });
    let any = take.is_some() || assign.is_some() || hand_back.is_some();
    any.then(|| {
        view! {
            <section aria-labelledby="actions-heading">
                <h2 id="actions-heading">{i18n.t("case-actions")}</h2>
                {take}
                {assign}
                {hand_back}
            </section>
        }
    })
}

/// The lists of additions: those sent (with what the person marked done), the one being
/// built with its items, and the forms to add an item and to send the list.
#[component]
fn Additions(c: CaseView, additions: ServerAction<RequestAdditions>) -> impl IntoView {
    let i18n = use_i18n();
    let id = c.id.0;
    let sent: Vec<_> = c
        .requests
        .iter()
        .filter(|r| r.sent_at.is_some())
        .cloned()
        .collect();
    let lists = sent
        .into_iter()
        .rev()
        .map(|r| view! { <RequestShown c=c.clone() request=r/> })
        .collect_view();
    let building = c.may_request_now().then(|| {
        let kept: Option<AdditionsInput> = c.kept("additions-add");
        let draft_items = c
            .draft()
            .map(|d| d.items.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|item| {
                let target = c.target_label(item.target, i18n);
                view! {
                    <li>
                        <p><strong>{target}</strong></p>
                        <p>{item.missing}</p>
                        <p class="meta">{i18n.t_with("additions-form-shown", &[("form", item.form.into())])}</p>
                        <ActionForm action=additions attr:class="inline-form">
                            <input type="hidden" name="input[case_id]" value=id/>
                            <input type="hidden" name="input[op]" value="remove"/>
                            <input type="hidden" name="input[item]" value=item.id/>
                            <button type="submit" class="secondary">{i18n.t("additions-remove")}</button>
                        </ActionForm>
                    </li>
                }
            })
            .collect_view();
        let chosen = kept.as_ref().map(|k| k.target.clone()).unwrap_or_default();
        let options = c
            .targets()
            .into_iter()
            .map(|t| {
                let value = t.to_string();
                let selected = value == chosen;
                view! { <option value=value selected=selected>{c.target_label(t, i18n)}</option> }
            })
            .collect_view();
        let has_items = c.draft().is_some_and(|d| !d.items.is_empty());
        let min = c.today.plus_days(1).to_string();
        let suggested = c.today.plus_days(21).to_string();
        view! {
            <h3>{i18n.t("additions-building")}</h3>
            <p class="hint">{i18n.t("additions-building-hint")}</p>
            <ol class="items">{draft_items}</ol>
            <ActionForm action=additions attr:class="stack" attr:novalidate="novalidate">
                <input type="hidden" name="input[case_id]" value=id/>
                <input type="hidden" name="input[op]" value="add"/>
                <div class="field">
                    <label for="target">{i18n.t("field-target")}</label>
                    <select id="target" name="input[target]">
                        <option value="">{i18n.t("additions-choose-target")}</option>
                        {options}
                    </select>
                </div>
                <div class="field">
                    <label for="missing">{i18n.t("field-missing")}</label>
                    <p class="hint" id="missing-hint">{i18n.t("additions-missing-hint")}</p>
                    <textarea id="missing" name="input[missing]" rows="3" aria-describedby="missing-hint">
                        {kept.as_ref().map(|k| k.missing.clone()).unwrap_or_default()}
                    </textarea>
                </div>
                <div class="field">
                    <label for="form">{i18n.t("field-form")}</label>
                    <p class="hint" id="form-hint">{i18n.t("additions-form-hint")}</p>
                    <input type="text" id="form" name="input[form]" aria-describedby="form-hint"
                        value=kept.as_ref().map(|k| k.form.clone()).unwrap_or_default()/>
                </div>
                <button type="submit" class="secondary">{i18n.t("additions-add")}</button>
            </ActionForm>
            {has_items.then(|| view! {
                <ActionForm action=additions attr:class="stack" attr:novalidate="novalidate">
                    <input type="hidden" name="input[case_id]" value=id/>
                    <input type="hidden" name="input[op]" value="send"/>
                    <div class="field">
                        <label for="deadline">{i18n.t("field-deadline")}</label>
                        <p class="hint" id="deadline-hint">{i18n.t("additions-deadline-hint")}</p>
                        <input type="date" id="deadline" name="input[deadline]" class="short"
                            min=min value=suggested aria-describedby="deadline-hint"/>
                    </div>
                    <button type="submit">{i18n.t("additions-send")}</button>
                </ActionForm>
            })}
        }
    });
    let any = !c.requests.iter().all(|r| r.sent_at.is_none()) || building.is_some();
    any.then(|| {
        view! {
            <section id="additions" aria-labelledby="additions-heading">
                <h2 id="additions-heading">{i18n.t("additions-heading")}</h2>
                {lists}
                {building}
            </section>
        }
    })
}

/// One list sent: its deadline, who asked, each item and whether the person marked it done.
#[component]
pub fn RequestShown(
    c: CaseView,
    request: crate::domain::case::AdditionRequest,
    /// The person's own forms to mark items done, while the case is with them.
    #[prop(optional)]
    mark: Option<ServerAction<crate::api::case_moves::MarkItem>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let answered = request
        .answered_at
        .map(|a| i18n.t_with("additions-answered", &[("date", a.date().into())]));
    let overdue = request.overdue(c.today);
    let open = request.answered_at.is_none() && c.state == CaseState::Returned;
    let deadline = request.deadline.map(|d| d.to_string()).unwrap_or_default();
    let items = request
        .items
        .clone()
        .into_iter()
        .map(|item| {
            let done = item.done_at.is_some();
            let status = if done { i18n.t("additions-item-done") } else { i18n.t("additions-item-open") };
            let form = (open && mark.is_some()).then(|| {
                let action = mark.unwrap_or_default();
                let (value, text) = if done {
                    ("not-done", i18n.t("additions-mark-not-done"))
                } else {
                    ("done", i18n.t("additions-mark-done"))
                };
                view! {
                    <ActionForm action attr:class="inline-form">
                        <input type="hidden" name="input[case_id]" value=c.id.0/>
                        <input type="hidden" name="input[item]" value=item.id/>
                        <input type="hidden" name="input[done]" value=value/>
                        <button type="submit" class="secondary">{text}</button>
                    </ActionForm>
                }
            });
            view! {
                <li class=if done { "item done" } else { "item" }>
                    <p><strong>{c.target_label(item.target, i18n)}</strong></p>
                    <p>{item.missing}</p>
                    <p class="meta">{i18n.t_with("additions-form-shown", &[("form", item.form.into())])}</p>
                    <p class="meta">{status}</p>
                    {form}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="request">
            <p>
                {i18n.t_with("additions-sent-by", &[("name", request.by.clone().into()), ("deadline", deadline.into())])}
                {overdue.then(|| view! { " " <span class="badge badge-late">{i18n.t("case-late")}</span> })}
            </p>
            {answered.map(|a| view! { <p class="meta">{a}</p> })}
            <ol class="items">{items}</ol>
        </div>
    }
}

/// The versions handed in, and what changed in the one shown since the one before.
#[component]
fn Versions(c: CaseView) -> impl IntoView {
    let i18n = use_i18n();
    let nav = (c.versions.len() > 1).then(|| {
        let links = c
            .versions
            .iter()
            .map(|(n, at)| {
                let text = i18n.t_with(
                    "case-version",
                    &[("number", (*n).into()), ("date", at.date().into())],
                );
                if *n == c.version {
                    view! { <li><strong aria-current="page">{text}</strong></li> }.into_any()
                } else {
                    view! { <li><a href=format!("/cases/{}?version={n}", c.id)>{text}</a></li> }
                        .into_any()
                }
            })
            .collect_view();
        view! {
            <nav aria-labelledby="versions-heading">
                <h2 id="versions-heading">{i18n.t("case-versions")}</h2>
                <ul class="inline-list">{links}</ul>
            </nav>
        }
    });
    let changes = c.changes.clone().map(|d| {
        let mut lines: Vec<String> = d
            .criteria
            .iter()
            .map(|ch| {
                let mut what = vec![];
                if let Some((before, after)) = ch.rating {
                    let name = |r: Option<crate::domain::Rating>| {
                        r.map(|r| i18n.t(r.label_key())).unwrap_or_else(|| i18n.t("not-answered"))
                    };
                    what.push(i18n.t_with("change-rating", &[("before", name(before).into()), ("after", name(after).into())]));
                }
                if ch.text {
                    what.push(i18n.t("change-text"));
                }
                if !ch.evidence_added.is_empty() {
                    let numbers = ch.evidence_added.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                    what.push(i18n.t_with("change-evidence", &[("numbers", numbers.into())]));
                }
                if !ch.experiences_added.is_empty() {
                    what.push(i18n.t("change-experiences"));
                }
                if ch.evidence_missing.is_some() {
                    what.push(i18n.t("change-missing"));
                }
                format!("{}: {}", i18n.isolate(&c.code_of(ch.criterion)), what.join("; "))
            })
            .collect();
        if d.goal {
            lines.push(i18n.t("change-goal"));
        }
        if !d.evidence_added.is_empty() {
            let numbers = d.evidence_added.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
            lines.push(i18n.t_with("change-new-evidence", &[("numbers", numbers.into())]));
        }
        if !d.experiences_changed.is_empty() {
            lines.push(i18n.t("change-portfolio"));
        }
        let body = if lines.is_empty() {
            view! { <p>{i18n.t("change-none")}</p> }.into_any()
        } else {
            view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
        };
        view! {
            <section class="changes" aria-labelledby="changes-heading">
                <h2 id="changes-heading">{i18n.t_with("change-heading", &[("number", (c.version - 1).into())])}</h2>
                {body}
            </section>
        }
    });
    let profile = format!("/mappings/{}/profile.pdf", c.mapping);
    view! {
        {nav}
        {changes}
        <p><a href=profile>{i18n.t("case-profile-pdf")}</a></p>
    }
}

/// Every criterion of the version shown: the person's answer, and the validator's judgement
/// beside it (never merged), with its history and, for the validator, the form.
#[component]
fn Criteria(c: CaseView, judged: ServerAction<JudgeCriterion>) -> impl IntoView {
    let may_judge = c.may.assess && matches!(c.state, CaseState::Assigned | CaseState::Concluded);
    c.answers
        .frameworks
        .clone()
        .into_iter()
        .map(|f| {
            let sections = f
                .sections
                .into_iter()
                .map(|s| {
                    let rows = s
                        .criteria
                        .into_iter()
                        .map(|k| view! { <CriterionBlock c=c.clone() k judged may_judge/> })
                        .collect_view();
                    view! {
                        <section class="answer-section">
                            <h3><CatalogueText text=s.title fallback=s.title_fallback/></h3>
                            {rows}
                        </section>
                    }
                })
                .collect_view();
            view! {
                <section class="answer-framework">
                    <h2><CatalogueText text=f.title fallback=f.title_fallback/>" "<span class="code">{f.code}</span></h2>
                    {sections}
                </section>
            }
        })
        .collect_view()
}

#[component]
fn CriterionBlock(
    c: CaseView,
    k: CriterionView,
    judged: ServerAction<JudgeCriterion>,
    may_judge: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let cid: CriterionId = k.id;
    let rating = k.rating.map(|r| i18n.t(r.label_key())).unwrap_or_else(|| {
        i18n.t(if k.not_relevant {
            "rating-not-relevant"
        } else {
            "not-answered"
        })
    });
    let answer =
        (!k.answer.is_empty()).then(|| view! { <p class="answer-text">{k.answer.clone()}</p> });
    let draws_on: Vec<String> = c
        .answers
        .portfolio
        .iter()
        .filter(|p| k.experiences.contains(&p.id))
        .map(|p| p.label(i18n))
        .collect();
    let draws_on = (!draws_on.is_empty())
        .then(|| view! { <p class="draws-on">{i18n.t_with("answer-draws-on", &[("list", draws_on.join("; ").into())])}</p> });
    let proof: Vec<_> = c
        .answers
        .evidence
        .iter()
        .filter(|e| k.evidence.contains(&e.id))
        .map(|e| view! { <li><a href=e.href()>{e.label(i18n)}</a></li> })
        .collect();
    let proof = if !proof.is_empty() {
        Some(
            view! { <div class="proof">{i18n.t("answer-evidence-shown")}<ul>{proof}</ul></div> }
                .into_any(),
        )
    } else if k.evidence_missing {
        Some(view! { <p class="proof">{i18n.t("answer-evidence-missing-shown")}</p> }.into_any())
    } else {
        None
    };
    let (current, earlier) = c.judged(cid);
    let shown = |j: &crate::domain::case::Judgement| {
        let methods = j
            .methods
            .iter()
            .map(|m| i18n.t(&m.label_key()))
            .collect::<Vec<_>>()
            .join(", ");
        let reason = (!j.reason.is_empty())
            .then(|| view! { <p class="meta">{i18n.t_with("judgement-reason", &[("reason", j.reason.clone().into())])}</p> });
        view! {
            <p>
                <span class=format!("badge verdict-{}", j.verdict.as_str())>{i18n.t(&j.verdict.label_key())}</span>
                " "
                <span class="meta">{i18n.t_with("judgement-by", &[("name", j.by.clone().into()), ("date", j.at.date().into())])}</span>
            </p>
            {(!methods.is_empty()).then(|| view! { <p class="meta">{i18n.t_with("judgement-methods", &[("methods", methods.into())])}</p> })}
            {(!j.comment.is_empty()).then(|| view! { <p class="comment">{j.comment.clone()}</p> })}
            {reason}
        }
    };
    let judgement = match current {
        Some(j) => view! { <div class="judgement">{shown(j)}</div> }.into_any(),
        None => view! { <p class="meta">{i18n.t("judgement-none")}</p> }.into_any(),
    };
    let history = (!earlier.is_empty()).then(|| {
        let items = earlier.iter().rev().map(|j| view! { <li>{shown(j)}</li> }).collect_view();
        view! {
            <details class="more">
                <summary>{i18n.t_with("judgement-history", &[("count", earlier.len().into())])}</summary>
                <ol class="history">{items}</ol>
            </details>
        }
    });
    let form = may_judge.then(|| {
        let kept: Option<JudgeInput> = c.kept(&format!("judge-{cid}"));
        let verdict_now = kept
            .as_ref()
            .and_then(|k| k.verdict.parse::<Verdict>().ok())
            .or(current.map(|j| j.verdict));
        let methods_now: Vec<Method> = match &kept {
            Some(k) => k.methods.keys().filter_map(|m| m.parse().ok()).collect(),
            None => current.map(|j| j.methods.clone()).unwrap_or_default(),
        };
        let comment = kept.as_ref().map(|k| k.comment.clone()).unwrap_or_default();
        let reason_now = kept.as_ref().map(|k| k.reason.clone()).unwrap_or_default();
        let verdicts = Verdict::ALL
            .iter()
            .map(|v| {
                let vid = format!("verdict-{cid}-{}", v.as_str());
                view! {
                    <div class="radio">
                        <input type="radio" id=vid.clone() name="input[verdict]" value=v.as_str() checked=verdict_now == Some(*v)/>
                        <label for=vid>{i18n.t(&v.label_key())}</label>
                    </div>
                }
            })
            .collect_view();
        let methods = Method::ALL
            .iter()
            .map(|m| {
                let mid = format!("methods-{cid}-{}", m.as_str());
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=mid.clone() name=format!("input[methods][{}]", m.as_str()) checked=methods_now.contains(m)/>
                        <label for=mid>{i18n.t(&m.label_key())}</label>
                    </div>
                }
            })
            .collect_view();
        let concluded = c.state == CaseState::Concluded;
        let submit = if current.is_some() { i18n.t("judgement-change") } else { i18n.t("judgement-save") };
        view! {
            <details class="more" open=current.is_none() || kept.is_some()>
                <summary>{i18n.t_with("judgement-form", &[("code", k.code.clone().into())])}</summary>
                <ActionForm action=judged attr:class="stack" attr:novalidate="novalidate">
                    <input type="hidden" name="input[case_id]" value=c.id.0/>
                    <input type="hidden" name="input[criterion]" value=cid.0/>
                    <fieldset id=format!("verdict-{cid}")>
                        <legend>{i18n.t("field-verdict")}</legend>
                        {verdicts}
                    </fieldset>
                    <fieldset id=format!("methods-{cid}")>
                        <legend>{i18n.t("field-methods")}</legend>
                        <p class="hint">{i18n.t("judgement-methods-hint")}</p>
                        {methods}
                    </fieldset>
                    <div class="field">
                        <label for=format!("comment-{cid}")>{i18n.t("field-comment")}</label>
                        <textarea id=format!("comment-{cid}") name="input[comment]" rows="3">{comment}</textarea>
                    </div>
                    {concluded.then(|| view! {
                        <div class="field">
                            <label for=format!("reason-{cid}")>{i18n.t("field-reason")}</label>
                            <p class="hint" id=format!("reason-{cid}-hint")>{i18n.t("judgement-reason-hint")}</p>
                            <textarea id=format!("reason-{cid}") name="input[reason]" rows="2" aria-describedby=format!("reason-{cid}-hint")>{reason_now.clone()}</textarea>
                        </div>
                    })}
                    <button type="submit">{submit}</button>
                </ActionForm>
            </details>
        }
    });
    view! {
        <div class="case-criterion" id=format!("criterion-{cid}")>
            <h4><span class="code">{k.code.clone()}</span>" "<CatalogueText text=k.text.clone() fallback=k.fallback/></h4>
            <div class="side-by-side">
                <div class="own">
                    <h5>{i18n.t("case-own-rating")}</h5>
                    <p class="rating">{rating}</p>
                    {answer}
                    {draws_on}
                    {proof}
                </div>
                <div class="assessed" id=format!("judgement-{cid}")>
                    <h5>{i18n.t("case-judgement")}</h5>
                    {judgement}
                    {history}
                </div>
            </div>
            {form}
        </div>
    }
}

/// The validator's conclusion, once every criterion is judged or left open.
#[component]
fn Conclude(c: CaseView, concluded: ServerAction<ConcludeCase>) -> impl IntoView {
    let i18n = use_i18n();
    (c.may.assess && c.state == CaseState::Assigned).then(|| {
        let open = c.not_judged();
        let kept: Option<ConcludeInput> = c.kept("conclude");
        let blocked = (!open.is_empty()).then(|| {
            let codes = open.iter().map(|k| c.code_of(*k)).collect::<Vec<_>>().join(", ");
            view! { <p class="notice">{i18n.t_with("conclude-not-judged", &[("count", open.len().into()), ("codes", codes.into())])}</p> }
        });
        let frameworks = c
            .answers
            .frameworks
            .iter()
            .map(|f| {
                let fid = f.id;
                let suggested = c.suggested.iter().find(|(id, _)| *id == fid).map(|(_, o)| *o);
                let chosen = kept
                    .as_ref()
                    .and_then(|k| k.outcomes.get(&fid.to_string()).and_then(|o| o.parse::<Outcome>().ok()))
                    .or(suggested);
                let radios = Outcome::ALL
                    .iter()
                    .map(|o| {
                        let oid = format!("outcome-{fid}-{}", o.as_str());
                        view! {
                            <div class="radio">
                                <input type="radio" id=oid.clone() name=format!("input[outcomes][{fid}]") value=o.as_str() checked=chosen == Some(*o)/>
                                <label for=oid>{i18n.t(&o.label_key())}</label>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset id=format!("outcome-{fid}")>
                        <legend>{i18n.t_with("conclude-outcome", &[("framework", f.title.clone().into())])}</legend>
                        {radios}
                    </fieldset>
                }
            })
            .collect_view();
        let steps_now: Vec<NextStep> = kept
            .as_ref()
            .map(|k| k.next_steps.keys().filter_map(|s| s.parse().ok()).collect())
            .unwrap_or_default();
        let steps = NextStep::ALL
            .iter()
            .map(|s| {
                let sid = format!("next-step-{}", s.as_str());
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=sid.clone() name=format!("input[next_steps][{}]", s.as_str()) checked=steps_now.contains(s)/>
                        <label for=sid>{i18n.t(&s.label_key())}</label>
                    </div>
                }
            })
            .collect_view();
        view! {
            <section id="conclude" aria-labelledby="conclude-heading">
                <h2 id="conclude-heading">{i18n.t("conclude-heading")}</h2>
                {blocked}
                <ActionForm action=concluded attr:class="stack" attr:novalidate="novalidate">
                    <input type="hidden" name="input[case_id]" value=c.id.0/>
                    {frameworks}
                    <div class="field">
                        <label for="statement">{i18n.t("field-statement")}</label>
                        <p class="hint" id="statement-hint">{i18n.t("conclude-statement-hint")}</p>
                        <textarea id="statement" name="input[statement]" rows="6" aria-describedby="statement-hint">
                            {kept.as_ref().map(|k| k.statement.clone()).unwrap_or_default()}
                        </textarea>
                    </div>
                    <fieldset id="next_steps">
                        <legend>{i18n.t("field-next-steps")}</legend>
                        {steps}
                    </fieldset>
                    <div class="field">
                        <label for="next_steps_text">{i18n.t("field-next-steps-text")}</label>
                        <textarea id="next_steps_text" name="input[next_steps_text]" rows="3">
                            {kept.as_ref().map(|k| k.next_steps_text.clone()).unwrap_or_default()}
                        </textarea>
                    </div>
                    <button type="submit">{i18n.t("conclude-submit")}</button>
                </ActionForm>
            </section>
        }
    })
}

/// The conclusion as stated, with the statement to download.
#[component]
pub fn ConclusionShown(c: CaseView) -> impl IntoView {
    let i18n = use_i18n();
    c.conclusion.clone().map(|done| {
        let outcomes = done
            .outcomes
            .iter()
            .map(|o| {
                let title = c
                    .answers
                    .frameworks
                    .iter()
                    .find(|f| f.id == o.framework)
                    .map(|f| f.title.clone())
                    .unwrap_or_default();
                let remaining = (!o.remaining.is_empty()).then(|| {
                    let codes = o.remaining.iter().map(|k| c.code_of(*k)).collect::<Vec<_>>().join(", ");
                    view! { <p class="meta">{i18n.t_with("conclusion-remaining", &[("codes", codes.into())])}</p> }
                });
                view! {
                    <li>
                        <strong>{title}</strong>": "{i18n.t(&o.outcome.label_key())}
                        {remaining}
                    </li>
                }
            })
            .collect_view();
        let steps = done.next_steps.iter().map(|s| view! { <li>{i18n.t(&s.label_key())}</li> }).collect_view();
        let statement = format!("/cases/{}/statement.pdf", c.id);
        view! {
            <section class="conclusion" aria-labelledby="conclusion-heading">
                <h2 id="conclusion-heading">{i18n.t("conclusion-heading")}</h2>
                <p class="meta">{i18n.t_with("conclusion-by", &[("name", done.by.clone().into()), ("date", done.at.date().into())])}</p>
                <ul>{outcomes}</ul>
                <h3>{i18n.t("conclusion-statement")}</h3>
                <p class="comment">{done.statement.clone()}</p>
                {(!done.next_steps.is_empty() || !done.next_steps_text.is_empty()).then(|| view! {
                    <h3>{i18n.t("conclusion-next-steps")}</h3>
                    <ul>{steps}</ul>
                    {(!done.next_steps_text.is_empty()).then(|| view! { <p>{done.next_steps_text.clone()}</p> })}
                })}
                <p><a class="button" href=statement>{i18n.t("conclusion-download")}</a></p>
            </section>
        }
    })
}

/// The whole trail, in order, with names and times.
#[component]
pub fn Trail(c: CaseView) -> impl IntoView {
    let i18n = use_i18n();
    let items = c
        .trail
        .iter()
        .map(|e| {
            let detail = match e.kind {
                crate::domain::case::EventKind::Judged
                | crate::domain::case::EventKind::Rejudged => {
                    // "1.2 met": the criterion's code and the verdict's words.
                    let (code, verdict) = e.detail.split_once(' ').unwrap_or((&e.detail, ""));
                    let verdict = verdict
                        .parse::<Verdict>()
                        .map(|v| i18n.t(&v.label_key()))
                        .unwrap_or_default();
                    format!("{}: {verdict}", i18n.isolate(code))
                }
                crate::domain::case::EventKind::ItemDone
                | crate::domain::case::EventKind::ItemReopened => {
                    let item: Option<i64> = e.detail.parse().ok();
                    c.requests
                        .iter()
                        .flat_map(|r| r.items.iter())
                        .find(|i| Some(i.id) == item)
                        .map(|i| c.target_label(i.target, i18n))
                        .unwrap_or_default()
                }
                _ => e.detail.clone(),
            };
            let line = i18n.t_with(
                &e.kind.label_key(),
                &[("name", e.actor.clone().into()), ("detail", detail.into())],
            );
            view! {
                <li>
                    <time datetime=e.at.to_string()>{e.at.date()}" "{e.at.time_utc()}</time>
                    " "{line}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="trail-heading">
            <h2 id="trail-heading">{i18n.t("trail-heading")}</h2>
            <ol class="trail">{items}</ol>
        </section>
    }
}
