//! Text with one variant per language; Swedish is always present and is the fallback.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text in several languages, keyed by language tag (`sv`, `en`, `ar` …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    try_from = "BTreeMap<String, String>",
    into = "BTreeMap<String, String>"
)]
pub struct LocalizedText(BTreeMap<String, String>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LocalizedTextError {
    #[error("a Swedish variant is required")]
    MissingSwedish,
    #[error("language tag `{0}` is not a plain two- or three-letter code")]
    BadLanguageTag(String),
}

/// The language every catalogue text has: the interface's base language (Swedish).
fn base() -> &'static str {
    crate::i18n::Locale::BASE.tag()
}

/// Several texts (a mapping's frameworks' titles) in one language, joined by commas.
pub fn joined(texts: &[LocalizedText], lang: &str) -> String {
    texts
        .iter()
        .map(|t| t.get(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

impl LocalizedText {
    /// Blank variants are dropped: a language is either there with text or not there.
    pub fn new(mut variants: BTreeMap<String, String>) -> Result<Self, LocalizedTextError> {
        variants.retain(|_, t| !t.trim().is_empty());
        if let Some(bad) = variants
            .keys()
            .find(|k| !(2..=3).contains(&k.len()) || !k.chars().all(|c| c.is_ascii_lowercase()))
        {
            return Err(LocalizedTextError::BadLanguageTag(bad.clone()));
        }
        match variants.get(base()) {
            Some(sv) if !sv.trim().is_empty() => Ok(Self(variants)),
            _ => Err(LocalizedTextError::MissingSwedish),
        }
    }

    /// The text in `lang`, or Swedish when that language is missing. The flag tells whether
    /// the fallback was used, so the page can say so.
    pub fn resolve(&self, lang: &str) -> (&str, bool) {
        match self.0.get(lang) {
            Some(t) if !t.trim().is_empty() => (t, false),
            _ => (self.swedish(), lang != base()),
        }
    }

    pub fn get(&self, lang: &str) -> &str {
        self.resolve(lang).0
    }

    pub fn swedish(&self) -> &str {
        self.0.get(base()).map(String::as_str).unwrap_or_default()
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn variants(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    pub fn has(&self, lang: &str) -> bool {
        self.0.contains_key(lang)
    }

    /// A text in Swedish only.
    pub fn swedish_only(text: impl Into<String>) -> Result<Self, LocalizedTextError> {
        Self::new(BTreeMap::from([(base().to_owned(), text.into())]))
    }
}

impl TryFrom<BTreeMap<String, String>> for LocalizedText {
    type Error = LocalizedTextError;
    fn try_from(value: BTreeMap<String, String>) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<LocalizedText> for BTreeMap<String, String> {
    fn from(value: LocalizedText) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(pairs: &[(&str, &str)]) -> Result<LocalizedText, LocalizedTextError> {
        LocalizedText::new(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn a_text_without_swedish_is_rejected() {
        assert_eq!(
            text(&[("en", "Weld")]),
            Err(LocalizedTextError::MissingSwedish)
        );
    }

    #[test]
    fn a_missing_language_falls_back_to_swedish_and_says_so() {
        let t = text(&[("sv", "Svetsa"), ("en", "Weld")]).unwrap();
        assert_eq!(t.resolve("en"), ("Weld", false));
        assert_eq!(t.resolve("ar"), ("Svetsa", true));
        assert_eq!(t.resolve("sv"), ("Svetsa", false));
    }

    #[test]
    fn an_odd_language_tag_is_rejected() {
        assert!(matches!(
            text(&[("sv", "a"), ("EN-gb", "b")]),
            Err(LocalizedTextError::BadLanguageTag(_))
        ));
    }

    #[test]
    fn json_without_swedish_does_not_deserialize() {
        assert!(serde_json::from_str::<LocalizedText>(r#"{"en":"x"}"#).is_err());
    }
}
