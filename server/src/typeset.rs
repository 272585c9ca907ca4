//! Kartla's own typesetting for its PDFs: paragraphs shaped with rustybuzz (Arabic joined,
//! brackets mirrored, marks placed), ordered line by line by the Unicode bidi algorithm, broken
//! at the places Unicode allows, and laid on A4 pages with printpdf's low-level operations.
//! The documents are simple (headings, paragraphs, rows of cells, a bordered box, bars), so
//! this is all the layout they need; a general HTML layout cost most of a render's time and got
//! right-to-left lines wrong.
use kartla_app::i18n::Locale;
use printpdf::{
    Color, FontId, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect,
    Rgb, TextItem, TextMatrix,
};
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};
use unicode_bidi::{Level, ParagraphBidiInfo};

/// The faces, regular and bold per script: Latin (and everything else Noto Sans has), Arabic
/// (Arabic and Persian), Ethiopic (Tigrinya, Amharic). All under the SIL Open Font License.
pub(crate) const FONTS: [(&str, &[u8]); 6] = [
    ("NotoSans", include_bytes!("../fonts/NotoSans-Regular.ttf")),
    ("NotoSans", include_bytes!("../fonts/NotoSans-Bold.ttf")),
    (
        "NotoSansArabic",
        include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "NotoSansArabic",
        include_bytes!("../fonts/NotoSansArabic-Bold.ttf"),
    ),
    (
        "NotoSansEthiopic",
        include_bytes!("../fonts/NotoSansEthiopic-Regular.ttf"),
    ),
    (
        "NotoSansEthiopic",
        include_bytes!("../fonts/NotoSansEthiopic-Bold.ttf"),
    ),
];

/// The faces for shaping and measuring, read once per process (ttf-parser reads lazily, so
/// this costs next to nothing).
static SHAPERS: LazyLock<Vec<Option<rustybuzz::Face<'static>>>> = LazyLock::new(|| {
    FONTS
        .iter()
        .map(|(_, bytes)| rustybuzz::Face::from_slice(bytes, 0))
        .collect()
});

/// The faces as printpdf embeds them, each parsed the first time a document uses it.
static EMBEDDED: [OnceLock<Option<ParsedFont>>; 6] = [const { OnceLock::new() }; 6];

fn embedded(face: usize) -> Option<&'static ParsedFont> {
    EMBEDDED
        .get(face)?
        .get_or_init(|| {
            let mut warnings = vec![];
            ParsedFont::from_bytes(FONTS.get(face)?.1, 0, &mut warnings)
        })
        .as_ref()
}

fn shaper(face: usize) -> Option<&'static rustybuzz::Face<'static>> {
    SHAPERS.get(face)?.as_ref()
}

/// Which script's face a letter needs, if it is not Latin's.
fn script_face(c: char) -> Option<usize> {
    match c {
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}' => Some(2),
        '\u{1200}'..='\u{139F}' | '\u{2D80}'..='\u{2DDF}' | '\u{AB00}'..='\u{AB2F}' => Some(4),
        c if c.is_alphabetic() => Some(0),
        _ => None,
    }
}

/// Whether a letter is written right to left (Hebrew, Arabic and their neighbours).
pub fn is_strong_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether a text reads right to left: its first letter is written so.
pub fn is_rtl(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(is_strong_rtl)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// How a paragraph looks: size (pt), weight, colour, space above and below (pt).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: [f32; 3],
    pub before: f32,
    pub after: f32,
}

const INK: [f32; 3] = [0.102, 0.102, 0.102];
const GREY: [f32; 3] = [0.267, 0.267, 0.267];
/// Kartla's blue, #0b4f6c.
pub const BLUE: [f32; 3] = [0.043, 0.310, 0.424];

impl Style {
    pub const BODY: Style = Style {
        size: 10.0,
        bold: false,
        color: INK,
        before: 0.0,
        after: 0.0,
    };
    pub const H1: Style = Style {
        size: 20.0,
        bold: true,
        after: 6.0,
        ..Style::BODY
    };
    pub const H2: Style = Style {
        size: 14.0,
        bold: true,
        before: 14.0,
        after: 4.0,
        ..Style::BODY
    };
    pub const H3: Style = Style {
        size: 11.0,
        bold: true,
        before: 10.0,
        after: 2.0,
        ..Style::BODY
    };
    pub const META: Style = Style {
        color: GREY,
        ..Style::BODY
    };
    pub const STRONG: Style = Style {
        bold: true,
        ..Style::BODY
    };
    pub const RATING: Style = Style {
        color: BLUE,
        ..Style::BODY
    };
    pub const SMALL: Style = Style {
        size: 8.0,
        color: GREY,
        ..Style::BODY
    };

