//! `/stats`: the follow-up statistics of the reader's organisation (the region office's are
//! the region's): how many mappings reached each step, broken down as chosen, how long the
//! steps took, with what outcome, in which languages. Each chart has its numbers in a table
//! beside it (for screen readers and print); the filters are a plain form that works without
//! JavaScript; the CSV and the PDF hold the same figures.
use crate::api::statistics::statistics;
use crate::components::error_summary::ErrorSummary;
use crate::components::{loading::Loading, page_error::PageError};
use crate::domain::case::Outcome;
use crate::domain::disclosure::Shown;
use crate::domain::statistics::{Breakdown, Duration, Measure, Step};
use crate::error::AppError;
use crate::i18n::{use_i18n, I18n, Locale};
use crate::stats_view::{StatsQuery, StatsView};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// A figure as a table cell says it: the count, "fewer than 5", or "hidden".
pub fn figure(i18n: I18n, s: Shown) -> String {
    match s {
        Shown::Count(n) => n.to_string(),
        Shown::FewerThan(n) => i18n.t_with("stats-fewer-than", &[("n", n.into())]),
        Shown::Hidden => i18n.t("stats-hidden"),
    }
}

/// A language by its own name (its tag when Kartla does not know it).
pub fn language_name(tag: &str) -> String {
    Locale::from_tag(tag).map_or_else(|| tag.to_owned(), |l| l.native_name().to_owned())
}

/// A framework by its code and its title in the reader's language (or Swedish).
pub fn framework_name(i18n: I18n, view: &StatsView, code: &str) -> String {
    match view.names.get(code) {
        Some(name) => format!("{} {name}", i18n.isolate(code)),
        None => code.to_owned(),
    }
}

/// A unit's name as the reader reads it: an organisation's or framework's name (with its
/// code), a language's own name, a month; "none" for mappings without one.
pub fn unit_name(i18n: I18n, view: &StatsView, unit: &str) -> String {
    if unit.is_empty() {
        return i18n.t(match view.by {
            Breakdown::Provider => "stats-no-provider",
            _ => "stats-no-municipality",
        });
    }
    match view.by {
        Breakdown::Language => language_name(unit),
        Breakdown::Month => unit.to_owned(),
        Breakdown::Framework => framework_name(i18n, view, unit),
        Breakdown::Municipality | Breakdown::Provider => view
            .names
            .get(unit)
            .cloned()
            .unwrap_or_else(|| unit.to_owned()),
    }
}

