//! The competence profile as PDF, through printpdf's HTML path so that right-to-left text is
//! shaped and ordered. Fonts are parsed once per process.
use kartla_app::domain::{
    Answer, Criterion, EventKind, Experience, Framework, MappingRecord, Rating,
};
use kartla_app::error::AppError;
use kartla_app::i18n::{translate, Locale};
use printpdf::{GeneratePdfOptions, PdfDocument, PdfSaveOptions};
use std::collections::BTreeMap;
use std::sync::LazyLock;

const FONTS: [(&str, &[u8]); 6] = [
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
    (
        "NotoSansEthiopic",
        include_bytes!("../fonts/NotoSansEthiopic-Regular.ttf"),
    ),
    (
        "NotoSansEthiopic-Bold",
        include_bytes!("../fonts/NotoSansEthiopic-Bold.ttf"),
    ),
];

/// Kartla's own fonts and nothing else: printpdf's `build_font_pool` would first read every
/// font installed on the machine (a fifth of a second, and a page that looks different from
/// one machine to the next).
static FONT_POOL: LazyLock<printpdf::html::SharedFontPool> = LazyLock::new(|| {
    use printpdf::html::rust_fontconfig::{FcFontCache, FcParseFontBytes};
    let cache = FcFontCache::default();
    for (name, bytes) in FONTS {
        if let Some(faces) = FcParseFontBytes(bytes, name) {
            cache.with_memory_fonts(faces);
        }
    }
    printpdf::html::SharedFontPool {
        fc_cache: std::sync::Arc::new(cache),
        parsed_fonts: std::sync::Arc::default(),
    }
});

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
        .is_some_and(is_strong_rtl)
}

/// A paragraph that lays itself out in its own direction.
pub fn para(class: &str, text: &str) -> String {
    para_dir(class, text, is_rtl(text))
}

/// A paragraph in the direction given, e.g. a criterion's code before its Arabic text.
pub fn para_dir(class: &str, text: &str, rtl: bool) -> String {
    para_in(class, text, rtl, BODY_WIDTH)
}

/// The width of the body's lines, in pt.
const BODY_WIDTH: f32 = (PAGE_W - 2.0 * MARGIN) * 72.0 / 25.4;
/// A cell of two side by side: its width and the space after it, and so its lines' width.
const CELL: f32 = 238.0;
const CELL_GAP: f32 = 6.0;
const CELL_WIDTH: f32 = CELL - CELL_GAP;
const PAIR_WIDTH: f32 = 2.0 * (CELL + CELL_GAP);

/// A paragraph in the direction given, `width` pt wide at most. printpdf's layout orders a
/// paragraph's mixed runs (Arabic words around Latin ones or numbers) before it breaks it into
/// lines, so the lines of such a paragraph come out in the wrong order; those are broken into
/// lines here, each laid out as a paragraph of its own.
fn para_in(class: &str, text: &str, rtl: bool, width: f32) -> String {
    let dir = if rtl { " rtl" } else { "" };
    // In a right-to-left line the person's words need no isolating: numbers and brackets
    // around them take the line's direction as they should. (The layout gets inline blocks
    // in a right-to-left line wrong.)
    let stripped: String;
    let text = if rtl {
        stripped = text
            .chars()
            .filter(|c| !ISOLATES.contains(c) && *c != POP_ISOLATE)
            .collect();
        &stripped
    } else {
        text
    };
    let bold = class == "ctext";
    let lines = if is_mixed(text) && !text.contains(ISOLATES) {
        text.split('\n')
            .flat_map(|hard| break_lines(hard, width, bold))
            .collect::<Vec<_>>()
    } else {
        vec![]
    };
    // In a right-to-left line the layout also drops the spaces where a run of Latin letters or
    // digits begins or ends; no-break spaces (the lines are already broken) it keeps.
    let spaced = |line: &str| {
        if rtl && is_mixed(line) {
            numbers_turned(&line.replace(' ', "\u{a0}"))
        } else {
            line.to_owned()
        }
    };
    if lines.len() < 2 {
        return format!(
            "<p class=\"{class}{dir}\">{}</p>",
            bidi_html(&spaced(text), rtl)
        );
    }
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let cont = if i > 0 { " cont" } else { "" };
            format!(
                "<p class=\"{class}{dir}{cont}\">{}</p>",
                bidi_html(&spaced(line), rtl)
            )
        })
        .collect()
}