    pub const fn before(self, before: f32) -> Style {
        Style { before, ..self }
    }

    fn line_height(&self) -> f32 {
        self.size * LINE_HEIGHT
    }
}

/// A line's height in ems (Noto Sans's own ascent plus descent), and where its baseline sits
/// below its top.
const LINE_HEIGHT: f32 = 1.36;
const ASCENT: f32 = 1.07;

/// A paragraph: text in a style and a direction.
#[derive(Debug, Clone)]
pub struct Para {
    pub text: String,
    pub style: Style,
    pub rtl: bool,
}

impl Para {
    /// A paragraph in its own direction.
    pub fn new(style: Style, text: impl Into<String>) -> Self {
        let text = text.into();
        Self {
            rtl: is_rtl(&text),
            text,
            style,
        }
    }

    pub fn dir(style: Style, text: impl Into<String>, rtl: bool) -> Self {
        Self {
            text: text.into(),
            style,
            rtl,
        }
    }
}

/// What a cell of a row holds.
#[derive(Debug, Clone)]
pub enum Content {
    /// A paragraph, set from the cell's start (or end, `at_end`).
    Text { para: Para, at_end: bool },
    /// A filled bar of this width and height (pt), centred on the cell's first line.
    Bar { width: f32, height: f32 },
}

/// A cell: its width (pt) and the room left free on both sides inside it.
#[derive(Debug, Clone)]
pub struct Cell {
    pub width: f32,
    pub pad: f32,
    pub content: Content,
}

#[derive(Debug, Clone)]
enum Block {
    Para(Para),
    /// A heading: kept on the page of what follows it.
    Heading(Para),
    /// Cells side by side, broken across pages line by line; space above (pt).
    Row {
        cells: Vec<Cell>,
        before: f32,
    },
    /// A paragraph in a frame.
    Boxed(Para),
}

/// A document's content, in reading order.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    blocks: Vec<Block>,
}

impl Doc {
    pub fn para(&mut self, style: Style, text: impl Into<String>) {
        self.blocks.push(Block::Para(Para::new(style, text)));
    }

    pub fn para_dir(&mut self, style: Style, text: impl Into<String>, rtl: bool) {
        self.blocks.push(Block::Para(Para::dir(style, text, rtl)));
    }

    pub fn heading(&mut self, style: Style, text: impl Into<String>) {
        self.blocks.push(Block::Heading(Para::new(style, text)));
    }

    pub fn row(&mut self, cells: Vec<Cell>, before: f32) {
        self.blocks.push(Block::Row { cells, before });
    }

    pub fn push(&mut self, para: Para) {
        self.blocks.push(Block::Para(para));
    }

    pub fn boxed(&mut self, style: Style, text: impl Into<String>) {
        self.blocks.push(Block::Boxed(Para::new(style, text)));
    }
}

/// A glyph placed on a line: its face, id, pen position from the line's start and rise (pt),
/// and the text it stands for (empty for the second glyph of a character and on).
#[derive(Debug, Clone)]
struct Placed {
    face: usize,
    gid: u16,
    x: f32,
    rise: f32,
    text: String,
}

/// A line laid out: its glyphs in visual order and its width.
#[derive(Debug, Clone, Default)]
struct Line {
    glyphs: Vec<Placed>,
    width: f32,
}

impl Line {
    /// Where the line starts in a column at `x`, `width` wide: at its start, or against its end
    /// (right-to-left paragraphs, numbers).
    fn start(&self, x: f32, width: f32, at_end: bool) -> f32 {
        if at_end {
            x + width - self.width
        } else {
            x
        }
    }
}

/// A shaped stretch of one face and one direction: glyphs in visual order, each with the
/// byte of the text it starts at.
struct Run {
    face: usize,
    rtl: bool,
    range: Range<usize>,
    glyphs: Vec<Shaped>,
}

/// A glyph as the shaper gives it: its id; the bytes of the text it stands for (from its
/// character to the next glyph's); its advance, offset and rise in pt; and whether it is the
/// first glyph of its character (a character can make several).
struct Shaped {
    gid: u16,
    text: Range<usize>,
    adv: f32,
    dx: f32,
    dy: f32,
    first: bool,
}

