//! What a document is made of: paragraphs in styles, rows of cells, boxes.
use super::fonts::is_rtl;
/// How a paragraph looks: size (pt), weight, colour, space above and below (pt).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: [f32; 3],
    pub before: f32,
    pub after: f32,
}

pub(super) const INK: [f32; 3] = [0.102, 0.102, 0.102];
pub(super) const GREY: [f32; 3] = [0.267, 0.267, 0.267];
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

    pub(super) fn line_height(&self) -> f32 {
        self.size * LINE_HEIGHT
    }
}

/// A line's height in ems (Noto Sans's own ascent plus descent), and where its baseline sits
/// below its top.
pub(super) const LINE_HEIGHT: f32 = 1.36;
pub(super) const ASCENT: f32 = 1.07;

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
pub(super) enum Block {
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

/// A document's content, in reading order, and its direction: a right-to-left document
/// (its labels in Arabic, Persian …) runs its columns, bars, header, footer and QR code from
/// the right, and its own lines right to left whatever letter they begin with.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub(super) blocks: Vec<Block>,
    pub(super) rtl: bool,
}

impl Doc {
    /// An empty document in the direction of the language its labels are in.
    pub fn new(rtl: bool) -> Self {
        Self {
            blocks: vec![],
            rtl,
        }
    }

    pub fn rtl(&self) -> bool {
        self.rtl
    }

    /// A line the document writes (its labels, titles, values after a label): in the
    /// document's direction when that is right to left; else, as always, in its first
    /// letter's.
    pub fn line(&self, style: Style, text: impl Into<String>) -> Para {
        let text = text.into();
        if self.rtl {
            Para::dir(style, text, true)
        } else {
            Para::new(style, text)
        }
    }

    pub fn para(&mut self, style: Style, text: impl Into<String>) {
        let p = self.line(style, text);
        self.blocks.push(Block::Para(p));
    }

    /// Someone's own words (an answer, a comment, a goal): in their own direction, whatever
    /// the document's.
    pub fn own(&mut self, style: Style, text: impl Into<String>) {
        self.blocks.push(Block::Para(Para::new(style, text)));
    }

    pub fn para_dir(&mut self, style: Style, text: impl Into<String>, rtl: bool) {
        self.blocks.push(Block::Para(Para::dir(style, text, rtl)));
    }

    pub fn heading(&mut self, style: Style, text: impl Into<String>) {
        let p = self.line(style, text);
        self.blocks.push(Block::Heading(p));
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