/// A number with separators in it ("2012-01", "12:30", "3.5") in a right-to-left line, its
/// parts in reverse order: the layout lays such a number's parts out right to left, so this
/// makes them read left to right on the page ("2012-01" stays "2012-01" for the reader, and
/// for text extraction, which goes by position).
fn numbers_turned(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // digits (separator digits)*
        let mut parts: Vec<String> = vec![];
        let mut j = i;
        loop {
            let start = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            parts.push(chars[start..j].iter().collect());
            if j + 1 < chars.len()
                && matches!(chars[j], '-' | '/' | '.' | ':' | ',')
                && chars[j + 1].is_ascii_digit()
            {
                parts.push(chars[j].to_string());
                j += 1;
            } else {
                break;
            }
        }
        parts.reverse();
        out.extend(parts);
        i = j;
    }
    out
}

fn is_strong_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Whether a text holds right-to-left letters and also left-to-right letters or digits.
fn is_mixed(text: &str) -> bool {
    text.chars().any(is_strong_rtl)
        && text
            .chars()
            .any(|c| c.is_ascii_digit() || (c.is_alphabetic() && !is_strong_rtl(c)))
}

/// Regular and bold faces to measure with, in the order the stylesheet names them (read in
/// place: ttf-parser parses nothing up front).
static MEASURE: LazyLock<[Vec<ttf_parser::Face<'static>>; 2]> = LazyLock::new(|| {
    let faces = |bold: bool| {
        FONTS
            .iter()
            .filter(|(name, _)| name.ends_with("-Bold") == bold)
            .filter_map(|(_, bytes)| ttf_parser::Face::parse(bytes, 0).ok())
            .collect()
    };
    [faces(false), faces(true)]
});

/// A text's width at 10 pt, from the fonts' advance widths. Arabic letters are measured in
/// their isolated forms, which are wider than joined ones: the estimate errs on the long side.
fn text_width(text: &str, bold: bool) -> f32 {
    let faces = &MEASURE[usize::from(bold)];
    text.chars()
        .map(|c| {
            faces
                .iter()
                .find_map(|f| {
                    let gid = f.glyph_index(c).filter(|g| g.0 != 0)?;
                    let upem = f32::from(f.units_per_em().max(1));
                    Some(f32::from(f.glyph_hor_advance(gid)?) / upem * 10.0)
                })
                .unwrap_or(5.0)
        })
        .sum()
}

