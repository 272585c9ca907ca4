//! The competence profile as PDF: its content in reading order, set by [`crate::typeset`].
use super::{criterion_text, iso, pair, period, t, t_args, Cover, Print, CELL, CELL_PAD};
use crate::typeset::{Cell, Content, Doc, Para, Style};
use kartla_app::domain::case::Judgement;
use kartla_app::domain::gaps::{FrameworkGap, Level};
use kartla_app::domain::{
    Answer, Criterion, EventKind, Experience, Framework, MappingRecord, Rating,
};
use kartla_app::error::AppError;
use kartla_app::i18n::{isolate, Locale};

/// How an answer reads: its rating, "not relevant", or not answered.
fn choice_label(answer: Option<&Answer>, locale: Locale) -> String {
    match answer {
        Some(Answer {
            rating: Some(r), ..
        }) => t(locale, r.label_key()),
        Some(Answer {
            not_relevant: true, ..
        }) => t(locale, "rating-not-relevant"),
        _ => t(locale, "not-answered"),
    }
}

/// "Lagerarbetare, Lager AB (2018-03 – 2022-08)".
fn experience_label(e: &Experience, locale: Locale) -> String {
    let period = period(e, locale);
    if e.place.is_empty() {
        t_args(
            locale,
            "experience-label",
            &[("role", e.role.clone()), ("period", period)],
        )
    } else {
        t_args(
            locale,
            "experience-label-place",
            &[
                ("role", e.role.clone()),
                ("place", e.place.clone()),
                ("period", period),
            ],
        )
    }
}

/// "Bilaga 3".
fn attachment(number: i64, locale: Locale) -> String {
    t_args(locale, "pdf-attachment", &[("number", number.to_string())])
}

/// Per framework: how many criteria stand at each step, overall and per section, with a bar
/// for each step, and which criteria the person considers fully or partly met.
fn summary(doc: &mut Doc, record: &MappingRecord, f: &Framework, locale: Locale) {
    let lang = locale.tag();
    let count = |criteria: &mut dyn Iterator<Item = &Criterion>| {
        let mut steps = [0usize; 7];
        for c in criteria {
            let i = match record.answer(c.id) {
                Some(Answer {
                    rating: Some(r), ..
                }) => usize::from(r.value()),
                Some(Answer {
                    not_relevant: true, ..
                }) => 6,
                _ => 0,
            };
            steps[i] += 1;
        }
        steps
    };
    let total = f.criteria().count().max(1);
    let overall = count(&mut f.criteria());
    doc.heading(Style::H3, t(locale, "pdf-summary"));
    let rows = Rating::ALL
        .iter()
        .map(|r| (t(locale, r.label_key()), overall[usize::from(r.value())]))
        .chain([
            (t(locale, "rating-not-relevant"), overall[6]),
            (t(locale, "not-answered"), overall[0]),
        ]);
    for (i, (label, n)) in rows.enumerate() {
        let text = |text: String, at_end: bool| Content::Text {
            para: Para::new(Style::BODY, text),
            at_end,
        };
        // At most 200 pt wide; a step with none gets no bar.
        let bar = (n * 200) as f32 / total as f32;
        doc.row(
            vec![
                Cell {
                    width: 178.0,
                    pad: 4.0,
                    content: text(label, false),
                },
                Cell {
                    width: 32.0,
                    pad: 4.0,
                    content: text(n.to_string(), true),
                },
                Cell {
                    width: 218.0,
                    pad: 4.0,
                    content: Content::Bar {
                        width: bar,
                        height: 7.0,
                    },
                },
            ],
            if i == 0 { 4.0 } else { 2.0 },
        );
    }
    // Per section: the steps as counts in one line each.
    for s in &f.sections {
        let steps = count(&mut s.criteria.iter());
        let parts: Vec<String> = Rating::ALL
            .iter()
            .filter(|r| steps[usize::from(r.value())] > 0)
            .map(|r| {
                format!(
                    "{} {}",
                    t(locale, r.label_key()),
                    steps[usize::from(r.value())]
                )
            })
            .chain(
                (steps[6] > 0)
                    .then(|| format!("{} {}", t(locale, "rating-not-relevant"), steps[6])),
            )
            .chain((steps[0] > 0).then(|| format!("{} {}", t(locale, "not-answered"), steps[0])))
            .collect();
        doc.para(
            Style::META,
            format!(
                "{}: {}",
                isolate(locale, s.title.get(lang)),
                parts.join(" · ")
            ),
        );
    }
    let codes = |pred: &dyn Fn(Rating) -> bool| -> Vec<String> {
        f.criteria()
            .filter(|c| record.answer(c.id).and_then(|a| a.rating).is_some_and(pred))
            .map(|c| c.code.clone())
            .collect()
    };
    let fully = codes(&|r| r >= Rating::Independently);
    let partly = codes(&|r| r == Rating::SomeExperience || r == Rating::WithSupport);
    for (key, list) in [("pdf-fully-met", fully), ("pdf-partly-met", partly)] {
        let value = if list.is_empty() {
            t(locale, "pdf-none")
        } else {
            list.join(", ")
        };
        doc.para(Style::META, format!("{}: {}", t(locale, key), value));
    }
}

