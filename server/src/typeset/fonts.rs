//! The fonts: which face sets which letters, read once per process.
use printpdf::ParsedFont;
use std::sync::{LazyLock, OnceLock};
/// The faces, regular and bold per script: Latin (and everything else Noto Sans has), Arabic
/// (Arabic and Persian), Ethiopic (Tigrinya, Amharic). All under the SIL Open Font License.
pub(crate) const FONTS: [(&str, &[u8]); 6] = [
    (
        "NotoSans",
        include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    ),
    ("NotoSans", include_bytes!("../../fonts/NotoSans-Bold.ttf")),
    (
        "NotoSansArabic",
        include_bytes!("../../fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "NotoSansArabic",
        include_bytes!("../../fonts/NotoSansArabic-Bold.ttf"),
    ),
    (
        "NotoSansEthiopic",
        include_bytes!("../../fonts/NotoSansEthiopic-Regular.ttf"),
    ),
    (
        "NotoSansEthiopic",
        include_bytes!("../../fonts/NotoSansEthiopic-Bold.ttf"),
    ),
];

/// The faces for shaping and measuring, read once per process (ttf-parser reads lazily, so
/// this costs next to nothing).
pub(super) static SHAPERS: LazyLock<Vec<Option<rustybuzz::Face<'static>>>> = LazyLock::new(|| {
    FONTS
        .iter()
        .map(|(_, bytes)| rustybuzz::Face::from_slice(bytes, 0))
        .collect()
});

/// The faces as printpdf embeds them, each parsed the first time a document uses it.
pub(super) static EMBEDDED: [OnceLock<Option<ParsedFont>>; 6] = [const { OnceLock::new() }; 6];

pub(super) fn embedded(face: usize) -> Option<&'static ParsedFont> {
    EMBEDDED
        .get(face)?
        .get_or_init(|| {
            let mut warnings = vec![];
            ParsedFont::from_bytes(FONTS.get(face)?.1, 0, &mut warnings)
        })
        .as_ref()
}

pub(super) fn shaper(face: usize) -> Option<&'static rustybuzz::Face<'static>> {
    SHAPERS.get(face)?.as_ref()
}

/// Which script's face a letter needs, if it is not Latin's.
pub(super) fn script_face(c: char) -> Option<usize> {
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

pub(super) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::FONTS;
    use kartla_app::i18n::Locale;

    #[test]
    fn every_language_has_its_pdf_font_embedded() {
        for l in Locale::all() {
            let family = l.language().script.pdf_font();
            assert!(
                FONTS.iter().filter(|(name, _)| *name == family).count() == 2,
                "{}: {family} regular and bold",
                l.tag()
            );
        }
    }
}