/// The face each character is set in: its script's for letters; digits, spaces and punctuation
/// stay in the face before them when it has them, so a run is not broken needlessly.
fn faces_of(text: &str, bold: bool) -> Vec<usize> {
    let b = usize::from(bold);
    let has = |face: usize, c: char| shaper(face).is_some_and(|f| f.glyph_index(c).is_some());
    let mut out = Vec::with_capacity(text.len());
    let mut prev: Option<usize> = None;
    // Neutrals before the first letter take the face of that letter.
    let first = text.chars().find_map(script_face).map(|f| f + b);
    for c in text.chars() {
        let face = match script_face(c) {
            Some(f) => f + b,
            None => match prev.or(first) {
                Some(p) if has(p, c) => p,
                _ => b,
            },
        };
        prev = Some(face);
        out.extend(std::iter::repeat_n(face, c.len_utf8()));
    }
    out
}

/// Shape a paragraph's text (one line of the source, no line breaks) in runs of one face and
/// one bidi level.
fn shape(text: &str, bidi: &ParagraphBidiInfo<'_>, size: f32, bold: bool) -> Vec<Run> {
    let faces = faces_of(text, bold);
    let mut runs = vec![];
    let mut start = 0;
    let bytes = text.len();
    while start < bytes {
        let (face, level) = (faces[start], bidi.levels[start]);
        let mut end = start;
        while end < bytes && faces[end] == face && bidi.levels[end] == level {
            end += 1;
        }
        // Runs end on character boundaries: each byte of a character has its face and level.
        runs.push(shape_run(text, start..end, face, level.is_rtl(), size));
        start = end;
    }
    runs
}

fn shape_run(text: &str, range: Range<usize>, face: usize, rtl: bool, size: f32) -> Run {
    let mut run = Run {
        face,
        rtl,
        range: range.clone(),
        glyphs: vec![],
    };
    let Some(f) = shaper(face) else {
        return run;
    };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(&text[range.clone()]);
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    buffer.set_cluster_level(rustybuzz::BufferClusterLevel::Characters);
    buffer.set_flags(rustybuzz::BufferFlags::REMOVE_DEFAULT_IGNORABLES);
    buffer.guess_segment_properties();
    let plan = plan(f, face, buffer.direction(), buffer.script());
    let shaped = rustybuzz::shape_with_plan(f, &plan, buffer);
    let scale = size / f32::from(f.units_per_em() as u16);
    let infos = shaped.glyph_infos();
    // Where each character's text ends: at the next character that has a glyph.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let mut previous = None;
    run.glyphs = infos
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| {
            let cluster = info.cluster as usize;
            let end = match starts.binary_search(&cluster) {
                Ok(i) => starts.get(i + 1).copied(),
                Err(_) => None,
            }
            .map_or(range.end, |e| range.start + e);
            let first = previous != Some(cluster);
            previous = Some(cluster);
            Shaped {
                gid: info.glyph_id as u16,
                text: range.start + cluster..end,
                adv: pos.x_advance as f32 * scale,
                dx: pos.x_offset as f32 * scale,
                dy: pos.y_offset as f32 * scale,
                first,
            }
        })
        .collect();
    run
}

thread_local! {
    /// Shaping plans by face, direction and script: making one reads the font's feature
    /// lists, which cost as much as shaping a paragraph.
    static PLANS: std::cell::RefCell<Vec<PlanKey>> = const { std::cell::RefCell::new(vec![]) };
}

type PlanKey = (
    (usize, rustybuzz::Direction, rustybuzz::Script),
    std::rc::Rc<rustybuzz::ShapePlan>,
);

fn plan(
    f: &rustybuzz::Face<'_>,
    face: usize,
    direction: rustybuzz::Direction,
    script: rustybuzz::Script,
) -> std::rc::Rc<rustybuzz::ShapePlan> {
    let key = (face, direction, script);
    PLANS.with_borrow_mut(|plans| {
        if let Some((_, plan)) = plans.iter().find(|(k, _)| *k == key) {
            return plan.clone();
        }
        let plan = std::rc::Rc::new(rustybuzz::ShapePlan::new(
            f,
            direction,
            Some(script),
            None,
            &[],
        ));
        plans.push((key, plan.clone()));
        plan
    })
}

