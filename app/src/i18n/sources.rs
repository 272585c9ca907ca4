//! Where each language's messages come from: the Fluent file built into Kartla, and what an
//! installation's translators put in `KARTLA_LOCALES_DIR` (the same layout, `<tag>/*.ftl`) to
//! improve or complete a translation without a new release. Each file says at its top who
//! wrote it and whether a native speaker has reviewed it; that is what tells which messages
//! are still unreviewed.
pub use super::Review;
use super::{Locale, LANGUAGES};
use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, OnceLock};

impl Review {
    /// Read from a Fluent file's resource comments (`### Reviewed: yes|no|original`).
    pub fn of(source: &str) -> Review {
        header(source, "Reviewed").map_or(Review::Unreviewed, |v| {
            match v.to_ascii_lowercase().as_str() {
                "original" => Review::Original,
                "yes" => Review::Reviewed,
                _ => Review::Unreviewed,
            }
        })
    }
}

/// The value of a `### Name: value` line at the top of a Fluent file.
pub fn header<'a>(source: &'a str, name: &str) -> Option<&'a str> {
    source
        .lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .filter_map(|l| l.strip_prefix("###"))
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.trim().eq_ignore_ascii_case(name)).then(|| v.trim())
        })
}

/// The ids of the messages (and terms) in a Fluent source.
pub fn message_ids(source: &str) -> Vec<String> {
    let res = match FluentResource::try_new(source.to_owned()) {
        Ok(res) | Err((res, _)) => res,
    };
    res.entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// The line a message starts on, counted from 1 (0 if it is not there), for saying where a
/// problem is.
fn line_of_id(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

/// The line of a byte offset, counted from 1.
fn line_of(source: &str, offset: usize) -> usize {
    source
        .get(..offset.min(source.len()))
        .map_or(0, |s| s.matches('\n').count())
        + 1
}

/// A language's built-in Fluent file, as compiled into Kartla (empty for a language not offered
/// yet).
pub fn builtin_source(locale: Locale) -> &'static str {
    locale.language().builtin
}

/// Something wrong with an override file, said with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: usize,
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.what)
    }
}

/// An override file that was taken.
#[derive(Debug, Clone)]
pub struct OverrideFile {
    pub locale: Locale,
    pub path: PathBuf,
    pub source: String,
    pub review: Review,
}

/// What an installation's folder of messages added, and what in it was refused.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub files: Vec<OverrideFile>,
    pub problems: Vec<Problem>,
}

/// The message ids every language should have: the base language's.
pub fn base_ids() -> &'static BTreeSet<String> {
    static IDS: LazyLock<BTreeSet<String>> = LazyLock::new(|| {
        message_ids(Locale::BASE.language().builtin)
            .into_iter()
            .collect()
    });
    &IDS
}

impl Overrides {
    /// Read `dir/<tag>/*.ftl`, in name order. A file that does not parse is refused whole and
    /// each of its errors reported with its line; a message the built-in files do not have is
    /// reported and has no effect; a folder that names no language of the registry is
    /// reported. What is refused leaves the built-in messages as they are.
    pub fn read(dir: &Path) -> Overrides {
        let mut out = Overrides::default();
        let problem = |file: &Path, line: usize, what: String| Problem {
            file: file.to_owned(),
            line,
            what,
        };
        let folders = match std::fs::read_dir(dir) {
            Ok(d) => d,
            Err(e) => {
                out.problems
                    .push(problem(dir, 0, format!("cannot read the folder: {e}")));
                return out;
            }
        };
        let mut folders: Vec<PathBuf> = folders
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        folders.sort();
        for folder in folders {
            let name = folder
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let Some(locale) = Locale::from_tag(name) else {
                out.problems.push(problem(
                    &folder,
                    0,
                    format!("`{name}` is not a language Kartla has (see `kartla i18n status`)"),
                ));
                continue;
            };
            let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
                .map(|d| {
                    d.filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                        .collect()
                })
                .unwrap_or_default();
            files.sort();
            for path in files {
                let source = match std::fs::read_to_string(&path) {
                    Ok(s) => s,
                    Err(e) => {
                        out.problems
                            .push(problem(&path, 0, format!("cannot be read: {e}")));
                        continue;
                    }
                };
                if let Err((_, errors)) = FluentResource::try_new(source.clone()) {
                    for e in errors {
                        // The line the broken entry begins on (the parser notices later).
                        let start = e.slice.as_ref().map_or(e.pos.start, |s| {
                            let blank = source
                                .get(s.start..)
                                .map_or(0, |rest| rest.len() - rest.trim_start().len());
                            s.start + blank
                        });
                        out.problems.push(problem(
                            &path,
                            line_of(&source, start),
                            format!("{e}; the file is not used"),
                        ));
                    }
                    continue;
                }
                for id in message_ids(&source) {
                    if !base_ids().contains(&id) {
                        out.problems.push(problem(
                            &path,
                            line_of_id(&source, &id),
                            format!("`{id}` is not a message Kartla has; it is not used"),
                        ));
                    }
                }
                let review = Review::of(&source);
                out.files.push(OverrideFile {
                    locale,
                    path,
                    source,
                    review,
                });
            }
        }
        out
    }
}

static OVERRIDES: OnceLock<Overrides> = OnceLock::new();

/// Take an installation's messages (call once, at start, before any page is made). Fails when
/// the messages are already in use, or were taken before.
pub fn use_overrides(overrides: Overrides) -> Result<(), Overrides> {
    if LazyLock::get(&EFFECTIVE).is_some() {
        return Err(overrides);
    }
    OVERRIDES.set(overrides)
}

/// The overrides in use (none unless [`use_overrides`] was called).
pub fn overrides() -> &'static [OverrideFile] {
    OVERRIDES.get().map_or(&[], |o| o.files.as_slice())
}

