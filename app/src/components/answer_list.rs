//! Every criterion of a mapping with its rating and text, for checking and reviewing.
use super::shown_text::CatalogueText;
use crate::i18n::use_i18n;
use crate::view_model::MappingView;
use leptos::prelude::*;

#[component]
pub fn AnswerList(
    mapping: MappingView,
    #[prop(optional)] with_change_links: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = mapping.id;
    let portfolio = mapping.portfolio.clone();
    let evidence = mapping.evidence.clone();
    mapping
        .frameworks
        .into_iter()
        .map(|f| {
            let sections = f
                .sections
                .into_iter()
                .map(|s| {
                    let number = s.number;
                    let rows = s
                        .criteria
                        .into_iter()
                        .map(|c| {
                            let rating = c
                                .rating
                                .map(|r| i18n.t(r.label_key()))
                                .unwrap_or_else(|| {
                                    i18n.t(if c.not_relevant {
                                        "rating-not-relevant"
                                    } else {
                                        "not-answered"
                                    })
                                });
                            // "Not relevant" needs no words; anything else without them says so.
                            let answer = match (c.answer.is_empty(), c.not_relevant) {
                                (true, true) => None,
                                (true, false) => Some(i18n.t("no-description")),
                                (false, _) => Some(c.answer),
                            };
                            let draws_on: Vec<String> = portfolio
                                .iter()
                                .filter(|p| c.experiences.contains(&p.id))
                                .map(|p| p.label(i18n))
                                .collect();
                            let draws_on = (!draws_on.is_empty()).then(|| {
                                view! {
                                    <dd class="draws-on">
                                        {i18n.t_with("answer-draws-on", &[("list", draws_on.join("; ").into())])}
                                    </dd>
                                }
                            });
                            // Each piece of evidence opens from here, for the owner and the
                            // validator alike (the file route checks who may).
                            let proof: Vec<_> = evidence
                                .iter()
                                .filter(|e| c.evidence.contains(&e.id))
                                .map(|e| view! { <li><a href=e.href()>{e.label(i18n)}</a></li> })
                                .collect();
                            let proof = if !proof.is_empty() {
                                Some(view! {
                                    <dd class="proof">
                                        {i18n.t("answer-evidence-shown")}
                                        <ul>{proof}</ul>
                                    </dd>
                                }.into_any())
                            } else if c.evidence_missing {
                                Some(view! { <dd class="proof">{i18n.t("answer-evidence-missing-shown")}</dd> }.into_any())
                            } else {
                                None
                            };
                            let change = with_change_links.then(|| {
                                let href = format!("/mappings/{id}/sections/{number}#criterion-{}", c.id);
                                let hidden = format!(" {}", c.code);
                                view! {
                                    <dd class="change">
                                        <a href=href>{i18n.t("change")}<span class="visually-hidden">{hidden}</span></a>
                                    </dd>
                                }
                            });
                            view! {
                                <div class="answer" id=format!("answer-row-{}", c.id)>
                                    <dt>
                                        <span class="code">{c.code}</span>" "<CatalogueText text=c.text fallback=c.fallback/>
                                    </dt>
                                    <dd class="rating">{rating}</dd>
                                    {answer.map(|a| view! { <dd class="answer-text">{a}</dd> })}
                                    {draws_on}
                                    {proof}
                                    {change}
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="answer-section">
                            <h3><CatalogueText text=s.title fallback=s.title_fallback/></h3>
                            <dl>{rows}</dl>
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