/// Lay a paragraph out in lines at most `width` pt wide.
fn lay_out(para: &Para, width: f32) -> Vec<Line> {
    let mut lines = vec![];
    // Each line the person wrote is a paragraph of its own; an empty one leaves an empty line.
    for source in para.text.split('\n') {
        let source: String = source
            .chars()
            .map(|c| match c {
                '\t' | '\r' | '\u{0B}' | '\u{0C}' | '\u{1C}'..='\u{1F}' | '\u{85}' => ' ',
                '\u{2028}' | '\u{2029}' => ' ',
                c => c,
            })
            .collect();
        if source.trim().is_empty() {
            if para.text.contains('\n') {
                lines.push(Line::default());
            }
            continue;
        }
        lay_out_one(&source, para, width, &mut lines);
    }
    lines
}

/// A number with separators inside ("2012-01", "12:30", "3,5") isolated left to right, so it
/// keeps the order it was written in beside Arabic letters. (Unicode's bidi algorithm turns
/// European digits after Arabic letters into Arabic numbers, and then shows "2012-01" as
/// "01-2012".)
fn numbers_kept(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_strong_rtl) {
        return text.into();
    }
    let chars: Vec<char> = text.chars().collect();
    let is_sep = |c: char| matches!(c, '-' | '/' | ':' | '.' | ',');
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // Digits, then as long as a separator is followed by a digit, more.
        let start = i;
        let mut joined = false;
        loop {
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i + 1 < chars.len() && is_sep(chars[i]) && chars[i + 1].is_ascii_digit() {
                joined = true;
                i += 1;
            } else {
                break;
            }
        }
        if joined {
            out.push('\u{2066}');
        }
        out.extend(&chars[start..i]);
        if joined {
            out.push('\u{2069}');
        }
    }
    out.into()
}

fn lay_out_one(text: &str, para: &Para, width: f32, lines: &mut Vec<Line>) {
    let text = &*numbers_kept(text);
    let level = if para.rtl { Level::rtl() } else { Level::ltr() };
    let bidi = ParagraphBidiInfo::new(text, Some(level));
    let runs = shape(text, &bidi, para.style.size, para.style.bold);
    // How far the pen moves for the text before each byte.
    let mut advance = vec![0.0f32; text.len() + 1];
    for run in &runs {
        for g in &run.glyphs {
            advance[g.text.start + 1] += g.adv;
        }
    }
    let mut prefix = advance;
    for i in 1..prefix.len() {
        prefix[i] += prefix[i - 1];
    }
    let span = |r: &Range<usize>| prefix[r.end] - prefix[r.start];
    let trimmed = |r: Range<usize>| r.start..r.start + text[r.clone()].trim_end().len();
    let mut start = 0;
    // The last place the line could end, and the place after it.
    let mut fits: Option<usize> = None;
    let opportunities: Vec<usize> = unicode_linebreak::linebreaks(text)
        .map(|(i, _)| i)
        .collect();
    let mut k = 0;
    while start < text.len() {
        let Some(&at) = opportunities.get(k) else {
            break;
        };
        if span(&trimmed(start..at)) <= width {
            fits = Some(at);
            k += 1;
            if at < text.len() {
                continue;
            }
        }
        let end = match fits.take() {
            Some(end) => end,
            // A word wider than the line: as many characters as fit.
            None => {
                let mut end = start;
                for (i, c) in text[start..at].char_indices() {
                    let next = start + i + c.len_utf8();
                    if end > start && span(&(start..next)) > width {
                        break;
                    }
                    end = next;
                }
                end
            }
        };
        lines.push(visual_line(text, &bidi, &runs, trimmed(start..end)));
        start = end;
        while k < opportunities.len() && opportunities[k] <= start {
            k += 1;
        }
    }
}

/// The glyphs of `line` (bytes of the text) in the order they are seen.
fn visual_line(text: &str, bidi: &ParagraphBidiInfo<'_>, runs: &[Run], line: Range<usize>) -> Line {
    let mut out = Line::default();
    if line.is_empty() {
        return out;
    }
    let (_, level_runs) = bidi.visual_runs(line.clone());
    let mut x = 0.0;
    for visual in level_runs {
        let rtl = bidi.levels[visual.start].is_rtl();
        let mut parts: Vec<&Run> = runs
            .iter()
            .filter(|r| r.range.start < visual.end && visual.start < r.range.end)
            .collect();
        if rtl {
            parts.reverse();
        }
        for run in parts {
            let shown =
                |g: &&Shaped| visual.contains(&g.text.start) && line.contains(&g.text.start);
            for g in run.glyphs.iter().filter(shown) {
                let text_of = if g.first {
                    let chars = text[g.text.clone()]
                        .chars()
                        .filter(|c| !is_bidi_control(*c));
                    // A bracket set right to left is drawn with its mirror's glyph, which
                    // stands for the mirror wherever it is used: one glyph, one text.
                    if run.rtl {
                        chars
                            .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c))
                            .collect()
                    } else {
                        chars.collect()
                    }
                } else {
                    String::new()
                };
                out.glyphs.push(Placed {
                    face: run.face,
                    gid: g.gid,
                    x: x + g.dx,
                    rise: g.dy,
                    text: text_of,
                });
                x += g.adv;
            }
        }
    }
    out.width = x;
    out
}

