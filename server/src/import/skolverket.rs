//! Skolverket's syllabus API: a response holding `course`, `courses`, `subject` or `subjects`.
//! Each course becomes a framework: its core content list one section (a criterion per item),
//! its knowledge requirements another (a criterion per aspect, with the E, C and A texts as
//! grade-step guidance). The texts are HTML fragments and are reduced to plain text.
use super::{html, own_text, utf8, Parsed, SourceFile};
use kartla_app::domain::{
    CriterionContent, Expected, ExternalRef, ExternalSystem, FrameworkContent, FrameworkKind,
    GradeStep, ImportError, ImportProblem, LocalizedText, SectionContent,
};
use kartla_app::i18n::Locale;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Response {
    course: Option<Course>,
    courses: Option<Vec<Course>>,
    subject: Option<Subject>,
    subjects: Option<Vec<Subject>>,
}

#[derive(Deserialize)]
struct Subject {
    #[serde(default)]
    courses: Vec<Course>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Course {
    code: String,
    name: String,
    english_name: Option<String>,
    central_content: Option<CentralContent>,
    #[serde(default)]
    knowledge_requirements: Vec<Requirement>,
}

#[derive(Deserialize)]
struct CentralContent {
    text: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Requirement {
    text: String,
    grade_step: String,
    aspect_name: Option<String>,
}

pub fn read(files: &[SourceFile]) -> Parsed {
    super::each_file(files, read_one)
}

pub(super) fn json_error(file: &str, e: &serde_json::Error) -> ImportError {
    ImportError::new(file, ImportProblem::Syntax(e.to_string())).at_line(Some(e.line() as u64))
}

fn read_one(f: &SourceFile) -> Result<Vec<FrameworkContent>, Vec<ImportError>> {
    let text = utf8(f).map_err(|e| vec![e])?;
    let r: Response = serde_json::from_str(text).map_err(|e| vec![json_error(&f.name, &e)])?;
    let mut courses: Vec<(String, Course)> = vec![];
    if let Some(c) = r.course {
        courses.push(("course".into(), c));
    }
    for (i, c) in r.courses.into_iter().flatten().enumerate() {
        courses.push((format!("courses[{i}]"), c));
    }
    for (si, s) in r
        .subject
        .into_iter()
        .map(|s| ("subject".to_owned(), s))
        .chain(
            r.subjects
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(i, s)| (format!("subjects[{i}]"), s)),
        )
    {
        for (i, c) in s.courses.into_iter().enumerate() {
            courses.push((format!("{si}.courses[{i}]"), c));
        }
    }
    if courses.is_empty() {
        return Err(vec![ImportError::new(
            &f.name,
            ImportProblem::WrongShape(Expected::SkolverketRoot),
        )]);
    }
    let mut out = vec![];
    let mut errors = vec![];
    for (path, c) in courses {
        match course(&f.name, &path, c) {
            Ok(c) => out.push(c),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn sv(file: &str, field: &str, text: String) -> Result<LocalizedText, ImportError> {
    LocalizedText::swedish_only(text)
        .map_err(|_| ImportError::new(file, ImportProblem::MissingField).in_field(field.to_owned()))
}

fn course(file: &str, path: &str, c: Course) -> Result<FrameworkContent, ImportError> {
    let missing = |field: &str| {
        ImportError::new(file, ImportProblem::MissingField).in_field(format!("{path}.{field}"))
    };
    let code = c.code.trim().to_owned();
    if code.is_empty() {
        return Err(missing("code"));
    }
    let mut title = BTreeMap::from([(Locale::BASE.tag().to_owned(), html::to_text(&c.name))]);
    if let Some(en) = c.english_name.map(|n| html::to_text(&n)) {
        title.insert("en".into(), en);
    }
    let title = LocalizedText::new(title).map_err(|_| missing("name"))?;

    let mut sections = vec![];
    if let Some(cc) = c.central_content {
        let mut items = html::list_items(&cc.text);
        if items.is_empty() {
            items = html::to_text(&cc.text).lines().map(str::to_owned).collect();
        }
        let criteria = items
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                Ok(CriterionContent {
                    code: format!("CI{}", i + 1),
                    text: sv(file, &format!("{path}.centralContent.text"), item)?,
                    external: None,
                    guidance: BTreeMap::new(),
                })
            })
            .collect::<Result<Vec<_>, ImportError>>()?;
        if !criteria.is_empty() {
            sections.push(SectionContent {
                title: own_text("import-section-core-content")?,
                criteria,
            });
        }
    }

    // Requirements grouped by aspect, in the order the aspects first appear.
    let mut aspects: Vec<(String, BTreeMap<GradeStep, String>)> = vec![];
    for (i, r) in c.knowledge_requirements.into_iter().enumerate() {
        let field = format!("{path}.knowledgeRequirements[{i}]");
        let Some(step) = GradeStep::parse(&r.grade_step) else {
            // D and B sit between the described steps and carry no text of their own.
            if matches!(r.grade_step.trim(), "D" | "B") {
                continue;
            }
            return Err(
                ImportError::new(file, ImportProblem::WrongShape(Expected::GradeStep))
                    .in_field(format!("{field}.gradeStep")),
            );
        };
        let text = html::to_text(&r.text);
        if text.is_empty() {
            return Err(missing(&format!("knowledgeRequirements[{i}].text")));
        }
        let aspect = r.aspect_name.map(|a| html::to_text(&a)).unwrap_or_default();
        match aspects.iter_mut().find(|(a, _)| *a == aspect) {
            Some((_, steps)) => {
                steps
                    .entry(step)
                    .and_modify(|t: &mut String| {
                        t.push('\n');
                        t.push_str(&text);
                    })
                    .or_insert(text);
            }
            None => aspects.push((aspect, BTreeMap::from([(step, text)]))),
        }
    }
    let mut criteria = vec![];
    for (i, (aspect, steps)) in aspects.into_iter().enumerate() {
        let field = format!("{path}.knowledgeRequirements");
        // The criterion asks for the lowest step described; all steps guide.
        let Some(first) = steps.values().next().cloned() else {
            continue;
        };
        let text = if aspect.is_empty() {
            first
        } else {
            format!("{aspect}: {first}")
        };
        let mut guidance = BTreeMap::new();
        for (step, t) in steps {
            guidance.insert(step, sv(file, &field, t)?);
        }
        criteria.push(CriterionContent {
            code: format!("KR{}", i + 1),
            text: sv(file, &field, text)?,
            external: None,
            guidance,
        });
    }
    if !criteria.is_empty() {
        sections.push(SectionContent {
            title: own_text("import-section-knowledge-requirements")?,
            criteria,
        });
    }
    if sections.is_empty() {
        return Err(missing("centralContent"));
    }
    Ok(FrameworkContent {
        kind: FrameworkKind::Course,
        code: code.clone(),
        title,
        external: Some(ExternalRef {
            system: ExternalSystem::Skolverket,
            id: code,
        }),
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
        parse(ImportFormat::Skolverket, files, &Options::default())
    }

    #[test]
    fn a_course_becomes_core_content_and_requirements_with_guidance() {
        let got = run(&[fixture("skolverket/course.json")]).unwrap();
        assert_eq!(got.len(), 1);
        let c = &got[0];
        assert_eq!(c.code, "SVESVE01X");
        assert_eq!(c.title.get("en"), "Welding – basics");
        assert_eq!(c.sections.len(), 2);
        let core: Vec<_> = c.sections[0]
            .criteria
            .iter()
            .map(|x| x.text.get("sv"))
            .collect();
        assert_eq!(
            core,
            [
                "Säkerhet & skyddsutrustning vid svetsning.",
                "Svetsmetoder, till exempel MMA och MIG.",
                "Läsa ritningar och symboler."
            ]
        );
        let req = &c.sections[1].criteria;
        assert_eq!(req.len(), 2, "one criterion per aspect");
        assert!(req[0].text.get("sv").starts_with("Säkerhet: Eleven följer"));
        assert_eq!(req[0].guidance.len(), 3);
        assert!(req[0].guidance[&GradeStep::A]
            .get("sv")
            .contains("mycket god säkerhet"));
        // Nothing of the script or the event handler survives.
        let all = format!("{c:?}");
        assert!(!all.contains("alert") && !all.contains("<"), "{all}");
    }

    #[test]
    fn a_subjects_response_gives_every_course() {
        let got = run(&[fixture("skolverket/subjects.json")]).unwrap();
        let codes: Vec<_> = got.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["FIXA01", "FIXA02"]);
        assert_eq!(
            got[1].sections.len(),
            1,
            "no core content in the second course"
        );
    }

    #[test]
    fn broken_json_names_the_line() {
        let e = run(&[file(
            "c.json",
            "{\n  \"course\": {\n    \"code\": \"X\",\n  }\n}",
        )])
        .unwrap_err();
        assert_eq!((e[0].file.as_str(), e[0].line), ("c.json", Some(4)));
    }

    #[test]
    fn the_wrong_shape_says_what_was_expected() {
        let e = run(&[file(
            "c.json",
            "{\"apiVersion\": \"v1\", \"totalElements\": 0}",
        )])
        .unwrap_err();
        assert_eq!(
            e[0].problem,
            ImportProblem::WrongShape(Expected::SkolverketRoot)
        );
        let e = run(&[file("c.json", "[1, 2]")]).unwrap_err();
        assert!(matches!(e[0].problem, ImportProblem::Syntax(_)));
    }

    #[test]
    fn a_missing_field_is_named() {
        let e = run(&[file("c.json", "{\"course\": {\"code\": \"X\"}}")]).unwrap_err();
        assert!(
            matches!(&e[0].problem, ImportProblem::Syntax(m) if m.contains("`name`")),
            "{e:?}"
        );
        let e = run(&[file(
            "c.json",
            "{\"course\": {\"code\": \"X\", \"name\": \"Kurs\"}}",
        )])
        .unwrap_err();
        assert_eq!(e[0].field.as_deref(), Some("course.centralContent"));
        let e = run(&[file(
            "c.json",
            "{\"course\": {\"code\": \"X\", \"name\": \"K\", \"knowledgeRequirements\": [{\"text\": \"t\", \"gradeStep\": \"G\"}]}}",
        )])
        .unwrap_err();
        assert_eq!(
            e[0].field.as_deref(),
            Some("course.knowledgeRequirements[0].gradeStep")
        );
    }
}
