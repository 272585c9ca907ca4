//! The follow-up statistics as a PDF report: whose figures, which months, what "fewer than N"
//! means, then the breakdown asked for (a bar per unit beside its figures), how long the steps
//! took, the outcomes and the languages — every figure as the page shows it, in any interface
//! language, laid out from the right in a right-to-left one.
use super::{t, t_args, Cover, CELL_PAD};
use crate::typeset::{self, is_rtl, Cell, Content, Doc, Para, Style, BODY_WIDTH};
use kartla_app::domain::case::Outcome;
use kartla_app::domain::disclosure::Shown;
use kartla_app::domain::statistics::Measure;
use kartla_app::i18n::{I18n, Locale};
use kartla_app::pages::statistics::{figure, framework_name, language_name, unit_name};
use kartla_app::stats_view::StatsView;

/// The width of a bar for the largest figure (pt).
const BAR: f32 = 90.0;

fn text(width: f32, style: Style, text: String, at_end: bool, rtl: bool) -> Cell {
    Cell {
        width,
        pad: CELL_PAD,
        content: Content::Text {
            para: Para::dir(style, text.clone(), rtl || is_rtl(&text)),
            at_end,
        },
    }
}

fn bar(width: f32) -> Cell {
    Cell {
        width: BAR + 2.0 * CELL_PAD,
        pad: CELL_PAD,
        content: Content::Bar { width, height: 7.0 },
    }
}

/// A table: a first column of names, then one column per heading; each row's figures.
fn table(
    doc: &mut Doc,
    rtl: bool,
    head: &[String],
    rows: &[(String, Vec<String>)],
    bars: Option<&[Shown]>,
) {
    let first = BODY_WIDTH * 0.34;
    let room = BODY_WIDTH
        - first
        - if bars.is_some() {
            BAR + 2.0 * CELL_PAD
        } else {
            0.0
        };
    let each = room / head.len().saturating_sub(1).max(1) as f32;
    let most = bars
        .map(|b| b.iter().filter_map(|s| s.count()).max().unwrap_or(0).max(1))
        .unwrap_or(1) as f32;
    let mut cells: Vec<Cell> = Vec::new();
    for (i, h) in head.iter().enumerate() {
        let w = if i == 0 { first } else { each };
        cells.push(text(w, Style::SMALL, h.clone(), i > 0, rtl));
        if i == 0 && bars.is_some() {
            cells.push(text(
                BAR + 2.0 * CELL_PAD,
                Style::SMALL,
                String::new(),
                false,
                rtl,
            ));
        }
    }
    doc.row(cells, 6.0);
    for (r, (name, figures)) in rows.iter().enumerate() {
        let mut cells = vec![text(first, Style::BODY, name.clone(), false, rtl)];
        if let Some(b) = bars {
            let n = b.get(r).and_then(|s| s.count()).unwrap_or(0) as f32;
            cells.push(bar(BAR * n / most));
        }
        cells.extend(
            figures
                .iter()
                .map(|f| text(each, Style::BODY, f.clone(), true, rtl)),
        );
        doc.row(cells, 2.0);
    }
}

