//! Every word a person reads: Fluent bundles per language, the language negotiation, and the
//! `I18n` handle components use.
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::LazyLock;

mod registry;
pub use registry::{Direction, Language, Locale, Script, LANGUAGES};

#[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
pub mod sources;

pub const COOKIE_NAME: &str = "kartla_lang";

/// What a messages file's `### Reviewed:` line says, and where a language stands as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// Written in this language in the first place (Swedish, English).
    Original,
    /// A translation a native speaker has read through.
    Reviewed,
    /// A translation nobody has reviewed yet (also: a file that does not say).
    Unreviewed,
}

impl Review {
    /// The words for it on `/about/languages`.
    pub fn label_key(self) -> &'static str {
        match self {
            Review::Original => "languages-status-original",
            Review::Reviewed => "languages-status-reviewed",
            Review::Unreviewed => "languages-status-unreviewed",
        }
    }
}

/// Where a language's translation stands (pages are made on the server; the browser never
/// asks).
pub fn review(locale: Locale) -> Review {
    #[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
    {
        sources::overall(locale)
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        let _ = locale;
        Review::Original
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(locale: Locale, src: &str) -> (Locale, Bundle) {
    // A syntax error leaves the broken entries out; the locale test catches it in the built-in
    // files, and an installation's broken file is refused whole when it is read.
    let res = FluentResource::try_new(src.to_owned()).unwrap_or_else(|(res, _)| res);
    // The plural rules are the registry's (Dari follows Persian's, Kurmanji Kurdish's).
    let lang = locale.language().plurals.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![lang]);
    // One source may carry a message twice: an installation's override after the built-in
    // one. The later wins.
    bundle.add_resource_overriding(res);
    (locale, bundle)
}

/// On the server: every language, each from its built-in file and the installation's
/// overrides (see [`sources`]).
#[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
static BUNDLES: LazyLock<Vec<(Locale, Bundle)>> = LazyLock::new(|| {
    Locale::every()
        .map(|l| bundle(l, sources::source(l)))
        .collect()
});

/// In the browser: the page's language only, as the island loader fetched it.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
static PAGE_MESSAGES: std::sync::OnceLock<String> = std::sync::OnceLock::new();

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
static BUNDLES: LazyLock<Vec<(Locale, Bundle)>> = LazyLock::new(|| {
    PAGE_MESSAGES
        .get()
        .map(|src| bundle(page_locale(), src))
        .into_iter()
        .collect()
});

/// Hand the browser the page's messages (the Fluent source the loader fetched), before any
/// island is hydrated.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn use_page_messages(source: String) {
    let _ = PAGE_MESSAGES.set(source);
}

/// Where the browser fetches a language's messages: named by their content, so that a browser
/// keeps them until they change.
#[cfg(feature = "ssr")]
pub fn messages_url(locale: Locale) -> String {
    format!("/locales/{}/{}.ftl", messages_hash(locale), locale.tag())
}

/// The name of a language's Fluent source by its content (see `assets::short_hash`).
#[cfg(feature = "ssr")]
pub fn messages_hash(locale: Locale) -> &'static str {
    static HASHES: LazyLock<Vec<(Locale, String)>> = LazyLock::new(|| {
        Locale::every()
            .map(|l| (l, crate::assets::short_hash(sources::source(l).as_bytes())))
            .collect()
    });
    HASHES
        .iter()
        .find(|(l, _)| *l == locale)
        .map_or("", |(_, h)| h.as_str())
}

/// Translate `key` with optional arguments. A missing key shows the key itself, never a panic.
pub fn translate(locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
    let Some((_, bundle)) = BUNDLES.iter().find(|(l, _)| *l == locale) else {
        return key.to_owned();
    };
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut errors = vec![];
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// [`translate`] without Fluent's invisible isolation marks around arguments, for text written
/// where they would show: glyph by glyph into a PDF, or a file name.
pub fn translate_plain(locale: Locale, key: &str, args: Option<&FluentArgs>) -> String {
    translate(locale, key, args)
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// A value joined into a line in Rust rather than by Fluent (a code beside a text, a title in
/// an `<option>` or a PDF's line): isolated where the language runs right to left, so that
/// "A3", "2024-VARD" or a Swedish title is not turned round or pulled into the line's
/// direction; unchanged where it runs left to right (and a PDF keeps its bytes).
pub fn isolate(locale: Locale, value: &str) -> String {
    if locale.is_rtl() && !value.is_empty() {
        format!("\u{2068}{value}\u{2069}")
    } else {
        value.to_owned()
    }
}

/// The handle components use: `i18n.t("key")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n {
    pub locale: Locale,
}

impl I18n {
    pub fn t(self, key: &str) -> String {
        translate(self.locale, key, None)
    }

    /// [`isolate`] in the page's language.
    pub fn isolate(self, value: &str) -> String {
        isolate(self.locale, value)
    }

    /// Translate with named arguments, e.g. `i18n.t_with("progress", &[("done", 3.into())])`.
    pub fn t_with(self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        translate(self.locale, key, Some(&fa))
    }
}

/// The current language, provided by the app root; in an island in the browser, where the
/// root's context does not reach, the page's own.
pub fn use_i18n() -> I18n {
    leptos::prelude::use_context::<I18n>().unwrap_or_else(|| I18n {
        locale: page_locale(),
    })
}

/// The reader's language: from the request on the server, from `<html lang>` in the browser.
pub fn page_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        crate::auth::request_locale()
    }
    #[cfg(all(not(feature = "ssr"), feature = "hydrate"))]
    {
        leptos::prelude::document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Locale::parse(&l))
            .unwrap_or_default()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        Locale::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_has_no_isolation_marks() {
        let mut args = FluentArgs::new();
        args.set("page", 2);
        args.set("pages", 4);
        assert!(translate(Locale::BASE, "pdf-page", Some(&args)).contains('\u{2068}'));
        assert_eq!(
            translate_plain(Locale::BASE, "pdf-page", Some(&args)),
            "Sida 2 av 4"
        );
    }

    #[test]
    fn a_cookie_wins_over_the_browser_languages() {
        assert_eq!(
            Locale::negotiate(Some("en"), Some("sv-SE,sv;q=0.9")),
            Locale::ENGLISH
        );
    }

    #[test]
    fn accept_language_is_read_with_its_weights() {
        assert_eq!(
            Locale::from_accept_language("de-DE,en;q=0.5,sv;q=0.8"),
            Some(Locale::BASE)
        );
        assert_eq!(Locale::from_accept_language("en-GB"), Some(Locale::ENGLISH));
        assert_eq!(Locale::from_accept_language("de,fr"), None);
    }

    #[test]
    fn without_cookie_or_known_language_swedish_is_chosen() {
        assert_eq!(Locale::negotiate(None, Some("de")), Locale::BASE);
        assert_eq!(Locale::negotiate(Some("xx"), None), Locale::BASE);
    }

    #[test]
    fn a_code_joined_in_rust_is_isolated_on_a_right_to_left_page_only() {
        let ar = I18n {
            locale: Locale::from_tag("ar").unwrap_or_default(),
        };
        assert_eq!(ar.isolate("A3"), "\u{2068}A3\u{2069}");
        assert_eq!(
            I18n {
                locale: Locale::BASE
            }
            .isolate("A3"),
            "A3"
        );
    }

    #[test]
    fn a_known_key_is_translated_and_an_unknown_key_shows_itself() {
        let sv = I18n {
            locale: Locale::BASE,
        };
        assert_eq!(sv.t("no-such-key-anywhere"), "no-such-key-anywhere");
        assert_ne!(sv.t("app-name"), "app-name");
    }
}
