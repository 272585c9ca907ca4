//! The content of a framework as an author writes it or an importer reads it, before the
//! catalogue gives it ids and a version; and the rules every version must keep.
use super::{FrameworkKind, LocalizedText};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The longest framework code.
pub const MAX_CODE_CHARS: usize = 60;
/// The longest title of a framework or section.
pub const MAX_TITLE_CHARS: usize = 300;
/// The longest criterion or guidance text.
pub const MAX_TEXT_CHARS: usize = 4000;

/// Whether a version can still change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionStatus {
    Draft,
    Published,
}

impl VersionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            VersionStatus::Draft => "draft",
            VersionStatus::Published => "published",
        }
    }
    pub fn label_key(self) -> &'static str {
        match self {
            VersionStatus::Draft => "version-draft",
            VersionStatus::Published => "version-published",
        }
    }
}

impl std::str::FromStr for VersionStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "draft" => Ok(VersionStatus::Draft),
            "published" => Ok(VersionStatus::Published),
            other => Err(format!("unknown version status `{other}`")),
        }
    }
}

/// The outside register a framework or criterion comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExternalSystem {
    /// An ESCO concept URI.
    Esco,
    /// A JobTech Taxonomy concept id.
    Jobtech,
    /// A Skolverket course or subject code.
    Skolverket,
}

impl ExternalSystem {
    pub const ALL: [ExternalSystem; 3] = [
        ExternalSystem::Esco,
        ExternalSystem::Jobtech,
        ExternalSystem::Skolverket,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ExternalSystem::Esco => "esco",
            ExternalSystem::Jobtech => "jobtech",
            ExternalSystem::Skolverket => "skolverket",
        }
    }
    pub fn label_key(self) -> &'static str {
        match self {
            ExternalSystem::Esco => "external-esco",
            ExternalSystem::Jobtech => "external-jobtech",
            ExternalSystem::Skolverket => "external-skolverket",
        }
    }
}

impl std::str::FromStr for ExternalSystem {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| format!("unknown external system `{s}`"))
    }
}

/// A link to a concept in an outside register.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ExternalRef {
    pub system: ExternalSystem,
    pub id: String,
}

impl ExternalRef {
    /// Where a reader can look the concept up, when the register has public pages.
    pub fn href(&self) -> Option<String> {
        match self.system {
            ExternalSystem::Esco if self.id.starts_with("http://data.europa.eu/esco/") => {
                Some(self.id.clone())
            }
            _ => None,
        }
    }
}

/// A grade step in Swedish adult education whose description guides a self-assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GradeStep {
    E,
    C,
    A,
}

impl GradeStep {
    pub const ALL: [GradeStep; 3] = [GradeStep::E, GradeStep::C, GradeStep::A];
    pub fn as_str(self) -> &'static str {
        match self {
            GradeStep::E => "E",
            GradeStep::C => "C",
            GradeStep::A => "A",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.as_str() == s.trim())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionContent {
    pub code: String,
    pub text: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<ExternalRef>,
    /// For courses: what each grade step asks, as guidance for the person and the validator.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub guidance: BTreeMap<GradeStep, LocalizedText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionContent {
    pub title: LocalizedText,
    pub criteria: Vec<CriterionContent>,
}

/// Everything that makes up one version of a framework, apart from its number and status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkContent {
    pub kind: FrameworkKind,
    pub code: String,
    pub title: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<ExternalRef>,
    pub sections: Vec<SectionContent>,
}

/// What writing a framework's content would do to the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Planned {
    /// A code the catalogue does not have yet: version 1.
    New,
    /// Content that differs from the newest published version: the next version.
    NewVersion { version: i64 },
    /// The same content as the newest published version: nothing is written.
    Unchanged { version: i64 },
    /// An administrator is editing a draft of this code; it must be published or discarded
    /// first.
    DraftInTheWay { version: i64 },
}

impl Planned {
    pub fn writes(self) -> bool {
        matches!(self, Planned::New | Planned::NewVersion { .. })
    }
    pub fn label_key(self) -> &'static str {
        match self {
            Planned::New => "plan-new",
            Planned::NewVersion { .. } => "plan-new-version",
            Planned::Unchanged { .. } => "plan-unchanged",
            Planned::DraftInTheWay { .. } => "plan-draft-in-the-way",
        }
    }
    pub fn version(self) -> i64 {
        match self {
            Planned::New => 1,
            Planned::NewVersion { version }
            | Planned::Unchanged { version }
            | Planned::DraftInTheWay { version } => version,
        }
    }
}

