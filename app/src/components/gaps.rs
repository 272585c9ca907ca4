//! What the person already masters and what remains, per course or occupation of their
//! mapping, and what the same knowledge covers elsewhere in the catalogue; which criteria a
//! validator's judgement decided is said, since it counts instead of the person's own rating.
use super::shown_text::Shown;
use crate::api::gaps::gap_analysis;
use crate::catalogue_view::ShownText;
use crate::domain::gaps::Level;
use crate::domain::MappingId;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn GapAnalysis(mapping: MappingId) -> impl IntoView {
    let i18n = use_i18n();
    let gaps = Resource::new(move || mapping, gap_analysis);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let g = gaps.await.ok()?;
                let lang = i18n.locale.tag();
                let frameworks = g
                    .frameworks
                    .into_iter()
                    .map(|f| {
                        let total = f.criteria.len();
                        let remaining: Vec<String> = f.remaining().iter().map(|c| c.code.clone()).collect();
                        let judged = f.judged();
                        view! {
                            <li>
                                <p><strong><Shown text=ShownText::resolve(&f.title, lang)/></strong></p>
                                <p>
                                    {i18n.t_with(
                                        "gaps-counts",
                                        &[
                                            ("masters", f.count(Level::Masters).into()),
                                            ("partly", f.count(Level::Partly).into()),
                                            ("total", total.into()),
                                        ],
                                    )}
                                </p>
                                <p>
                                    {i18n.t("gaps-verdict")}" "
                                    <span class=format!("badge outcome-{}", f.verdict.as_str().replace('_', "-"))>
                                        {i18n.t(&f.verdict.label_key())}
                                    </span>
                                </p>
                                {(!remaining.is_empty()).then(|| view! {
                                    <p class="meta">{i18n.t_with("gaps-remaining", &[("codes", remaining.join(", ").into())])}</p>
                                })}
                                <p class="meta">
                                    {if judged == 0 {
                                        i18n.t("gaps-source-self")
                                    } else {
                                        i18n.t_with("gaps-source-judged", &[("judged", judged.into()), ("total", total.into())])
                                    }}
                                </p>
                            </li>
                        }
                    })
                    .collect_view();
                let coverage = (!g.coverage.is_empty()).then(|| {
                    let items = g
                        .coverage
                        .into_iter()
                        .map(|c| {
                            let href = format!("/catalogue/{}", c.code);
                            view! {
                                <li>
                                    <a href=href><Shown text=ShownText::resolve(&c.title, lang)/></a>
                                    " – "
                                    {i18n.t_with("gaps-covers", &[("covered", c.covered.len().into()), ("total", c.total.into())])}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3>{i18n.t("gaps-elsewhere")}</h3>
                        <p class="hint">{i18n.t("gaps-elsewhere-hint")}</p>
                        <ul>{items}</ul>
                    }
                });
                Some(view! {
                    <section class="gaps" aria-labelledby="gaps-heading">
                        <h2 id="gaps-heading">{i18n.t("gaps-heading")}</h2>
                        <ul class="plain">{frameworks}</ul>
                        {coverage}
                    </section>
                })
            })}
        </Suspense>
    }
}
