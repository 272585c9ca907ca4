//! JobTech Taxonomy concepts as JSON: a list of concepts (keys `taxonomy/id`,
//! `taxonomy/type`, `taxonomy/preferred-label` … as the REST API writes them, or `id`, `type`,
//! `preferred_label` as its GraphQL API does, then wrapped in `{"data": {"concepts": …}}`).
//! Each occupation name becomes a framework; its related skills become criteria, grouped
//! under their skill headline where the file says which it is.
use super::skolverket::json_error;
use super::{own_text, utf8, Parsed, SourceFile};
use kartla_app::domain::{
    CriterionContent, Expected, ExternalRef, ExternalSystem, FrameworkContent, FrameworkKind,
    ImportError, ImportProblem, LocalizedText, SectionContent,
};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(untagged)]
enum Root {
    List(Vec<Concept>),
    Wrapped { data: Data },
}

#[derive(Deserialize)]
struct Data {
    concepts: Vec<Concept>,
}

#[derive(Deserialize, Clone)]
struct Concept {
    #[serde(alias = "taxonomy/id")]
    id: String,
    #[serde(alias = "taxonomy/type", rename = "type")]
    kind: String,
    #[serde(alias = "taxonomy/preferred-label", alias = "preferredLabel")]
    preferred_label: String,
    #[serde(default, alias = "taxonomy/deprecated")]
    deprecated: bool,
    #[serde(default, alias = "taxonomy/related")]
    related: Vec<Concept>,
    #[serde(default, alias = "taxonomy/broader")]
    broader: Vec<Concept>,
}

const OCCUPATION: &str = "occupation-name";

pub fn read(files: &[SourceFile]) -> Parsed {
    super::each_file(files, |f| read_one(f).map_err(|e| vec![e]))
}

fn read_one(f: &SourceFile) -> Result<Vec<FrameworkContent>, ImportError> {
    let text = utf8(f)?;
    // Syntax first, so that a broken file names its line; then the shape.
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| json_error(&f.name, &e))?;
    let root: Root = serde_json::from_value(value).map_err(|_| {
        ImportError::new(
            &f.name,
            ImportProblem::WrongShape(Expected::JobtechConcepts),
        )
    })?;
    let concepts = match root {
        Root::List(c) => c,
        Root::Wrapped { data } => data.concepts,
    };
    let skills_title = own_text("import-section-skills")?;
    let mut out = vec![];
    for (i, c) in concepts.into_iter().enumerate() {
        if c.kind != OCCUPATION || c.deprecated {
            continue;
        }
        let field = format!("[{i}]");
        let title = LocalizedText::swedish_only(c.preferred_label.trim()).map_err(|_| {
            ImportError::new(&f.name, ImportProblem::MissingField)
                .in_field(format!("{field}.preferred-label"))
        })?;
        // headline label (empty for none) → skills
        let mut groups: BTreeMap<String, Vec<&Concept>> = BTreeMap::new();
        for s in c
            .related
            .iter()
            .filter(|s| s.kind == "skill" && !s.deprecated)
        {
            let headline = s
                .broader
                .iter()
                .find(|b| b.kind == "skill-headline")
                .map(|b| b.preferred_label.trim().to_owned())
                .unwrap_or_default();
            groups.entry(headline).or_default().push(s);
        }
        let mut sections = vec![];
        let mut n = 0;
        // Named groups in label order, the unnamed one last.
        let mut ordered: Vec<_> = groups.into_iter().collect();
        ordered.sort_by_key(|(h, _)| (h.is_empty(), h.clone()));
        for (headline, mut skills) in ordered {
            skills.sort_by(|a, b| {
                a.preferred_label
                    .cmp(&b.preferred_label)
                    .then(a.id.cmp(&b.id))
            });
            skills.dedup_by(|a, b| a.id == b.id);
            let mut criteria = vec![];
            for s in skills {
                n += 1;
                criteria.push(CriterionContent {
                    code: format!("S{n}"),
                    text: LocalizedText::swedish_only(s.preferred_label.trim()).map_err(|_| {
                        ImportError::new(&f.name, ImportProblem::MissingField)
                            .in_field(format!("{field}.related {}", s.id))
                    })?,
                    external: Some(ExternalRef {
                        system: ExternalSystem::Jobtech,
                        id: s.id.clone(),
                    }),
                    guidance: BTreeMap::new(),
                });
            }
            let title = if headline.is_empty() {
                skills_title.clone()
            } else {
                LocalizedText::swedish_only(headline).map_err(|_| {
                    ImportError::new(&f.name, ImportProblem::MissingField).in_field(field.clone())
                })?
            };
            sections.push(SectionContent { title, criteria });
        }
        if sections.is_empty() {
            continue; // nothing to map against
        }
        out.push(FrameworkContent {
            kind: FrameworkKind::Occupation,
            code: format!("JOBTECH-{}", c.id.trim()),
            title,
            external: Some(ExternalRef {
                system: ExternalSystem::Jobtech,
                id: c.id,
            }),
            sections,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::tests::{file, fixture};
    use crate::import::{parse, Options};
    use kartla_app::domain::ImportFormat;

    fn run(files: &[SourceFile]) -> Result<Vec<FrameworkContent>, Vec<ImportError>> {
        parse(ImportFormat::Jobtech, files, &Options::default())
    }

    #[test]
    fn occupation_names_become_frameworks_with_skills_under_headlines() {
        let got = run(&[fixture("jobtech/concepts.json")]).unwrap();
        let codes: Vec<_> = got.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(
            codes,
            ["JOBTECH-fix_SVT_001"],
            "deprecated and other types are skipped"
        );
        let f = &got[0];
        let titles: Vec<_> = f.sections.iter().map(|s| s.title.get("sv")).collect();
        assert_eq!(titles, ["Svetsmetoder", "Kompetenser"]);
        let first: Vec<_> = f.sections[0]
            .criteria
            .iter()
            .map(|c| c.text.get("sv"))
            .collect();
        assert_eq!(first, ["MAG-svetsning", "MIG-svetsning"]);
        assert_eq!(f.sections[1].criteria[0].code, "S3");
        assert_eq!(
            f.sections[1].criteria[0]
                .external
                .as_ref()
                .map(|e| e.id.as_str()),
            Some("fix_SKL_003")
        );
    }

    #[test]
    fn the_graphql_shape_reads_the_same() {
        let got = run(&[fixture("jobtech/graphql.json")]).unwrap();
        assert_eq!(got[0].code, "JOBTECH-fix_LAG_001");
        assert_eq!(got[0].sections[0].criteria.len(), 2);
    }

    #[test]
    fn the_wrong_shape_and_broken_json_are_named() {
        let e = run(&[file("j.json", "{\"concepts\": 3}")]).unwrap_err();
        assert_eq!(
            e[0].problem,
            ImportProblem::WrongShape(Expected::JobtechConcepts)
        );
        let e = run(&[file("j.json", "[\n{\"id\": \"x\",\n")]).unwrap_err();
        assert_eq!(e[0].line, Some(3));
        let e = run(&[file("j.json", "[]")]).unwrap_err();
        assert_eq!(e[0].problem, ImportProblem::NothingToImport);
    }
}
