//! What the catalogue pages show, resolved to the reader's language on the server: each text
//! carries the language it is really in, so a Swedish fallback is marked `lang="sv"` and the
//! page can say that it fell back.
use crate::domain::{language, ExternalRef, Framework, FrameworkId, FrameworkKind, LocalizedText};
use serde::{Deserialize, Serialize};

/// A text in the language it is shown in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownText {
    pub text: String,
    pub lang: String,
    pub fallback: bool,
}

impl ShownText {
    pub fn resolve(t: &LocalizedText, lang: &str) -> Self {
        let (text, fallback) = t.resolve(lang);
        Self {
            text: text.to_owned(),
            lang: if fallback {
                crate::i18n::Locale::BASE.tag().into()
            } else {
                lang.into()
            },
            fallback,
        }
    }
    /// A text written in Swedish, the installation's language: an organisation's registered
    /// name, shown inside a page in another language.
    pub fn swedish(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            lang: crate::i18n::Locale::BASE.tag().into(),
            fallback: false,
        }
    }

    pub fn dir(&self) -> &'static str {
        if language::is_rtl(&self.lang) {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// The search a reader made on `/catalogue`, as it arrives in the address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub kind: Option<FrameworkKind>,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub page: usize,
}

impl CatalogueQuery {
    /// Read from the address's query; anything unknown is ignored rather than refused.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            q: get("q")
                .unwrap_or_default()
                .trim()
                .chars()
                .take(200)
                .collect(),
            kind: get("kind").and_then(|k| k.parse().ok()),
            lang: get("lang").filter(|l| language::is_known(l)),
            page: get("page")
                .and_then(|p| p.parse::<usize>().ok())
                .unwrap_or(1)
                .clamp(1, 100_000),
        }
    }

    /// The address of this search on another page of the list at `base`.
    pub fn href_at(&self, base: &str, page: usize) -> String {
        let mut parts = vec![];
        let enc = |s: &str| {
            s.bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                        (b as char).to_string()
                    }
                    b' ' => "+".to_owned(),
                    _ => format!("%{b:02X}"),
                })
                .collect::<String>()
        };
        if !self.q.is_empty() {
            parts.push(format!("q={}", enc(&self.q)));
        }
        if let Some(k) = self.kind {
            parts.push(format!("kind={}", k.as_str()));
        }
        if let Some(l) = &self.lang {
            parts.push(format!("lang={}", enc(l)));
        }
        parts.push(format!("page={page}"));
        format!("{base}?{}", parts.join("&"))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CatalogueItem {
    pub code: String,
    pub kind: FrameworkKind,
    pub version: i64,
    pub title: ShownText,
    pub criteria: i64,
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CataloguePage {
    pub items: Vec<CatalogueItem>,
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    /// Every language some framework is complete in, for the filter.
    pub languages: Vec<String>,
}

/// Frameworks per catalogue page.
pub const PAGE_SIZE: usize = 25;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExternalView {
    pub label_key: String,
    pub id: String,
    pub href: Option<String>,
}

impl ExternalView {
    fn of(e: &ExternalRef) -> Self {
        Self {
            label_key: e.system.label_key().to_owned(),
            id: e.id.clone(),
            href: e.href(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionPage {
    pub code: String,
    pub text: ShownText,
    pub external: Option<ExternalView>,
    /// Grade step (E, C, A) and its description.
    pub guidance: Vec<(String, ShownText)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionPage {
    pub title: ShownText,
    pub criteria: Vec<CriterionPage>,
}

/// One published version, with the others listed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameworkPage {
    pub id: FrameworkId,
    pub code: String,
    pub kind: FrameworkKind,
    pub version: i64,
    pub published_at: Option<crate::domain::Timestamp>,
    pub title: ShownText,
    pub external: Option<ExternalView>,
    pub languages: Vec<String>,
    pub sections: Vec<SectionPage>,
    pub any_fallback: bool,
    /// Every published version: number and date.
    pub versions: Vec<(i64, crate::domain::Timestamp)>,
    pub is_current: bool,
}

impl FrameworkPage {
    pub fn new(
        f: &Framework,
        lang: &str,
        published_at: Option<crate::domain::Timestamp>,
        versions: Vec<(i64, crate::domain::Timestamp)>,
    ) -> Self {
        let sections: Vec<SectionPage> = f
            .sections
            .iter()
            .map(|s| SectionPage {
                title: ShownText::resolve(&s.title, lang),
                criteria: s
                    .criteria
                    .iter()
                    .map(|c| CriterionPage {
                        code: c.code.clone(),
                        text: ShownText::resolve(&c.text, lang),
                        external: c.external.as_ref().map(ExternalView::of),
                        guidance: c
                            .guidance
                            .iter()
                            .map(|(g, t)| (g.as_str().to_owned(), ShownText::resolve(t, lang)))
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        let title = ShownText::resolve(&f.title, lang);
        let any_fallback = title.fallback
            || sections.iter().any(|s| {
                s.title.fallback
                    || s.criteria
                        .iter()
                        .any(|c| c.text.fallback || c.guidance.iter().any(|(_, t)| t.fallback))
            });
        let is_current = versions.last().map(|(v, _)| *v) == Some(f.version);
        Self {
            id: f.id,
            code: f.code.clone(),
            kind: f.kind,
            version: f.version,
            published_at,
            title,
            external: f.external.as_ref().map(ExternalView::of),
            languages: f.content().complete_languages(),
            sections,
            any_fallback,
            versions,
            is_current,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_reads_leniently_and_writes_back() {
        let q = CatalogueQuery::from_params(|k| match k {
            "q" => Some("  lager & truck ".into()),
            "kind" => Some("occupation".into()),
            "lang" => Some("xx".into()),
            "page" => Some("0".into()),
            _ => None,
        });
        assert_eq!(q.q, "lager & truck");
        assert_eq!(q.kind, Some(FrameworkKind::Occupation));
        assert_eq!(q.lang, None, "an unknown language is no filter");
        assert_eq!(q.page, 1);
        assert_eq!(
            q.href_at("/catalogue", 2),
            "/catalogue?q=lager+%26+truck&kind=occupation&page=2"
        );
    }

    #[test]
    fn a_fallback_is_marked_swedish() {
        let t = LocalizedText::new(
            [
                ("sv".to_owned(), "Hej".to_owned()),
                ("ar".to_owned(), "مرحبا".to_owned()),
            ]
            .into_iter()
            .collect(),
        )
        .unwrap();
        let en = ShownText::resolve(&t, "en");
        assert_eq!(
            (en.text.as_str(), en.lang.as_str(), en.fallback),
            ("Hej", "sv", true)
        );
        let ar = ShownText::resolve(&t, "ar");
        assert_eq!((ar.lang.as_str(), ar.dir()), ("ar", "rtl"));
    }
}
