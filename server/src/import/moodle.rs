//! A Moodle competency framework exported as CSV (admin tool "Import competency framework").
//! The row marked as the framework names it; the competencies hang under it by their
//! `Parent ID number`. Top-level competencies become sections, everything below them
//! criteria, depth first; top-level competencies without children share one section.
use super::esco::csv_error;
use super::{html, own_text, utf8, Parsed, SourceFile};
use kartla_app::domain::{
    CriterionContent, Expected, FrameworkContent, FrameworkKind, ImportError, ImportProblem,
    LocalizedText, SectionContent,
};
use std::collections::{BTreeMap, HashMap};

struct Row {
    line: u64,
    parent: String,
    id: String,
    short: String,
    description: String,
    is_framework: bool,
}

/// Header names compared without case, spaces or underscores.
fn norm(h: &str) -> String {
    h.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

pub fn read(files: &[SourceFile]) -> Parsed {
    super::each_file(files, |f| read_one(f).map(|c| vec![c]).map_err(|e| vec![e]))
}

fn read_one(f: &SourceFile) -> Result<FrameworkContent, ImportError> {
    let text = utf8(f)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| csv_error(&f.name, &e))?
        .clone();
    let cols: HashMap<String, usize> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| (norm(h), i))
        .collect();
    let col = |name: &str| cols.get(name).copied();
    let (Some(parent), Some(id), Some(short)) =
        (col("parentidnumber"), col("idnumber"), col("shortname"))
    else {
        return Err(
            ImportError::new(&f.name, ImportProblem::WrongShape(Expected::MoodleHeader))
                .at_line(Some(1)),
        );
    };
    let description = col("description");
    let is_framework = col("isframework");
    let mut rows = vec![];
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let get = |i: Option<usize>| {
                    i.and_then(|i| record.get(i))
                        .unwrap_or_default()
                        .trim()
                        .to_owned()
                };
                rows.push(Row {
                    line: record.position().map_or(0, |p| p.line()),
                    parent: get(Some(parent)),
                    id: get(Some(id)),
                    short: html::to_text(&get(Some(short))),
                    description: html::to_text(&get(description)),
                    is_framework: matches!(get(is_framework).as_str(), "1" | "true"),
                });
            }
            Err(e) => return Err(csv_error(&f.name, &e)),
        }
    }
    let missing = |line: u64, field: &str| {
        ImportError::new(&f.name, ImportProblem::MissingField)
            .at_line(Some(line))
            .in_field(field.to_owned())
    };
    // The framework row: marked, or else the first row.
    let fw_index = rows.iter().position(|r| r.is_framework).unwrap_or(0);
    let Some(fw) = rows.get(fw_index) else {
        return Err(ImportError::new(&f.name, ImportProblem::NothingToImport));
    };
    if fw.id.is_empty() {
        return Err(missing(fw.line, "ID number"));
    }
    if fw.short.is_empty() {
        return Err(missing(fw.line, "Short name"));
    }
    let mut children: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        if i == fw_index {
            continue;
        }
        if r.id.is_empty() {
            return Err(missing(r.line, "ID number"));
        }
        if r.short.is_empty() {
            return Err(missing(r.line, "Short name"));
        }
        if ids.insert(r.id.as_str(), i).is_some() {
            return Err(ImportError::new(
                &f.name,
                ImportProblem::Content(
                    kartla_app::domain::ContentProblemKind::DuplicateCriterionCode(r.id.clone()),
                ),
            )
            .at_line(Some(r.line))
            .in_field("ID number"));
        }
    }
    for (i, r) in rows.iter().enumerate() {
        if i == fw_index {
            continue;
        }
        // Top-level competencies have no parent, or the framework as their parent.
        let p = if r.parent == fw.id {
            ""
        } else {
            r.parent.as_str()
        };
        if !p.is_empty() && !ids.contains_key(p) {
            return Err(
                ImportError::new(&f.name, ImportProblem::UnknownParent(p.to_owned()))
                    .at_line(Some(r.line))
                    .in_field("Parent ID number"),
            );
        }
        children.entry(p).or_default().push(i);
    }
    let sv = |r: &Row, text: String| {
        LocalizedText::swedish_only(text).map_err(|_| missing(r.line, "Short name"))
    };
    let criterion = |r: &Row| -> Result<CriterionContent, ImportError> {
        let text = if r.description.is_empty() || r.description == r.short {
            r.short.clone()
        } else {
            format!("{}\n{}", r.short, r.description)
        };
        Ok(CriterionContent {
            code: r.id.clone(),
            text: sv(r, text)?,
            external: None,
            guidance: BTreeMap::new(),
        })
    };
    let mut sections = vec![];
    let mut loose = vec![];
    for &top in children.get("").map(Vec::as_slice).unwrap_or_default() {
        let r = &rows[top];
        let mut criteria = vec![];
        // Depth first below the top-level competency; a cycle cannot reach the top level,
        // and `seen` stops one below it.
        let mut stack: Vec<usize> = children
            .get(r.id.as_str())
            .map(|c| c.iter().rev().copied().collect())
            .unwrap_or_default();
        let mut seen = vec![false; rows.len()];
        while let Some(i) = stack.pop() {
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            criteria.push(criterion(&rows[i])?);
            if let Some(c) = children.get(rows[i].id.as_str()) {
                stack.extend(c.iter().rev().copied());
            }
        }
        if criteria.is_empty() {
            loose.push(criterion(r)?);
        } else {
            sections.push(SectionContent {
                title: sv(r, r.short.clone())?,
                criteria,
            });
        }
    }
    if !loose.is_empty() {
        sections.push(SectionContent {
            title: own_text("import-section-competencies")?,
            criteria: loose,
        });
    }
    Ok(FrameworkContent {
        kind: FrameworkKind::Course,
        code: fw.id.clone(),
        title: sv(fw, fw.short.clone())?,
        external: None,
        sections,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::tests::{file, fixture};
    use crate::import::{parse, Options};
    use kartla_app::domain::ImportFormat;

    fn run(files: &[SourceFile]) -> Result<Vec<FrameworkContent>, Vec<ImportError>> {
        parse(ImportFormat::Moodle, files, &Options::default())
    }

    #[test]
    fn parents_give_the_hierarchy() {
        let got = run(&[fixture("moodle/framework.csv")]).unwrap();
        let f = &got[0];
        assert_eq!(f.code, "FIX-ELEKTRO");
        assert_eq!(f.title.get("sv"), "Elteknik, grund");
        let titles: Vec<_> = f.sections.iter().map(|s| s.title.get("sv")).collect();
        assert_eq!(titles, ["Säkerhet", "Installation", "Kompetenser"]);
        let codes: Vec<_> = f.sections[1]
            .criteria
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(
            codes,
            ["INST.1", "INST.1.1", "INST.2"],
            "depth first, in file order"
        );
        assert_eq!(
            f.sections[0].criteria[0].text.get("sv"),
            "Arbetar säkert, med \"spänningslöst\"\nKontrollerar spänningslöshet, före arbete."
        );
        assert_eq!(f.sections[2].criteria[0].code, "DOK");
    }

    #[test]
    fn an_unknown_parent_names_its_line() {
        let e = run(&[file(
            "m.csv",
            "Parent ID number,ID number,Short name,Description,Is framework\n,F,Ram,,1\nNOPE,A,Kompetens,,0\n",
        )])
        .unwrap_err();
        assert_eq!(
            (e[0].line, e[0].problem.clone()),
            (Some(3), ImportProblem::UnknownParent("NOPE".into()))
        );
    }

    #[test]
    fn the_wrong_header_says_what_was_expected() {
        let e = run(&[file("m.csv", "name,text\na,b\n")]).unwrap_err();
        assert_eq!(
            e[0].problem,
            ImportProblem::WrongShape(Expected::MoodleHeader)
        );
        let e = run(&[file(
            "m.csv",
            "Parent ID number,ID number,Short name\n,F,Ram\n,,Utan id\n",
        )])
        .unwrap_err();
        assert_eq!(
            (e[0].line, e[0].field.as_deref()),
            (Some(3), Some("ID number"))
        );
    }
}
