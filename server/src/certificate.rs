//! The certificate draft (intygsunderlag): for work the person has done, a PDF with their own
//! description of the tasks, for a former employer or supervisor to confirm, correct and sign.
//! It carries the person's name and nothing else about them.
use crate::pdf::{self, esc, para, t, t_args, Meta};
use kartla_app::domain::Experience;
use kartla_app::i18n::Locale;

/// The draft as HTML for printpdf.
pub fn html(name: &str, e: &Experience, today: &str, locale: Locale) -> String {
    let mut h = String::with_capacity(8 * 1024);
    h.push_str(&pdf::head(
        ".line { margin-top: 14pt; margin-bottom: 0; }
        .box { border: 1pt solid #444444; padding: 6pt; margin-top: 6pt; }
        .small { font-size: 8pt; color: #444444; margin-top: 18pt; }",
    ));
    h.push_str(&format!("<h1>{}</h1>", esc(&t(locale, "cert-title"))));
    h.push_str(&para("", &t(locale, "cert-intro")));
    h.push_str(&format!("<h2>{}</h2>", esc(&t(locale, "cert-about"))));
    let period = pdf::period(e, locale);
    for (key, value) in [
        ("cert-person", name.to_owned()),
        ("cert-role", e.role.clone()),
        ("cert-place", e.place.clone()),
        ("cert-country", e.country.clone()),
        ("cert-period", period),
    ] {
        if !value.is_empty() {
            h.push_str(&para(
                "meta",
                &t_args(locale, key, &[("value", value.clone())]),
            ));
        }
    }
    h.push_str(&format!("<h2>{}</h2>", esc(&t(locale, "cert-tasks"))));
    let tasks = if e.tasks.trim().is_empty() {
        t(locale, "cert-no-tasks")
    } else {
        e.tasks.clone()
    };
    h.push_str("<div class=\"box\">");
    h.push_str(&para("answer", &tasks));
    h.push_str("</div>");
    h.push_str(&format!("<h2>{}</h2>", esc(&t(locale, "cert-confirm"))));
    h.push_str(&para("", &t(locale, "cert-confirm-choice")));
    h.push_str(&para("line", &t(locale, "cert-corrections")));
    for _ in 0..4 {
        h.push_str(&para("line", &"_".repeat(80)));
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
        h.push_str(&para(
            "line",
            &format!("{} {}", t(locale, key), "_".repeat(48)),
        ));
    }
    h.push_str(&para(
        "small",
        &t_args(locale, "cert-made", &[("date", today.to_owned())]),
    ));
    h.push_str("</body></html>");
    h
}

/// Render the draft to PDF bytes. CPU-bound: call from a blocking thread.
pub fn render(name: &str, e: &Experience, today: &str, locale: Locale) -> Result<Vec<u8>, String> {
    let html = html(name, e, today, locale);
    pdf::render_html(
        &html,
        Meta {
            title: format!("{} – {}", t(locale, "cert-title"), e.role),
            author: name.to_owned(),
            subject: e.place.clone(),
            header: None,
            footer: t(locale, "cert-title"),
            qr: None,
            locale,
        },
    )
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
    fn the_draft_holds_the_persons_own_words_escaped() {
        let h = html(
            "Amal Haddad",
            &work("Plock & pack <b>varje dag</b>"),
            "2026-11-22",
            Locale::Sv,
        );
        assert!(h.contains("Lager &lt;AB&gt; &amp; Co"));
        assert!(h.contains("Plock &amp; pack &lt;b&gt;varje dag&lt;/b&gt;"));
        assert!(h.contains("Amal Haddad"));
        assert!(!h.contains("<b>varje"));
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
        let bytes = render("Amal Haddad", &work(tasks), "2026-11-22", Locale::Sv).unwrap();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = pdf::text_of(&bytes);
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
}