/// Break a line of text at spaces into lines no wider than `width` pt (a word longer than a
/// line gets a line of its own).
fn break_lines(text: &str, width: f32, bold: bool) -> Vec<String> {
    let space = text_width(" ", bold);
    let mut lines = vec![];
    let mut line = String::new();
    let mut used = 0.0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = text_width(word, bold);
        if !line.is_empty() && used + space + w > width * 0.97 {
            lines.push(std::mem::take(&mut line));
            used = 0.0;
        }
        if !line.is_empty() {
            line.push(' ');
            used += space;
        }
        line.push_str(word);
        used += w;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A heading (`h1`–`h3`) in its own direction.
fn heading(tag: &str, text: &str) -> String {
    let rtl = is_rtl(text);
    let class = if rtl { " class=\"rtl\"" } else { "" };
    format!("<{tag}{class}>{}</{tag}>", bidi_html(text, rtl))
}

/// A person's own words (a name, a role, a place) set apart from the label around them, so
/// that an Arabic name does not pull the label's dates and brackets into its own direction.
pub fn iso(value: &str) -> String {
    if value.is_empty() {
        String::new()
    } else {
        format!("\u{2068}{value}\u{2069}")
    }
}

const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', '\u{2068}'];
const POP_ISOLATE: char = '\u{2069}';

/// A line as HTML for printpdf's layout. The layout runs the Unicode bidirectional algorithm
/// but drops every bidi control character first, and mirrors no brackets. So:
/// - an isolate around a person's own right-to-left words (an innermost one, from Fluent or
///   [`iso`], holding an Arabic or Hebrew letter) becomes an inline block, which the line
///   treats as one neutral object, as an isolate should be; other isolates are dropped (Fluent
///   also isolates every composed argument, and a list that begins with an Arabic name would
///   otherwise turn the whole Swedish line around);
/// - brackets that end up right to left are mirrored here;
/// - line breaks become `<br/>`.
fn bidi_html(text: &str, rtl: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    // Which isolates are kept: innermost ones holding right-to-left letters.
    let mut kept = vec![];
    let mut open: Vec<(usize, bool)> = vec![]; // (position, holds a nested isolate)
    for (i, c) in chars.iter().enumerate() {
        if ISOLATES.contains(c) {
            if let Some(outer) = open.last_mut() {
                outer.1 = true;
            }
            open.push((i, false));
        } else if *c == POP_ISOLATE {
            if let Some((start, nested)) = open.pop() {
                // Only a left-to-right line needs them (see `para_in`).
                if !rtl && !nested && is_rtl(&chars[start + 1..i].iter().collect::<String>()) {
                    kept.push((start, i));
                }
            }
        }
    }
    kept.sort_unstable();
    let is_mark = |c: &char| ISOLATES.contains(c) || *c == POP_ISOLATE;
    // The line with each kept isolate as one object (U+FFFC, as the layout sees an inline
    // block), and the isolates' own words.
    let mut outer = String::with_capacity(text.len());
    let mut inner = vec![];
    let mut at = 0;
    for (start, end) in &kept {
        outer.extend(chars[at..*start].iter().filter(|c| !is_mark(c)));
        outer.push('\u{FFFC}');
        inner.push(
            chars[start + 1..*end]
                .iter()
                .filter(|c| !is_mark(c))
                .collect::<String>(),
        );
        at = end + 1;
    }
    outer.extend(chars[at..].iter().filter(|c| !is_mark(c)));
    let outer = mirrored(&outer, rtl);
    let mut inner = inner.into_iter().map(|w| mirrored(&w, rtl));
    let mut html = String::with_capacity(outer.len() + 64);
    for (i, piece) in outer.split('\u{FFFC}').enumerate() {
        if i > 0 {
            let words = inner.next().unwrap_or_default();
            html.push_str(&format!("<span class=\"iso\">{}</span>", esc(&words)));
        }
        html.push_str(&piece.split('\n').map(esc).collect::<Vec<_>>().join("<br/>"));
    }
    html
}

/// Brackets that the bidirectional algorithm puts in a right-to-left run, mirrored.
fn mirrored(text: &str, rtl: bool) -> String {
    const PAIRS: [(char, char); 10] = [
        ('(', ')'),
        (')', '('),
        ('[', ']'),
        (']', '['),
        ('{', '}'),
        ('}', '{'),
        ('<', '>'),
        ('>', '<'),
        ('«', '»'),
        ('»', '«'),
    ];
    if !text.chars().any(|c| PAIRS.iter().any(|(a, _)| *a == c)) {
        return text.to_owned();
    }
    let level = if rtl {
        unicode_bidi::Level::rtl()
    } else {
        unicode_bidi::Level::ltr()
    };
    let info = unicode_bidi::BidiInfo::new(text, Some(level));
    text.char_indices()
        .map(|(at, c)| match PAIRS.iter().find(|(a, _)| *a == c) {
            Some((_, mirror)) if info.levels[at].is_rtl() => *mirror,
            _ => c,
        })
        .collect()
}

/// The start of every Kartla PDF's HTML: fonts, headings, right-to-left paragraphs, and any
/// further rules the document needs.
pub fn head(extra_css: &str) -> String {
    format!(
        "<html><head><style>
        body {{ font-family: NotoSans, NotoSansArabic, NotoSansEthiopic; font-size: 10pt; color: #1a1a1a; }}
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
        .iso {{ display: inline-block; line-height: 1; vertical-align: -0.16em; }}
        .cont {{ margin-top: 0; }}
        {extra_css}
        </style></head><body>"
    )
}

/// A document's metadata, and what its footer says before the page number.
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// At the top of every page but the first, which says it in large.
    pub header: Option<String>,
    /// Before "Sida 2 av 4" at the foot of every page, e.g. "Kompetensprofil · Verifieringskod:
    /// 7KQM-2WXP-H9CD". Laid out like the body, so any script is shaped.
    pub footer: String,
    /// Printed as a QR code, and a link, in the corner of every page.
    pub qr: Option<String>,
    pub locale: Locale,
}

/// How a profile is printed.
#[derive(Debug, Clone)]
pub struct Print {
    /// The language of the labels.
    pub locale: Locale,
    /// The criteria in two languages side by side: the person's (or else the labels') and
    /// Swedish.
    pub two_languages: bool,
    /// The language beside Swedish when not the person's, e.g. `ar`.
    pub second: Option<String>,
    pub verify: Option<Verification>,
}

impl Print {
    pub fn new(locale: Locale) -> Self {
        Self {
            locale,
            two_languages: false,
            second: None,
            verify: None,
        }
    }
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
    h.push_str(&heading("h3", &t(locale, "pdf-summary")));
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
pub fn html(record: &MappingRecord, print: &Print) -> String {
    let locale = print.locale;
    let lang = locale.tag();
    let second = print.second_language(record);
    let mut h = String::with_capacity(16 * 1024);
    h.push_str(&head(&format!(
        ".summary {{ margin-top: 4pt; }}
        .summary td {{ padding: 1pt 4pt; }}
        .summary .label {{ width: 170pt; }}
        .summary .count {{ width: 24pt; text-align: right; }}
        .summary .barcell {{ width: 210pt; }}
        .bar {{ height: 7pt; background-color: #0b4f6c; }}
        .links {{ margin: 0; color: #444444; }}
        .pair, .langs {{ table-layout: fixed; width: {PAIR_WIDTH}pt; }}
        .pair td, .langs td {{ width: {CELL}pt; padding: 0 {CELL_GAP}pt 0 0; vertical-align: top; }}
        .langs td {{ color: #444444; font-size: 8pt; }}",
    )));
    // The cover: who, against what, when, where it stands.
    h.push_str(&heading("h1", &t(locale, "pdf-title")));
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
        ("pdf-person", Some(iso(&record.person.name))),
        (
            "pdf-goal",
            (!record.goal.is_empty()).then(|| iso(record.goal.as_str())),
        ),
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
    if let Some(v) = &print.verify {
        h.push_str(&para(
            "meta",
            &format!("{}: {}", t(locale, "pdf-verify-code"), v.code),
        ));
        h.push_str(&para("meta", &t(locale, "pdf-verify-where")));
        h.push_str(&para("meta", &v.url));
    }
    let numbers: std::collections::BTreeMap<i64, i64> =
        record.evidence.iter().map(|e| (e.id, e.number)).collect();
    // A title in the labels' language, or in both printed languages.
    let both = |text: &kartla_app::domain::LocalizedText| match &second {
        Some(other) if text.get(other) != text.swedish() => {
            format!("{} / {}", iso(text.get(other)), text.swedish())
        }
        _ => text.get(lang).to_owned(),
    };
    for f in &record.frameworks {
        h.push_str(&heading("h2", &both(&f.title)));
        h.push_str(&summary(record, f, locale));
        for s in &f.sections {
            h.push_str(&heading("h3", &both(&s.title)));
            if let Some(other) = &second {
                h.push_str(&format!(
                    "<table class=\"langs\"><tr><td>{}</td><td>{}</td></tr></table>",
                    esc(&t_args(locale, "language-name", &[("code", other.clone())])),
                    esc(&t_args(locale, "language-name", &[("code", "sv".into())]))
                ));
            }
            for c in &s.criteria {
                h.push_str("<div class=\"criterion\">");
                match &second {
                    Some(other) => h.push_str(&format!(
                        "<table class=\"pair\"><tr><td>{}</td><td>{}</td></tr></table>",
                        criterion_text(c, other, CELL_WIDTH),
                        criterion_text(c, "sv", CELL_WIDTH),
                    )),
                    None => h.push_str(&criterion_text(c, lang, BODY_WIDTH)),
                }
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
        h.push_str(&heading("h2", &t(locale, "pdf-portfolio")));
        for p in &record.portfolio {
            let e = &p.experience;
            h.push_str("<div class=\"criterion\">");
            h.push_str(&para("ctext", &experience_label(e, locale)));
            let where_ = [t(locale, e.kind.label_key()), iso(&e.country)]
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
        h.push_str(&heading("h2", &t(locale, "pdf-evidence")));
        for e in &record.evidence {
            h.push_str(&para(
                "meta",
                &format!(
                    "{}: {} ({})",
                    attachment(e.number, locale),
                    iso(&e.title),
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
        h.push_str(&heading("h2", &t(locale, "pdf-trail")));
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
pub fn render(record: &MappingRecord, print: &Print) -> Result<Vec<u8>, String> {
    let locale = print.locale;
    let html = html(record, print);
    let title = t(locale, "pdf-title");
    let date = record.updated_at.get(..10).unwrap_or_default();
    render_html(
        &html,
        Meta {
            title: format!("{title} – {}", record.person.name),
            author: record.person.name.clone(),
            subject: record
                .frameworks
                .iter()
                .map(|f| f.code.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            header: Some(format!("{title} – {} · {date}", iso(&record.person.name))),
            footer: match &print.verify {
                Some(v) => format!("{title} · {}: {}", t(locale, "pdf-verify-code"), v.code),
                None => title.clone(),
            },
            qr: print.verify.as_ref().map(|v| v.url.clone()),
            locale,
        },
    )
}

/// "A1 Tar emot gods …": a criterion's code and text, in the text's direction.
fn criterion_text(c: &Criterion, lang: &str, width: f32) -> String {
    let text = c.text.get(lang);
    // The space after the code is a no-break one: the layout loses a plain space between a
    // left-to-right code and right-to-left words.
    para_in(
        "ctext",
        &format!("{}\u{a0}{text}", c.code),
        is_rtl(text),
        width,
    )
}

impl Print {
    /// The language printed beside Swedish, if the criteria go in two languages: the one asked
    /// for, else the person's, else the labels'; none when that is Swedish too.
    fn second_language(&self, record: &MappingRecord) -> Option<String> {
        if !self.two_languages {
            return None;
        }
        // A language asked for by name counts only if some criterion is written in it.
        let written = |tag: &str| {
            record
                .criteria()
                .any(|c| c.text.languages().any(|l| l == tag))
        };
        let asked = self.second.clone().filter(|tag| written(tag));
        [
            asked.unwrap_or_default(),
            record.person.locale.clone(),
            self.locale.tag().to_owned(),
        ]
        .into_iter()
        .find(|tag| !tag.is_empty() && tag != "sv")
    }
}

/// The page: A4, with the body's margins (the bottom one leaves room for the footer and the QR
/// code).
const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const MARGIN: f32 = 18.0;
const MARGIN_BOTTOM: f32 = 26.0;
/// The QR code's side and its distance from the bottom edge, in mm.
const QR_SIZE: f32 = 17.0;
const QR_BOTTOM: f32 = 6.0;
/// A strip of page furniture (header or footer) laid out on its own: its height in mm.
const STRIP_H: f32 = 9.0;

fn mm(v: f32) -> printpdf::Pt {
    printpdf::Mm(v).into()
}

/// Lay out one of Kartla's HTML documents on A4 pages. CPU-bound.
fn layout(html: &str, options: &GeneratePdfOptions) -> Result<PdfDocument, String> {
    let mut warnings = vec![];
    let doc = PdfDocument::from_html_with_cache(
        html,
        &BTreeMap::new(),
        // Fonts come from the pool, by family name; handing them over again would have each
        // layout copy and parse them anew.
        &BTreeMap::new(),
        options,
        &mut warnings,
        Some(FONT_POOL.clone()),
    )?;
    if doc.pages.is_empty() {
        return Err(format!("no pages rendered ({} warnings)", warnings.len()));
    }
    Ok(doc)
}

/// Lay out Kartla's HTML and save it as PDF with its furniture and metadata. CPU-bound.
pub fn render_html(html: &str, meta: Meta) -> Result<Vec<u8>, String> {
    let options = GeneratePdfOptions {
        page_width: Some(PAGE_W),
        page_height: Some(PAGE_H),
        margin_top: Some(MARGIN),
        margin_bottom: Some(MARGIN_BOTTOM),
        margin_left: Some(MARGIN),
        margin_right: Some(MARGIN),
        ..GeneratePdfOptions::default()
    };
    let mut doc = layout(html, &options)?;
    furnish(&mut doc, &meta)?;
    doc.metadata.info.document_title = meta.title;
    doc.metadata.info.author = meta.author;
    doc.metadata.info.subject = meta.subject;
    let now = printpdf::OffsetDateTime::now_utc();
    doc.metadata.info.creation_date = now;
    doc.metadata.info.modification_date = now;
    doc.metadata.info.metadata_date = now;
    doc.metadata.info.creator = "Kartla".to_owned();
    doc.metadata.info.producer = "Kartla".to_owned();
    let mut warnings = vec![];
    let options = PdfSaveOptions::default();
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);
    // What printpdf has no field for: the document's language (read by screen readers and
    // search), and viewers showing the title rather than the file name. /Lang needs PDF 1.4.
    lo.version = "1.7".to_owned();
    if let Ok(catalog) = lo.catalog_mut() {
        catalog.set(
            "Lang",
            lopdf::Object::string_literal(meta.locale.tag().as_bytes().to_vec()),
        );
        let mut prefs = lopdf::Dictionary::new();
        prefs.set("DisplayDocTitle", true);
        catalog.set("ViewerPreferences", prefs);
    }
    if options.optimize {
        compress(&mut lo);
    }
    let mut bytes = Vec::with_capacity(128 * 1024);
    lo.save_to(&mut bytes).map_err(|e| e.to_string())?;
    Ok(stable_id(bytes))
}

/// Compress the document's streams as lopdf's `compress` does, but at level 5: lopdf uses the
/// best (9), which took a quarter of the time of a whole render to save 5 % of the file.
fn compress(doc: &mut lopdf::Document) {
    use std::io::Write;
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(5));
        if encoder.write_all(&stream.content).is_err() {
            continue;
        }
        if let Ok(compressed) = encoder.finish() {
            if compressed.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(compressed);
            }
        }
    }
}

/// Put the header (pages 2 on), the footer with "Sida X av Y" and the QR code on every page,
/// after layout: printpdf's own page numbers (`show_page_numbers`, `footer_text`) do not
/// appear on its HTML path, and would be English. Each strip of text is laid out by the same
/// HTML path as the body, so names in Arabic script come out shaped; its glyphs then move to
/// their place on the page, and the fonts it used join the document's.
fn furnish(doc: &mut PdfDocument, meta: &Meta) -> Result<(), String> {
    use printpdf::{CurTransMat, Op};
    let total = doc.pages.len();
    let qr = meta.qr.as_deref().map(qr_ops).unwrap_or_default();
    // Every page's footer, then the header, laid out together in one go (a layout has a fixed
    // cost of its own), each in a strip of its own.
    let mut texts: Vec<String> = (0..total)
        .map(|i| {
            let number = t_args(
                meta.locale,
                "pdf-page",
                &[("page", (i + 1).to_string()), ("pages", total.to_string())],
            );
            if meta.footer.is_empty() {
                number
            } else {
                format!("{} · {number}", meta.footer)
            }
        })
        .collect();
    let header = meta.header.as_ref().filter(|_| total > 1);
    if let Some(h) = header {
        texts.push(h.clone());
    }
    // Room for the QR code beside the footers.
    let footer_room = if qr.is_empty() { 0.0 } else { QR_SIZE + 4.0 };
    let strips = strips(doc, &texts, total, footer_room)?;
    for (i, page) in doc.pages.iter_mut().enumerate() {
        // Strip k was laid out k strips down from the top; move it to its place.
        let mut place = |k: usize, top_from_bottom: f32| {
            let laid_top = STRIP_H * (texts.len() - k) as f32;
            page.ops.push(Op::SaveGraphicsState);
            page.ops.push(Op::SetTransformationMatrix {
                matrix: CurTransMat::Translate(printpdf::Pt(0.0), mm(top_from_bottom - laid_top)),
            });
            page.ops.extend_from_slice(&strips[k]);
            page.ops.push(Op::RestoreGraphicsState);
        };
        if i > 0 && header.is_some() {
            place(total, PAGE_H - 8.0);
        }
        place(i, QR_BOTTOM + 8.0);
        page.ops.extend_from_slice(&qr);
    }
    Ok(())
}

/// Lines of page furniture, laid out and shaped like the body in one document, each in a strip
/// STRIP_H high (the first `footers` of them leaving `footer_room` mm free on the right); returns
/// each strip's ops and adds the fonts they use to the document.
fn strips(
    doc: &mut PdfDocument,
    texts: &[String],
    footers: usize,
    footer_room: f32,
) -> Result<Vec<Vec<printpdf::Op>>, String> {
    use printpdf::Op;
    let strip_pt = mm(STRIP_H).0;
    let room_pt = mm(footer_room).0;
    let mut html = head(&format!(
        ".strip {{ font-size: 8pt; color: #444444; margin: 0; }}
        .box {{ height: {strip_pt}pt; overflow: hidden; }}
        .foot {{ padding-right: {room_pt}pt; }}"
    ));
    for (k, text) in texts.iter().enumerate() {
        let class = if k < footers { "box foot" } else { "box" };
        html.push_str(&format!(
            "<div class=\"{class}\">{}</div>",
            para("strip", text)
        ));
    }
    html.push_str("</body></html>");
    let height = STRIP_H * texts.len() as f32;
    let options = GeneratePdfOptions {
        page_width: Some(PAGE_W),
        page_height: Some(height),
        margin_top: Some(0.0),
        margin_bottom: Some(0.0),
        margin_left: Some(MARGIN),
        margin_right: Some(MARGIN),
        ..GeneratePdfOptions::default()
    };
    let mut laid = layout(&html, &options)?;
    for (id, font) in std::mem::take(&mut laid.resources.fonts.map) {
        doc.resources.fonts.map.entry(id).or_insert(font);
    }
    // Sort the text sections into their strips by where their first glyph sits; the font
    // and colour set before a section go with it.
    let top = mm(height).0;
    let mut out = vec![vec![]; texts.len()];
    let mut state: Vec<Op> = vec![];
    let mut section: Option<Vec<Op>> = None;
    let mut y: Option<f32> = None;
    for op in laid.pages.into_iter().flat_map(|p| p.ops) {
        match (&mut section, op) {
            (None, op @ (Op::SetFont { .. } | Op::SetFillColor { .. })) => {
                state.retain(|s| std::mem::discriminant(s) != std::mem::discriminant(&op));
                state.push(op);
            }
            (None, Op::StartTextSection) => {
                let mut ops = state.clone();
                ops.push(Op::StartTextSection);
                section = Some(ops);
                y = None;
            }
            (Some(ops), Op::EndTextSection) => {
                ops.push(Op::EndTextSection);
                let k = y.map_or(0, |y| ((top - y) / strip_pt).floor().max(0.0) as usize);
                if let (Some(ops), Some(slot)) = (section.take(), out.get_mut(k)) {
                    slot.extend(ops);
                }
            }
            (Some(ops), op) => {
                if let (None, Op::SetTextMatrix { matrix }) = (y, &op) {
                    y = Some(matrix.as_array()[5]);
                }
                ops.push(op);
            }
            (None, _) => {}
        }
    }
    Ok(out)
}

/// The QR code for `url` in the bottom corner of the page (right in left-to-right pages), as
/// filled squares in one path, and a link to the same address over it.
fn qr_ops(url: &str) -> Vec<printpdf::Op> {
    use printpdf::{
        Actions, BorderArray, Color, LinePoint, LinkAnnotation, Op, PaintMode, Point, Polygon,
        PolygonRing, Pt, Rect, Rgb, WindingOrder,
    };
    let Ok(code) = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M) else {
        return vec![];
    };
    let n = code.width();
    let colors = code.to_colors();
    let left = mm(PAGE_W - MARGIN - QR_SIZE).0;
    let bottom = mm(QR_BOTTOM).0;
    let side = mm(QR_SIZE).0;
    let module = side / n as f32;
    let point = |x: f32, y: f32| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    let mut rings = vec![];
    for row in 0..n {
        let mut col = 0;
        while col < n {
            if colors[row * n + col] != qrcode::Color::Dark {
                col += 1;
                continue;
            }
            // One rectangle for each run of dark modules in a row.
            let start = col;
            while col < n && colors[row * n + col] == qrcode::Color::Dark {
                col += 1;
            }
            let x0 = left + start as f32 * module;
            let x1 = left + col as f32 * module;
            let y1 = bottom + side - row as f32 * module;
            let y0 = y1 - module;
            rings.push(PolygonRing {
                points: vec![point(x0, y0), point(x1, y0), point(x1, y1), point(x0, y1)],
            });
        }
    }
    vec![
        Op::SaveGraphicsState,
        Op::SetFillColor {
            col: Color::Rgb(Rgb {
                r: 0.0,
                g: 0.0,
                b: 0.0,
                icc_profile: None,
            }),
        },
        Op::DrawPolygon {
            polygon: Polygon {
                rings,
                mode: PaintMode::Fill,
                winding_order: WindingOrder::NonZero,
            },
        },
        Op::RestoreGraphicsState,
        Op::LinkAnnotation {
            link: LinkAnnotation::new(
                Rect::from_xywh(Pt(left), Pt(bottom), Pt(side), Pt(side)),
                Actions::Uri(url.to_owned()),
                Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                None,
                None,
            ),
        },
    ]
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
pub async fn render_async(record: MappingRecord, print: Print) -> Result<Vec<u8>, AppError> {
    tokio::task::spawn_blocking(move || render(&record, &print))
        .await
        .map_err(|_| AppError::Internal)?
        .map_err(|e| {
            tracing::error!(error = %e, "PDF rendering failed");
            AppError::Internal
        })
}

/// A PDF in a temporary file for poppler's and qpdf's tools, for tests; removed when dropped.
#[cfg(test)]
pub struct TempPdf(std::path::PathBuf);

#[cfg(test)]
impl TempPdf {
    pub fn new(pdf: &[u8]) -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("kartla-test-{}-{n}.pdf", std::process::id()));
        std::fs::write(&path, pdf).unwrap();
        Self(path)
    }

    pub fn run(&self, name: &str, before: &[&str], after: &[&str]) -> String {
        let out = std::process::Command::new(name)
            .args(before)
            .arg(&self.0)
            .args(after)
            .output()
            .expect("the tool is installed");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The whole text, as pdftotext reads it, searchable: without the embedding marks it
    /// wraps right-to-left lines in, and with plain spaces for the no-break one after a
    /// criterion's code.
    pub fn text(&self) -> String {
        self.run("pdftotext", &[], &["-"])
            .chars()
            .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}'))
            .map(|c| if c == '\u{a0}' { ' ' } else { c })
            .collect()
    }

    /// One page's text, as pdftotext reads it.
    pub fn page_text(&self, page: usize) -> String {
        let n = page.to_string();
        self.run("pdftotext", &["-f", &n, "-l", &n], &["-"])
    }

    /// One page as a greyscale PNG at `dpi`.
    pub fn page_png(&self, page: usize, dpi: u32) -> Vec<u8> {
        let n = page.to_string();
        let r = dpi.to_string();
        let out = std::process::Command::new("pdftoppm")
            .args(["-f", &n, "-l", &n, "-r", &r, "-gray", "-png", "-singlefile"])
            .arg(&self.0)
            .output()
            .expect("pdftoppm is installed");
        assert!(out.status.success());
        out.stdout
    }

    pub fn pages(&self) -> usize {
        let info = self.run("pdfinfo", &[], &[]);
        info.lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pdfinfo gives the page count")
    }
}

#[cfg(test)]
impl Drop for TempPdf {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The text of a PDF as poppler's `pdftotext` reads it, for tests.
#[cfg(test)]
pub fn text_of(pdf: &[u8]) -> String {
    TempPdf::new(pdf).text()
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
        let a = render(&record, &Print::new(Locale::Sv)).unwrap();
        let b = render(&record, &Print::new(Locale::Sv)).unwrap();
        assert_eq!(without_dates(&a), without_dates(&b));
        let en = render(&record, &Print::new(Locale::En)).unwrap();
        assert_ne!(without_dates(&a), without_dates(&en));
    }

    #[test]
    fn the_profile_holds_summary_links_portfolio_and_evidence() {
        let text = text_of(&render(&demo_export(), &Print::new(Locale::En)).unwrap());
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
            ..Print::new(Locale::Sv)
        };
        let text = text_of(&render(&demo_export(), &print).unwrap());
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
        let pdf = TempPdf::new(&render(&demo_export(), &Print::new(Locale::Sv)).unwrap());
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
        let pdf = TempPdf::new(&render(&demo_export(), &verified(Locale::Sv)).unwrap());
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
        let pdf = TempPdf::new(&render(&demo_export(), &Print::new(Locale::Sv)).unwrap());
        let header = "Kompetensprofil – Amal Hassan · 2026-11-22";
        assert!(!pdf.page_text(1).contains(header));
        for page in 2..=pdf.pages() {
            let text = pdf.page_text(page);
            assert!(text.starts_with(header), "page {page}: {text}");
        }
    }

    #[test]
    fn the_document_names_its_language_and_asks_viewers_to_show_its_title() {
        for (locale, tag) in [(Locale::Sv, "sv"), (Locale::En, "en")] {
            let pdf = TempPdf::new(&render(&demo_export(), &Print::new(locale)).unwrap());
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
        let pdf = TempPdf::new(&render(&many_scripts(), &Print::new(Locale::Sv)).unwrap());
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
        let text = text_of(&render(&record, &Print::new(Locale::Sv)).unwrap());
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
        let bytes = render(&many_scripts(), &Print::new(Locale::Sv)).unwrap();
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
            ..Print::new(Locale::En)
        };
        let text = text_of(&render(&record, &print).unwrap());
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
            ..Print::new(Locale::Sv)
        };
        let text = text_of(&render(&record, &print).unwrap());
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
            ..Print::new(Locale::Sv)
        };
        assert_eq!(print.second_language(&record), None);
        // One language only when both would be Swedish.
        let print = Print {
            two_languages: true,
            ..Print::new(Locale::Sv)
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

    /// A picture test: the page with criteria and answers in Arabic beside Swedish, rendered to
    /// PNG, matches the committed reference within a tolerance (font rasterising may move a few
    /// pixels); a left-to-right page does not. `KARTLA_UPDATE_REFERENCE=1` writes the reference.
    #[test]
    fn a_right_to_left_page_looks_like_its_reference() {
        let print = Print {
            two_languages: true,
            second: Some("ar".into()),
            ..Print::new(Locale::Sv)
        };
        let pdf = TempPdf::new(&render(&in_arabic(), &print).unwrap());
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
        let ltr = TempPdf::new(&render(&demo_export(), &Print::new(Locale::Sv)).unwrap());
        let other = difference(&ltr.page_png(2, 60), &reference);
        assert!(
            other > 0.01,
            "a different page differs: {:.4} %",
            other * 100.0
        );
    }

    #[test]
    fn numbers_with_separators_are_turned_for_the_layout() {
        assert_eq!(
            numbers_turned("حلب (2012-01 – 2016-12)"),
            "حلب (01-2012 – 12-2016)"
        );
        assert_eq!(
            numbers_turned("في 12:30 و 3.5 و 2020"),
            "في 30:12 و 5.3 و 2020"
        );
        assert_eq!(numbers_turned("A-1 2020-"), "A-1 2020-");
    }

    #[test]
    fn arabic_text_is_laid_out_right_to_left() {
        assert!(is_rtl("  عملت في ورشة لحام"));
        assert!(!is_rtl("Jag svetsade – عملت"));
        assert!(para("answer", "عملت").contains("rtl"));
    }
}
