//! Pages: blocks laid on A4 from the top, with the header, footer and QR code on each.
use super::file::{compress, stable_id};
use super::fonts::{embedded, is_rtl, shaper};
use super::lines::{lay_out, Line};
use super::qr::qr_ops;
use super::style::{Block, Cell, Content, Doc, Para, Style, ASCENT, BLUE, GREY};
use printpdf::{
    Color, FontId, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect, Rgb,
    TextItem, TextMatrix,
};
/// Page geometry in pt: A4 with the body's margins; the bottom one leaves room for the footer
/// and the QR code.
pub const PAGE_W: f32 = 595.276;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN: f32 = 51.024;
pub(super) const MARGIN_BOTTOM: f32 = 73.701;
pub const BODY_WIDTH: f32 = PAGE_W - 2.0 * MARGIN;
/// The QR code's side and its distance from the bottom edge (17 mm and 6 mm).
pub(super) const QR_SIZE: f32 = 48.189;
pub(super) const QR_BOTTOM: f32 = 17.008;
/// The frame of a boxed paragraph: its padding and line width.
pub(super) const BOX_PAD: f32 = 6.0;
pub(super) const BOX_LINE: f32 = 1.0;

pub(super) fn rgb(c: [f32; 3]) -> Color {
    Color::Rgb(Rgb {
        r: c[0],
        g: c[1],
        b: c[2],
        icc_profile: None,
    })
}

/// Pages being filled from the top.
pub(super) struct Pager {
    pub(super) pages: Vec<Vec<Op>>,
    /// The top of the room left on the page, in pt from the bottom.
    pub(super) y: f32,
    /// The space the last block asked for below it.
    pub(super) after: f32,
    pub(super) fonts: [Option<FontId>; 6],
    pub(super) doc: PdfDocument,
    /// The document runs right to left: columns, bars, footer and QR code from the right.
    pub(super) rtl: bool,
}

impl Pager {
    pub(super) fn new(doc: PdfDocument, rtl: bool) -> Self {
        Self {
            pages: vec![vec![]],
            y: PAGE_H - MARGIN,
            after: 0.0,
            fonts: Default::default(),
            doc,
            rtl,
        }
    }

    /// The page's x of a box `width` wide that begins `start` pt from the page's starting
    /// edge (the left one, or the right one in a right-to-left document).
    pub(super) fn left(&self, start: f32, width: f32) -> f32 {
        if self.rtl {
            PAGE_W - start - width
        } else {
            start
        }
    }

    /// Whether a cell's line sits against its right edge: a cell set at its end sits at the
    /// document's end; any other at its own paragraph's start.
    fn right(&self, para_rtl: bool, at_end: bool) -> bool {
        if at_end {
            !self.rtl
        } else {
            para_rtl
        }
    }

    pub(super) fn at_top(&self) -> bool {
        self.y >= PAGE_H - MARGIN
    }

    pub(super) fn new_page(&mut self) {
        self.pages.push(vec![]);
        self.y = PAGE_H - MARGIN;
        self.after = 0.0;
    }

    /// Space above a block: the larger of its own and the last block's below it; none at the
    /// top of a page.
    pub(super) fn space(&mut self, before: f32) {
        if !self.at_top() {
            self.y -= before.max(self.after);
        }
        self.after = 0.0;
    }

    /// Room for `height` pt more on this page, or a new page.
    pub(super) fn room(&mut self, height: f32) {
        if self.y - height < MARGIN_BOTTOM && !self.at_top() {
            self.new_page();
        }
    }