/// Per framework, the gap analysis: what the answers (or a validator's judgements, which
/// count instead where there are any) say is mastered, partly mastered and not yet, whether
/// the course or occupation therefore looks fully, partly or not met, and what remains.
fn gap(doc: &mut Doc, g: &FrameworkGap, locale: Locale) {
    doc.heading(Style::H3, t(locale, "pdf-gaps-heading"));
    let source = match g.judged() {
        0 => t(locale, "pdf-gaps-self"),
        n => t_args(locale, "pdf-gaps-judged", &[("count", n.to_string())]),
    };
    doc.para(Style::META, source);
    doc.para(
        Style::META,
        t_args(
            locale,
            "pdf-gaps-counts",
            &[
                ("masters", g.count(Level::Masters).to_string()),
                ("partly", g.count(Level::Partly).to_string()),
                ("remaining", g.remaining().len().to_string()),
            ],
        ),
    );
    doc.para(
        Style::META,
        format!(
            "{}: {}",
            t(locale, "pdf-gaps-verdict"),
            t(locale, &g.verdict.label_key())
        ),
    );
    let remaining: Vec<&str> = g.remaining().iter().map(|c| c.code.as_str()).collect();
    let value = if remaining.is_empty() {
        t(locale, "pdf-none")
    } else {
        remaining.join(", ")
    };
    doc.para(
        Style::META,
        format!("{}: {}", t(locale, "pdf-gaps-remaining"), value),
    );
}

