//! What an import of criteria can go wrong with, named precisely enough that a person can fix
//! the file: which file, which line or field, what was expected.
use super::catalogue::ContentProblemKind;
use serde::{Deserialize, Serialize};

/// The formats `kartla import` and the administrator's upload read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportFormat {
    Skolverket,
    Esco,
    Jobtech,
    Moodle,
    Kartla,
}

impl ImportFormat {
    pub const ALL: [ImportFormat; 5] = [
        ImportFormat::Kartla,
        ImportFormat::Skolverket,
        ImportFormat::Esco,
        ImportFormat::Jobtech,
        ImportFormat::Moodle,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ImportFormat::Skolverket => "skolverket",
            ImportFormat::Esco => "esco",
            ImportFormat::Jobtech => "jobtech",
            ImportFormat::Moodle => "moodle",
            ImportFormat::Kartla => "kartla",
        }
    }
    pub fn label_key(self) -> &'static str {
        match self {
            ImportFormat::Skolverket => "format-skolverket",
            ImportFormat::Esco => "format-esco",
            ImportFormat::Jobtech => "format-jobtech",
            ImportFormat::Moodle => "format-moodle",
            ImportFormat::Kartla => "format-kartla",
        }
    }
}

impl std::str::FromStr for ImportFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| format!("unknown format `{s}`"))
    }
}

/// What a file should have held, where it held something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Expected {
    /// `{course | courses | subject | subjects}` at the top of a Skolverket response.
    SkolverketRoot,
    /// A JSON array of taxonomy concepts, or `{"data": {"concepts": […]}}`.
    JobtechConcepts,
    /// A Moodle competency framework export with its header row.
    MoodleHeader,
    /// One framework written as `format = "kartla/1"`.
    KartlaFile,
    /// Text (a string) in this field.
    Text,
    /// A list in this field.
    List,
    /// `course` or `occupation`.
    Kind,
    /// `E`, `C` or `A`.
    GradeStep,
    /// `esco`, `jobtech` or `skolverket`.
    ExternalSystem,
    /// A file in UTF-8.
    Utf8,
}

impl Expected {
    pub const ALL: [Expected; 10] = [
        Expected::SkolverketRoot,
        Expected::JobtechConcepts,
        Expected::MoodleHeader,
        Expected::KartlaFile,
        Expected::Text,
        Expected::List,
        Expected::Kind,
        Expected::GradeStep,
        Expected::ExternalSystem,
        Expected::Utf8,
    ];
    pub fn message_key(self) -> &'static str {
        match self {
            Expected::SkolverketRoot => "import-expected-skolverket-root",
            Expected::JobtechConcepts => "import-expected-jobtech-concepts",
            Expected::MoodleHeader => "import-expected-moodle-header",
            Expected::KartlaFile => "import-expected-kartla-file",
            Expected::Text => "import-expected-text",
            Expected::List => "import-expected-list",
            Expected::Kind => "import-expected-kind",
            Expected::GradeStep => "import-expected-grade-step",
            Expected::ExternalSystem => "import-expected-external-system",
            Expected::Utf8 => "import-expected-utf8",
        }
    }
    fn english(self) -> &'static str {
        match self {
            Expected::SkolverketRoot => {
                "a syllabus API response with `course`, `courses`, `subject` or `subjects`"
            }
            Expected::JobtechConcepts => {
                "a JSON array of taxonomy concepts or {\"data\": {\"concepts\": [...]}}"
            }
            Expected::MoodleHeader => {
                "a Moodle competency framework CSV with the columns `Parent ID number`, `ID number`, `Short name` and `Description`"
            }
            Expected::KartlaFile => "a Kartla framework file starting with format = \"kartla/1\"",
            Expected::Text => "text",
            Expected::List => "a list",
            Expected::Kind => "`course` or `occupation`",
            Expected::GradeStep => "`E`, `C` or `A`",
            Expected::ExternalSystem => "`esco`, `jobtech` or `skolverket`",
            Expected::Utf8 => "text encoded as UTF-8",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportProblem {
    /// The file could not be read at all.
    Unreadable(String),
    /// Not valid JSON, CSV or TOML; the parser's own words follow.
    Syntax(String),
    WrongShape(Expected),
    MissingField,
    UnknownLanguage(String),
    /// Kartla falls back to Swedish, so every text needs a Swedish variant.
    MissingSwedish,
    /// A file the format needs was not given (its name is in `file`).
    MissingFile,
    /// `--occupation` named a URI that no occupations file holds.
    UnknownOccupation(String),
    /// A `Parent ID number` that no row has.
    UnknownParent(String),
    /// The same code twice in one import.
    DuplicateFramework(String),
    /// The file held no framework.
    NothingToImport,
    Content(ContentProblemKind),
}

/// One thing wrong with an import, located.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportError {
    pub file: String,
    /// 1-based line in the file, where the format has lines.
    pub line: Option<u64>,
    /// The field, column or path inside the file.
    pub field: Option<String>,
    pub problem: ImportProblem,
}