    pub(super) fn font(&mut self, face: usize) -> Option<FontId> {
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

    pub(super) fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(vec![]);
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Write a line with its start at `x` and its baseline at `baseline` onto the current page.
    pub(super) fn write(&mut self, line: &Line, style: &Style, x: f32, baseline: f32) {
        let ops = write_line(self, line, style, x, baseline);
        self.ops().extend(ops);
    }

    pub(super) fn para(&mut self, para: &Para) {
        self.space(para.style.before);
        let lines = lay_out(para, BODY_WIDTH);
        self.lines(&lines, &para.style, para.rtl, MARGIN, BODY_WIDTH);
        self.after = para.style.after;
    }

    /// Lines one under another, in a column at `x` `width` wide.
    pub(super) fn lines(&mut self, lines: &[Line], style: &Style, rtl: bool, x: f32, width: f32) {
        let lh = style.line_height();
        for line in lines {
            self.room(lh);
            let start = line.start(x, width, rtl);
            let baseline = self.y - style.size * ASCENT;
            self.write(line, style, start, baseline);
            self.y -= lh;
        }
    }

    pub(super) fn heading(&mut self, para: &Para) {
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

    pub(super) fn row(&mut self, cells: &[Cell], before: f32) {
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
            // Cells in reading order, from the document's starting edge.
            let mut from = MARGIN;
            for (cell, (lines, para)) in cells.iter().zip(&laid) {
                let x = self.left(from, cell.width);
                let inner = x + cell.pad;
                let width = cell.width - 2.0 * cell.pad;
                match (&cell.content, lines.get(i), para) {
                    (Content::Text { at_end, .. }, Some(line), Some(p)) => {
                        let start = line.start(inner, width, self.right(p.rtl, *at_end));
                        let baseline = self.y - p.style.size * ASCENT;
                        self.write(line, &p.style, start, baseline);
                    }
                    (Content::Bar { width: w, height }, _, _) if i == 0 && *w > 0.0 => {
                        let y = self.y - (lh + height) / 2.0;
                        // A bar grows from the cell's start.
                        let bx = if self.rtl { inner + width - w } else { inner };
                        let ops = self.ops();
                        ops.push(Op::SetFillColor { col: rgb(BLUE) });
                        ops.push(Op::DrawRectangle {
                            rectangle: Rect {
                                mode: Some(printpdf::PaintMode::Fill),
                                ..Rect::from_xywh(Pt(bx), Pt(y), Pt(*w), Pt(*height))
                            },
                        });
                    }
                    _ => {}
                }
                from += cell.width;
            }
            self.y -= lh;
        }
    }

    pub(super) fn boxed(&mut self, para: &Para) {
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
    pub(super) fn frame(&mut self, top: f32, bottom: f32) {
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
pub(super) fn write_line(
    pager: &mut Pager,
    line: &Line,
    style: &Style,
    x: f32,
    baseline: f32,
) -> Vec<Op> {
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
    /// The document's language as a BCP 47 tag (`sv`, `ar`), for screen readers and search.
    pub lang: String,
    /// At the top of every page but the first, which says it in large.
    pub header: Option<String>,
    /// Before "Sida 2 av 4" at the foot of every page, e.g. "Kompetensprofil · Verifieringskod:
    /// 7KQM-2WXP-H9CD".
    pub footer: String,
    /// "Sida 2 av 4" in the document's language, from the page's number and the count.
    pub page_label: Box<dyn Fn(usize, usize) -> String>,
    /// Printed as a QR code, and a link, in the corner of every page.
    pub qr: Option<String>,
}

/// Lay the document out on A4 pages with its header, footers and QR code, and save it as PDF.
/// CPU-bound: call from a blocking thread.
pub fn render(doc: &Doc, meta: Meta) -> Result<Vec<u8>, String> {
    let rtl = doc.rtl;
    let mut pager = Pager::new(PdfDocument::new(&meta.title), rtl);
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
            lopdf::Object::string_literal(meta.lang.as_bytes().to_vec()),
        );
        let mut prefs = lopdf::Dictionary::new();
        prefs.set("DisplayDocTitle", true);
        if rtl {
            // Viewers show two pages side by side, and turn them, as a right-to-left book.
            prefs.set("Direction", lopdf::Object::Name(b"R2L".to_vec()));
        }
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
pub(super) fn furnish(pager: &mut Pager, meta: &Meta) {
    let total = pager.pages.len();
    // The QR code sits at the page's end corner: bottom right, or bottom left in a
    // right-to-left document.
    let qr_left = if pager.rtl {
        MARGIN
    } else {
        PAGE_W - MARGIN - QR_SIZE
    };
    let qr = meta
        .qr
        .as_deref()
        .map(|url| qr_ops(url, qr_left))
        .unwrap_or_default();
    // Room for the QR code beside the footer.
    let room = if qr.is_empty() { 0.0 } else { QR_SIZE + 11.0 };
    let style = Style::SMALL;
    let header = meta
        .header
        .as_ref()
        .filter(|_| total > 1)
        .map(|h| Para::dir(style, h.clone(), pager.rtl || is_rtl(h)));
    let header_lines = header
        .as_ref()
        .map(|p| lay_out(p, BODY_WIDTH))
        .unwrap_or_default();
    for page in 0..total {
        let number = (meta.page_label)(page + 1, total);
        let footer = if meta.footer.is_empty() {
            number
        } else {
            format!("{} · {number}", meta.footer)
        };
        let footer = Para::dir(style, footer.clone(), pager.rtl || is_rtl(&footer));
        let width = BODY_WIDTH - room;
        let column = pager.left(MARGIN, width);
        let lines = lay_out(&footer, width);
        let mut ops = vec![];
        // The footer's lines end at its baseline 14 mm from the bottom edge.
        let lh = style.line_height();
        let mut baseline = 36.0 + lh * (lines.len().saturating_sub(1)) as f32;
        for line in &lines {
            let x = line.start(column, width, footer.rtl);
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
