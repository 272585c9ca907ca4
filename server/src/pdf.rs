//! The competence profile as PDF, through printpdf's HTML path so that right-to-left text is
//! shaped and ordered. Fonts are parsed once per process.
use kartla_app::domain::{MappingRecord, Rating};
use kartla_app::error::AppError;
use kartla_app::i18n::{translate, Locale};
use printpdf::{Base64OrRaw, GeneratePdfOptions, PdfDocument, PdfSaveOptions};
use std::collections::BTreeMap;
use std::sync::LazyLock;

const FONTS: [(&str, &[u8]); 4] = [
    ("NotoSans", include_bytes!("../fonts/NotoSans-Regular.ttf")),
    (
        "NotoSans-Bold",
        include_bytes!("../fonts/NotoSans-Bold.ttf"),
    ),
    (
        "NotoSansArabic",
        include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "NotoSansArabic-Bold",
        include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
    ),
];

static FONT_MAP: LazyLock<BTreeMap<String, Vec<u8>>> = LazyLock::new(|| {
    FONTS
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.to_vec()))
        .collect()
});

/// The fonts as printpdf's HTML path takes them: it resolves `font-family` names only among
/// these, while the pool keeps the parsed glyph data between renders.
static FONT_INPUT: LazyLock<BTreeMap<String, Base64OrRaw>> = LazyLock::new(|| {
    FONT_MAP
        .iter()
        .map(|(k, v)| (k.clone(), Base64OrRaw::Raw(v.clone())))
        .collect()
});

static FONT_POOL: LazyLock<printpdf::html::SharedFontPool> =
    LazyLock::new(|| printpdf::html::build_font_pool(&FONT_MAP, Some(&[])));

