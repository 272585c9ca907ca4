//! Every word a person reads: Fluent bundles per language, the language negotiation, and the
//! `I18n` handle components use.
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// A language the interface is offered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    Sv,
    En,
}

pub const COOKIE_NAME: &str = "kartla_lang";

/// The Fluent sources, one per language, compiled into the server. The browser's WebAssembly
/// carries none: the island loader fetches the page's language only (see `messages_url` and
/// `use_page_messages`), so a new language costs a browser nothing until someone reads it.
#[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
pub const SOURCES: [(Locale, &str); 2] = [
    (Locale::Sv, include_str!("../../locales/sv/main.ftl")),
    (Locale::En, include_str!("../../locales/en/main.ftl")),
];

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Sv, Locale::En];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::Sv => "sv",
            Locale::En => "en",
        }
    }

    /// Writing direction, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        "ltr"
    }

    /// The language's own name for itself, shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Sv => "Svenska",
            Locale::En => "English",
        }
    }

    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
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

type Bundle = FluentBundle<FluentResource>;

fn bundle(locale: Locale, src: &str) -> (Locale, Bundle) {
    // A syntax error leaves the broken entries out; the locale test catches it.
    let res = FluentResource::try_new(src.to_owned()).unwrap_or_else(|(res, _)| res);
    let lang = locale.tag().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![lang]);
    // Duplicate keys are reported by the locale test too.
    let _ = bundle.add_resource(res);
    (locale, bundle)
}

#[cfg(not(all(feature = "hydrate", not(feature = "ssr"))))]
static BUNDLES: LazyLock<Vec<(Locale, Bundle)>> =
    LazyLock::new(|| SOURCES.iter().map(|(l, src)| bundle(*l, src)).collect());

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
        SOURCES
            .iter()
            .map(|(l, src)| (*l, crate::assets::short_hash(src.as_bytes())))
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

/// The handle components use: `i18n.t("key")`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n {
    pub locale: Locale,
}

impl I18n {
    pub fn t(self, key: &str) -> String {
        translate(self.locale, key, None)
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
        assert!(translate(Locale::Sv, "pdf-page", Some(&args)).contains('\u{2068}'));
        assert_eq!(
            translate_plain(Locale::Sv, "pdf-page", Some(&args)),
            "Sida 2 av 4"
        );
    }

    #[test]
    fn a_cookie_wins_over_the_browser_languages() {
        assert_eq!(
            Locale::negotiate(Some("en"), Some("sv-SE,sv;q=0.9")),
            Locale::En
        );
    }

    #[test]
    fn accept_language_is_read_with_its_weights() {
        assert_eq!(
            Locale::from_accept_language("de-DE,en;q=0.5,sv;q=0.8"),
            Some(Locale::Sv)
        );
        assert_eq!(Locale::from_accept_language("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_accept_language("de,fr"), None);
    }

    #[test]
    fn without_cookie_or_known_language_swedish_is_chosen() {
        assert_eq!(Locale::negotiate(None, Some("fi")), Locale::Sv);
        assert_eq!(Locale::negotiate(Some("xx"), None), Locale::Sv);
    }

    #[test]
    fn a_known_key_is_translated_and_an_unknown_key_shows_itself() {
        let sv = I18n { locale: Locale::Sv };
        assert_eq!(sv.t("no-such-key-anywhere"), "no-such-key-anywhere");
        assert_ne!(sv.t("app-name"), "app-name");
    }
}
