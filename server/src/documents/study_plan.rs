//! The individual study plan (individuell studieplan) as PDF: the person, the goal of the
//! studies, the pace and the start, the planned courses with their points and the sum, what
//! changed and by whom, and room for both to sign. Labels in any language the interface has;
//! the person's own words as written.
use super::{iso, t, t_args, Cover, CELL_PAD};
use crate::typeset::{self, is_rtl, Cell, Content, Doc, Para, Style, BODY_WIDTH};
use kartla_app::api::study_plan::StudyPlanView;
use kartla_app::i18n::{isolate, Locale};

/// The points column (pt).
const POINTS: f32 = 80.0;

fn cell(width: f32, style: Style, text: String, at_end: bool, rtl: bool) -> Cell {
    Cell {
        width,
        pad: CELL_PAD,
        content: Content::Text {
            para: Para::dir(style, text.clone(), rtl || is_rtl(&text)),
            at_end,
        },
    }
}

/// The plan's content, in reading order.
pub fn content(p: &StudyPlanView, today: &str, locale: Locale) -> Doc {
    let rtl = locale.is_rtl();
    let mut doc = Doc::new(rtl);
    doc.heading(
        Style::H1,
        t_args(locale, "plan-title", &[("person", iso(&p.person))]),
    );
    doc.para(Style::META, isolate(locale, &p.mapping_title));
    doc.heading(Style::H2, t(locale, "plan-field-goal"));
    if p.goal.trim().is_empty() {
        doc.para(Style::BODY, t(locale, "plan-pdf-no-goal"));
    } else {
        doc.boxed(Style::BODY, p.goal.clone());
    }
    doc.para(
        Style::META,
        format!(
            "{}: {}",
            t(locale, "plan-field-pace"),
            t_args(
                locale,
                "plan-pace-value",
                &[("percent", p.pace.to_string())]
            )
        ),
    );
    doc.para(
        Style::META,
        format!(
            "{}: {}",
            t(locale, "plan-field-start"),
            isolate(locale, &p.start.clone().unwrap_or_else(|| "–".into()))
        ),
    );
    doc.heading(Style::H2, t(locale, "plan-courses"));
    if p.courses.is_empty() {
        doc.para(Style::BODY, t(locale, "plan-no-courses"));
    } else {
        doc.row(
            vec![
                cell(
                    BODY_WIDTH - POINTS,
                    Style::SMALL,
                    t(locale, "plan-course"),
                    false,
                    rtl,
                ),
                cell(POINTS, Style::SMALL, t(locale, "plan-points"), true, rtl),
            ],
            6.0,
        );
        for c in &p.courses {
            doc.row(
                vec![
                    cell(
                        BODY_WIDTH - POINTS,
                        Style::BODY,
                        format!("{} {}", isolate(locale, &c.code), isolate(locale, &c.title)),
                        false,
                        rtl,
                    ),
                    cell(POINTS, Style::BODY, c.points.to_string(), true, rtl),
                ],
                4.0,
            );
        }
        doc.para(
            Style::META.before(6.0),
            t_args(
                locale,
                "plan-total",
                &[("points", p.total_points.to_string())],
            ),
        );
    }
    if !p.history.is_empty() {
        doc.heading(Style::H2, t(locale, "plan-history"));
        for h in &p.history {
            let what = t_args(locale, &h.key, &[("value", h.value.clone())]);
            doc.para(
                Style::SMALL,
                format!(
                    "{} · {} · {what}",
                    isolate(locale, &h.at.date()),
                    iso(&h.who)
                ),
            );
        }
    }
    doc.heading(Style::H2, t(locale, "plan-pdf-signatures"));
    for key in ["plan-pdf-sign-person", "plan-pdf-sign-counsellor"] {
        doc.para(
            Style::BODY.before(18.0),
            format!("{} {}", t(locale, key), "_".repeat(40)),
        );
    }
    doc.para(
        Style::SMALL.before(18.0),
        t_args(locale, "plan-pdf-made", &[("date", today.to_owned())]),
    );
    doc
}