/// What is wrong with a framework's content, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentProblem {
    /// Where: `code`, `title`, `sections[2].title`, `sections[0].criteria[3].code` …
    pub path: String,
    pub problem: ContentProblemKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContentProblemKind {
    BadCode,
    Empty,
    TooLong { max: usize },
    NoSections,
    NoCriteria,
    DuplicateCriterionCode(String),
    UnknownLanguage(String),
    GuidanceOnOccupation,
}

impl ContentProblemKind {
    pub fn message_key(&self) -> &'static str {
        match self {
            ContentProblemKind::BadCode => "content-bad-code",
            ContentProblemKind::Empty => "content-empty",
            ContentProblemKind::TooLong { .. } => "content-too-long",
            ContentProblemKind::NoSections => "content-no-sections",
            ContentProblemKind::NoCriteria => "content-no-criteria",
            ContentProblemKind::DuplicateCriterionCode(_) => "content-duplicate-code",
            ContentProblemKind::UnknownLanguage(_) => "content-unknown-language",
            ContentProblemKind::GuidanceOnOccupation => "content-guidance-on-occupation",
        }
    }
    /// The one value a message about this problem names, if any.
    pub fn detail(&self) -> Option<String> {
        match self {
            ContentProblemKind::TooLong { max } => Some(max.to_string()),
            ContentProblemKind::DuplicateCriterionCode(c) => Some(c.clone()),
            ContentProblemKind::UnknownLanguage(l) => Some(l.clone()),
            _ => None,
        }
    }
}

impl std::fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let what = match &self.problem {
            ContentProblemKind::BadCode => {
                format!("a code is 1 to {MAX_CODE_CHARS} letters, digits, '.', '-' or '_'")
            }
            ContentProblemKind::Empty => "must not be empty".to_owned(),
            ContentProblemKind::TooLong { max } => format!("longer than {max} characters"),
            ContentProblemKind::NoSections => "a framework needs at least one section".to_owned(),
            ContentProblemKind::NoCriteria => "a section needs at least one criterion".to_owned(),
            ContentProblemKind::DuplicateCriterionCode(c) => {
                format!("criterion code `{c}` is used twice")
            }
            ContentProblemKind::UnknownLanguage(l) => format!("unknown language code `{l}`"),
            ContentProblemKind::GuidanceOnOccupation => {
                "grade-step guidance belongs to courses, not occupations".to_owned()
            }
        };
        write!(f, "{}: {what}", self.path)
    }
}

/// A code as used in addresses and files: letters, digits, `.`, `-`, `_`.
pub fn is_valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.chars().count() <= MAX_CODE_CHARS
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

fn check_text(out: &mut Vec<ContentProblem>, path: String, text: &LocalizedText, max: usize) {
    for lang in text.languages() {
        if !super::language::is_known(lang) {
            out.push(ContentProblem {
                path: path.clone(),
                problem: ContentProblemKind::UnknownLanguage(lang.to_owned()),
            });
        }
    }
    if text.variants().any(|(_, t)| t.chars().count() > max) {
        out.push(ContentProblem {
            path,
            problem: ContentProblemKind::TooLong { max },
        });
    }
}

impl FrameworkContent {
    /// Every rule a version must keep, all problems at once.
    pub fn problems(&self) -> Vec<ContentProblem> {
        let mut out = vec![];
        let at = |path: String, problem| ContentProblem { path, problem };
        if !is_valid_code(&self.code) {
            out.push(at("code".into(), ContentProblemKind::BadCode));
        }
        check_text(&mut out, "title".into(), &self.title, MAX_TITLE_CHARS);
        if self.sections.is_empty() {
            out.push(at("sections".into(), ContentProblemKind::NoSections));
        }
        let mut codes = BTreeSet::new();
        for (si, s) in self.sections.iter().enumerate() {
            check_text(
                &mut out,
                format!("sections[{si}].title"),
                &s.title,
                MAX_TITLE_CHARS,
            );
            if s.criteria.is_empty() {
                out.push(at(
                    format!("sections[{si}].criteria"),
                    ContentProblemKind::NoCriteria,
                ));
            }
            for (ci, c) in s.criteria.iter().enumerate() {
                let path = format!("sections[{si}].criteria[{ci}]");
                if c.code.trim().is_empty() {
                    out.push(at(format!("{path}.code"), ContentProblemKind::Empty));
                } else if c.code.chars().count() > MAX_CODE_CHARS {
                    out.push(at(
                        format!("{path}.code"),
                        ContentProblemKind::TooLong {
                            max: MAX_CODE_CHARS,
                        },
                    ));
                } else if !codes.insert(c.code.as_str()) {
                    out.push(at(
                        format!("{path}.code"),
                        ContentProblemKind::DuplicateCriterionCode(c.code.clone()),
                    ));
                }
                check_text(&mut out, format!("{path}.text"), &c.text, MAX_TEXT_CHARS);
                if !c.guidance.is_empty() && self.kind == FrameworkKind::Occupation {
                    out.push(at(
                        format!("{path}.guidance"),
                        ContentProblemKind::GuidanceOnOccupation,
                    ));
                }
                for (g, t) in &c.guidance {
                    check_text(
                        &mut out,
                        format!("{path}.guidance.{}", g.as_str()),
                        t,
                        MAX_TEXT_CHARS,
                    );
                }
            }
        }
        out
    }

