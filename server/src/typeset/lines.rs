//! Lines: a shaped paragraph broken at the places Unicode allows and ordered by the bidi
//! algorithm.
use super::fonts::{is_bidi_control, is_strong_rtl, shaper};
use super::shaping::{shape, Run, Shaped};
use super::style::Para;
use std::ops::Range;
use unicode_bidi::{Level, ParagraphBidiInfo};
/// A glyph placed on a line: its face, id, pen position from the line's start and rise (pt),
/// and the text it stands for (empty for the second glyph of a character and on).
#[derive(Debug, Clone)]
pub(super) struct Placed {
    pub(super) face: usize,
    pub(super) gid: u16,
    pub(super) x: f32,
    pub(super) rise: f32,
    pub(super) text: String,
}

/// A line laid out: its glyphs in visual order and its width.
#[derive(Debug, Clone, Default)]
pub(super) struct Line {
    pub(super) glyphs: Vec<Placed>,
    pub(super) width: f32,
}

impl Line {
    /// Where the line starts in a column at `x`, `width` wide: at its start, or against its end
    /// (right-to-left paragraphs, numbers).
    pub(super) fn start(&self, x: f32, width: f32, at_end: bool) -> f32 {
        if at_end {
            x + width - self.width
        } else {
            x
        }
    }
}

/// Lay a paragraph out in lines at most `width` pt wide.
pub(super) fn lay_out(para: &Para, width: f32) -> Vec<Line> {
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
pub(super) fn numbers_kept(text: &str) -> std::borrow::Cow<'_, str> {
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

pub(super) fn lay_out_one(text: &str, para: &Para, width: f32, lines: &mut Vec<Line>) {
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

/// Whether a character is a combining mark (vowel signs and the like), which is drawn as a
/// glyph of its own over or under its letter.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0591}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}'
        | '\u{135D}'..='\u{135F}'
        | '\u{200C}'..='\u{200D}')
}

/// The text a glyph stands for, as text extractors and screen readers will read it: a
/// letter's glyph its letters, a mark's glyph its mark, the others of a cluster nothing. Set
/// right to left, a bracket stands for its mirror (the glyph drawn), and a glyph of several
/// letters (Arabic's lam-alef) carries them in drawing order: extractors turn a right-to-left
/// line round character by character, and so give them back in the order they were written.
fn glyph_text(text: &str, run: &Run, at: usize) -> String {
    let Some(g) = run.glyphs.get(at) else {
        return String::new();
    };
    // The glyphs of one cluster lie side by side.
    let same = |o: &&Shaped| o.text.start == g.text.start;
    let first = at - run.glyphs[..at].iter().rev().take_while(same).count();
    let cluster: Vec<&Shaped> = run.glyphs[first..].iter().take_while(same).collect();
    let face = shaper(run.face);
    let mark_glyph = |s: &Shaped| {
        face.and_then(|f| f.tables().gdef)
            .and_then(|gdef| gdef.glyph_class(ttf_parser::GlyphId(s.gid)))
            == Some(ttf_parser::gdef::GlyphClass::Mark)
    };
    let chars: Vec<char> = text[g.text.clone()]
        .chars()
        .filter(|c| !is_bidi_control(*c))
        .map(|c| {
            if run.rtl {
                unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    let marks: Vec<char> = chars.iter().copied().filter(|c| is_mark(*c)).collect();
    let mark_glyphs = cluster.iter().filter(|s| mark_glyph(s)).count();
    // Marks go to glyphs of their own when the font draws them so, one each in order, beside a
    // glyph for the letters; otherwise (a ligature drawn over a mark took the letter after it)
    // they stay with their letters, so that no letter is lost.
    let separate =
        mark_glyphs > 0 && mark_glyphs == marks.len() && cluster.iter().any(|s| !mark_glyph(s));
    if separate && mark_glyph(g) {
        let k = cluster
            .iter()
            .filter(|s| mark_glyph(s))
            .position(|s| std::ptr::eq(*s, g))
            .unwrap_or(0);
        let k = if run.rtl { marks.len() - 1 - k } else { k };
        return marks.get(k).map(char::to_string).unwrap_or_default();
    }
    let first_letter = cluster.iter().find(|s| !separate || !mark_glyph(s));
    if !first_letter.is_some_and(|s| std::ptr::eq(*s, g)) {
        return String::new();
    }
    // Letters, each with the marks that follow it (when they are not drawn on their own).
    let mut groups: Vec<String> = vec![];
    for c in chars {
        match groups.last_mut() {
            Some(last) if is_mark(c) => {
                if !separate {
                    last.push(c);
                }
            }
            _ if is_mark(c) => {
                if !separate {
                    groups.push(c.to_string());
                }
            }
            _ => groups.push(c.to_string()),
        }
    }
    if run.rtl {
        groups.reverse();
    }
    groups.concat()
}

/// The glyphs of `line` (bytes of the text) in the order they are seen.
pub(super) fn visual_line(
    text: &str,
    bidi: &ParagraphBidiInfo<'_>,
    runs: &[Run],
    line: Range<usize>,
) -> Line {
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
            for (at, g) in run.glyphs.iter().enumerate().filter(|(_, g)| shown(g)) {
                let text_of = glyph_text(text, run, at);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typeset::fonts::shaper;
    use crate::typeset::Style;

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
    fn every_letter_and_mark_is_carried_by_some_glyph() {
        // Vowelled lam-alef (the ligature drawn over the fatha), a Persian ezafe, Tigrinya.
        for text in ["لَا إِلَى", "مسودهٔ تصدیق", "كتابٌ جميلٌ", "ክንክን ኣረጋውያን"]
        {
            let mut given: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
            let mut back: Vec<char> = visual(text, true)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            given.sort_unstable();
            back.sort_unstable();
            assert_eq!(back, given, "{text}");
        }
    }

    #[test]
    fn numbers_with_separators_keep_their_written_order_beside_arabic() {
        // (The last word's lam and alef maksura make one glyph, which stands for both, in the
        // order they are drawn.)
        assert_eq!(visual("من 2012-01 إلى", true), "ىلإ 2012-01 نم");
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