/// Page geometry in pt: A4 with the body's margins; the bottom one leaves room for the footer
/// and the QR code.
pub const PAGE_W: f32 = 595.276;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN: f32 = 51.024;
const MARGIN_BOTTOM: f32 = 73.701;
pub const BODY_WIDTH: f32 = PAGE_W - 2.0 * MARGIN;
/// The QR code's side and its distance from the bottom edge (17 mm and 6 mm).
const QR_SIZE: f32 = 48.189;
const QR_BOTTOM: f32 = 17.008;
/// The frame of a boxed paragraph: its padding and line width.
const BOX_PAD: f32 = 6.0;
const BOX_LINE: f32 = 1.0;

fn rgb(c: [f32; 3]) -> Color {
    Color::Rgb(Rgb {
        r: c[0],
        g: c[1],
        b: c[2],
        icc_profile: None,
    })
}

/// Pages being filled from the top.
struct Pager {
    pages: Vec<Vec<Op>>,
    /// The top of the room left on the page, in pt from the bottom.
    y: f32,
    /// The space the last block asked for below it.
    after: f32,
    fonts: [Option<FontId>; 6],
    doc: PdfDocument,
}

impl Pager {
    fn new(doc: PdfDocument) -> Self {
        Self {
            pages: vec![vec![]],
            y: PAGE_H - MARGIN,
            after: 0.0,
            fonts: Default::default(),
            doc,
        }
    }

    fn at_top(&self) -> bool {
        self.y >= PAGE_H - MARGIN
    }

    fn new_page(&mut self) {
        self.pages.push(vec![]);
        self.y = PAGE_H - MARGIN;
        self.after = 0.0;
    }

    /// Space above a block: the larger of its own and the last block's below it; none at the
    /// top of a page.
    fn space(&mut self, before: f32) {
        if !self.at_top() {
            self.y -= before.max(self.after);
        }
        self.after = 0.0;
    }

    /// Room for `height` pt more on this page, or a new page.
    fn room(&mut self, height: f32) {
        if self.y - height < MARGIN_BOTTOM && !self.at_top() {
            self.new_page();
        }
    }

    fn font(&mut self, face: usize) -> Option<FontId> {
        if let Some(id) = &self.fonts[face] {
            return Some(id.clone());
        }
        // A fixed name per face, so the same content gives the same bytes.
        let id = FontId(format!("F{face}"));
        self.doc
            .resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new(embedded(face)?.clone()));
        self.fonts[face] = Some(id.clone());
        Some(id)
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(vec![]);
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Write a line with its start at `x` and its baseline at `baseline` onto the current page.
    fn write(&mut self, line: &Line, style: &Style, x: f32, baseline: f32) {
        let ops = write_line(self, line, style, x, baseline);
        self.ops().extend(ops);
    }

    fn para(&mut self, para: &Para) {
        self.space(para.style.before);
        let lines = lay_out(para, BODY_WIDTH);
        self.lines(&lines, &para.style, para.rtl, MARGIN, BODY_WIDTH);
        self.after = para.style.after;
    }

    /// Lines one under another, in a column at `x` `width` wide.
    fn lines(&mut self, lines: &[Line], style: &Style, rtl: bool, x: f32, width: f32) {
        let lh = style.line_height();
        for line in lines {
            self.room(lh);
            let start = line.start(x, width, rtl);
            let baseline = self.y - style.size * ASCENT;
            self.write(line, style, start, baseline);
            self.y -= lh;
        }
    }

    fn heading(&mut self, para: &Para) {
        let lines = lay_out(para, BODY_WIDTH);
        // The heading and two lines of what follows, or a new page.
        let need = para.style.before.max(self.after)
            + lines.len() as f32 * para.style.line_height()
            + 2.0 * Style::BODY.line_height();
        self.room(need);
        self.space(para.style.before);
        self.lines(&lines, &para.style, para.rtl, MARGIN, BODY_WIDTH);
        self.after = para.style.after;
    }

