//! ESCO's CSV files: `occupations_xx.csv`, `skills_xx.csv` and `occupationSkillRelations_xx.csv`
//! for one or more languages `xx`. Each chosen occupation becomes a framework with its
//! essential and its optional skills as two sections; every language present becomes a text
//! variant. Swedish is required, as everywhere in Kartla's catalogue.
use super::{language_of, own_text, utf8, Options, Parsed, SourceFile};
use kartla_app::domain::{
    CriterionContent, ExternalRef, ExternalSystem, FrameworkContent, FrameworkKind, ImportError,
    ImportProblem, LocalizedText, SectionContent,
};
use kartla_app::i18n::Locale;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The language every framework must have (Swedish): ESCO's files in it give the titles and
/// codes.
fn base() -> &'static str {
    Locale::BASE.tag()
}

/// One concept's labels (and for occupations, code), per language.
#[derive(Default)]
struct Concept {
    code: String,
    labels: BTreeMap<String, String>,
    /// Where its Swedish row is, for messages.
    line: Option<u64>,
}

struct Table<'a> {
    file: &'a str,
    reader: csv::Reader<&'a [u8]>,
    columns: HashMap<String, usize>,
}

impl<'a> Table<'a> {
    fn open(f: &'a SourceFile, required: &[&str]) -> Result<Self, ImportError> {
        let text = utf8(f)?;
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| csv_error(&f.name, &e))?
            .clone();
        let columns: HashMap<String, usize> = headers
            .iter()
            .enumerate()
            .map(|(i, h)| (h.trim().to_owned(), i))
            .collect();
        for r in required {
            if !columns.contains_key(*r) {
                return Err(ImportError::new(&f.name, ImportProblem::MissingField)
                    .at_line(Some(1))
                    .in_field(*r));
            }
        }
        Ok(Self {
            file: &f.name,
            reader,
            columns,
        })
    }

    /// Every row as (line, field getter), stopping at the first malformed row.
    fn rows(
        &mut self,
        mut each: impl FnMut(u64, &dyn Fn(&str) -> String) -> Result<(), ImportError>,
    ) -> Result<(), ImportError> {
        let mut record = csv::StringRecord::new();
        loop {
            match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(()),
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line());
                    let cols = &self.columns;
                    let rec = &record;
                    let get = |name: &str| {
                        cols.get(name)
                            .and_then(|i| rec.get(*i))
                            .unwrap_or_default()
                            .trim()
                            .to_owned()
                    };
                    each(line, &get)?;
                }
                Err(e) => return Err(csv_error(self.file, &e)),
            }
        }
    }
}

pub(super) fn csv_error(file: &str, e: &csv::Error) -> ImportError {
    let line = e.position().map(|p| p.line());
    let detail = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} fields, found {len}"),
        csv::ErrorKind::Utf8 { .. } => "not UTF-8".to_owned(),
        _ => e.to_string(),
    };
    ImportError::new(file, ImportProblem::Syntax(detail)).at_line(line)
}

