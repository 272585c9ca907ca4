//! The languages Kartla's interface speaks, in one place: each one's tag, its own name, its
//! direction and script, the font its PDFs are set in, the plural rules its messages follow,
//! and whether it is offered. The switcher, `<html lang dir>`, the catalogue's language filter,
//! the framework editor, the typesetter, `kartla i18n status` and the tests all read it here.
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of a `dir` attribute.
    pub fn attr(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// The script a language is written in, as far as the fonts are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Ethiopic,
}

impl Script {
    /// The family of the face a PDF sets this script in (the typesetter embeds each; a test
    /// there checks that every offered language's family is one it has).
    pub fn pdf_font(self) -> &'static str {
        match self {
            Script::Latin | Script::Cyrillic => "NotoSans",
            Script::Arabic => "NotoSansArabic",
            Script::Ethiopic => "NotoSansEthiopic",
        }
    }
}

/// One interface language.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 tag, also the folder under `locales/`.
    pub tag: &'static str,
    /// What the language calls itself, for the switcher.
    pub native_name: &'static str,
    /// Its name in English, for logs and the command line.
    pub english_name: &'static str,
    pub direction: Direction,
    pub script: Script,
    /// The language whose CLDR plural rules its messages follow (CLDR has none of its own for
    /// Dari and Kurmanji: Persian's and Kurdish's are theirs).
    pub plurals: &'static str,
    /// The tag a voice is asked for when the page is read aloud (Dari is read by a Persian
    /// voice, asked for as Afghan Persian; Kurmanji by a Kurdish one).
    pub speech: &'static str,
    /// Other tags a browser may send for it (`fa-AF` is Dari, `ku` Kurmanji).
    pub aliases: &'static [&'static str],
    /// Whether people can choose it. A language not (yet) offered is kept out of the switcher
    /// and of negotiation, and its messages need not be complete.
    pub offered: bool,
    /// The built-in Fluent source (empty in the browser, which fetches the page's language).
    #[cfg_attr(
        all(feature = "hydrate", not(feature = "ssr")),
        expect(dead_code, reason = "the browser fetches its messages")
    )]
    pub(crate) builtin: &'static str,
}

#[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
macro_rules! messages {
    ($tag:literal true) => {
        include_str!(concat!("../../../locales/", $tag, "/main.ftl"))
    };
    ($tag:literal false) => {
        ""
    };
}
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
macro_rules! messages {
    ($tag:literal $offered:literal) => {
        ""
    };
}

macro_rules! languages {
    ($($tag:literal $native:literal $english:literal $dir:ident $script:ident $plurals:literal $speech:literal [$($alias:literal),*] $offered:tt;)+) => {
        /// Every language Kartla has messages for, Swedish (the default) first.
        pub static LANGUAGES: &[Language] = &[$(Language {
            tag: $tag,
            native_name: $native,
            english_name: $english,
            direction: Direction::$dir,
            script: Script::$script,
            plurals: $plurals,
            speech: $speech,
            aliases: &[$($alias),*],
            offered: $offered,
            builtin: messages!($tag $offered),
        }),+];
    };
}

languages! {
    // tag, own name, English name, direction, script, CLDR plural rules, voice asked for when
    // read aloud, other tags browsers send, offered
    "sv" "Svenska" "Swedish" Ltr Latin "sv" "sv" [] true;
    "en" "English" "English" Ltr Latin "en" "en" [] true;
    "ar" "العربية" "Arabic" Rtl Arabic "ar" "ar" [] true;
    "fa" "فارسی" "Persian" Rtl Arabic "fa" "fa" [] true;
    "prs" "دری" "Dari" Rtl Arabic "fa" "fa-AF" ["fa-af"] true;
    "ps" "پښتو" "Pashto" Rtl Arabic "ps" "ps" [] true;
    "ckb" "کوردیی ناوەندی" "Central Kurdish (Sorani)" Rtl Arabic "ckb" "ckb" ["ku-arab", "ku-iq", "ku-ir"] true;
    "kmr" "Kurmancî" "Northern Kurdish (Kurmanji)" Ltr Latin "ku" "ku" ["ku", "ku-latn", "ku-tr", "ku-sy"] true;
    "so" "Soomaali" "Somali" Ltr Latin "so" "so" [] true;
    "ti" "ትግርኛ" "Tigrinya" Ltr Ethiopic "ti" "ti" [] true;
    "am" "አማርኛ" "Amharic" Ltr Ethiopic "am" "am" [] true;
    "uk" "Українська" "Ukrainian" Ltr Cyrillic "uk" "uk" [] true;
    "ru" "Русский" "Russian" Ltr Cyrillic "ru" "ru" [] true;
    "tr" "Türkçe" "Turkish" Ltr Latin "tr" "tr" [] true;
    "fi" "Suomi" "Finnish" Ltr Latin "fi" "fi" [] true;
}

/// An interface language: a small handle into [`LANGUAGES`].
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Locale(u8);