/// Named arguments for a Fluent message.
type Args<'a> = &'a [(&'a str, String)];

pub fn t(locale: Locale, key: &str) -> String {
    translate(locale, key, None)
}

pub fn t_args(locale: Locale, key: &str, args: Args<'_>) -> String {
    let mut fa = fluent_bundle::FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    translate(locale, key, Some(&fa))
}

/// Escape text for HTML.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether a text reads right to left: its first strong letter is Arabic or Hebrew.
fn is_rtl(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// A paragraph that lays itself out in its own direction.
pub fn para(class: &str, text: &str) -> String {
    let dir = if is_rtl(text) { " rtl" } else { "" };
    let body = text.split('\n').map(esc).collect::<Vec<_>>().join("<br/>");
    format!("<p class=\"{class}{dir}\">{body}</p>")
}

/// The start of every Kartla PDF's HTML: fonts, headings, right-to-left paragraphs, and any
/// further rules the document needs.
pub fn head(extra_css: &str) -> String {
    format!(
        "<html><head><style>
        body {{ font-family: NotoSans, NotoSansArabic; font-size: 10pt; color: #1a1a1a; }}
        h1 {{ font-size: 20pt; margin-bottom: 4pt; }}
        h2 {{ font-size: 14pt; margin-top: 14pt; margin-bottom: 4pt; }}
        h3 {{ font-size: 11pt; margin-top: 10pt; margin-bottom: 2pt; }}
        .meta {{ color: #444444; margin: 0; }}
        .criterion {{ margin-top: 6pt; }}
        .ctext {{ font-weight: bold; margin: 0; }}
        .rating {{ margin: 0; color: #0b4f6c; }}
        .answer {{ margin: 0; }}
        .comment {{ margin: 0; }}
        .rtl {{ direction: rtl; text-align: right; }}
        {extra_css}
        </style></head><body>"
    )
}

/// A document's metadata.
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
}

/// The profile as HTML for printpdf.
pub fn html(record: &MappingRecord, locale: Locale) -> String {
    let lang = locale.tag();
    let mut h = String::with_capacity(16 * 1024);
    h.push_str(&head(""));
    h.push_str(&format!("<h1>{}</h1>", esc(&t(locale, "pdf-title"))));
    let framework_line = record
        .frameworks
        .iter()
        .map(|f| {
            let v = t_args(locale, "pdf-version", &[("version", f.version.to_string())]);
            format!("{} ({}, {})", f.title.get(lang), f.code, v)
        })
        .collect::<Vec<_>>()
        .join("; ");
    for (key, value) in [
        ("pdf-person", record.person.name.clone()),
        ("pdf-frameworks", framework_line),
        (
            "pdf-date",
            record.updated_at.get(..10).unwrap_or_default().to_owned(),
        ),
        ("pdf-status", t(locale, record.status.label_key())),
    ] {
        h.push_str(&para("meta", &format!("{}: {}", t(locale, key), value)));
    }
    for f in &record.frameworks {
        h.push_str(&format!("<h2>{}</h2>", esc(f.title.get(lang))));
        for s in &f.sections {
            h.push_str(&format!("<h3>{}</h3>", esc(s.title.get(lang))));
            for c in &s.criteria {
                h.push_str("<div class=\"criterion\">");
                h.push_str(&para("ctext", &format!("{} {}", c.code, c.text.get(lang))));
                let answer = record.answer(c.id);
                let rating = answer
                    .and_then(|a| a.rating)
                    .map(|r: Rating| t(locale, r.label_key()))
                    .unwrap_or_else(|| {
                        let na = answer.is_some_and(|a| a.not_relevant);
                        t(
                            locale,
                            if na {
                                "rating-not-relevant"
                            } else {
                                "not-answered"
                            },
                        )
                    });
                h.push_str(&para(
                    "rating",
                    &format!("{}: {}", t(locale, "pdf-rating"), rating),
                ));
                if let Some(a) = answer.filter(|a| !a.text.is_empty()) {
                    h.push_str(&para("answer", a.text.as_str()));
                }
                h.push_str("</div>");
            }
        }
    }
    let with_comments: Vec<_> = record.events.iter().collect();
    if !with_comments.is_empty() {
        h.push_str(&format!("<h2>{}</h2>", esc(&t(locale, "pdf-trail"))));
        for e in with_comments {
            let line = t_args(
                locale,
                e.kind.label_key(),
                &[
                    ("name", e.actor.clone()),
                    ("date", e.at.get(..10).unwrap_or_default().to_owned()),
                ],
            );
            h.push_str(&para("meta", &line));
            if !e.comment.is_empty() {
                h.push_str(&para("comment", &e.comment));
            }
        }
    }
    h.push_str("</body></html>");
    h
}

/// Render the profile to PDF bytes. CPU-bound: call from a blocking thread.
pub fn render(record: &MappingRecord, locale: Locale) -> Result<Vec<u8>, String> {
    let html = html(record, locale);
    render_html(
        &html,
        Meta {
            title: format!("{} – {}", t(locale, "pdf-title"), record.person.name),
            author: record.person.name.clone(),
            subject: record
                .frameworks
                .iter()
                .map(|f| f.code.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        },
    )
}

/// Lay out Kartla's HTML and save it as PDF with its metadata. CPU-bound.
pub fn render_html(html: &str, meta: Meta) -> Result<Vec<u8>, String> {
    let options = GeneratePdfOptions {
        margin_top: Some(18.0),
        margin_bottom: Some(18.0),
        margin_left: Some(18.0),
        margin_right: Some(18.0),
        show_page_numbers: Some(true),
        ..GeneratePdfOptions::default()
    };
    let mut warnings = vec![];
    let mut doc = PdfDocument::from_html_with_cache(
        html,
        &BTreeMap::new(),
        &FONT_INPUT,
        &options,
        &mut warnings,
        Some(FONT_POOL.clone()),
    )?;
    if doc.pages.is_empty() {
        return Err(format!("no pages rendered ({} warnings)", warnings.len()));
    }
    doc.metadata.info.document_title = meta.title;
    doc.metadata.info.author = meta.author;
    doc.metadata.info.subject = meta.subject;
    let now = printpdf::OffsetDateTime::now_utc();
    doc.metadata.info.creation_date = now;
    doc.metadata.info.modification_date = now;
    doc.metadata.info.metadata_date = now;
    doc.metadata.info.creator = "Kartla".to_owned();
    doc.metadata.info.producer = "Kartla".to_owned();
    Ok(doc.save(&PdfSaveOptions::default(), &mut warnings))
}

/// Render off the async runtime's threads.
pub async fn render_async(record: MappingRecord, locale: Locale) -> Result<Vec<u8>, AppError> {
    tokio::task::spawn_blocking(move || render(&record, locale))
        .await
        .map_err(|_| AppError::Internal)?
        .map_err(|e| {
            tracing::error!(error = %e, "PDF rendering failed");
            AppError::Internal
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_special_characters_are_escaped() {
        assert_eq!(esc("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
    }

    #[test]
    fn arabic_text_is_laid_out_right_to_left() {
        assert!(is_rtl("  عملت في ورشة لحام"));
        assert!(!is_rtl("Jag svetsade – عملت"));
        assert!(para("answer", "عملت").contains("rtl"));
    }
}
