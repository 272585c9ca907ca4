//! Kartla's own typesetting for its PDFs: paragraphs shaped with rustybuzz (Arabic joined,
//! brackets mirrored, marks placed), ordered line by line by the Unicode bidi algorithm, broken
//! at the places Unicode allows, and laid on A4 pages with printpdf's low-level operations.
//! The documents are simple (headings, paragraphs, rows of cells, a bordered box, bars), so
//! this is all the layout they need; a general HTML layout cost most of a render's time and got
//! right-to-left lines wrong.
//!
//! It knows nothing of Kartla's documents or words: they come in as a [`Doc`] and a [`Meta`]
//! (whose page numbers the document's own language writes), and go out as PDF bytes.
//!
//! - [`fonts`]: which face sets which letters;
//! - [`shaping`]: text into glyphs, run by run;
//! - [`lines`]: glyphs into lines, broken and ordered for reading;
//! - [`style`]: the blocks a document is made of;
//! - [`pages`]: blocks onto A4 pages with their furniture;
//! - [`qr`] and [`file`]: the QR code, and the saved file.
mod file;
mod fonts;
mod lines;
mod pages;
mod qr;
mod shaping;
mod style;

pub use file::blank_dates;
#[cfg(test)]
pub(crate) use fonts::FONTS;
pub use fonts::{is_rtl, is_strong_rtl};
pub use pages::{render, Meta, BODY_WIDTH, MARGIN, PAGE_H, PAGE_W};
pub use style::{Cell, Content, Doc, Para, Style, BLUE};