impl Default for Locale {
    fn default() -> Self {
        Locale::BASE
    }
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl Locale {
    /// Swedish: the language every catalogue text has and everything falls back to.
    pub const BASE: Locale = Locale(0);
    /// English, the interface's other original.
    pub const ENGLISH: Locale = Locale(1);

    /// The offered languages, in the registry's order.
    pub fn all() -> impl Iterator<Item = Locale> {
        Self::every().filter(|l| l.language().offered)
    }

    /// Every language in the registry, offered or not.
    pub fn every() -> impl Iterator<Item = Locale> {
        (0..LANGUAGES.len()).filter_map(|i| u8::try_from(i).ok().map(Locale))
    }

    pub fn language(self) -> &'static Language {
        // The handle is only ever made from an index into the registry.
        &LANGUAGES[usize::from(self.0) % LANGUAGES.len()]
    }

    pub fn tag(self) -> &'static str {
        self.language().tag
    }

    /// Writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        self.language().direction.attr()
    }

    pub fn is_rtl(self) -> bool {
        self.language().direction == Direction::Rtl
    }

    /// The language's own name for itself, shown in the switcher.
    pub fn native_name(self) -> &'static str {
        self.language().native_name
    }

    /// A language of the registry by its exact tag, offered or not (for the command line and
    /// the override folder).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Self::every().find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// An offered language for a BCP 47 tag: an alias of the whole tag first (`fa-AF` is
    /// Dari), then the primary subtag.
    pub fn parse(tag: &str) -> Option<Locale> {
        Self::parse_among(tag, Self::all)
    }

    /// RFC 4647 lookup: the whole tag, then ever shorter ones (`ku-arab-iq`, `ku-arab`,
    /// `ku`), and the language with its region but not its script (`fa-arab-af` → `fa-af`).
    fn parse_among<I: Iterator<Item = Locale>>(tag: &str, among: impl Fn() -> I) -> Option<Locale> {
        let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
        let parts: Vec<&str> = tag.split('-').filter(|p| !p.is_empty()).collect();
        let by = |t: &str| {
            among().find(|l| {
                let lang = l.language();
                lang.tag == t || lang.aliases.contains(&t)
            })
        };
        let mut tries: Vec<String> = (1..=parts.len())
            .rev()
            .map(|n| parts[..n].join("-"))
            .collect();
        if let [language, script, region, ..] = parts[..] {
            if script.len() == 4 {
                tries.insert(tries.len() - 1, format!("{language}-{region}"));
            }
        }
        tries.iter().find_map(|t| by(t))
    }

    /// The best offered language in an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(f32, Locale)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(l) = Locale::parse(tag) {
                if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, l));
                }
            }
        }
        best.map(|(_, l)| l)
    }

    /// Cookie first, then the browser's languages, then Swedish.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Locale {
        cookie
            .and_then(Locale::parse)
            .or_else(|| accept_language.and_then(Locale::from_accept_language))
            .unwrap_or_default()
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// An offered language by tag (the command line's `--lang`).
impl std::str::FromStr for Locale {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::parse(s).ok_or_else(|| {
            let tags: Vec<&str> = Locale::all().map(Locale::tag).collect();
            format!(
                "`{s}` is not an interface language; one of {}",
                tags.join(", ")
            )
        })
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(d)?;
        Locale::from_tag(&tag)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown language `{tag}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_has_fifteen_languages_with_distinct_tags_swedish_first() {
        assert_eq!(LANGUAGES.len(), 15);
        assert_eq!(Locale::BASE.tag(), "sv");
        assert_eq!(Locale::ENGLISH.tag(), "en");
        let tags: std::collections::BTreeSet<_> = LANGUAGES.iter().map(|l| l.tag).collect();
        assert_eq!(tags.len(), LANGUAGES.len());
        for l in LANGUAGES {
            for a in l.aliases {
                assert!(Locale::from_tag(a).is_none(), "{a} is a tag and an alias");
            }
        }
    }

    #[test]
    fn browser_tags_find_their_language() {
        let tag = |t: &str| Locale::parse_among(t, Locale::every).map(Locale::tag);
        assert_eq!(tag("ar-SY"), Some("ar"));
        assert_eq!(tag("fa-AF"), Some("prs"));
        assert_eq!(tag("fa-IR"), Some("fa"));
        assert_eq!(tag("prs"), Some("prs"));
        assert_eq!(tag("ku"), Some("kmr"));
        assert_eq!(tag("ckb-IQ"), Some("ckb"));
        assert_eq!(tag("ti_ER"), Some("ti"));
        assert_eq!(tag("ku-Arab-IQ"), Some("ckb"));
        assert_eq!(tag("ku-Latn-TR"), Some("kmr"));
        assert_eq!(tag("fa-Arab-AF"), Some("prs"));
        assert_eq!(tag(""), None);
        assert_eq!(tag("de"), None);
    }

    #[test]
    fn five_languages_run_right_to_left() {
        let rtl: Vec<_> = Locale::every()
            .filter(|l| l.is_rtl())
            .map(Locale::tag)
            .collect();
        assert_eq!(rtl, ["ar", "fa", "prs", "ps", "ckb"]);
        assert_eq!(Locale::from_tag("ar").map(Locale::dir), Some("rtl"));
    }

    #[test]
    fn a_locale_is_written_as_its_tag() {
        let ti = Locale::from_tag("ti");
        let json = serde_json::to_string(&ti).unwrap_or_default();
        assert_eq!(json, "\"ti\"");
        assert_eq!(serde_json::from_str::<Locale>(&json).ok(), ti);
        assert!(serde_json::from_str::<Locale>("\"xx\"").is_err());
    }
}