    fn row(&mut self, cells: &[Cell], before: f32) {
        self.space(before);
        let laid: Vec<(Vec<Line>, Option<&Para>)> = cells
            .iter()
            .map(|c| match &c.content {
                Content::Text { para, .. } => (lay_out(para, c.width - 2.0 * c.pad), Some(para)),
                Content::Bar { .. } => (vec![], None),
            })
            .collect();
        let rows = laid.iter().map(|(l, _)| l.len()).max().unwrap_or(0).max(1);
        let lh = laid
            .iter()
            .filter_map(|(_, p)| p.map(|p| p.style.line_height()))
            .fold(0.0, f32::max)
            .max(Style::SMALL.line_height());
        // A row that fits on a page is not split (two languages side by side stay side by
        // side); a longer one breaks line by line.
        if rows as f32 * lh <= PAGE_H - MARGIN - MARGIN_BOTTOM {
            self.room(rows as f32 * lh);
        }
        for i in 0..rows {
            self.room(lh);
            let mut x = MARGIN;
            for (cell, (lines, para)) in cells.iter().zip(&laid) {
                let inner = x + cell.pad;
                let width = cell.width - 2.0 * cell.pad;
                match (&cell.content, lines.get(i), para) {
                    (Content::Text { at_end, .. }, Some(line), Some(p)) => {
                        let start = line.start(inner, width, *at_end || p.rtl);
                        let baseline = self.y - p.style.size * ASCENT;
                        self.write(line, &p.style, start, baseline);
                    }
                    (Content::Bar { width: w, height }, _, _) if i == 0 && *w > 0.0 => {
                        let y = self.y - (lh + height) / 2.0;
                        let ops = self.ops();
                        ops.push(Op::SetFillColor { col: rgb(BLUE) });
                        ops.push(Op::DrawRectangle {
                            rectangle: Rect {
                                mode: Some(printpdf::PaintMode::Fill),
                                ..Rect::from_xywh(Pt(inner), Pt(y), Pt(*w), Pt(*height))
                            },
                        });
                    }
                    _ => {}
                }
                x += cell.width;
            }
            self.y -= lh;
        }
    }

    fn boxed(&mut self, para: &Para) {
        self.space(BOX_PAD);
        let width = BODY_WIDTH - 2.0 * (BOX_PAD + BOX_LINE);
        let lines = lay_out(para, width);
        let lh = para.style.line_height();
        // The frame's top on the current page.
        let mut top = self.y;
        self.y -= BOX_PAD;
        let x = MARGIN + BOX_LINE + BOX_PAD;
        for line in &lines {
            if self.y - lh - BOX_PAD < MARGIN_BOTTOM {
                self.frame(top, self.y);
                self.new_page();
                top = self.y;
                self.y -= BOX_PAD;
            }
            let start = line.start(x, width, para.rtl);
            let baseline = self.y - para.style.size * ASCENT;
            self.write(line, &para.style, start, baseline);
            self.y -= lh;
        }
        self.y -= BOX_PAD;
        self.frame(top, self.y);
        self.after = para.style.after;
    }

    /// A frame around the body's width from `top` down to `bottom`.
    fn frame(&mut self, top: f32, bottom: f32) {
        let half = BOX_LINE / 2.0;
        let ops = self.ops();
        ops.push(Op::SetOutlineColor { col: rgb(GREY) });
        ops.push(Op::SetOutlineThickness { pt: Pt(BOX_LINE) });
        ops.push(Op::DrawRectangle {
            rectangle: Rect {
                mode: Some(printpdf::PaintMode::Stroke),
                ..Rect::from_xywh(
                    Pt(MARGIN + half),
                    Pt(bottom + half),
                    Pt(BODY_WIDTH - BOX_LINE),
                    Pt(top - bottom - BOX_LINE),
                )
            },
        });
    }
}