fn read_concepts(
    files: &[(String, &SourceFile)],
    with_code: bool,
) -> Result<HashMap<String, Concept>, Vec<ImportError>> {
    let mut out: HashMap<String, Concept> = HashMap::new();
    let mut errors = vec![];
    for (lang, f) in files {
        let mut required = vec!["conceptUri", "preferredLabel"];
        if with_code && lang == base() {
            required.push("code");
        }
        let mut table = match Table::open(f, &required) {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let result = table.rows(|line, get| {
            let uri = get("conceptUri");
            if uri.is_empty() {
                return Err(ImportError::new(&f.name, ImportProblem::MissingField)
                    .at_line(Some(line))
                    .in_field("conceptUri"));
            }
            let c = out.entry(uri).or_default();
            let label = get("preferredLabel");
            if !label.is_empty() {
                c.labels.insert(lang.clone(), label);
            }
            if lang == base() {
                c.line = Some(line);
                if with_code {
                    c.code = get("code");
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn text(file: &str, uri: &str, c: &Concept) -> Result<LocalizedText, ImportError> {
    LocalizedText::new(c.labels.clone()).map_err(|_| {
        ImportError::new(file, ImportProblem::MissingSwedish)
            .at_line(c.line)
            .in_field(format!("preferredLabel of {uri}"))
    })
}

pub fn read(files: &[SourceFile], opts: &Options) -> Parsed {
    let mut occupations = vec![];
    let mut skills = vec![];
    let mut relations = None;
    let mut errors = vec![];
    for f in files {
        let Some((stem, lang)) = language_of(&f.name) else {
            continue;
        };
        let slot = match stem {
            "occupations" => &mut occupations,
            "skills" => &mut skills,
            "occupationSkillRelations" => {
                relations.get_or_insert(f);
                continue;
            }
            _ => continue,
        };
        if !kartla_app::domain::language::is_known(lang) {
            errors.push(ImportError::new(
                &f.name,
                ImportProblem::UnknownLanguage(lang.to_owned()),
            ));
            continue;
        }
        slot.push((lang.to_owned(), f));
    }
    for (stem, list) in [("occupations", &occupations), ("skills", &skills)] {
        if !list.iter().any(|(l, _)| l == base()) {
            errors.push(ImportError::new(
                format!("{stem}_sv.csv"),
                ImportProblem::MissingFile,
            ));
        }
    }
    let Some(relations) = relations else {
        errors.push(ImportError::new(
            "occupationSkillRelations_sv.csv",
            ImportProblem::MissingFile,
        ));
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let occ_file = occupations
        .iter()
        .find(|(l, _)| l == base())
        .map(|(_, f)| f.name.clone())
        .unwrap_or_default();
    let skill_file = skills
        .iter()
        .find(|(l, _)| l == base())
        .map(|(_, f)| f.name.clone())
        .unwrap_or_default();
    let occ = read_concepts(&occupations, true)?;
    let sk = read_concepts(&skills, false)?;

    let wanted: Option<HashSet<&str>> = (!opts.occupations.is_empty())
        .then(|| opts.occupations.iter().map(String::as_str).collect());
    if let Some(w) = &wanted {
        let mut missing: Vec<_> = w.iter().filter(|u| !occ.contains_key(**u)).collect();
        missing.sort();
        if !missing.is_empty() {
            return Err(missing
                .into_iter()
                .map(|u| {
                    ImportError::new(&occ_file, ImportProblem::UnknownOccupation((*u).to_owned()))
                })
                .collect());
        }
    }

    // occupation URI → (essential, optional) skill URIs
    let mut links: HashMap<String, (Vec<String>, Vec<String>)> = HashMap::new();
    let mut table = Table::open(relations, &["occupationUri", "relationType", "skillUri"])
        .map_err(|e| vec![e])?;
    table
        .rows(|line, get| {
            let o = get("occupationUri");
            if wanted.as_ref().is_some_and(|w| !w.contains(o.as_str())) {
                return Ok(());
            }
            let s = get("skillUri");
            if !sk.contains_key(&s) {
                return Err(
                    ImportError::new(&relations.name, ImportProblem::MissingField)
                        .at_line(Some(line))
                        .in_field(format!("skillUri {s}")),
                );
            }
            let entry = links.entry(o).or_default();
            match get("relationType").as_str() {
                "essential" => entry.0.push(s),
                "optional" => entry.1.push(s),
                _ => {
                    return Err(ImportError::new(
                        &relations.name,
                        ImportProblem::WrongShape(kartla_app::domain::Expected::Text),
                    )
                    .at_line(Some(line))
                    .in_field("relationType (essential or optional)"))
                }
            }
            Ok(())
        })
        .map_err(|e| vec![e])?;

    let essential = own_text("import-section-essential").map_err(|e| vec![e])?;
    let optional = own_text("import-section-optional").map_err(|e| vec![e])?;
    // In the order of the Swedish occupations file, as its rows came.
    let mut chosen: Vec<(&String, &Concept)> = occ
        .iter()
        .filter(|(uri, _)| wanted.as_ref().is_none_or(|w| w.contains(uri.as_str())))
        .collect();
    chosen.sort_by_key(|(_, c)| c.line);
    let mut found = vec![];
    for (uri, c) in chosen {
        let Some((ess, opt)) = links.get(uri.as_str()) else {
            continue; // an occupation without skills has nothing to map against
        };
        let title = text(&occ_file, uri, c).map_err(|e| vec![e])?;
        let mut sections = vec![];
        for (prefix, title, list) in [("E", &essential, ess), ("O", &optional, opt)] {
            let mut items: Vec<(&String, &Concept)> =
                list.iter().filter_map(|s| sk.get_key_value(s)).collect();
            items.sort_by(|a, b| {
                a.1.labels
                    .get(base())
                    .cmp(&b.1.labels.get(base()))
                    .then(a.0.cmp(b.0))
            });
            items.dedup_by(|a, b| a.0 == b.0);
            let mut criteria = vec![];
            for (i, (suri, s)) in items.into_iter().enumerate() {
                criteria.push(CriterionContent {
                    code: format!("{prefix}{}", i + 1),
                    text: text(&skill_file, suri, s).map_err(|e| vec![e])?,
                    external: Some(ExternalRef {
                        system: ExternalSystem::Esco,
                        id: suri.clone(),
                    }),
                    guidance: BTreeMap::new(),
                });
            }
            if !criteria.is_empty() {
                sections.push(SectionContent {
                    title: title.clone(),
                    criteria,
                });
            }
        }
        let code = if c.code.is_empty() {
            uri.rsplit('/').next().unwrap_or_default().to_owned()
        } else {
            c.code.clone()
        };
        found.push((
            FrameworkContent {
                kind: FrameworkKind::Occupation,
                code: format!("ESCO-{code}"),
                title,
                external: Some(ExternalRef {
                    system: ExternalSystem::Esco,
                    id: uri.clone(),
                }),
                sections,
            },
            occ_file.clone(),
        ));
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::tests::{file, fixture};
    use crate::import::{parse, Options};
    use kartla_app::domain::ImportFormat;

    fn set() -> Vec<SourceFile> {
        [
            "occupations_sv.csv",
            "occupations_en.csv",
            "skills_sv.csv",
            "skills_en.csv",
            "occupationSkillRelations_en.csv",
            "README.txt",
        ]
        .iter()
        .map(|n| fixture(&format!("esco/{n}")))
        .collect()
    }

    fn run(
        files: &[SourceFile],
        occupations: &[&str],
    ) -> Result<Vec<FrameworkContent>, Vec<ImportError>> {
        parse(
            ImportFormat::Esco,
            files,
            &Options {
                occupations: occupations.iter().map(|s| s.to_string()).collect(),
            },
        )
    }

    const WELDER: &str = "http://data.europa.eu/esco/occupation/fix-welder";

    #[test]
    fn every_occupation_with_skills_becomes_a_framework_in_both_languages() {
        let got = run(&set(), &[]).unwrap();
        let codes: Vec<_> = got.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(
            codes,
            ["ESCO-7212.1", "ESCO-4321.2"],
            "the one without skills is left out"
        );
        let w = &got[0];
        assert_eq!(w.title.get("sv"), "Svetsare");
        assert_eq!(w.title.get("en"), "welder");
        assert_eq!(w.sections.len(), 2);
        assert_eq!(
            w.sections[0].title.get("en"),
            "Essential skills and knowledge"
        );
        let ess: Vec<_> = w.sections[0]
            .criteria
            .iter()
            .map(|c| c.text.get("sv"))
            .collect();
        // Quoted fields with commas, quotes and a line break survive; sorted by Swedish label.
        assert_eq!(
            ess,
            [
                "använda svetsutrustning, gas och el",
                "läsa \"ritningar\"",
                "tillämpa säkerhetsregler\ni verkstad"
            ]
        );
        assert_eq!(
            w.sections[0].criteria[0].text.get("en"),
            "use welding equipment, gas and electric"
        );
        assert_eq!(
            w.sections[1].criteria[0]
                .external
                .as_ref()
                .map(|e| e.id.as_str()),
            Some("http://data.europa.eu/esco/skill/fix-clean")
        );
    }

    #[test]
    fn chosen_occupations_only_and_unknown_ones_named() {
        let got = run(&set(), &[WELDER]).unwrap();
        assert_eq!(got.len(), 1);
        let e = run(&set(), &["http://data.europa.eu/esco/occupation/nope"]).unwrap_err();
        assert_eq!(
            e[0].problem,
            ImportProblem::UnknownOccupation("http://data.europa.eu/esco/occupation/nope".into())
        );
    }

    #[test]
    fn swedish_files_are_required() {
        let files: Vec<_> = set()
            .into_iter()
            .filter(|f| !f.name.ends_with("_sv.csv"))
            .collect();
        let e = run(&files, &[]).unwrap_err();
        let names: Vec<_> = e.iter().map(|e| e.file.as_str()).collect();
        assert_eq!(names, ["occupations_sv.csv", "skills_sv.csv"]);
        assert!(e.iter().all(|e| e.problem == ImportProblem::MissingFile));
    }

    #[test]
    fn broken_rows_and_missing_columns_name_file_and_line() {
        let mut files = set();
        // A skill the relations use but the Swedish file lacks.
        files[2] = file(
            "skills_sv.csv",
            "conceptUri,preferredLabel\nhttp://data.europa.eu/esco/skill/fix-pick,plocka\n",
        );
        let e = run(
            &files,
            &["http://data.europa.eu/esco/occupation/fix-warehouse"],
        )
        .unwrap_err();
        assert_eq!(e[0].file, "skills_sv.csv");
        assert_eq!(e[0].problem, ImportProblem::MissingSwedish, "{e:?}");
        assert!(e[0]
            .field
            .as_deref()
            .unwrap_or_default()
            .contains("fix-clean"));

        files[2] = file(
            "skills_sv.csv",
            "conceptUri,preferredLabel\nhttp://x/1,ett,extra\n",
        );
        let e = run(&files, &[]).unwrap_err();
        assert_eq!(
            (e[0].line, e[0].problem.clone()),
            (
                Some(2),
                ImportProblem::Syntax("expected 2 fields, found 3".into())
            )
        );

        files[2] = file("skills_sv.csv", "conceptUri,label\n");
        let e = run(&files, &[]).unwrap_err();
        assert_eq!(e[0].field.as_deref(), Some("preferredLabel"));
    }

    #[test]
    fn an_unknown_language_suffix_is_refused() {
        let mut files = set();
        files.push(file("skills_qq.csv", "conceptUri,preferredLabel\n"));
        let e = run(&files, &[]).unwrap_err();
        assert_eq!(e[0].problem, ImportProblem::UnknownLanguage("qq".into()));
    }
}