/// Each language's messages as used: the built-in file, then each override file after it (a
/// later message of the same id wins).
static EFFECTIVE: LazyLock<Vec<String>> = LazyLock::new(|| {
    Locale::every()
        .map(|l| {
            let mut s = l.language().builtin.to_owned();
            for f in overrides().iter().filter(|f| f.locale == l) {
                s.push_str("\n\n");
                s.push_str(&f.source);
            }
            s
        })
        .collect()
});

/// A language's messages as the server and the browser use them.
pub fn source(locale: Locale) -> &'static str {
    EFFECTIVE
        .get(
            LANGUAGES
                .iter()
                .position(|l| l.tag == locale.tag())
                .unwrap_or(0),
        )
        .map_or("", String::as_str)
}

/// One language's standing, for `kartla i18n status` and `/about/languages`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub locale: Locale,
    /// Messages the language has of the base language's.
    pub messages: usize,
    /// Messages of the base language it lacks.
    pub missing: usize,
    /// Messages an installation's file gives it (improved or added).
    pub overridden: usize,
    /// Messages whose text comes from a file no native speaker has reviewed.
    pub unreviewed: usize,
    /// What the built-in file says of itself.
    pub review: Review,
    pub written_by: String,
}

impl Standing {
    /// Whether every message it has was reviewed or written in the language.
    pub fn is_reviewed(&self) -> bool {
        self.unreviewed == 0 && self.missing == 0
    }
}

/// Where a language stands as a whole, computed once (after the installation's overrides were
/// taken): written in it, reviewed, or not (yet) reviewed — also when messages are missing.
pub fn overall(locale: Locale) -> Review {
    static ALL: LazyLock<Vec<(Locale, Review)>> = LazyLock::new(|| {
        Locale::every()
            .map(|l| {
                let s = standing(l);
                let review = match (s.review, s.is_reviewed()) {
                    (_, false) => Review::Unreviewed,
                    (Review::Original, true) => Review::Original,
                    _ => Review::Reviewed,
                };
                (l, review)
            })
            .collect()
    });
    ALL.iter()
        .find(|(l, _)| *l == locale)
        .map_or(Review::Unreviewed, |(_, r)| *r)
}

/// Where each message of a language comes from, and the counts that follow.
pub fn standing(locale: Locale) -> Standing {
    let builtin = locale.language().builtin;
    let review = Review::of(builtin);
    let mut from: BTreeMap<String, (Review, bool)> = message_ids(builtin)
        .into_iter()
        .map(|id| (id, (review, false)))
        .collect();
    for f in overrides().iter().filter(|f| f.locale == locale) {
        // An installation rewording a language written in the first place (its own Swedish)
        // writes an original too, unless its file says otherwise.
        let said = header(&f.source, "Reviewed").is_some();
        let r = if review == Review::Original && !said {
            Review::Original
        } else {
            f.review
        };
        for id in message_ids(&f.source) {
            from.insert(id, (r, true));
        }
    }
    let base = base_ids();
    let present = || from.iter().filter(|(id, _)| base.contains(*id));
    Standing {
        locale,
        messages: present().count(),
        missing: base.iter().filter(|id| !from.contains_key(*id)).count(),
        overridden: present().filter(|(_, (_, o))| *o).count(),
        unreviewed: present()
            .filter(|(_, (r, _))| *r == Review::Unreviewed)
            .count(),
        review,
        written_by: header(builtin, "Written-by").unwrap_or_default().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    #[test]
    fn the_header_says_who_wrote_a_file_and_whether_it_was_reviewed() {
        let src = "### Kartla – x\n### Written-by: Ana\n### Reviewed: yes\n\na = b\n";
        assert_eq!(header(src, "written-by"), Some("Ana"));
        assert_eq!(Review::of(src), Review::Reviewed);
        assert_eq!(Review::of("a = b\n"), Review::Unreviewed);
        assert_eq!(
            Review::of(Locale::BASE.language().builtin),
            Review::Original
        );
    }

    #[test]
    fn a_broken_file_is_refused_with_its_line_and_an_unknown_key_is_named() {
        let dir = folder(&[
            (
                "sv/a.ftl",
                "app-name = Kartla X\n\nbroken = { $x\nok = ja\n",
            ),
            (
                "sv/b.ftl",
                "### Reviewed: yes\nno-such-message-here = hej\napp-name = Kartla Y\n",
            ),
            ("xx/main.ftl", "app-name = ?\n"),
            ("sv/notes.txt", "not fluent"),
        ]);
        let o = Overrides::read(dir.path());
        assert_eq!(o.files.len(), 1, "only b.ftl is taken");
        assert!(o.files[0].path.ends_with("sv/b.ftl"));
        assert_eq!(o.files[0].review, Review::Reviewed);
        let said: Vec<String> = o.problems.iter().map(ToString::to_string).collect();
        assert!(
            said.iter()
                .any(|p| p.contains("sv/a.ftl:3:") && p.contains("not used")),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|p| p.contains("sv/b.ftl:2:") && p.contains("no-such-message-here")),
            "{said:?}"
        );
        assert!(said.iter().any(|p| p.contains("`xx`")), "{said:?}");
    }

    #[test]
    fn a_missing_folder_is_a_problem_not_a_panic() {
        let o = Overrides::read(Path::new("/no/such/folder/here"));
        assert!(o.files.is_empty());
        assert_eq!(o.problems.len(), 1);
    }

    #[test]
    fn the_base_language_is_complete_and_original() {
        let s = standing(Locale::BASE);
        assert_eq!((s.missing, s.unreviewed, s.overridden), (0, 0, 0));
        assert_eq!(s.messages, base_ids().len());
        assert!(s.is_reviewed());
    }
}