/// The operations that draw a line: per stretch of one face and one rise, a text matrix and
/// one show-text operation whose kerns put every glyph where the shaper placed it.
fn write_line(pager: &mut Pager, line: &Line, style: &Style, x: f32, baseline: f32) -> Vec<Op> {
    let mut ops = vec![
        Op::StartTextSection,
        Op::SetFillColor {
            col: rgb(style.color),
        },
    ];
    let size = style.size;
    let mut i = 0;
    let glyphs = &line.glyphs;
    while i < glyphs.len() {
        let (face, rise) = (glyphs[i].face, glyphs[i].rise);
        let mut j = i;
        while j < glyphs.len() && glyphs[j].face == face && glyphs[j].rise == rise {
            j += 1;
        }
        let Some(font) = pager.font(face) else {
            i = j;
            continue;
        };
        let Some(f) = shaper(face) else {
            i = j;
            continue;
        };
        let upem = f32::from(f.units_per_em() as u16);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font),
            size: Pt(size),
        });
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x + glyphs[i].x), Pt(baseline + rise)),
        });
        // In thousandths of an em: the pen after a glyph is where it began plus the glyph's
        // width as the PDF gives it (/W, whole thousandths); a kern takes it to the next one.
        let em = 1000.0 / size;
        let mut items = Vec::with_capacity(j - i);
        for k in i..j {
            let g = &glyphs[k];
            let w = f
                .glyph_hor_advance(ttf_parser::GlyphId(g.gid))
                .map_or(0, |a| (f32::from(a) * 1000.0 / upem) as i64) as f32;
            let next = glyphs.get(k + 1).filter(|_| k + 1 < j);
            // Whole thousandths of an em (a hundredth of a pt at 10 pt): most kerns are none.
            let kern = next.map_or(0.0, |n| ((g.x - n.x) * em + w).round());
            items.push(printpdf::Codepoint {
                gid: g.gid,
                offset: kern,
                cid: (!g.text.is_empty()).then(|| g.text.clone()),
            });
        }
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(items)],
        });
        i = j;
    }
    ops.push(Op::EndTextSection);
    ops
}

/// A document's metadata and page furniture.
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// At the top of every page but the first, which says it in large.
    pub header: Option<String>,
    /// Before "Sida 2 av 4" at the foot of every page, e.g. "Kompetensprofil · Verifieringskod:
    /// 7KQM-2WXP-H9CD".
    pub footer: String,
    /// Printed as a QR code, and a link, in the corner of every page.
    pub qr: Option<String>,
    pub locale: Locale,
}