/// The profile's content, in reading order.
pub fn content(record: &MappingRecord, judgements: &[Judgement], print: &Print) -> Doc {
    let locale = print.locale;
    let lang = locale.tag();
    let second = print.second_language(record);
    let rtl = locale.is_rtl();
    let mut doc = Doc::new(rtl);
    // The cover: who, against what, when, where it stands.
    doc.heading(Style::H1, t(locale, "pdf-title"));
    let framework_line = record
        .frameworks
        .iter()
        .map(|f| {
            let v = t_args(locale, "pdf-version", &[("version", f.version.to_string())]);
            format!(
                "{} ({}, {})",
                isolate(locale, f.title.get(lang)),
                isolate(locale, &f.code),
                v
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let submitted = record
        .events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::Submitted)
        .map(|e| e.at.date());
    for (key, value) in [
        ("pdf-person", Some(iso(&record.person.name))),
        (
            "pdf-goal",
            (!record.goal.is_empty()).then(|| iso(record.goal.as_str())),
        ),
        ("pdf-frameworks", Some(framework_line)),
        ("pdf-started", Some(record.created_at.date())),
        ("pdf-submitted", submitted),
        ("pdf-date", Some(record.updated_at.date())),
        ("pdf-status", Some(t(locale, record.status.label_key()))),
    ] {
        if let Some(value) = value {
            doc.para(Style::META, format!("{}: {}", t(locale, key), value));
        }
    }
    if let Some(v) = &print.verify {
        doc.para(
            Style::META,
            format!(
                "{}: {}",
                t(locale, "pdf-verify-code"),
                isolate(locale, &v.code.to_string())
            ),
        );
        doc.para(Style::META, t(locale, "pdf-verify-where"));
        doc.para(Style::META, isolate(locale, &v.url));
    }
    let numbers: std::collections::BTreeMap<i64, i64> =
        record.evidence.iter().map(|e| (e.id, e.number)).collect();
    let gaps = kartla_app::domain::gaps::analyse(record, judgements);
    // A title in the labels' language, or in both printed languages.
    let both = |text: &kartla_app::domain::LocalizedText| match &second {
        Some(other) if text.get(other) != text.swedish() => {
            format!(
                "{} / {}",
                iso(text.get(other)),
                isolate(locale, text.swedish())
            )
        }
        _ => isolate(locale, text.get(lang)),
    };
    for f in &record.frameworks {
        doc.heading(Style::H2, both(&f.title));
        summary(&mut doc, record, f, locale);
        if let Some(g) = gaps.iter().find(|g| g.framework == f.id) {
            gap(&mut doc, g, locale);
        }
        for s in &f.sections {
            doc.heading(Style::H3, both(&s.title));
            if let Some(other) = &second {
                let head = |code: &str| Cell {
                    width: CELL,
                    pad: CELL_PAD,
                    content: Content::Text {
                        para: Para::new(
                            Style::SMALL,
                            t_args(locale, "language-name", &[("code", code.to_owned())]),
                        ),
                        // Above the column's text: on the side that text starts from.
                        at_end: kartla_app::domain::language::is_rtl(code) != rtl,
                    },
                };
                let [a, b] = pair(rtl, other);
                doc.row(vec![head(a), head(b)], 0.0);
            }
            for c in &s.criteria {
                match &second {
                    Some(other) => {
                        let cell = |lang: &str| Cell {
                            width: CELL,
                            pad: CELL_PAD,
                            content: Content::Text {
                                para: criterion_text(c, lang),
                                at_end: false,
                            },
                        };
                        let [a, b] = pair(rtl, other);
                        doc.row(vec![cell(a), cell(b)], 6.0);
                    }
                    None => {
                        let mut p = criterion_text(c, lang);
                        p.style = p.style.before(6.0);
                        doc.push(p);
                    }
                }
                let answer = record.answer(c.id);
                doc.para(
                    Style::RATING,
                    format!(
                        "{}: {}",
                        t(locale, "pdf-rating"),
                        choice_label(answer, locale)
                    ),
                );
                if let Some(a) = answer {
                    if !a.text.is_empty() {
                        doc.own(Style::BODY, a.text.as_str());
                    }
                    let draws_on: Vec<String> = record
                        .portfolio
                        .iter()
                        .filter(|p| a.experiences.contains(&p.id))
                        .map(|p| experience_label(&p.experience, locale))
                        .collect();
                    if !draws_on.is_empty() {
                        doc.para(
                            Style::META,
                            t_args(locale, "answer-draws-on", &[("list", draws_on.join("; "))]),
                        );
                    }
                    let proof: Vec<String> = a
                        .evidence
                        .iter()
                        .filter_map(|id| numbers.get(id))
                        .map(|n| attachment(*n, locale))
                        .collect();
                    if !proof.is_empty() {
                        doc.para(
                            Style::META,
                            format!(
                                "{} {}",
                                t(locale, "answer-evidence-shown"),
                                proof.join(", ")
                            ),
                        );
                    } else if a.evidence_missing {
                        doc.para(Style::META, t(locale, "answer-evidence-missing-shown"));
                    }
                }
            }
        }
    }
    if !record.portfolio.is_empty() {
        doc.heading(Style::H2, t(locale, "pdf-portfolio"));
        for p in &record.portfolio {
            let e = &p.experience;
            doc.para(Style::STRONG.before(6.0), experience_label(e, locale));
            let where_ = [t(locale, e.kind.label_key()), iso(&e.country)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            doc.para(Style::META, where_);
            if !e.tasks.is_empty() {
                doc.own(Style::BODY, e.tasks.clone());
            }
        }
    }
    let missing: Vec<String> = record
        .criteria()
        .filter(|c| record.answer(c.id).is_some_and(|a| a.evidence_missing))
        .map(|c| c.code.clone())
        .collect();
    if !record.evidence.is_empty() || !missing.is_empty() {
        doc.heading(Style::H2, t(locale, "pdf-evidence"));
        for e in &record.evidence {
            doc.para(
                Style::META,
                format!(
                    "{}: {} ({})",
                    attachment(e.number, locale),
                    iso(&e.title),
                    e.media_type.label()
                ),
            );
        }
        if !missing.is_empty() {
            doc.para(
                Style::META,
                format!(
                    "{}: {}",
                    t(locale, "pdf-evidence-missing"),
                    missing.join(", ")
                ),
            );
        }
    }
    if !record.events.is_empty() {
        doc.heading(Style::H2, t(locale, "pdf-trail"));
        for e in &record.events {
            let line = t_args(
                locale,
                e.kind.label_key(),
                &[("name", e.actor.clone()), ("date", e.at.date())],
            );
            doc.para(Style::META, line);
            if !e.comment.is_empty() {
                doc.own(Style::BODY, e.comment.clone());
            }
        }
    }
    doc
}

/// Render the profile to PDF bytes. CPU-bound: call from a blocking thread.
pub fn render(
    record: &MappingRecord,
    judgements: &[Judgement],
    print: &Print,
) -> Result<Vec<u8>, String> {
    let locale = print.locale;
    let title = t(locale, "pdf-title");
    let date = record.updated_at.date();
    let cover = Cover {
        title: format!("{title} – {}", record.person.name),
        author: record.person.name.clone(),
        subject: record
            .frameworks
            .iter()
            .map(|f| f.code.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        header: Some(format!("{title} – {} · {date}", iso(&record.person.name))),
        verify: print.verify.clone(),
        name: title,
    };
    crate::typeset::render(&content(record, judgements, print), cover.meta(locale))
}

/// Render off the async runtime's threads.
pub async fn render_async(
    record: MappingRecord,
    judgements: Vec<Judgement>,
    print: Print,
) -> Result<Vec<u8>, AppError> {
    super::render_blocking("profile", move || render(&record, &judgements, &print)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::testing::{text_of, TempPdf};
    use crate::documents::Verification;
    use crate::typeset::is_rtl;
    use crate::typeset::{blank_dates, FONTS};
    use std::collections::BTreeMap;

    /// The demo mapping as `kartla mappings export` writes it.
    fn demo_export() -> MappingRecord {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/profile/demo-export.json"
        );
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn the_profile_carries_the_gap_analysis_and_says_what_it_used() {
        use kartla_app::domain::case::{Method, Verdict};
        let record = demo_export();
        let text = text_of(&render(&record, &[], &Print::new(Locale::BASE)).unwrap());
        for expected in [
            "Gapanalys",
            "Utifrån personens egna svar.",
            "Återstår:",
            "Behärskar:",
        ] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
        // A validator judged the first criterion: their judgement counts, and the profile
        // says so.
        let first = record.frameworks[0].criteria().next().unwrap().id;
        let judged = [Judgement {
            criterion: first,
            verdict: Verdict::NotMet,
            methods: vec![Method::Interview],
            comment: String::new(),
            reason: String::new(),
            version: 1,
            by: "Vera Lind".into(),
            at: kartla_app::domain::Timestamp::now(),
        }];
        let text = text_of(&render(&record, &judged, &Print::new(Locale::BASE)).unwrap());
        assert!(
            text.contains(
                "En validerares bedömning gäller i stället för personens svar för ett kriterium."
            ),
            "{text}"
        );
    }

    /// The dates in `(D:YYYYMMDDHHMMSS` strings blanked.
    fn without_dates(pdf: &[u8]) -> Vec<u8> {
        let mut out = pdf.to_vec();
        blank_dates(&mut out);
        out
    }

    #[test]
    fn the_same_input_gives_the_same_bytes_apart_from_the_dates() {
        let record = demo_export();
        let a = render(&record, &[], &Print::new(Locale::BASE)).unwrap();
        let b = render(&record, &[], &Print::new(Locale::BASE)).unwrap();
        assert_eq!(without_dates(&a), without_dates(&b));
        let en = render(&record, &[], &Print::new(Locale::ENGLISH)).unwrap();
        assert_ne!(without_dates(&a), without_dates(&en));
    }

    #[test]
    fn the_profile_holds_summary_links_portfolio_and_evidence() {
        let text = text_of(&render(&demo_export(), &[], &Print::new(Locale::ENGLISH)).unwrap());
        for expected in [
            "Competence profile",
            "Goal: Arbeta som lagermedarbetare i Göteborg",
            "Handed in",
            "Summary",
            "Fully met (independently or can teach): A1, A2",
            "Not relevant for me",
            "Draws on: Lagerarbetare, Lager AB, Göteborg (2018-03 – 2022-08)",
            "Evidence: Attachment 1, Attachment 2",
            "Evidence missing",
            "Merit portfolio",
            "Attachment 1: Truckkort A och B (PDF)",
            "Evidence missing for: A4",
            // Stamped after layout, in the reader's language, on every page.
            "Competence profile · Page 1 of ",
        ] {
            assert!(
                text.contains(expected),
                "`{expected}` missing from:\n{text}"
            );
        }
    }

    #[test]
    fn every_page_says_which_it_is_of_how_many_and_the_code() {
        let code =
            kartla_app::domain::verification::VerificationCode::parse("7KQM-2WXP-H9CD").unwrap();
        let verify = Verification {
            code,
            url: "https://kartla.example/verify/7KQM-2WXP-H9CD".into(),
        };
        let print = Print {
            verify: Some(verify),
            ..Print::new(Locale::BASE)
        };
        let text = text_of(&render(&demo_export(), &[], &print).unwrap());
        let pages = text
            .matches("Kompetensprofil · Verifieringskod: 7KQM-2WXP-H9CD · Sida ")
            .count();
        assert!(pages >= 2, "{text}");
        for n in 1..=pages {
            assert!(text.contains(&format!("Sida {n} av {pages}")), "{text}");
        }
        assert!(text.contains("https://kartla.example/verify/7KQM-2WXP-H9CD"));
    }

    #[test]
    fn the_profile_is_a_valid_pdf_with_its_metadata_and_every_font_embedded() {
        let pdf = TempPdf::new(&render(&demo_export(), &[], &Print::new(Locale::BASE)).unwrap());
        // `run` also requires the tool to succeed.
        let check = pdf.run("qpdf", &["--check"], &[]);
        assert!(
            check.contains("No syntax or stream encoding errors"),
            "{check}"
        );
        let info = pdf.run("pdfinfo", &[], &[]);
        for expected in [
            "Title:           Kompetensprofil – Amal Hassan",
            "Author:          Amal Hassan",
            "Subject:         DEMO-LAGER1",
            "Creator:         Kartla",
        ] {
            assert!(info.contains(expected), "{info}");
        }
        let fonts = pdf.run("pdffonts", &[], &[]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(rows.len() >= 2, "{fonts}");
        assert!(
            rows.iter()
                .all(|r| r.split_whitespace().rev().nth(4) == Some("yes")),
            "every font embedded: {fonts}"
        );
    }

    fn verified(locale: Locale) -> Print {
        let code =
            kartla_app::domain::verification::VerificationCode::parse("7KQM-2WXP-H9CD").unwrap();
        Print {
            verify: Some(Verification {
                code,
                url: "https://kartla.example/verify/7KQM-2WXP-H9CD".into(),
            }),
            ..Print::new(locale)
        }
    }

    #[test]
    fn a_qr_code_and_a_link_on_every_page_lead_to_the_verify_page() {
        let pdf = TempPdf::new(&render(&demo_export(), &[], &verified(Locale::BASE)).unwrap());
        let pages = pdf.pages();
        assert!(pages >= 2);
        for page in 1..=pages {
            // Read back by a real QR decoder from the printed page.
            let png = pdf.page_png(page, 150);
            let mut zbar = std::process::Command::new("zbarimg")
                .args(["--quiet", "--raw", "-"])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("zbarimg is installed");
            use std::io::Write;
            zbar.stdin.take().unwrap().write_all(&png).unwrap();
            let out = zbar.wait_with_output().unwrap();
            assert_eq!(
                String::from_utf8_lossy(&out.stdout).trim(),
                "https://kartla.example/verify/7KQM-2WXP-H9CD",
                "page {page}"
            );
        }
        let links = pdf.run("pdfinfo", &["-url"], &[]);
        assert_eq!(
            links
                .matches("https://kartla.example/verify/7KQM-2WXP-H9CD")
                .count(),
            pages,
            "{links}"
        );
    }

    #[test]
    fn pages_after_the_cover_carry_a_header_with_the_person_and_date() {
        let pdf = TempPdf::new(&render(&demo_export(), &[], &Print::new(Locale::BASE)).unwrap());
        let header = "Kompetensprofil – Amal Hassan · 2026-11-22";
        assert!(!pdf.page_text(1).contains(header));
        for page in 2..=pdf.pages() {
            let text = pdf.page_text(page);
            assert!(text.starts_with(header), "page {page}: {text}");
        }
    }

    #[test]
    fn the_document_names_its_language_and_asks_viewers_to_show_its_title() {
        for (locale, tag) in [(Locale::BASE, "sv"), (Locale::ENGLISH, "en")] {
            let pdf = TempPdf::new(&render(&demo_export(), &[], &Print::new(locale)).unwrap());
            let trailer = pdf.run("qpdf", &["--show-object=trailer"], &[]);
            let root = trailer
                .split("/Root ")
                .nth(1)
                .and_then(|r| r.split_whitespace().next())
                .expect("the trailer names the catalog");
            let catalog = pdf.run("qpdf", &[&format!("--show-object={root}")], &[]);
            assert!(catalog.contains(&format!("/Lang ({tag})")), "{catalog}");
            assert!(catalog.contains("/DisplayDocTitle true"), "{catalog}");
        }
    }

    /// The demo mapping with answers in Arabic, Persian and Tigrinya, and its first criterion
    /// written in Arabic too.
    fn many_scripts() -> MappingRecord {
        let mut record = demo_export();
        let texts = [
            "عملت خمس سنوات في مستودع في حلب.",
            "پنج سال در انبار کار کردم و با لیفتراک کار می‌کردم.",
            "ኣብ መኽዘን ሓሙሽተ ዓመት ሰሪሐ።",
            "Jag körde truck (A och B) i Göteborg 2018–2022 och عملت في حلب.",
        ];
        for (answer, text) in record.answers.iter_mut().zip(texts) {
            answer.text = kartla_app::domain::AnswerText::parse(text).unwrap();
        }
        in_arabic_too(
            &mut record.frameworks[0].sections[0].criteria[0],
            "يستلم البضائع ويتحقق منها مقابل إشعار التسليم.",
        );
        record
    }

    /// A criterion with an Arabic text beside its others.
    fn in_arabic_too(c: &mut Criterion, text: &str) {
        let mut variants: BTreeMap<String, String> = c
            .text
            .variants()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        variants.insert("ar".into(), text.to_owned());
        c.text = kartla_app::domain::LocalizedText::new(variants).unwrap();
    }

    #[test]
    fn arabic_persian_and_tigrinya_come_out_in_logical_order_with_their_fonts() {
        let pdf = TempPdf::new(&render(&many_scripts(), &[], &Print::new(Locale::BASE)).unwrap());
        // pdftotext puts a right-to-left sentence's final stop, which the line shows at its
        // left end, first; the words are in reading order.
        let text = pdf.text();
        for expected in [
            "عملت خمس سنوات في مستودع في حلب",
            "پنج سال در انبار کار کردم",
            "ኣብ መኽዘን ሓሙሽተ ዓመት ሰሪሐ።",
            "Jag körde truck (A och B) i Göteborg 2018–2022 och",
        ] {
            assert!(
                text.contains(expected),
                "`{expected}` missing from:\n{text}"
            );
        }
        let fonts = pdf.run("pdffonts", &[], &[]);
        for face in [
            "NotoSans-Regular",
            "NotoSansArabic-Regular",
            "NotoSansEthiopic-Regular",
        ] {
            assert!(fonts.contains(face), "{face}: {fonts}");
        }
    }

    #[test]
    fn dates_and_brackets_in_arabic_lines_read_the_right_way() {
        let mut record = demo_export();
        record.answers[0].text = kartla_app::domain::AnswerText::parse(
            "تدربت في مستودع في حلب من 2012-01 إلى 2016-12 (بدوام كامل).",
        )
        .unwrap();
        let text = text_of(&render(&record, &[], &Print::new(Locale::BASE)).unwrap());
        assert!(
            text.contains("2012-01") && text.contains("2016-12"),
            "{text}"
        );
        assert!(
            !text.contains("01-2012") && !text.contains("12-2016"),
            "{text}"
        );
        // The Arabic experience's period, in its right-to-left heading in the portfolio.
        assert!(!text.contains(")12-2016"), "{text}");
    }

    #[test]
    fn only_the_glyphs_used_are_embedded() {
        let bytes = render(&many_scripts(), &[], &Print::new(Locale::BASE)).unwrap();
        let pdf = TempPdf::new(&bytes);
        let fonts = pdf.run("pdffonts", &[], &[]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        // printpdf tags a subset font `F12345+Name` (the font's id, not six capitals, so
        // pdffonts' `sub` column says no).
        assert!(rows.len() >= 4, "{fonts}");
        assert!(
            rows.iter().all(|r| r.starts_with('F') && r.contains('+')),
            "{fonts}"
        );
        // The whole faces are 1.3 MB; the glyphs used are a small part of them.
        let whole: usize = FONTS
            .iter()
            .filter(|(name, _)| rows.iter().any(|r| r.contains(&format!("+{name}-"))))
            .map(|(_, f)| f.len())
            .sum();
        assert!(whole > 1_000_000, "{whole}");
        assert!(bytes.len() * 5 < whole, "{} of {whole}", bytes.len());
    }

    #[test]
    fn criteria_can_be_printed_in_two_languages_side_by_side() {
        let record = many_scripts();
        // The person's language is Swedish, so English comes from the labels.
        let print = Print {
            two_languages: true,
            ..Print::new(Locale::ENGLISH)
        };
        let text = text_of(&render(&record, &[], &print).unwrap());
        for expected in [
            "English",
            "Swedish",
            "A2 Spots and reports damaged or wrong goods.",
            "A2 Upptäcker och rapporterar skadat",
            "Goods receiving / Inleverans",
        ] {
            assert!(
                text.contains(expected),
                "`{expected}` missing from:\n{text}"
            );
        }
        // Arabic beside Swedish, asked for by name.
        let print = Print {
            two_languages: true,
            second: Some("ar".into()),
            ..Print::new(Locale::BASE)
        };
        let text = text_of(&render(&record, &[], &print).unwrap());
        assert!(text.contains("arabiska"), "{text}");
        assert!(text.contains("يستلم البضائع ويتحقق منها"), "{text}");
        assert!(
            text.contains("A1 Tar emot gods och kontrollerar det mot"),
            "{text}"
        );
        // A language no criterion is written in gives way to the person's (here: none).
        let print = Print {
            two_languages: true,
            second: Some("xx".into()),
            ..Print::new(Locale::BASE)
        };
        assert_eq!(print.second_language(&record), None);
        // One language only when both would be Swedish.
        let print = Print {
            two_languages: true,
            ..Print::new(Locale::BASE)
        };
        assert_eq!(print.second_language(&record), None);
    }

    /// How far two greyscale PNGs of the same size differ: the share of pixels whose grey differs
    /// by more than a quarter of the range.
    fn difference(a: &[u8], b: &[u8]) -> f64 {
        let decode = |png: &[u8]| {
            let decoder = png::Decoder::new(std::io::Cursor::new(png.to_vec()));
            let mut reader = decoder.read_info().unwrap();
            let mut buf = vec![0; reader.output_buffer_size().unwrap()];
            let info = reader.next_frame(&mut buf).unwrap();
            buf.truncate(info.buffer_size());
            // pdftoppm writes grey pages as RGB; one channel is enough.
            let step = match info.color_type {
                png::ColorType::Grayscale => 1,
                png::ColorType::Rgb => 3,
                other => panic!("unexpected PNG colour type {other:?}"),
            };
            let grey: Vec<u8> = buf.iter().step_by(step).copied().collect();
            (info.width, info.height, grey)
        };
        let (wa, ha, pa) = decode(a);
        let (wb, hb, pb) = decode(b);
        assert_eq!((wa, ha), (wb, hb), "the pages differ in size");
        let off = pa
            .iter()
            .zip(&pb)
            .filter(|(x, y)| x.abs_diff(**y) > 64)
            .count();
        off as f64 / pa.len() as f64
    }

    /// The demo mapping with every criterion also in Arabic and every answer in Arabic, with
    /// years in brackets.
    fn in_arabic() -> MappingRecord {
        let mut record = demo_export();
        for (n, c) in record.frameworks[0]
            .sections
            .iter_mut()
            .flat_map(|s| s.criteria.iter_mut())
            .enumerate()
        {
            in_arabic_too(
                c,
                &format!(
                    "يستلم البضائع ويتحقق منها مقابل إشعار التسليم والطلب (معيار {}).",
                    n + 1
                ),
            );
        }
        for a in &mut record.answers {
            a.text = kartla_app::domain::AnswerText::parse(
                "عملت في مستودع في حلب (2015–2020) وكنت أستخدم الرافعة الشوكية كل يوم.",
            )
            .unwrap();
        }
        record
    }

    /// The profile with Arabic labels is mirrored: the QR code at the bottom left, the footer
    /// and the header against the right margin, Arabic in the right column and Swedish in the
    /// left; and pdftotext reads its words back in their logical order. The Swedish profile
    /// keeps its sides.
    #[test]
    fn a_profile_in_arabic_runs_right_to_left() {
        use crate::documents::testing::link_lefts;
        use crate::typeset::{MARGIN, PAGE_W};
        let ar = Locale::from_tag("ar").unwrap();
        let verify = || Verification {
            code: kartla_app::domain::verification::VerificationCode::parse("7KQM-2WXP-H9CD")
                .unwrap(),
            url: "https://kartla.example/verify/7KQM-2WXP-H9CD".into(),
        };
        let print = |locale| Print {
            two_languages: true,
            second: Some("ar".into()),
            verify: Some(verify()),
            ..Print::new(locale)
        };
        let bytes = render(&in_arabic(), &[], &print(ar)).unwrap();
        let pdf = TempPdf::new(&bytes);
        let end = PAGE_W - MARGIN;
        // The QR code's link begins at the left margin.
        let qr = link_lefts(&bytes);
        assert!(!qr.is_empty() && (qr[0] - MARGIN).abs() < 1.0, "{qr:?}");
        for page in 1..=pdf.pages() {
            let words = pdf.words(page);
            let footer: Vec<_> = words.iter().filter(|w| w.y_min > 780.0).collect();
            assert!(!footer.is_empty(), "page {page} has a footer");
            assert!(
                footer.iter().all(|w| w.x_min > MARGIN + 48.0),
                "page {page}: the footer keeps clear of the QR code: {footer:?}"
            );
            let right = footer.iter().map(|w| w.x_max).fold(0.0, f32::max);
            assert!(
                (right - end).abs() < 2.0,
                "page {page}: footer ends at {right}"
            );
        }
        let page2 = pdf.words(2);
        let header_end = page2
            .iter()
            .filter(|w| w.y_min < MARGIN - 10.0)
            .map(|w| w.x_max)
            .fold(0.0, f32::max);
        assert!(
            (header_end - end).abs() < 2.0,
            "the header ends at {header_end}"
        );
        // Side by side: Arabic in the right half, Swedish in the left.
        let half = PAGE_W / 2.0;
        // (-bbox gives a right-to-left word's letters in the order they are drawn.)
        let word = |w: &&crate::documents::testing::Word, t: &str| {
            w.text == t || w.text.chars().rev().collect::<String>() == t
        };
        let arabic = page2
            .iter()
            .filter(|w| word(w, "يستلم"))
            .collect::<Vec<_>>();
        assert!(
            !arabic.is_empty() && arabic.iter().all(|w| w.x_min > half),
            "{arabic:?}"
        );
        let swedish = page2
            .iter()
            .filter(|w| w.text == "Registrerar" || w.text == "Placerar")
            .collect::<Vec<_>>();
        assert!(
            !swedish.is_empty() && swedish.iter().all(|w| w.x_max < half),
            "{swedish:?}"
        );
        // The words read back in their logical order.
        let text = pdf.text();
        let plain = |key: &str| kartla_app::i18n::translate_plain(ar, key, None);
        for label in [plain("pdf-title"), plain("pdf-person"), plain("pdf-rating")] {
            assert!(text.contains(&label), "`{label}` is read back as written");
        }
        assert!(
            text.contains("عملت في مستودع في حلب"),
            "the answer reads in order"
        );
        assert!(
            text.contains("7KQM-2WXP-H9CD"),
            "the code is not turned round"
        );

        // Swedish labels: the QR code at the right, the footer from the left margin.
        let sv = render(&in_arabic(), &[], &print(Locale::BASE)).unwrap();
        let qr = link_lefts(&sv);
        assert!((qr[0] - (end - 48.189)).abs() < 1.0, "{qr:?}");
        let footer_start = TempPdf::new(&sv)
            .words(1)
            .iter()
            .filter(|w| w.y_min > 780.0)
            .map(|w| w.x_min)
            .fold(f32::MAX, f32::min);
        assert!((footer_start - MARGIN).abs() < 2.0, "{footer_start}");
    }

    /// A picture test: the page with criteria and answers in Arabic beside Swedish, rendered to
    /// PNG, matches the committed reference within a tolerance (font rasterising may move a few
    /// pixels); a left-to-right page does not. `KARTLA_UPDATE_REFERENCE=1` writes the reference.
    #[test]
    fn a_right_to_left_page_looks_like_its_reference() {
        let print = Print {
            two_languages: true,
            second: Some("ar".into()),
            ..Print::new(Locale::BASE)
        };
        let pdf = TempPdf::new(&render(&in_arabic(), &[], &print).unwrap());
        let page = pdf.page_png(2, 60);
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/profile/rtl-page-2.png"
        );
        if std::env::var_os("KARTLA_UPDATE_REFERENCE").is_some() {
            std::fs::write(path, &page).unwrap();
        }
        let reference = std::fs::read(path).expect("the reference picture is committed");
        let off = difference(&page, &reference);
        assert!(off < 0.002, "{:.4} % of pixels differ", off * 100.0);
        let ltr = TempPdf::new(&render(&demo_export(), &[], &Print::new(Locale::BASE)).unwrap());
        let other = difference(&ltr.page_png(2, 60), &reference);
        assert!(
            other > 0.01,
            "a different page differs: {:.4} %",
            other * 100.0
        );
    }

    #[test]
    fn a_text_reads_right_to_left_when_its_first_letter_does() {
        assert!(is_rtl("  عملت في ورشة لحام"));
        assert!(!is_rtl("Jag svetsade – عملت"));
    }
}
