//! The statement (utlåtande): what a concluded case found, for the person to take to the
//! principal, an employer or the next course. Per framework the outcome and what remains,
//! each criterion with its judgement and the methods behind it, the overall statement and next
//! steps, the assessor, and a block for the responsible principal's or manager's signature.
use super::{criterion_text, iso, pair, t, t_args, Cover, Print, CELL_PAD};
use crate::typeset::{Cell, Content, Doc, Para, Style, BODY_WIDTH};
use kartla_app::domain::case::{self, Conclusion, Judgement};
use kartla_app::domain::{CaseId, MappingRecord};
use kartla_app::error::AppError;
use kartla_app::i18n::isolate;

/// Everything a statement says.
#[derive(Debug, Clone)]
pub struct Statement {
    pub case: CaseId,
    /// The handed-in version judged (the last).
    pub version: i64,
    /// The version handed in last, which the conclusion is of.
    pub record: MappingRecord,
    pub judgements: Vec<Judgement>,
    pub conclusion: Conclusion,
    /// The organisation that issues it, and how it is reached.
    pub organisation: String,
    pub contact: String,
}

/// The columns of a criterion's row: its text (one or two languages), then the judgement.
const JUDGEMENT: f32 = 150.0;

/// The statement's content, in reading order.
pub fn content(s: &Statement, print: &Print) -> Doc {
    let locale = print.locale;
    let lang = locale.tag();
    let record = &s.record;
    let second = print.second_language(record);
    let standing = case::current(&s.judgements);
    let rtl = locale.is_rtl();
    let mut doc = Doc::new(rtl);
    doc.heading(Style::H1, t(locale, "statement-title"));
    doc.para(Style::BODY, t(locale, "statement-lead"));
    for (key, value) in [
        ("statement-organisation", iso(&s.organisation)),
        ("statement-contact", iso(&s.contact)),
        ("pdf-person", iso(&record.person.name)),
        ("statement-case", s.case.to_string()),
        ("statement-version", s.version.to_string()),
        ("statement-issued", s.conclusion.at.date()),
        ("statement-assessor", iso(&s.conclusion.by)),
    ] {
        if !value.is_empty() {
            doc.para(Style::META, format!("{}: {}", t(locale, key), value));
        }
    }
    if !record.goal.is_empty() {
        doc.para(
            Style::META,
            format!("{}: {}", t(locale, "pdf-goal"), iso(record.goal.as_str())),
        );
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
        doc.para(Style::META, t(locale, "statement-verify-where"));
        doc.para(Style::META, isolate(locale, &v.url));
    }
    let text_width = BODY_WIDTH - JUDGEMENT;
    for f in &record.frameworks {
        let version = t_args(locale, "pdf-version", &[("version", f.version.to_string())]);
        doc.heading(
            Style::H2,
            format!(
                "{} ({}, {version})",
                isolate(locale, f.title.get(lang)),
                isolate(locale, &f.code)
            ),
        );
        if let Some(o) = s.conclusion.outcomes.iter().find(|o| o.framework == f.id) {
            doc.para(
                Style::STRONG,
                format!(
                    "{}: {}",
                    t(locale, "statement-outcome"),
                    t(locale, &o.outcome.label_key())
                ),
            );
            let remaining: Vec<&str> = f
                .criteria()
                .filter(|c| o.remaining.contains(&c.id))
                .map(|c| c.code.as_str())
                .collect();
            if !remaining.is_empty() {
                doc.para(
                    Style::BODY,
                    t_args(
                        locale,
                        "conclusion-remaining",
                        &[("codes", remaining.join(", "))],
                    ),
                );
            }
        }
        if let Some(other) = &second {
            let head = |width: f32, text: String, at_end: bool| Cell {
                width,
                pad: CELL_PAD,
                content: Content::Text {
                    para: Para::new(Style::SMALL, text),
                    at_end,
                },
            };
            let name = |code: &str| t_args(locale, "language-name", &[("code", code.to_owned())]);
            // A language's name above its column, on the side its text starts from.
            let side = |code: &str| kartla_app::domain::language::is_rtl(code) != rtl;
            let [a, b] = pair(rtl, other);
            doc.row(
                vec![
                    head(text_width / 2.0, name(a), side(a)),
                    head(text_width / 2.0, name(b), side(b)),
                    head(JUDGEMENT, t(locale, "case-judgement"), false),
                ],
                6.0,
            );
        }
        for sec in &f.sections {
            doc.heading(Style::H3, isolate(locale, sec.title.get(lang)));
            for c in &sec.criteria {
                let judged = standing.get(&c.id);
                let verdict = judged
                    .map(|j| t(locale, &j.verdict.label_key()))
                    .unwrap_or_else(|| t(locale, "judgement-none"));
                let methods = judged
                    .map(|j| {
                        j.methods
                            .iter()
                            .map(|m| t(locale, &m.label_key()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .unwrap_or_default();
                let cell = |width: f32, para: Para| Cell {
                    width,
                    pad: CELL_PAD,
                    content: Content::Text {
                        para,
                        at_end: false,
                    },
                };
                let mut cells = match &second {
                    Some(other) => pair(rtl, other)
                        .map(|l| cell(text_width / 2.0, criterion_text(c, l)))
                        .to_vec(),
                    None => vec![cell(text_width, criterion_text(c, lang))],
                };
                let judgement = if methods.is_empty() {
                    verdict
                } else {
                    format!("{verdict}\n{methods}")
                };
                cells.push(cell(JUDGEMENT, Para::new(Style::RATING, judgement)));
                doc.row(cells, 6.0);
                if let Some(j) = judged.filter(|j| !j.comment.is_empty()) {
                    doc.own(Style::SMALL, j.comment.clone());
                }
            }
        }
    }
    doc.heading(Style::H2, t(locale, "conclusion-statement"));
    doc.boxed(Style::BODY, s.conclusion.statement.clone());
    if !s.conclusion.next_steps.is_empty() || !s.conclusion.next_steps_text.is_empty() {
        doc.heading(Style::H2, t(locale, "conclusion-next-steps"));
        for step in &s.conclusion.next_steps {
            doc.para(Style::BODY, format!("• {}", t(locale, &step.label_key())));
        }
        if !s.conclusion.next_steps_text.is_empty() {
            doc.own(
                Style::BODY.before(4.0),
                s.conclusion.next_steps_text.clone(),
            );
        }
    }
    doc.heading(Style::H2, t(locale, "statement-signatures"));
    doc.para(
        Style::BODY,
        t_args(
            locale,
            "statement-assessed-by",
            &[("name", iso(&s.conclusion.by))],
        ),
    );
    const LINE: Style = Style::BODY.before(18.0);
    for key in [
        "statement-principal",
        "statement-signature",
        "statement-name-clarified",
        "statement-signed-date",
    ] {
        doc.para(LINE, format!("{} {}", t(locale, key), "_".repeat(44)));
    }
    doc
}

/// Render the statement to PDF bytes. CPU-bound: call from a blocking thread.
pub fn render(s: &Statement, print: &Print) -> Result<Vec<u8>, String> {
    let locale = print.locale;
    let name = t(locale, "statement-title");
    let cover = Cover {
        title: format!("{name} – {}", s.record.person.name),
        author: s.conclusion.by.clone(),
        subject: s
            .record
            .frameworks
            .iter()
            .map(|f| f.code.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        header: Some(format!(
            "{name} – {} · {}",
            iso(&s.record.person.name),
            s.conclusion.at.date()
        )),
        verify: print.verify.clone(),
        name,
    };
    crate::typeset::render(&content(s, print), cover.meta(locale))
}

/// Everything a concluded case's statement says; "not found" before it is concluded.
pub async fn load(
    db: &kartla_app::db::Db,
    published: &kartla_app::db::frameworks::Published,
    head: &kartla_app::db::cases::CaseHead,
) -> Result<Statement, AppError> {
    use kartla_app::db::{cases, organisations};
    let conclusion = cases::conclusion(db, published, head.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record = cases::version(db, published, head.id, head.version)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = organisations::find(db, head.organisation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let contact = [org.email.as_str(), org.phone.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    Ok(Statement {
        case: head.id,
        version: head.version,
        record,
        judgements: cases::judgements(db, head.id).await?,
        conclusion,
        organisation: org.name,
        contact,
    })
}

/// Render off the async runtime's threads.
pub async fn render_async(s: Statement, print: Print) -> Result<Vec<u8>, AppError> {
    super::render_blocking("statement", move || render(&s, &print)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::testing::TempPdf;
    use crate::documents::Verification;
    use kartla_app::domain::case::{FrameworkOutcome, Method, NextStep, Outcome, Verdict};
    use kartla_app::domain::verification::VerificationCode;
    use kartla_app::domain::Timestamp;
    use kartla_app::i18n::Locale;

    /// A concluded statement of the demo mapping: every criterion judged, one left open.
    fn statement() -> Statement {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/profile/demo-export.json"
        );
        let record: MappingRecord =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let criteria: Vec<_> = record.criteria().map(|c| c.id).collect();
        let judgements = criteria
            .iter()
            .enumerate()
            .map(|(i, c)| Judgement {
                criterion: *c,
                verdict: if i == 0 {
                    Verdict::NotYet
                } else {
                    Verdict::Met
                },
                methods: vec![Method::Interview, Method::PracticalTest],
                comment: if i == 1 {
                    "Visade säker hantering vid provet.".into()
                } else {
                    String::new()
                },
                reason: String::new(),
                version: 1,
                by: "Vera Lind".into(),
                at: Timestamp::default(),
            })
            .collect();
        let framework = record.frameworks[0].id;
        Statement {
            case: CaseId(7),
            version: 2,
            judgements,
            conclusion: Conclusion {
                outcomes: vec![FrameworkOutcome {
                    framework,
                    outcome: Outcome::PartlyMet,
                    remaining: vec![criteria[0]],
                }],
                statement: "Kunskaperna är visade utom i ett kriterium.".into(),
                next_steps: vec![NextStep::WorkplaceAssessment],
                next_steps_text: "Bedömning på arbetsplats i vår.".into(),
                by: "Vera Lind".into(),
                at: "2026-12-01T10:00:00Z".parse().unwrap(),
            },
            organisation: "Nordvalidering (demo)".into(),
            contact: "kontakt.nordval@demo.kartla.se".into(),
            record,
        }
    }

    fn verified(locale: Locale) -> Print {
        let code = VerificationCode::parse("7KQM-2WXP-H9CD").unwrap();
        Print {
            verify: Some(Verification {
                url: format!("https://kartla.example/verify/{code}"),
                code,
            }),
            ..Print::new(locale)
        }
    }

    #[test]
    fn the_statement_says_what_is_met_how_it_was_judged_and_who_signs() {
        let s = statement();
        let pdf = render(&s, &verified(Locale::BASE)).unwrap();
        let file = TempPdf::new(&pdf);
        let text = file.text();
        for expected in [
            "Utlåtande",
            "Nordvalidering (demo)",
            "Resultat: Delvis uppfyllt",
            "Går inte att bedöma ännu",
            "Intervju, Praktiskt prov",
            "Visade säker hantering vid provet.",
            "Kunskaperna är visade utom i ett kriterium.",
            "Bedömning på en arbetsplats",
            "Bedömt av Vera Lind",
            "Ansvarig rektor eller chef",
            "7KQM-2WXP-H9CD",
            "Inlämnad version som bedömts: 2",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
        }
        let first = s.record.criteria().next().unwrap().code.clone();
        assert!(text.contains(&format!("Återstår: {first}")), "{text}");
        let pages = file.pages();
        for page in 1..=pages {
            let t = file.page_text(page);
            assert!(t.contains(&format!("Sida {page} av {pages}")), "{t}");
        }
        // Valid, every font embedded, the language named.
        file.run("qpdf", &["--check"], &[]);
        let fonts = file.run("pdffonts", &[], &[]);
        assert!(
            fonts.lines().skip(2).all(|l| l.contains(" yes ")),
            "{fonts}"
        );
    }

    #[test]
    fn labels_follow_the_language_and_criteria_can_go_in_two() {
        let s = statement();
        let en = TempPdf::new(&render(&s, &verified(Locale::ENGLISH)).unwrap()).text();
        assert!(en.contains("Statement"), "{en}");
        assert!(en.contains("Outcome: Partly met"), "{en}");
        let two = Print {
            two_languages: true,
            second: Some("en".into()),
            ..verified(Locale::BASE)
        };
        let both = TempPdf::new(&render(&s, &two).unwrap()).text();
        // Narrow columns break lines: compare the words.
        let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let both = words(&both);
        let c = s.record.criteria().nth(1).unwrap();
        let start = |t: &str| t.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        assert!(both.contains(&start(c.text.get("sv"))), "{both}");
        assert!(both.contains(&start(c.text.get("en"))), "{both}");
        assert!(both.to_lowercase().contains("engelska svenska"), "{both}");
    }

    use crate::documents::testing::words;

    #[test]
    fn the_statement_is_set_in_every_language_and_mirrored_in_arabic() {
        use crate::typeset::MARGIN;
        let s = statement();
        for l in Locale::all() {
            let pdf = TempPdf::new(&render(&s, &verified(l)).unwrap());
            let title = kartla_app::i18n::translate_plain(l, "statement-title", None);
            assert!(
                words(&pdf.text()).contains(&words(&title)),
                "{}: {} in {}",
                l.tag(),
                title,
                pdf.text()
            );
        }
        // In Arabic the judgements' column is the leftmost, the criteria run from the right.
        let ar = Locale::from_tag("ar").unwrap();
        let pdf = TempPdf::new(&render(&s, &verified(ar)).unwrap());
        // The methods under each verdict: words without vowel signs, which pdftotext sets
        // apart from their letters.
        let method = kartla_app::i18n::translate_plain(ar, &Method::Interview.label_key(), None);
        let first = words(method.split_whitespace().next().unwrap());
        let placed: Vec<_> = (1..=pdf.pages())
            .flat_map(|p| pdf.words(p))
            .filter(|w| {
                let seen = words(&w.text).replace(',', "");
                seen == first || seen.chars().rev().collect::<String>() == first
            })
            .collect();
        assert!(!placed.is_empty(), "the method `{first}` is printed");
        assert!(
            placed.iter().all(|w| w.x_max < MARGIN + JUDGEMENT + 2.0),
            "{placed:?}"
        );
        let codes: Vec<_> = pdf
            .words(1)
            .into_iter()
            .filter(|w| w.text == "A1")
            .collect();
        // The criteria (here in Swedish, the language they have) fill the columns at the right.
        assert!(
            !codes.is_empty() && codes.iter().all(|w| w.x_min > MARGIN + JUDGEMENT),
            "{codes:?}"
        );
    }
}