/// The report's content, in reading order.
pub fn content(v: &StatsView, today: &str, locale: Locale) -> Doc {
    let i18n = I18n { locale };
    let rtl = locale.is_rtl();
    let mut doc = Doc::new(rtl);
    let t_n = v.report.threshold.get().to_string();
    doc.heading(
        Style::H1,
        t_args(locale, "stats-pdf-title", &[("name", v.org.name.clone())]),
    );
    let whose = if v.org.region {
        t_args(
            locale,
            "stats-whose-region",
            &[("name", v.org.name.clone())],
        )
    } else {
        t_args(locale, "stats-whose-own", &[("name", v.org.name.clone())])
    };
    let period = t_args(
        locale,
        "stats-period",
        &[
            ("from", v.period.from.to_string()),
            ("to", v.period.to.to_string()),
        ],
    );
    doc.para(Style::META, format!("{whose} {period}"));
    doc.para(Style::SMALL, t_args(locale, "stats-lead", &[("n", t_n)]));

    // The breakdown asked for, with a bar for its first figure.
    let table_data = &v.report.table;
    doc.heading(
        Style::H2,
        t(locale, &format!("stats-heading-{}", v.by.as_str())),
    );
    let (head, rows) = breakdown(v, locale, |s| figure(i18n, s));
    // A bar for each unit's first figure; none for the totals below them.
    let mut bars: Vec<Shown> = table_data
        .rows
        .iter()
        .map(|r| r.figures.first().copied().unwrap_or(Shown::Hidden))
        .collect();
    bars.resize(rows.len(), Shown::Hidden);
    table(&mut doc, rtl, &head, &rows, Some(&bars));

    doc.heading(Style::H2, t(locale, "stats-heading-durations"));
    let days = |d: Option<i64>| d.map_or_else(|| t(locale, "stats-not-shown"), |n| n.to_string());
    let head = [
        "stats-col-step",
        "stats-col-people",
        "stats-col-median",
        "stats-col-p90",
    ]
    .map(|k| t(locale, k));
    let rows: Vec<(String, Vec<String>)> = v
        .report
        .durations
        .iter()
        .map(|(step, d)| {
            (
                t(locale, &step.label_key()),
                vec![figure(i18n, d.people), days(d.median), days(d.p90)],
            )
        })
        .collect();
    table(&mut doc, rtl, &head, &rows, None);

    doc.heading(Style::H2, t(locale, "stats-heading-outcomes"));
    if v.report.outcomes.is_empty() {
        doc.para(Style::BODY, t(locale, "stats-outcomes-none"));
    } else {
        let mut head = vec![t(locale, "stats-unit-framework")];
        head.extend(Outcome::ALL.iter().map(|o| t(locale, &o.label_key())));
        head.push(t(locale, &Measure::Concluded.label_key()));
        let rows: Vec<(String, Vec<String>)> = v
            .report
            .outcomes
            .iter()
            .map(|o| {
                let mut figures: Vec<String> =
                    o.outcomes.iter().map(|s| figure(i18n, *s)).collect();
                figures.push(figure(i18n, o.concluded));
                (framework_name(i18n, v, &o.framework), figures)
            })
            .collect();
        table(&mut doc, rtl, &head, &rows, None);
    }

    doc.heading(Style::H2, t(locale, "stats-heading-languages"));
    let head = [
        t(locale, "stats-unit-language"),
        t(locale, "stats-col-people"),
    ];
    let rows: Vec<(String, Vec<String>)> = v
        .report
        .languages
        .iter()
        .map(|(tag, s)| (language_name(tag), vec![figure(i18n, *s)]))
        .collect();
    let bars: Vec<Shown> = v.report.languages.iter().map(|(_, s)| *s).collect();
    table(&mut doc, rtl, &head, &rows, Some(&bars));
    doc.para(
        Style::SMALL.before(18.0),
        t_args(locale, "stats-pdf-made", &[("date", today.to_owned())]),
    );
    doc
}

/// Render the report to PDF bytes. CPU-bound: call from a blocking thread.
pub fn render(v: &StatsView, today: &str, locale: Locale) -> Result<Vec<u8>, String> {
    let name = t(locale, "stats-title");
    let cover = Cover {
        title: t_args(locale, "stats-pdf-title", &[("name", v.org.name.clone())]),
        author: v.org.name.clone(),
        subject: format!("{} – {}", v.period.from, v.period.to),
        header: Some(t_args(
            locale,
            "stats-pdf-title",
            &[("name", v.org.name.clone())],
        )),
        verify: None,
        name,
    };
    typeset::render(&content(v, today, locale), cover.meta(locale))
}

