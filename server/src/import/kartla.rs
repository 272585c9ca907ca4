//! Kartla's own framework format: one framework per file, in TOML, written to be read and
//! edited by people. `server/docs/kartla-format.md` describes it; `kartla catalogue export` writes
//! it and `kartla import --format kartla` reads it back to the same content.
use super::{localized, utf8, Parsed, SourceFile};
use kartla_app::domain::{
    CriterionContent, Expected, ExternalRef, ExternalSystem, FrameworkContent, FrameworkKind,
    GradeStep, ImportError, ImportProblem, LocalizedText, SectionContent,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write;

pub const FORMAT: &str = "kartla/1";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    kind: String,
    code: String,
    title: BTreeMap<String, String>,
    external: Option<External>,
    #[serde(default)]
    sections: Vec<Section>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct External {
    system: String,
    id: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Section {
    title: BTreeMap<String, String>,
    #[serde(default)]
    criteria: Vec<Criterion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Criterion {
    code: String,
    text: BTreeMap<String, String>,
    external: Option<External>,
    #[serde(default)]
    guidance: BTreeMap<String, BTreeMap<String, String>>,
}

pub fn read(files: &[SourceFile]) -> Parsed {
    super::each_file(files, |f| read_one(f).map(|c| vec![c]))
}

fn line_of(text: &str, offset: usize) -> u64 {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count() as u64
}

fn external(
    file: &str,
    field: &str,
    e: Option<External>,
) -> Result<Option<ExternalRef>, ImportError> {
    e.map(|e| {
        let system: ExternalSystem = e.system.parse().map_err(|_| {
            ImportError::new(file, ImportProblem::WrongShape(Expected::ExternalSystem))
                .in_field(format!("{field}.system"))
        })?;
        Ok(ExternalRef { system, id: e.id })
    })
    .transpose()
}

fn read_one(f: &SourceFile) -> Result<FrameworkContent, Vec<ImportError>> {
    let text = utf8(f).map_err(|e| vec![e])?;
    let file: File = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        vec![ImportError::new(&f.name, ImportProblem::Syntax(e.message().to_owned())).at_line(line)]
    })?;
    let name = f.name.as_str();
    let mut errors = vec![];
    if file.format != FORMAT {
        errors.push(
            ImportError::new(name, ImportProblem::WrongShape(Expected::KartlaFile))
                .in_field("format"),
        );
    }
    let kind: Option<FrameworkKind> = file.kind.parse().ok();
    if kind.is_none() {
        errors.push(
            ImportError::new(name, ImportProblem::WrongShape(Expected::Kind)).in_field("kind"),
        );
    }
    let text_at = |errors: &mut Vec<ImportError>, field: String, v: BTreeMap<String, String>| {
        localized(name, None, &field, v)
            .map_err(|e| errors.push(e))
            .ok()
    };
    let title = text_at(&mut errors, "title".into(), file.title);
    let mut sections = vec![];
    for (si, s) in file.sections.into_iter().enumerate() {
        let title = text_at(&mut errors, format!("sections[{si}].title"), s.title);
        let mut criteria = vec![];
        for (ci, c) in s.criteria.into_iter().enumerate() {
            let path = format!("sections[{si}].criteria[{ci}]");
            let text = text_at(&mut errors, format!("{path}.text"), c.text);
            let mut guidance = BTreeMap::new();
            for (step, t) in c.guidance {
                let Some(g) = GradeStep::parse(&step) else {
                    errors.push(
                        ImportError::new(name, ImportProblem::WrongShape(Expected::GradeStep))
                            .in_field(format!("{path}.guidance.{step}")),
                    );
                    continue;
                };
                if let Some(t) = text_at(&mut errors, format!("{path}.guidance.{step}"), t) {
                    guidance.insert(g, t);
                }
            }
            let ext = external(name, &format!("{path}.external"), c.external)
                .map_err(|e| errors.push(e))
                .ok()
                .flatten();
            if let Some(text) = text {
                criteria.push(CriterionContent {
                    code: c.code,
                    text,
                    external: ext,
                    guidance,
                });
            }
        }
        if let Some(title) = title {
            sections.push(SectionContent { title, criteria });
        }
    }
    let ext = external(name, "external", file.external)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    match (kind, title) {
        (Some(kind), Some(title)) if errors.is_empty() => Ok(FrameworkContent {
            kind,
            code: file.code,
            title,
            external: ext,
            sections,
        }),
        _ => Err(errors),
    }
}

/// A TOML string literal.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

fn write_text(out: &mut String, key: &str, t: &LocalizedText) {
    for (lang, text) in t.variants() {
        let _ = writeln!(out, "{key}.{lang} = {}", quoted(text));
    }
}

fn write_external(out: &mut String, e: &Option<ExternalRef>) {
    if let Some(e) = e {
        let _ = writeln!(
            out,
            "external = {{ system = {}, id = {} }}",
            quoted(e.system.as_str()),
            quoted(&e.id)
        );
    }
}

/// The framework in Kartla's format.
pub fn write(c: &FrameworkContent) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "format = {}", quoted(FORMAT));
    let _ = writeln!(out, "kind = {}", quoted(c.kind.as_str()));
    let _ = writeln!(out, "code = {}", quoted(&c.code));
    write_external(&mut out, &c.external);
    write_text(&mut out, "title", &c.title);
    for s in &c.sections {
        out.push_str("\n[[sections]]\n");
        write_text(&mut out, "title", &s.title);
        for cr in &s.criteria {
            out.push_str("\n[[sections.criteria]]\n");
            let _ = writeln!(out, "code = {}", quoted(&cr.code));
            write_external(&mut out, &cr.external);
            write_text(&mut out, "text", &cr.text);
            for (step, t) in &cr.guidance {
                write_text(&mut out, &format!("guidance.{}", step.as_str()), t);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::tests::{file, fixture};
    use crate::import::{parse, Options};
    use kartla_app::domain::ImportFormat;

    fn one(text: &str) -> Result<Vec<FrameworkContent>, Vec<ImportError>> {
        parse(
            ImportFormat::Kartla,
            &[file("f.toml", text)],
            &Options::default(),
        )
    }

    #[test]
    fn the_fixture_reads_with_guidance_and_links() {
        let got = parse(
            ImportFormat::Kartla,
            &[fixture("kartla/svetsning.toml")],
            &Options::default(),
        )
        .unwrap();
        let f = &got[0];
        assert_eq!(f.code, "FIX-SVETS01");
        assert_eq!(f.kind, FrameworkKind::Course);
        assert_eq!(f.title.get("ar"), "اللحام");
        let c = &f.sections[0].criteria[0];
        assert_eq!(c.guidance[&GradeStep::E].get("sv"), "Med viss säkerhet.");
        assert_eq!(
            c.external.as_ref().map(|e| e.system),
            Some(ExternalSystem::Skolverket)
        );
        assert!(f.sections[1].criteria[0]
            .text
            .get("sv")
            .contains("\"citat\""));
    }

    #[test]
    fn writing_and_reading_back_gives_the_same_framework() {
        let original = parse(
            ImportFormat::Kartla,
            &[fixture("kartla/svetsning.toml")],
            &Options::default(),
        )
        .unwrap();
        let written = write(&original[0]);
        let again = one(&written).unwrap();
        assert_eq!(again, original);
        assert_eq!(write(&again[0]), written, "writing is stable");
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let e =
            one("format = \"kartla/1\"\nkind = \"course\"\ncode = \"X\"\ntitle.sv = \"oavslutad\n")
                .unwrap_err();
        assert_eq!(e[0].line, Some(4), "{e:?}");
        assert!(matches!(e[0].problem, ImportProblem::Syntax(_)));
    }

    #[test]
    fn unknown_keys_missing_swedish_and_bad_values_are_all_reported() {
        let e =
            one("format = \"kartla/1\"\nkind = \"course\"\ncode = \"X\"\ntitel.sv = \"stavfel\"\n")
                .unwrap_err();
        assert!(
            matches!(&e[0].problem, ImportProblem::Syntax(m) if m.contains("titel")),
            "{e:?}"
        );

        let e = one(
            "format = \"kartla/2\"\nkind = \"kurs\"\ncode = \"X\"\ntitle.en = \"Only English\"\n\
             [[sections]]\ntitle.sv = \"Del\"\n[[sections.criteria]]\ncode = \"1\"\ntext.sv = \"a\"\ntext.xx = \"?\"\n\
             guidance.F.sv = \"F\"\n",
        )
        .unwrap_err();
        let fields: Vec<_> = e
            .iter()
            .map(|e| e.field.clone().unwrap_or_default())
            .collect();
        assert_eq!(
            fields,
            [
                "format",
                "kind",
                "title",
                "sections[0].criteria[0].text",
                "sections[0].criteria[0].guidance.F"
            ]
        );
        assert_eq!(e[2].problem, ImportProblem::MissingSwedish);
        assert_eq!(e[3].problem, ImportProblem::UnknownLanguage("xx".into()));
    }

    #[test]
    fn content_rules_apply_to_imports_too() {
        let e = one(
            "format = \"kartla/1\"\nkind = \"occupation\"\ncode = \"bad code\"\ntitle.sv = \"T\"\n",
        )
        .unwrap_err();
        let fields: Vec<_> = e
            .iter()
            .map(|e| e.field.clone().unwrap_or_default())
            .collect();
        assert_eq!(fields, ["bad code code", "bad code sections"]);
    }
}