/// Render the plan to PDF bytes. CPU-bound: call from a blocking thread.
pub fn render(p: &StudyPlanView, today: &str, locale: Locale) -> Result<Vec<u8>, String> {
    let name = t(locale, "plan-link");
    let cover = Cover {
        title: format!("{name} – {}", p.person),
        author: p.person.clone(),
        subject: p.mapping_title.clone(),
        header: None,
        verify: None,
        name,
    };
    typeset::render(&content(p, today, locale), cover.meta(locale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kartla_app::api::study_plan::{ChangeLine, CourseLine};
    use kartla_app::domain::{FrameworkId, MappingId, Timestamp};

    fn plan() -> StudyPlanView {
        StudyPlanView {
            mapping: MappingId(1),
            person: "Amal Haddad".into(),
            mapping_title: "Omvårdnad – grunder".into(),
            goal: "Undersköterska inom äldreomsorgen".into(),
            pace: 50,
            start: Some("2027-01-18".into()),
            courses: vec![
                CourseLine {
                    framework: FrameworkId(1),
                    code: "OMVOMV01".into(),
                    title: "Omvårdnad 1".into(),
                    points: 200,
                },
                CourseLine {
                    framework: FrameworkId(2),
                    code: "MEDMED01".into(),
                    title: "Medicin 1".into(),
                    points: 150,
                },
            ],
            total_points: 350,
            suggested: vec![],
            catalogue: vec![],
            history: vec![ChangeLine {
                who: "Sami Niemi".into(),
                at: Timestamp::now(),
                key: "plan-change-added".into(),
                value: "Medicin 1".into(),
            }],
            editable: true,
            base: String::new(),
        }
    }

    #[test]
    fn the_plan_prints_with_its_courses_points_and_changes() {
        for (locale, words) in [
            (
                Locale::BASE,
                [
                    "Individuell studieplan för",
                    "Sammanlagt 350 poäng.",
                    "lade till Medicin 1",
                ],
            ),
            (
                Locale::ENGLISH,
                [
                    "Individual study plan for",
                    "In all 350 points.",
                    "added Medicin 1",
                ],
            ),
        ] {
            let bytes = render(&plan(), "2026-12-01", locale).unwrap();
            let text = crate::documents::testing::text_of(&bytes);
            for expected in words.iter().copied().chain([
                "Amal Haddad",
                "Undersköterska inom äldreomsorgen",
                "OMVOMV01 Omvårdnad 1",
                "200",
                "2027-01-18",
            ]) {
                assert!(text.contains(expected), "{expected} missing from {text}");
            }
        }
    }

    use crate::documents::testing::words;

    #[test]
    fn the_plan_is_set_in_every_language_and_mirrored_in_persian() {
        use crate::documents::testing::TempPdf;
        use crate::typeset::{MARGIN, PAGE_W};
        for l in Locale::all() {
            let pdf = TempPdf::new(&render(&plan(), "2026-12-01", l).unwrap());
            let heading = kartla_app::i18n::translate_plain(l, "plan-courses", None);
            assert!(
                words(&pdf.text()).contains(&words(&heading)),
                "{}: {} in {}",
                l.tag(),
                heading,
                pdf.text()
            );
        }
        let fa = Locale::from_tag("fa").unwrap();
        let pdf = TempPdf::new(&render(&plan(), "2026-12-01", fa).unwrap());
        let page = pdf.words(1);
        let points = page.iter().find(|w| w.text == "200").expect("the points");
        assert!(
            points.x_min < MARGIN + POINTS,
            "points at the left: {points:?}"
        );
        let code = page
            .iter()
            .find(|w| w.text == "OMVOMV01")
            .expect("the code");
        assert!(
            code.x_max > PAGE_W / 2.0,
            "the course at the right: {code:?}"
        );
    }
}
