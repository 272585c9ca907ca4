//! The competence profile as PDF, through printpdf's HTML path so that right-to-left text is
//! shaped and ordered. Fonts are parsed once per process.
use kartla_app::domain::{
    Answer, Criterion, EventKind, Experience, Framework, MappingRecord, Rating,
};
use kartla_app::error::AppError;
use kartla_app::i18n::{translate, translate_plain, Locale};
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

/// A document's metadata, and what its footer says before the page number.
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// E.g. "Kompetensprofil · Verifieringskod 7KQM-2WXP-H9CD"; Latin script only (the footer
    /// is written without shaping).
    pub footer: String,
    pub locale: Locale,
}

/// The verification code a printed profile carries, and where it can be checked.
#[derive(Debug, Clone)]
pub struct Verification {
    pub code: kartla_app::domain::verification::VerificationCode,
    pub url: String,
}

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

/// "2018-03 – 2022-08", or "2018-03 – pågår" while it goes on.
pub fn period(e: &Experience, locale: Locale) -> String {
    match e.end {
        Some(end) => t_args(
            locale,
            "experience-period",
            &[("start", e.start.to_string()), ("end", end.to_string())],
        ),
        None => t_args(
            locale,
            "experience-period-ongoing",
            &[("start", e.start.to_string())],
        ),
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
fn summary(record: &MappingRecord, f: &Framework, locale: Locale) -> String {
    let lang = locale.tag();
    let mut h = String::new();
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
    h.push_str(&format!("<h3>{}</h3>", esc(&t(locale, "pdf-summary"))));
    h.push_str("<table class=\"summary\">");
    let rows = Rating::ALL
        .iter()
        .map(|r| (t(locale, r.label_key()), overall[usize::from(r.value())]))
        .chain([
            (t(locale, "rating-not-relevant"), overall[6]),
            (t(locale, "not-answered"), overall[0]),
        ]);
    for (label, n) in rows {
        // At most 200 pt wide; a step with none gets no bar.
        let width = n * 200 / total;
        h.push_str(&format!(
            "<tr><td class=\"label\">{}</td><td class=\"count\">{n}</td><td class=\"barcell\"><div class=\"bar\" style=\"width: {width}pt\"></div></td></tr>",
            esc(&label)
        ));
    }
    h.push_str("</table>");
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
        h.push_str(&para(
            "meta",
            &format!("{}: {}", s.title.get(lang), parts.join(" · ")),
        ));
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
        h.push_str(&para("meta", &format!("{}: {}", t(locale, key), value)));
    }
    h
}

/// The profile as HTML for printpdf.
pub fn html(record: &MappingRecord, locale: Locale, verify: Option<&Verification>) -> String {
    let lang = locale.tag();
    let mut h = String::with_capacity(16 * 1024);
    h.push_str(&head(
        ".summary { margin-top: 4pt; }
        .summary td { padding: 1pt 4pt; }
        .summary .label { width: 170pt; }
        .summary .count { width: 24pt; text-align: right; }
        .summary .barcell { width: 210pt; }
        .bar { height: 7pt; background-color: #0b4f6c; }
        .links { margin: 0; color: #444444; }",
    ));
    // The cover: who, against what, when, where it stands.
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
    let submitted = record
        .events
        .iter()
        .rev()
        .find(|e| e.kind == EventKind::Submitted)
        .map(|e| e.at.get(..10).unwrap_or_default().to_owned());
    for (key, value) in [
        ("pdf-person", Some(record.person.name.clone())),
        ("pdf-frameworks", Some(framework_line)),
        (
            "pdf-started",
            Some(record.created_at.get(..10).unwrap_or_default().to_owned()),
        ),
        ("pdf-submitted", submitted),
        (
            "pdf-date",
            Some(record.updated_at.get(..10).unwrap_or_default().to_owned()),
        ),
        ("pdf-status", Some(t(locale, record.status.label_key()))),
    ] {
        if let Some(value) = value {
            h.push_str(&para("meta", &format!("{}: {}", t(locale, key), value)));
        }
    }
    if let Some(v) = verify {
        h.push_str(&para(
            "meta",
            &format!("{}: {}", t(locale, "pdf-verify-code"), v.code),
        ));
        h.push_str(&para("meta", &t(locale, "pdf-verify-where")));
        h.push_str(&para("meta", &v.url));
    }
    let numbers: std::collections::BTreeMap<i64, i64> =
        record.evidence.iter().map(|e| (e.id, e.number)).collect();
    for f in &record.frameworks {
        h.push_str(&format!("<h2>{}</h2>", esc(f.title.get(lang))));
        h.push_str(&summary(record, f, locale));
        for s in &f.sections {
            h.push_str(&format!("<h3>{}</h3>", esc(s.title.get(lang))));
            for c in &s.criteria {
                h.push_str("<div class=\"criterion\">");
                h.push_str(&para("ctext", &format!("{} {}", c.code, c.text.get(lang))));
                let answer = record.answer(c.id);
                h.push_str(&para(
                    "rating",
                    &format!(
                        "{}: {}",
                        t(locale, "pdf-rating"),
                        choice_label(answer, locale)
                    ),
                ));
                if let Some(a) = answer {
                    if !a.text.is_empty() {
                        h.push_str(&para("answer", a.text.as_str()));
                    }
                    let draws_on: Vec<String> = record
                        .portfolio
                        .iter()
                        .filter(|p| a.experiences.contains(&p.id))
                        .map(|p| experience_label(&p.experience, locale))
                        .collect();
                    if !draws_on.is_empty() {
                        h.push_str(&para(
                            "links",
                            &t_args(locale, "answer-draws-on", &[("list", draws_on.join("; "))]),
                        ));
                    }
                    let proof: Vec<String> = a
                        .evidence
                        .iter()
                        .filter_map(|id| numbers.get(id))
                        .map(|n| attachment(*n, locale))
                        .collect();
                    if !proof.is_empty() {
                        h.push_str(&para(
                            "links",
                            &format!(
                                "{} {}",
                                t(locale, "answer-evidence-shown"),
                                proof.join(", ")
                            ),
                        ));
                    } else if a.evidence_missing {
                        h.push_str(&para("links", &t(locale, "answer-evidence-missing-shown")));
                    }
                }
                h.push_str("</div>");
            }
        }
    }
    if !record.portfolio.is_empty() {
        h.push_str(&format!("<h2>{}</h2>", esc(&t(locale, "pdf-portfolio"))));
        for p in &record.portfolio {
            let e = &p.experience;
            h.push_str("<div class=\"criterion\">");
            h.push_str(&para("ctext", &experience_label(e, locale)));
            let where_ = [t(locale, e.kind.label_key()), e.country.clone()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · ");
            h.push_str(&para("meta", &where_));
            if !e.tasks.is_empty() {
                h.push_str(&para("answer", &e.tasks));
            }
            h.push_str("</div>");
        }
    }
    let missing: Vec<String> = record
        .criteria()
        .filter(|c| record.answer(c.id).is_some_and(|a| a.evidence_missing))
        .map(|c| c.code.clone())
        .collect();
    if !record.evidence.is_empty() || !missing.is_empty() {
        h.push_str(&format!("<h2>{}</h2>", esc(&t(locale, "pdf-evidence"))));
        for e in &record.evidence {
            h.push_str(&para(
                "meta",
                &format!(
                    "{}: {} ({})",
                    attachment(e.number, locale),
                    e.title,
                    e.media_type.label()
                ),
            ));
        }
        if !missing.is_empty() {
            h.push_str(&para(
                "meta",
                &format!(
                    "{}: {}",
                    t(locale, "pdf-evidence-missing"),
                    missing.join(", ")
                ),
            ));
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
pub fn render(
    record: &MappingRecord,
    locale: Locale,
    verify: Option<&Verification>,
) -> Result<Vec<u8>, String> {
    let html = html(record, locale, verify);
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
            footer: match verify {
                Some(v) => format!(
                    "{} · {}: {}",
                    t(locale, "pdf-title"),
                    t(locale, "pdf-verify-code"),
                    v.code
                ),
                None => t(locale, "pdf-title"),
            },
            locale,
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
    stamp_footer(&mut doc, &meta.footer, meta.locale);
    doc.metadata.info.document_title = meta.title;
    doc.metadata.info.author = meta.author;
    doc.metadata.info.subject = meta.subject;
    let now = printpdf::OffsetDateTime::now_utc();
    doc.metadata.info.creation_date = now;
    doc.metadata.info.modification_date = now;
    doc.metadata.info.metadata_date = now;
    doc.metadata.info.creator = "Kartla".to_owned();
    doc.metadata.info.producer = "Kartla".to_owned();
    Ok(stable_id(
        doc.save(&PdfSaveOptions::default(), &mut warnings),
    ))
}

/// Write "… · Sida 2 av 4" at the foot of every page, after layout: printpdf's own page numbers
/// (`show_page_numbers`, `footer_text`) do not appear on its HTML path, and would be English.
/// Uses the regular Noto Sans the layout already embedded, so no font is added twice.
fn stamp_footer(doc: &mut PdfDocument, label: &str, locale: Locale) {
    use printpdf::{Color, Op, PdfFontHandle, Point, Pt, Rgb, TextItem};
    let regular = FONTS[0].1;
    let existing = doc
        .resources
        .fonts
        .map
        .iter()
        .find(|(_, f)| {
            f.parsed_font
                .original_bytes
                .as_ref()
                .is_some_and(|b| b.as_slice() == regular)
        })
        .map(|(id, _)| id.clone());
    let font = match existing {
        Some(id) => id,
        None => match printpdf::ParsedFont::from_bytes(regular, 0, &mut vec![]) {
            Some(parsed) => doc.add_font(&parsed),
            None => return,
        },
    };
    let total = doc.pages.len();
    for (i, page) in doc.pages.iter_mut().enumerate() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("page", i + 1);
        args.set("pages", total);
        // Written glyph by glyph: Fluent's invisible isolation marks would print as boxes.
        let number = translate_plain(locale, "pdf-page", Some(&args));
        let text = if label.is_empty() {
            number
        } else {
            format!("{label} · {number}")
        };
        page.ops.extend([
            Op::SaveGraphicsState,
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(8.0),
            },
            Op::SetFillColor {
                col: Color::Rgb(Rgb {
                    r: 0.27,
                    g: 0.27,
                    b: 0.27,
                    icc_profile: None,
                }),
            },
            // 18 mm from the left like the text, 10 mm from the bottom.
            Op::SetTextCursor {
                pos: Point {
                    x: Pt(51.0),
                    y: Pt(28.0),
                },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text)],
            },
            Op::EndTextSection,
            Op::RestoreGraphicsState,
        ]);
    }
}

/// printpdf fills the trailer's `/ID` with random letters, so the same document saved twice
/// differs. Replace both with a fingerprint of the file itself (its dates left out), of the same
/// length: the same content then gives the same bytes apart from the dates.
fn stable_id(mut pdf: Vec<u8>) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let Some(at) = find_last(&pdf, b"/ID[(") else {
        return pdf;
    };
    let mut blanked = pdf[..at].to_vec();
    blank_dates(&mut blanked);
    let digest: String = Sha256::digest(&blanked)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    let start = at + b"/ID[(".len();
    // `/ID[(32 letters)(32 letters)]`
    let second = start + 32 + 2;
    if pdf.len() >= second + 32
        && pdf[start + 32] == b')'
        && pdf[start + 33] == b'('
        && pdf[second + 32] == b')'
    {
        pdf[start..start + 32].copy_from_slice(&digest.as_bytes()[..32]);
        pdf[second..second + 32].copy_from_slice(&digest.as_bytes()[32..64]);
    }
    pdf
}

/// Write zeros over the digits of every `(D:YYYYMMDDHHMMSS` date in a PDF.
fn blank_dates(pdf: &mut [u8]) {
    let mut i = 0;
    while let Some(p) = find_from(pdf, b"(D:", i) {
        for b in pdf.iter_mut().skip(p + 3).take(14) {
            *b = b'0';
        }
        i = p + 3;
    }
}

fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn find_last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Render off the async runtime's threads.
pub async fn render_async(
    record: MappingRecord,
    locale: Locale,
    verify: Option<Verification>,
) -> Result<Vec<u8>, AppError> {
    tokio::task::spawn_blocking(move || render(&record, locale, verify.as_ref()))
        .await
        .map_err(|_| AppError::Internal)?
        .map_err(|e| {
            tracing::error!(error = %e, "PDF rendering failed");
            AppError::Internal
        })
}

/// The text of a PDF as poppler's `pdftotext` reads it, for tests.
#[cfg(test)]
pub fn text_of(pdf: &[u8]) -> String {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("kartla-text-{}-{n}.pdf", std::process::id()));
    std::fs::write(&path, pdf).expect("write a temporary PDF");
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext is installed");
    let _ = std::fs::remove_file(&path);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_special_characters_are_escaped() {
        assert_eq!(esc("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
    }

    /// The demo mapping as `kartla mappings export` writes it.
    fn demo_export() -> MappingRecord {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/profile/demo-export.json"
        );
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
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
        let a = render(&record, Locale::Sv, None).unwrap();
        let b = render(&record, Locale::Sv, None).unwrap();
        assert_eq!(without_dates(&a), without_dates(&b));
        let en = render(&record, Locale::En, None).unwrap();
        assert_ne!(without_dates(&a), without_dates(&en));
    }

    #[test]
    fn the_profile_holds_summary_links_portfolio_and_evidence() {
        let text = text_of(&render(&demo_export(), Locale::En, None).unwrap());
        for expected in [
            "Competence profile",
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
        let text = text_of(&render(&demo_export(), Locale::Sv, Some(&verify)).unwrap());
        let pages = text
            .matches("Kompetensprofil · Verifieringskod: 7KQM-2WXP-H9CD · Sida ")
            .count();
        assert!(pages >= 2, "{text}");
        for n in 1..=pages {
            assert!(text.contains(&format!("Sida {n} av {pages}")), "{text}");
        }
        assert!(text.contains("https://kartla.example/verify/7KQM-2WXP-H9CD"));
    }

    /// Run a poppler or qpdf tool on a PDF and return what it printed (and whether it was
    /// content).
    fn tool(name: &str, args: &[&str], pdf: &[u8]) -> (bool, String) {
        let path = std::env::temp_dir().join(format!("kartla-{name}-{}.pdf", std::process::id()));
        std::fs::write(&path, pdf).unwrap();
        let out = std::process::Command::new(name)
            .args(args)
            .arg(&path)
            .output()
            .expect("the tool is installed");
        let _ = std::fs::remove_file(&path);
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.success(), text)
    }

    #[test]
    fn the_profile_is_a_valid_pdf_with_its_metadata_and_every_font_embedded() {
        let pdf = render(&demo_export(), Locale::Sv, None).unwrap();
        let (ok, check) = tool("qpdf", &["--check"], &pdf);
        assert!(
            ok && check.contains("No syntax or stream encoding errors"),
            "{check}"
        );
        let (_, info) = tool("pdfinfo", &[], &pdf);
        for expected in [
            "Title:           Kompetensprofil – Amal Hassan",
            "Author:          Amal Hassan",
            "Subject:         DEMO-LAGER1",
            "Creator:         Kartla",
        ] {
            assert!(info.contains(expected), "{info}");
        }
        let (_, fonts) = tool("pdffonts", &[], &pdf);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(rows.len() >= 2, "{fonts}");
        assert!(
            rows.iter()
                .all(|r| r.split_whitespace().rev().nth(4) == Some("yes")),
            "every font embedded: {fonts}"
        );
    }

    #[test]
    fn arabic_text_is_laid_out_right_to_left() {
        assert!(is_rtl("  عملت في ورشة لحام"));
        assert!(!is_rtl("Jag svetsade – عملت"));
        assert!(para("answer", "عملت").contains("rtl"));
    }
}
