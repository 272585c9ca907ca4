//! Reading criteria from outside sources into framework content. Every reader checks the whole
//! input before anything is written and reports every problem it finds, located by file, line
//! and field; `kartla import` and the administrator's upload both go through [`parse`].
pub mod html;

mod esco;
mod jobtech;
pub mod kartla;
mod moodle;
mod skolverket;

use kartla_app::domain::{
    language, FrameworkContent, ImportError, ImportFormat, ImportProblem, LocalizedText,
};
use kartla_app::i18n::{self, Locale};
use std::collections::{BTreeMap, HashMap};

/// One file as given: its name (no directories) and its bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// ESCO: import only these occupation URIs (all when empty).
    pub occupations: Vec<String>,
}

/// What a reader found: frameworks with the file each came from.
type Found = Vec<(FrameworkContent, String)>;
type Parsed = Result<Found, Vec<ImportError>>;

/// Read `files` in `format` into checked framework content, or every problem found.
pub fn parse(
    format: ImportFormat,
    files: &[SourceFile],
    opts: &Options,
) -> Result<Vec<FrameworkContent>, Vec<ImportError>> {
    if files.is_empty() {
        return Err(vec![ImportError::new("", ImportProblem::NothingToImport)]);
    }
    let found = match format {
        ImportFormat::Kartla => kartla::read(files),
        ImportFormat::Skolverket => skolverket::read(files),
        ImportFormat::Esco => esco::read(files, opts),
        ImportFormat::Jobtech => jobtech::read(files),
        ImportFormat::Moodle => moodle::read(files),
    }?;
    let mut errors = vec![];
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for (content, file) in &found {
        for p in content.problems() {
            errors.push(
                ImportError::new(file.clone(), ImportProblem::Content(p.problem))
                    .in_field(format!("{} {}", content.code, p.path)),
            );
        }
        if seen.insert(content.code.as_str(), ()).is_some() {
            errors.push(ImportError::new(
                file.clone(),
                ImportProblem::DuplicateFramework(content.code.clone()),
            ));
        }
    }
    if found.is_empty() {
        errors.push(ImportError::new(
            files
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            ImportProblem::NothingToImport,
        ));
    }
    if errors.is_empty() {
        Ok(found.into_iter().map(|(c, _)| c).collect())
    } else {
        Err(errors)
    }
}

/// Read each file on its own: every framework with the file it came from, or the problems of
/// all the files together.
fn each_file(
    files: &[SourceFile],
    read_one: impl Fn(&SourceFile) -> Result<Vec<FrameworkContent>, Vec<ImportError>>,
) -> Parsed {
    let mut found = vec![];
    let mut errors = vec![];
    for f in files {
        match read_one(f) {
            Ok(list) => found.extend(list.into_iter().map(|c| (c, f.name.clone()))),
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(found)
    } else {
        Err(errors)
    }
}

/// The file as UTF-8 text, without a byte-order mark.
fn utf8(file: &SourceFile) -> Result<&str, ImportError> {
    std::str::from_utf8(&file.bytes)
        .map(|s| s.strip_prefix('\u{feff}').unwrap_or(s))
        .map_err(|e| {
            ImportError::new(
                &file.name,
                ImportProblem::WrongShape(kartla_app::domain::Expected::Utf8),
            )
            .at_line(Some(
                1 + file.bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count() as u64,
            ))
        })
}

/// A localized text from language → text pairs: known language codes, Swedish present.
fn localized(
    file: &str,
    line: Option<u64>,
    field: &str,
    variants: BTreeMap<String, String>,
) -> Result<LocalizedText, ImportError> {
    let at = |p| {
        ImportError::new(file, p)
            .at_line(line)
            .in_field(field.to_owned())
    };
    if let Some(bad) = variants.keys().find(|l| !language::is_known(l)) {
        return Err(at(ImportProblem::UnknownLanguage(bad.clone())));
    }
    LocalizedText::new(variants).map_err(|_| at(ImportProblem::MissingSwedish))
}

/// A text Kartla itself writes (section titles of imported frameworks), in every language
/// Kartla speaks.
fn own_text(key: &str) -> Result<LocalizedText, ImportError> {
    let variants: BTreeMap<String, String> = Locale::all()
        .map(|l| (l.tag().to_owned(), i18n::translate(l, key, None)))
        .collect();
    LocalizedText::new(variants).map_err(|_| ImportError::new(key, ImportProblem::MissingSwedish))
}

/// `occupations_sv.csv` → (`occupations`, `sv`).
fn language_of(name: &str) -> Option<(&str, &str)> {
    let stem = name.strip_suffix(".csv")?;
    stem.rsplit_once('_')
}

/// Read files and folders from disk for the command line; a folder gives its files.
pub fn read_paths(paths: &[std::path::PathBuf]) -> Result<Vec<SourceFile>, Vec<ImportError>> {
    let mut files = vec![];
    let mut errors = vec![];
    for path in paths {
        let shown = path.display().to_string();
        let entries: Vec<std::path::PathBuf> = if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(rd) => {
                    let mut v: Vec<_> = rd
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.is_file())
                        .collect();
                    v.sort();
                    v
                }
                Err(e) => {
                    errors.push(ImportError::new(
                        shown,
                        ImportProblem::Unreadable(e.to_string()),
                    ));
                    continue;
                }
            }
        } else {
            vec![path.clone()]
        };
        for p in entries {
            match std::fs::read(&p) {
                Ok(bytes) => files.push(SourceFile {
                    name: p
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_else(|| p.display().to_string()),
                    bytes,
                }),
                Err(e) => errors.push(ImportError::new(
                    p.display().to_string(),
                    ImportProblem::Unreadable(e.to_string()),
                )),
            }
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod fuzz_tests;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn file(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    pub fn fixture(name: &str) -> SourceFile {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        SourceFile {
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            bytes: std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        }
    }

    #[test]
    fn nothing_given_is_an_error() {
        let e = parse(ImportFormat::Kartla, &[], &Options::default()).unwrap_err();
        assert_eq!(e[0].problem, ImportProblem::NothingToImport);
    }

    #[test]
    fn a_file_that_is_not_utf8_names_its_line() {
        let f = SourceFile {
            name: "x.json".into(),
            bytes: b"{\n\"a\":\n\"\xff\"}".to_vec(),
        };
        let e = parse(ImportFormat::Skolverket, &[f], &Options::default()).unwrap_err();
        assert_eq!((e[0].file.as_str(), e[0].line), ("x.json", Some(3)));
    }

    #[test]
    fn own_texts_exist_in_every_language() {
        let t = own_text("import-section-essential").unwrap();
        assert!(t.has("sv") && t.has("en"));
        assert_ne!(t.get("sv"), "import-section-essential");
    }
}