/// One CSV field: quoted when it holds a comma, a quote or a line break; a name that begins
/// like a formula (`=`, `+`, `-`, `@`) is kept as text, so that a spreadsheet does not run it;
/// without the invisible marks that isolate a value on a page.
pub fn csv_field(s: &str) -> String {
    let mut s: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect();
    if s.starts_with(['=', '+', '-', '@']) {
        s.insert(0, '\'');
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The same figures as CSV (UTF-8 with a byte order mark, so that spreadsheets read å, ä, ö
/// and every other script right): the breakdown asked for with its totals, the column heads
/// in the reader's language, each figure a count, `<N` or `..`.
pub fn csv(v: &StatsView, locale: Locale) -> String {
    let (head, rows) = breakdown(v, locale, |s| s.to_string());
    let mut out = String::from("\u{feff}");
    let lines = std::iter::once(head).chain(rows.into_iter().map(|(name, mut figures)| {
        figures.insert(0, name);
        figures
    }));
    for fields in lines {
        let fields: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The breakdown asked for as the report and the CSV write it: the heads, then a row per unit,
/// the total, and the region's beside an organisation's own; each figure in `word`'s words.
fn breakdown(
    v: &StatsView,
    locale: Locale,
    word: impl Fn(Shown) -> String,
) -> (Vec<String>, Vec<(String, Vec<String>)>) {
    let i18n = I18n { locale };
    let table = &v.report.table;
    let mut head = vec![t(locale, &format!("stats-unit-{}", v.by.as_str()))];
    head.extend(table.measures.iter().map(|m| t(locale, &m.label_key())));
    let mut rows: Vec<(String, Vec<String>)> = table
        .rows
        .iter()
        .map(|r| {
            (
                unit_name(i18n, v, &r.unit),
                r.figures.iter().map(|s| word(*s)).collect(),
            )
        })
        .collect();
    rows.push((
        t_args(locale, "stats-total", &[("name", v.org.name.clone())]),
        table.total.iter().map(|s| word(*s)).collect(),
    ));
    if !v.org.region {
        rows.push((
            t_args(locale, "stats-region-total", &[("name", v.region.clone())]),
            table
                .measures
                .iter()
                .map(|m| word(v.report.region_figure(*m)))
                .collect(),
        ));
    }
    (head, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::testing::{words, TempPdf};
    use kartla_app::domain::disclosure::Threshold;
    use kartla_app::domain::statistics::{
        Breakdown, Duration, OutcomeRow, Period, Report, Row, Step, Table,
    };
    use kartla_app::domain::Month;
    use kartla_app::stats_view::{Choice, StatsQuery};

    /// A municipality's own figures by framework, as crafted as they come: a small count, a
    /// hidden one beside it, a median not shown.
    fn view() -> StatsView {
        let m = |s: &str| Month::parse(s).unwrap();
        let measures = vec![Measure::Started, Measure::Concluded];
        StatsView {
            query: StatsQuery::default(),
            problems: vec![],
            period: Period::new(m("2025-01"), m("2025-12")).unwrap(),
            by: Breakdown::Framework,
            org: Choice {
                code: "LULEA".into(),
                name: "Luleå kommun".into(),
                region: false,
            },
            region: "Region Norrbotten".into(),
            choices: vec![],
            report: Report {
                period: Period::new(m("2025-01"), m("2025-12")).unwrap(),
                threshold: Threshold::default(),
                table: Table {
                    breakdown: Breakdown::Framework,
                    measures: measures.clone(),
                    rows: vec![
                        Row {
                            unit: "OMV01".into(),
                            figures: vec![Shown::Count(41), Shown::Count(17)],
                        },
                        Row {
                            unit: "LAGER1".into(),
                            figures: vec![Shown::FewerThan(5), Shown::Hidden],
                        },
                    ],
                    total: vec![Shown::Count(44), Shown::Count(20)],
                },
                region: vec![
                    (Measure::Started, Shown::Count(310)),
                    (Measure::Concluded, Shown::Count(188)),
                ],
                durations: vec![
                    (
                        Step::Whole,
                        Duration {
                            people: Shown::Count(20),
                            median: Some(63),
                            p90: Some(140),
                        },
                    ),
                    (
                        Step::Waiting,
                        Duration {
                            people: Shown::FewerThan(5),
                            median: None,
                            p90: None,
                        },
                    ),
                ],
                outcomes: vec![OutcomeRow {
                    framework: "OMV01".into(),
                    outcomes: vec![Shown::Count(12), Shown::Hidden, Shown::FewerThan(5)],
                    concluded: Shown::Count(17),
                }],
                languages: vec![
                    ("sv".into(), Shown::Count(30)),
                    ("ar".into(), Shown::Hidden),
                    ("ti".into(), Shown::FewerThan(5)),
                ],
            },
            names: [
                ("OMV01".to_string(), "Omvårdnad".to_string()),
                ("LAGER1".into(), "Lagerarbetare".into()),
            ]
            .into_iter()
            .collect(),
            swedish: vec![],
        }
    }

    #[test]
    fn the_report_reads_back_with_every_figure_as_the_page_words_it() {
        let v = view();
        let pdf = TempPdf::new(&render(&v, "2026-12-01", Locale::BASE).unwrap());
        // Line by line, as laid out: a row's name and its figures on one line.
        let lines: Vec<String> = pdf
            .run("pdftotext", &["-layout"], &["-"])
            .lines()
            .map(words)
            .collect();
        let text = lines.join("\n");
        for expected in [
            "Uppföljning: Luleå kommun",
            "Luleå kommun och regionens summor. Hela månader 2025-01 – 2025-12.",
            "Kurs eller yrke Påbörjade Avslutade",
            "Per kurs och yrke",
            "OMV01 Omvårdnad 41 17",
            "LAGER1 Lagerarbetare färre än 5 dold",
            "Summa Luleå kommun 44 20",
            // The region's name wraps in its column.
            "Summa Region Norrbotten (hela 310 188",
            "Hela vägen, påbörjad till avslutad 20 63 140",
            "Inlämnad till tilldelad färre än 5 visas inte visas inte",
            "OMV01 Omvårdnad 12 dold färre än 5 17",
            "Svenska 30",
            "ትግርኛ färre än 5",
            "Utskriven från Kartla 2026-12-01.",
        ] {
            assert!(
                lines.iter().any(|l| l.contains(expected)),
                "`{expected}` in\n{text}"
            );
        }
    }

    #[test]
    fn the_report_is_set_in_every_language_and_from_the_right_in_arabic() {
        let v = view();
        for l in Locale::all() {
            let pdf = TempPdf::new(&render(&v, "2026-12-01", l).unwrap());
            let title = kartla_app::i18n::translate_plain(l, "stats-heading-durations", None);
            assert!(
                words(&pdf.text()).contains(&words(&title)),
                "{}: {title}",
                l.tag()
            );
        }
        // In Arabic the names stand at the right, the figures to their left.
        let ar = Locale::from_tag("ar").unwrap();
        let pdf = TempPdf::new(&render(&v, "2026-12-01", ar).unwrap());
        let placed = pdf.words(1);
        let x = |t: &str| placed.iter().find(|w| w.text == t).map(|w| w.x_min);
        let (name, figure) = (x("OMV01").unwrap(), x("41").unwrap());
        assert!(name > figure, "OMV01 at {name}, 41 at {figure}");
    }

    #[test]
    fn the_csv_has_the_same_figures_in_cells_a_spreadsheet_reads() {
        let v = view();
        let csv = csv(&v, Locale::BASE);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "Kurs eller yrke,Påbörjade,Avslutade");
        assert_eq!(lines[1], "OMV01 Omvårdnad,41,17");
        assert_eq!(lines[2], "LAGER1 Lagerarbetare,<5,..");
        assert_eq!(lines[3], "Summa Luleå kommun,44,20");
        assert_eq!(lines[4], "Summa Region Norrbotten (hela regionen),310,188");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("Luleå, kommun"), "\"Luleå, kommun\"");
    }
}
