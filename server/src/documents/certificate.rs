//! The certificate draft (intygsunderlag): for work the person has done, a PDF with their own
//! description of the tasks, for a former employer or supervisor to confirm, correct and sign.
//! It carries the person's name and nothing else about them.
use super::{period, t, t_args, Cover};
use crate::typeset::{self, Doc, Style};
use kartla_app::domain::Experience;
use kartla_app::i18n::Locale;

/// A line to write on by hand: space above it.
const LINE: Style = Style::BODY.before(14.0);

/// The draft's content, in reading order.
pub fn content(name: &str, e: &Experience, today: &str, locale: Locale) -> Doc {
    let mut doc = Doc::new(locale.is_rtl());
    doc.heading(Style::H1, t(locale, "cert-title"));
    doc.para(Style::BODY, t(locale, "cert-intro"));
    doc.heading(Style::H2, t(locale, "cert-about"));
    let period = period(e, locale);
    for (key, value) in [
        ("cert-person", name.to_owned()),
        ("cert-role", e.role.clone()),
        ("cert-place", e.place.clone()),
        ("cert-country", e.country.clone()),
        ("cert-period", period),
    ] {
        if !value.is_empty() {
            doc.para(Style::META, t_args(locale, key, &[("value", value)]));
        }
    }
    doc.heading(Style::H2, t(locale, "cert-tasks"));
    let tasks = if e.tasks.trim().is_empty() {
        t(locale, "cert-no-tasks")
    } else {
        e.tasks.clone()
    };
    doc.boxed(Style::BODY, tasks);
    doc.heading(Style::H2, t(locale, "cert-confirm"));
    doc.para(Style::BODY, t(locale, "cert-confirm-choice"));
    doc.para(LINE, t(locale, "cert-corrections"));
    for _ in 0..4 {
        doc.para(LINE, "_".repeat(80));
    }
    for key in [
        "cert-extent",
        "cert-signer-name",
        "cert-signer-title",
        "cert-signer-organisation",
        "cert-signer-contact",
        "cert-signed-date",
        "cert-signature",
    ] {
        doc.para(LINE, format!("{} {}", t(locale, key), "_".repeat(48)));
    }
    doc.para(
        Style::SMALL.before(18.0),
        t_args(locale, "cert-made", &[("date", today.to_owned())]),
    );
    doc
}

/// Render the draft to PDF bytes. CPU-bound: call from a blocking thread.
pub fn render(name: &str, e: &Experience, today: &str, locale: Locale) -> Result<Vec<u8>, String> {
    let name_of_document = t(locale, "cert-title");
    let cover = Cover {
        title: format!("{name_of_document} – {}", e.role),
        author: name.to_owned(),
        subject: e.place.clone(),
        header: None,
        verify: None,
        name: name_of_document,
    };
    typeset::render(&content(name, e, today, locale), cover.meta(locale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kartla_app::domain::ExperienceInput;

    fn work(tasks: &str) -> Experience {
        ExperienceInput {
            kind: "work".into(),
            role: "Lagerarbetare".into(),
            place: "Lager <AB> & Co".into(),
            country: "Sverige".into(),
            start: "2018-03".into(),
            end: "2022-08".into(),
            tasks: tasks.into(),
        }
        .check()
        .unwrap()
    }

    #[test]
    fn the_draft_holds_the_persons_own_words_as_written() {
        let bytes = render(
            "Amal Haddad",
            &work("Plock & pack <b>varje dag</b>"),
            "2026-11-22",
            Locale::BASE,
        )
        .unwrap();
        let text = crate::documents::testing::text_of(&bytes);
        for expected in [
            "Lager <AB> & Co",
            "Plock & pack <b>varje dag</b>",
            "Amal Haddad",
        ] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
    }

    #[test]
    fn schooling_gets_no_certificate_draft() {
        use kartla_app::domain::ExperienceKind;
        assert!(ExperienceKind::Work.certificate_offered());
        assert!(!ExperienceKind::Education.certificate_offered());
        assert!(!ExperienceKind::Other.certificate_offered());
    }

    #[test]
    fn the_draft_renders_to_a_pdf_with_the_words_extractable() {
        let tasks = "Plock och pack med handscanner.\nعملت في مستودع في حلب.";
        let bytes = render("Amal Haddad", &work(tasks), "2026-11-22", Locale::BASE).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = crate::documents::testing::text_of(&bytes);
        for expected in [
            "Underlag för intyg",
            "Amal Haddad",
            "Lagerarbetare",
            "Plock och pack med handscanner.",
            "Underskrift",
            "Underlag för intyg · Sida 1 av 1",
        ] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
    }

    #[test]
    fn the_draft_is_set_in_every_language_with_its_lines_on_the_right_side() {
        use crate::documents::testing::TempPdf;
        use crate::typeset::{MARGIN, PAGE_W};
        for l in Locale::all() {
            let pdf =
                TempPdf::new(&render("Amal Haddad", &work("Plock"), "2026-11-22", l).unwrap());
            let title = kartla_app::i18n::translate_plain(l, "cert-title", None);
            let words = crate::documents::testing::words;
            assert!(
                words(&pdf.text()).contains(&words(&title)),
                "{}: {title}",
                l.tag()
            );
            // The lines to write corrections on start at the document's starting margin.
            let lines: Vec<_> = (1..=pdf.pages())
                .flat_map(|p| pdf.words(p))
                .filter(|w| w.text.len() == 80 && w.text.chars().all(|c| c == '_'))
                .collect();
            assert!(!lines.is_empty(), "{}", l.tag());
            for w in lines {
                let (start, end) = if l.is_rtl() {
                    (PAGE_W - MARGIN - w.x_max, w.x_min)
                } else {
                    (w.x_min - MARGIN, PAGE_W - w.x_max)
                };
                assert!(
                    start.abs() < 2.0 && end > MARGIN - 2.0,
                    "{}: {w:?}",
                    l.tag()
                );
            }
        }
    }
}