#[component]
pub fn StatisticsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let asked = move || {
        query.with(|q| StatsQuery {
            from: q.get("from").unwrap_or_default(),
            to: q.get("to").unwrap_or_default(),
            by: q.get("by").unwrap_or_default(),
            org: q.get("org").unwrap_or_default(),
        })
    };
    let figures = Resource::new(asked, statistics);
    view! {
        <Title text=i18n.t("stats-title")/>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match figures.await {
                    Ok(view) => view! { <Figures view/> }.into_any(),
                    Err(e) => view! { <PageError error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Figures(view: StatsView) -> impl IntoView {
    let i18n = use_i18n();
    let t = view.report.threshold.get();
    let problems = (!view.problems.is_empty()).then(|| AppError::Validation(view.problems.clone()));
    let label = Callback::new(move |field: String| match field.as_str() {
        "from" => i18n.t("stats-from"),
        "to" => i18n.t("stats-to"),
        "by" => i18n.t("stats-by"),
        _ => String::new(),
    });
    let downloads = view.query.query_string();
    let csv = format!("/stats.csv?{downloads}");
    let pdf = format!("/stats.pdf?{downloads}");
    let whose = if view.org.region {
        i18n.t_with(
            "stats-whose-region",
            &[("name", view.org.name.clone().into())],
        )
    } else {
        i18n.t_with("stats-whose-own", &[("name", view.org.name.clone().into())])
    };
    let period = i18n.t_with(
        "stats-period",
        &[
            ("from", view.period.from.to_string().into()),
            ("to", view.period.to.to_string().into()),
        ],
    );
    view! {
        <h1>{i18n.t("stats-title")}</h1>
        <p class="lead">{i18n.t_with("stats-lead", &[("n", t.into())])}</p>
        <ErrorSummary error=Signal::stored(problems) label/>
        <Filters view=view.clone()/>
        <p class="stats-whose">{whose} " " {period}</p>
        <ul class="stats-downloads">
            <li><a href=csv download>{i18n.t("stats-download-csv")}</a></li>
            <li><a href=pdf>{i18n.t("stats-download-pdf")}</a></li>
        </ul>
        <Breakdowns view=view.clone()/>
        <Durations view=view.clone()/>
        <Outcomes view=view.clone()/>
        <Languages view/>
    }
}

#[component]
fn Filters(view: StatsView) -> impl IntoView {
    let i18n = use_i18n();
    let typed = |field: &str, shown: String| {
        // What the person typed stays in the field, even when it could not be used.
        let q = &view.query;
        let raw = if field == "from" { &q.from } else { &q.to };
        if raw.trim().is_empty() {
            shown
        } else {
            raw.clone()
        }
    };
    let from = typed("from", view.period.from.to_string());
    let to = typed("to", view.period.to.to_string());
    let invalid = |field: &str| {
        view.problems
            .iter()
            .any(|p| p.field == field)
            .then_some("true")
    };
    let orgs = (view.choices.len() > 1).then(|| {
        let chosen = view.org.code.clone();
        view! {
            <div class="field">
                <label for="org">{i18n.t("stats-org")}</label>
                <select id="org" name="org">
                    {view
                        .choices
                        .iter()
                        .map(|c| {
                            let selected = c.code == chosen;
                            view! { <option value=c.code.clone() selected=selected>{c.name.clone()}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    });
    view! {
        <form method="get" action="/stats" class="stats-filters">
            {orgs}
            <div class="field">
                <label for="from">{i18n.t("stats-from")}</label>
                <input id="from" name="from" type="month" dir="ltr" value=from aria-invalid=invalid("from")/>
            </div>
            <div class="field">
                <label for="to">{i18n.t("stats-to")}</label>
                <input id="to" name="to" type="month" dir="ltr" value=to aria-invalid=invalid("to")/>
            </div>
            <div class="field">
                <label for="by">{i18n.t("stats-by")}</label>
                <select id="by" name="by" aria-invalid=invalid("by")>
                    {Breakdown::ALL
                        .iter()
                        .map(|b| {
                            let selected = *b == view.by;
                            view! { <option value=b.as_str() selected=selected>{i18n.t(&b.label_key())}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <button type="submit">{i18n.t("stats-show")}</button>
        </form>
    }
}

/// A horizontal bar per row, the longest the largest count; a hidden or small figure has no
/// bar, only its words. Drawn from the reading side: in a right-to-left language the bars
/// grow leftwards. Hidden from screen readers: the table beside holds the same numbers.
#[component]
pub fn BarChart(rows: Vec<(String, Shown)>) -> impl IntoView {
    let i18n = use_i18n();
    let rtl = i18n.locale.is_rtl();
    const WIDTH: f64 = 640.0;
    const LABEL: f64 = 220.0;
    const ROW: f64 = 28.0;
    let most = rows
        .iter()
        .filter_map(|(_, s)| s.count())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let height = ROW * rows.len() as f64 + 8.0;
    let bar_room = WIDTH - LABEL - 150.0;
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, shown))| {
            let y = 4.0 + ROW * i as f64;
            let length = shown.count().map_or(0.0, |n| bar_room * n as f64 / most);
            // Positions from the start side; mirrored for right to left.
            let at = |x: f64, w: f64| if rtl { WIDTH - x - w } else { x };
            let bar_x = at(LABEL + 8.0, length);
            let value_x = at(LABEL + 14.0 + length, 0.0);
            let label_x = at(LABEL, 0.0);
            let (label_anchor, value_anchor) = if rtl {
                ("start", "end")
            } else {
                ("end", "start")
            };
            let label: String = label.chars().take(32).collect();
            view! {
                <text x=label_x y=y + 18.0 text-anchor=label_anchor>{label}</text>
                <rect class="stats-bar" x=bar_x y=y + 4.0 width=length height=ROW - 8.0/>
                <text x=value_x y=y + 18.0 text-anchor=value_anchor>{figure(i18n, shown)}</text>
            }
        })
        .collect_view();
    let view_box = format!("0 0 {WIDTH} {height}");
    view! {
        <svg class="stats-chart" viewBox=view_box aria-hidden="true" focusable="false" role="presentation">
            {bars}
        </svg>
    }
}

/// One row of a table of figures: its name (in a language of its own where given) and its cells.
#[derive(Debug, Clone)]
pub struct FigureRow {
    pub name: String,
    pub lang: Option<String>,
    pub cells: Vec<String>,
}

/// A table of figures: a column of names, then a column per head; on a narrow screen each cell
/// says which column it is in. `foot` rows are the totals.
#[component]
fn FigureTable(
    id: &'static str,
    caption: String,
    head: Vec<String>,
    rows: Vec<FigureRow>,
    #[prop(optional)] foot: Vec<FigureRow>,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    let labels: Vec<String> = head.iter().skip(1).cloned().collect();
    let line = move |r: FigureRow| {
        let cells = labels
            .iter()
            .zip(r.cells)
            .map(|(label, cell)| view! { <td data-label=label.clone()>{cell}</td> })
            .collect_view();
        view! {
            <tr>
                <th scope="row" lang=r.lang>{r.name}</th>
                {cells}
            </tr>
        }
    };
    let foot = (!foot.is_empty()).then(|| {
        let line = line.clone();
        view! { <tfoot>{foot.into_iter().map(line).collect_view()}</tfoot> }
    });
    view! {
        <div class="table-wrap table-reflow" tabindex="0" role="region" aria-labelledby=labelled_by>
            <table class="stats-table">
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{rows.into_iter().map(line).collect_view()}</tbody>
                {foot}
            </table>
        </div>
    }
}

/// A section of the page: its heading, a chart (when it has one) and the table of its figures.
#[component]
fn Section(
    id: &'static str,
    heading: String,
    #[prop(optional)] chart: Option<(Vec<(String, Shown)>, String)>,
    children: Children,
) -> impl IntoView {
    let chart = chart.map(|(rows, caption)| {
        view! {
            <figure class="stats-figure">
                <BarChart rows/>
                <figcaption>{caption}</figcaption>
            </figure>
        }
    });
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {chart}
            {children()}
        </section>
    }
}

fn row(name: String, lang: Option<String>, cells: Vec<String>) -> FigureRow {
    FigureRow { name, lang, cells }
}

#[component]
fn Breakdowns(view: StatsView) -> impl IntoView {
    let i18n = use_i18n();
    let table = &view.report.table;
    let chart_measure = table.measures.first().copied().unwrap_or(Measure::Started);
    let chart_rows: Vec<(String, Shown)> = table
        .rows
        .iter()
        .map(|r| {
            (
                unit_name(i18n, &view, &r.unit),
                r.figures.first().copied().unwrap_or(Shown::Hidden),
            )
        })
        .collect();
    let chart_caption = i18n.t_with(
        "stats-chart-caption",
        &[("measure", i18n.t(&chart_measure.label_key()).into())],
    );
    let words = |figures: &[Shown]| figures.iter().map(|s| figure(i18n, *s)).collect();
    let mut head = vec![i18n.t(&format!("stats-unit-{}", view.by.as_str()))];
    head.extend(table.measures.iter().map(|m| i18n.t(&m.label_key())));
    let rows = table
        .rows
        .iter()
        .map(|r| {
            let swedish = view.by == Breakdown::Framework && view.swedish.contains(&r.unit);
            row(
                unit_name(i18n, &view, &r.unit),
                swedish.then(|| "sv".to_owned()),
                words(&r.figures),
            )
        })
        .collect();
    let mut foot = vec![row(
        i18n.t_with("stats-total", &[("name", view.org.name.clone().into())]),
        None,
        words(&table.total),
    )];
    if !view.org.region {
        let region: Vec<Shown> = table
            .measures
            .iter()
            .map(|m| view.report.region_figure(*m))
            .collect();
        foot.push(row(
            i18n.t_with(
                "stats-region-total",
                &[("name", view.region.clone().into())],
            ),
            None,
            words(&region),
        ));
    }
    view! {
        <Section id="stats-breakdown" heading=i18n.t(&format!("stats-heading-{}", view.by.as_str())) chart=(chart_rows, chart_caption)>
            <FigureTable id="stats-breakdown" caption=i18n.t("stats-table-caption") head rows foot/>
        </Section>
    }
}

#[component]
fn Durations(view: StatsView) -> impl IntoView {
    let i18n = use_i18n();
    let days = |d: Option<i64>| match d {
        Some(n) => n.to_string(),
        None => i18n.t("stats-not-shown"),
    };
    let durations: Vec<(Step, Duration)> = view.report.durations.clone();
    let chart: Vec<(String, Shown)> = durations
        .iter()
        .map(|(step, d)| {
            let median = d
                .median
                .map_or(Shown::Hidden, |m| Shown::Count(m.max(0) as u64));
            (i18n.t(&step.label_key()), median)
        })
        .collect();
    let head = [
        "stats-col-step",
        "stats-col-people",
        "stats-col-median",
        "stats-col-p90",
    ]
    .map(|k| i18n.t(k))
    .to_vec();
    let rows = durations
        .iter()
        .map(|(step, d)| {
            row(
                i18n.t(&step.label_key()),
                None,
                vec![figure(i18n, d.people), days(d.median), days(d.p90)],
            )
        })
        .collect();
    view! {
        <Section id="stats-durations" heading=i18n.t("stats-heading-durations") chart=(chart, i18n.t("stats-durations-chart"))>
            <FigureTable id="stats-durations" caption=i18n.t("stats-durations-caption") head rows/>
        </Section>
    }
}

#[component]
fn Outcomes(view: StatsView) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.t("stats-heading-outcomes");
    if view.report.outcomes.is_empty() {
        return view! {
            <Section id="stats-outcomes" heading>
                <p>{i18n.t("stats-outcomes-none")}</p>
            </Section>
        }
        .into_any();
    }
    let mut head = vec![i18n.t("stats-unit-framework")];
    head.extend(Outcome::ALL.iter().map(|o| i18n.t(&o.label_key())));
    head.push(i18n.t(&Measure::Concluded.label_key()));
    let rows = view
        .report
        .outcomes
        .iter()
        .map(|o| {
            let mut cells: Vec<String> = o.outcomes.iter().map(|s| figure(i18n, *s)).collect();
            cells.push(figure(i18n, o.concluded));
            let swedish = view.swedish.contains(&o.framework);
            row(
                framework_name(i18n, &view, &o.framework),
                swedish.then(|| "sv".to_owned()),
                cells,
            )
        })
        .collect();
    view! {
        <Section id="stats-outcomes" heading>
            <FigureTable id="stats-outcomes" caption=i18n.t("stats-outcomes-caption") head rows/>
        </Section>
    }
    .into_any()
}

#[component]
fn Languages(view: StatsView) -> impl IntoView {
    let i18n = use_i18n();
    let languages = &view.report.languages;
    let chart: Vec<(String, Shown)> = languages
        .iter()
        .map(|(tag, s)| (language_name(tag), *s))
        .collect();
    let head = vec![i18n.t("stats-unit-language"), i18n.t("stats-col-people")];
    let rows = languages
        .iter()
        .map(|(tag, s)| {
            row(
                language_name(tag),
                Some(tag.clone()),
                vec![figure(i18n, *s)],
            )
        })
        .collect();
    view! {
        <Section id="stats-languages" heading=i18n.t("stats-heading-languages") chart=(chart, i18n.t("stats-languages-chart"))>
            <FigureTable id="stats-languages" caption=i18n.t("stats-languages-caption") head rows/>
        </Section>
    }
}