/// Lay the document out on A4 pages with its header, footers and QR code, and save it as PDF.
/// CPU-bound: call from a blocking thread.
pub fn render(doc: &Doc, meta: Meta) -> Result<Vec<u8>, String> {
    let mut pager = Pager::new(PdfDocument::new(&meta.title));
    for block in &doc.blocks {
        match block {
            Block::Para(p) => pager.para(p),
            Block::Heading(p) => pager.heading(p),
            Block::Row { cells, before } => pager.row(cells, *before),
            Block::Boxed(p) => pager.boxed(p),
        }
    }
    furnish(&mut pager, &meta);
    let Pager { pages, mut doc, .. } = pager;
    doc.pages = pages
        .into_iter()
        .map(|ops| PdfPage::new(printpdf::Mm(210.0), printpdf::Mm(297.0), ops))
        .collect();
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

/// The header (pages 2 on), the footer with "Sida X av Y" and the QR code on every page.
fn furnish(pager: &mut Pager, meta: &Meta) {
    let total = pager.pages.len();
    let qr = meta.qr.as_deref().map(qr_ops).unwrap_or_default();
    // Room for the QR code beside the footer.
    let room = if qr.is_empty() { 0.0 } else { QR_SIZE + 11.0 };
    let style = Style::SMALL;
    let header = meta
        .header
        .as_ref()
        .filter(|_| total > 1)
        .map(|h| Para::new(style, h.clone()));
    let header_lines = header
        .as_ref()
        .map(|p| lay_out(p, BODY_WIDTH))
        .unwrap_or_default();
    for page in 0..total {
        let number = crate::pdf::t_args(
            meta.locale,
            "pdf-page",
            &[
                ("page", (page + 1).to_string()),
                ("pages", total.to_string()),
            ],
        );
        let footer = if meta.footer.is_empty() {
            number
        } else {
            format!("{} · {number}", meta.footer)
        };
        let footer = Para::new(style, footer);
        let width = BODY_WIDTH - room;
        let lines = lay_out(&footer, width);
        let mut ops = vec![];
        // The footer's lines end at its baseline 14 mm from the bottom edge.
        let lh = style.line_height();
        let mut baseline = 36.0 + lh * (lines.len().saturating_sub(1)) as f32;
        for line in &lines {
            let x = line.start(MARGIN, width, footer.rtl);
            ops.extend(write_line(pager, line, &style, x, baseline));
            baseline -= lh;
        }
        if page > 0 {
            let mut baseline = PAGE_H - 30.0;
            for line in &header_lines {
                let x = line.start(MARGIN, BODY_WIDTH, header.as_ref().is_some_and(|h| h.rtl));
                ops.extend(write_line(pager, line, &style, x, baseline));
                baseline -= lh;
            }
        }
        ops.extend_from_slice(&qr);
        pager.pages[page].extend(ops);
    }
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

/// The QR code for `url` in the bottom corner of the page (right in left-to-right pages), as
/// filled squares in one path, and a link to the same address over it.
fn qr_ops(url: &str) -> Vec<Op> {
    use printpdf::{
        Actions, BorderArray, LinePoint, LinkAnnotation, PaintMode, Point, Polygon, PolygonRing,
        WindingOrder,
    };
    let Ok(code) = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M) else {
        return vec![];
    };
    let n = code.width();
    let colors = code.to_colors();
    let left = PAGE_W - MARGIN - QR_SIZE;
    let bottom = QR_BOTTOM;
    let side = QR_SIZE;
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
pub(crate) fn blank_dates(pdf: &mut [u8]) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of a laid-out line, glyph by glyph from the left.
    fn visual(text: &str, rtl: bool) -> String {
        let para = Para::dir(Style::BODY, text, rtl);
        lay_out(&para, 1000.0)
            .iter()
            .map(|l| l.glyphs.iter().map(|g| g.text.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn right_to_left_lines_follow_the_bidi_algorithm_with_brackets_mirrored() {
        // Seen from the left: the Arabic words last to first, the years as the algorithm
        // orders Arabic numbers, each bracket drawn as its mirror (and standing for it).
        assert_eq!(
            visual("في حلب (2015–2020) وكنت", true),
            "تنكو (2020–2015) بلح يف"
        );
    }

    #[test]
    fn numbers_with_separators_keep_their_written_order_beside_arabic() {
        // (The last word's lam and alef maksura make one glyph, which stands for both.)
        assert_eq!(visual("من 2012-01 إلى", true), "لىإ 2012-01 نم");
        assert_eq!(visual("في 12:30 و 3,5", true), "3,5 و 12:30 يف");
        // Left-to-right text is not touched.
        assert_eq!(numbers_kept("A-1 2020-01"), "A-1 2020-01");
    }

    #[test]
    fn isolated_arabic_words_stay_in_their_place_in_a_swedish_line() {
        assert_eq!(
            visual("Bygger på: \u{2068}أمين مستودع\u{2069}, Lager AB", false),
            "Bygger på: عدوتسم نيمأ, Lager AB"
        );
        // The isolation marks themselves are not drawn.
        let para = Para::new(Style::BODY, "\u{2068}Amal\u{2069}");
        assert_eq!(lay_out(&para, 500.0)[0].glyphs.len(), 4);
    }

    #[test]
    fn lines_break_between_words_within_the_width_and_where_the_person_did() {
        let text =
            "Jag arbetade fyra år på ett lager i Göteborg med plock, packning och inleverans.";
        let para = Para::new(Style::BODY, text);
        let lines = lay_out(&para, 120.0);
        assert!(lines.len() >= 3, "{}", lines.len());
        assert!(lines.iter().all(|l| l.width <= 120.0));
        let words: String = lines
            .iter()
            .map(|l| l.glyphs.iter().map(|g| g.text.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(words, text);
        // A word longer than the line is cut where it must be, nothing lost.
        let long = Para::new(Style::BODY, "https://kartla.example/verify/7KQM-2WXP-H9CD");
        let lines = lay_out(&long, 60.0);
        assert!(lines.len() > 1);
        let joined: String = lines
            .iter()
            .flat_map(|l| l.glyphs.iter().map(|g| g.text.as_str()))
            .collect();
        assert_eq!(joined, long.text);
        // The person's line breaks and empty lines are kept.
        let para = Para::new(Style::BODY, "Ett\n\nTvå");
        assert_eq!(lay_out(&para, 500.0).len(), 3);
    }

    #[test]
    fn arabic_letters_are_joined_and_set_in_the_arabic_face() {
        let para = Para::new(Style::BODY, "عملت");
        let line = &lay_out(&para, 500.0)[0];
        assert!(line.glyphs.iter().all(|g| g.face == 2));
        // Joined forms are other glyphs than the letters standing alone.
        let alone: Vec<u16> = "عملت"
            .chars()
            .filter_map(|c| shaper(2)?.glyph_index(c).map(|g| g.0))
            .collect();
        let joined: Vec<u16> = line.glyphs.iter().map(|g| g.gid).collect();
        assert_ne!(alone.iter().rev().copied().collect::<Vec<_>>(), joined);
    }
}