    pub fn criteria(&self) -> impl Iterator<Item = &CriterionContent> {
        self.sections.iter().flat_map(|s| s.criteria.iter())
    }

    /// The languages a reader can read the whole framework in: those the title and every
    /// section and criterion have.
    pub fn complete_languages(&self) -> Vec<String> {
        let mut langs: BTreeSet<&str> = self.title.languages().collect();
        for s in &self.sections {
            let here: BTreeSet<&str> = s.title.languages().collect();
            langs.retain(|l| here.contains(l));
            for c in &s.criteria {
                let here: BTreeSet<&str> = c.text.languages().collect();
                langs.retain(|l| here.contains(l));
            }
        }
        langs.into_iter().map(str::to_owned).collect()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn lt(pairs: &[(&str, &str)]) -> LocalizedText {
        LocalizedText::new(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
        .unwrap()
    }

    pub fn content() -> FrameworkContent {
        FrameworkContent {
            kind: FrameworkKind::Course,
            code: "TEST01".into(),
            title: lt(&[("sv", "Testkurs"), ("en", "Test course")]),
            external: None,
            sections: vec![
                SectionContent {
                    title: lt(&[("sv", "Del ett"), ("en", "Part one")]),
                    criteria: vec![
                        CriterionContent {
                            code: "1.1".into(),
                            text: lt(&[("sv", "Kan a"), ("en", "Can a")]),
                            external: None,
                            guidance: BTreeMap::new(),
                        },
                        CriterionContent {
                            code: "1.2".into(),
                            text: lt(&[("sv", "Kan b"), ("en", "Can b")]),
                            external: None,
                            guidance: BTreeMap::from([(
                                GradeStep::E,
                                lt(&[("sv", "Översiktligt")]),
                            )]),
                        },
                    ],
                },
                SectionContent {
                    title: lt(&[("sv", "Del två"), ("en", "Part two")]),
                    criteria: vec![CriterionContent {
                        code: "2.1".into(),
                        text: lt(&[("sv", "Kan c")]),
                        external: None,
                        guidance: BTreeMap::new(),
                    }],
                },
            ],
        }
    }

    #[test]
    fn a_well_formed_framework_has_no_problems() {
        assert_eq!(content().problems(), vec![]);
    }

    #[test]
    fn problems_name_where_they_are() {
        let mut c = content();
        c.code = "bad code!".into();
        c.sections[0].criteria[1].code = "1.1".into();
        c.sections[1].criteria.clear();
        c.kind = FrameworkKind::Occupation;
        let found: Vec<String> = c.problems().iter().map(|p| p.path.clone()).collect();
        assert_eq!(
            found,
            [
                "code",
                "sections[0].criteria[1].code",
                "sections[0].criteria[1].guidance",
                "sections[1].criteria"
            ]
        );
    }

    #[test]
    fn unknown_languages_and_long_texts_are_problems() {
        let mut c = content();
        c.title = lt(&[("sv", "Titel"), ("xx", "?")]);
        c.sections[0].title = lt(&[("sv", &"å".repeat(MAX_TITLE_CHARS + 1))]);
        let kinds: Vec<_> = c.problems().into_iter().map(|p| p.problem).collect();
        assert_eq!(
            kinds,
            [
                ContentProblemKind::UnknownLanguage("xx".into()),
                ContentProblemKind::TooLong {
                    max: MAX_TITLE_CHARS
                }
            ]
        );
    }

    #[test]
    fn complete_languages_are_those_every_text_has() {
        assert_eq!(content().complete_languages(), ["sv"]);
        let mut c = content();
        c.sections[1].criteria[0].text = lt(&[("sv", "Kan c"), ("en", "Can c")]);
        assert_eq!(c.complete_languages(), ["en", "sv"]);
    }

    #[test]
    fn codes_are_plain() {
        assert!(is_valid_code("ESCO-2654.1.7"));
        assert!(is_valid_code("OMVOMV01_x"));
        assert!(!is_valid_code(""));
        assert!(!is_valid_code("a/b"));
        assert!(!is_valid_code("kod med mellanslag"));
        assert!(!is_valid_code(&"a".repeat(MAX_CODE_CHARS + 1)));
    }
}
