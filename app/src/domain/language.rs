//! Which language codes a text variant may carry: ISO 639-1, and the ISO 639-3 codes of
//! languages that have no two-letter code but that people mapping their competences speak.

/// Every ISO 639-1 code.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz \
ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt \
lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu \
rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts \
tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

/// Three-letter codes without a two-letter one: Sorani, Kurmanji, Dari, Southern Kurdish,
/// Hazaragi, Assyrian Neo-Aramaic, Romani, Meänkieli, Lule and Ume Sami, Sign languages stay
/// out.
const ISO_639_3: &str = "ckb kmr prs sdh haz aii rom fit smj sju sma smn sms fil yue";

/// Whether `code` is a language code Kartla accepts on a text.
pub fn is_known(code: &str) -> bool {
    let list = if code.len() == 2 {
        ISO_639_1
    } else {
        ISO_639_3
    };
    (2..=3).contains(&code.len()) && list.split_ascii_whitespace().any(|c| c == code)
}

/// Languages written right to left, for `dir` on texts in them: the interface languages as the
/// registry says, and the others Kartla may hold texts in.
pub fn is_rtl(code: &str) -> bool {
    match crate::i18n::Locale::from_tag(code) {
        Some(l) => l.is_rtl(),
        None => matches!(
            code,
            "he" | "ur" | "sdh" | "haz" | "yi" | "dv" | "ug" | "sd"
        ),
    }
}

/// An order for language codes: the registry's languages in its order, then the others by
/// code (for the catalogue's language filter and the editor's choices).
pub fn order(code: &str) -> (usize, &str) {
    let at = crate::i18n::Locale::every()
        .position(|l| l.tag() == code)
        .unwrap_or(usize::MAX);
    (at, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_codes_are_accepted_and_others_are_not() {
        for ok in ["sv", "en", "ar", "fa", "ti", "so", "uk", "ckb", "prs"] {
            assert!(is_known(ok), "{ok}");
        }
        for bad in ["xx", "sve", "SV", "s", "english", "", "zz"] {
            assert!(!is_known(bad), "{bad}");
        }
    }

    #[test]
    fn every_interface_language_is_a_language_texts_may_be_in() {
        for l in crate::i18n::Locale::every() {
            assert!(is_known(l.tag()), "{}", l.tag());
        }
    }

    #[test]
    fn right_to_left_languages() {
        assert!(is_rtl("ar") && is_rtl("fa") && is_rtl("ckb"));
        assert!(!is_rtl("sv") && !is_rtl("ti"));
    }
}