impl ImportError {
    pub fn new(file: impl Into<String>, problem: ImportProblem) -> Self {
        Self {
            file: file.into(),
            line: None,
            field: None,
            problem,
        }
    }
    pub fn at_line(mut self, line: Option<u64>) -> Self {
        self.line = line;
        self
    }
    pub fn in_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn message_key(&self) -> &'static str {
        match &self.problem {
            ImportProblem::Unreadable(_) => "import-unreadable",
            ImportProblem::Syntax(_) => "import-syntax",
            ImportProblem::WrongShape(e) => e.message_key(),
            ImportProblem::MissingField => "import-missing-field",
            ImportProblem::UnknownLanguage(_) => "import-unknown-language",
            ImportProblem::MissingSwedish => "import-missing-swedish",
            ImportProblem::MissingFile => "import-missing-file",
            ImportProblem::UnknownOccupation(_) => "import-unknown-occupation",
            ImportProblem::UnknownParent(_) => "import-unknown-parent",
            ImportProblem::DuplicateFramework(_) => "import-duplicate-framework",
            ImportProblem::NothingToImport => "import-nothing",
            ImportProblem::Content(k) => k.message_key(),
        }
    }

    /// The value the message names: a language code, a URI, the parser's words …
    pub fn detail(&self) -> Option<String> {
        match &self.problem {
            ImportProblem::Unreadable(d)
            | ImportProblem::Syntax(d)
            | ImportProblem::UnknownLanguage(d)
            | ImportProblem::UnknownOccupation(d)
            | ImportProblem::UnknownParent(d)
            | ImportProblem::DuplicateFramework(d) => Some(d.clone()),
            ImportProblem::Content(k) => k.detail(),
            _ => None,
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", {field}")?;
        }
        let what = match &self.problem {
            ImportProblem::Unreadable(d) => format!("cannot be read ({d})"),
            ImportProblem::Syntax(d) => format!("is not well-formed: {d}"),
            ImportProblem::WrongShape(e) => format!("expected {}", e.english()),
            ImportProblem::MissingField => "is missing and required".to_owned(),
            ImportProblem::UnknownLanguage(l) => {
                format!("unknown language code `{l}` (expected an ISO 639 code such as sv, en, ar)")
            }
            ImportProblem::MissingSwedish => {
                "has no Swedish text; Kartla falls back to Swedish, so it is required".to_owned()
            }
            ImportProblem::MissingFile => "is needed and was not given".to_owned(),
            ImportProblem::UnknownOccupation(u) => format!("no occupation has the URI {u}"),
            ImportProblem::UnknownParent(p) => format!("no row has the ID number `{p}`"),
            ImportProblem::DuplicateFramework(c) => format!("the code {c} appears twice"),
            ImportProblem::NothingToImport => "holds no framework to import".to_owned(),
            ImportProblem::Content(k) => {
                let p = super::catalogue::ContentProblem {
                    path: String::new(),
                    problem: k.clone(),
                };
                p.to_string().trim_start_matches(": ").to_owned()
            }
        };
        write!(f, ": {what}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_names_file_line_field_and_expectation() {
        let e = ImportError::new("course.json", ImportProblem::WrongShape(Expected::Text))
            .at_line(Some(12))
            .in_field("course.name");
        assert_eq!(
            e.to_string(),
            "course.json, line 12, course.name: expected text"
        );
        let e = ImportError::new("x.csv", ImportProblem::UnknownLanguage("xx".into()));
        assert!(e.to_string().contains("`xx`"));
        assert_eq!(e.detail().as_deref(), Some("xx"));
    }

    #[test]
    fn formats_parse_from_their_names() {
        for f in ImportFormat::ALL {
            assert_eq!(f.as_str().parse::<ImportFormat>().unwrap(), f);
        }
        assert!("csv".parse::<ImportFormat>().is_err());
    }
}
