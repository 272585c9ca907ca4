//! A draft framework as the editor holds it: plain strings, blanks allowed, so that saving a
//! draft never loses what an author typed. Only publishing turns it into checked
//! [`FrameworkContent`], naming every field that stops it.
use super::catalogue::{ContentProblem, ContentProblemKind};
use super::{
    CriterionContent, ExternalRef, ExternalSystem, FrameworkContent, FrameworkKind, GradeStep,
    LocalizedText, SectionContent,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most sections and criteria per section a draft may grow to.
pub const MAX_SECTIONS: usize = 60;
pub const MAX_CRITERIA_PER_SECTION: usize = 200;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftExternal {
    /// `esco`, `jobtech`, `skolverket` or empty for none.
    #[serde(default)]
    pub system: String,
    #[serde(default)]
    pub id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftCriterion {
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub text: BTreeMap<String, String>,
    /// Grade step (`E`, `C`, `A`) → language → text.
    #[serde(default)]
    pub guidance: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default)]
    pub external: DraftExternal,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftSection {
    #[serde(default)]
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    pub criteria: Vec<DraftCriterion>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftDoc {
    pub kind: FrameworkKind,
    pub code: String,
    /// The languages the author writes in; Swedish first and always.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub title: BTreeMap<String, String>,
    #[serde(default)]
    pub external: DraftExternal,
    #[serde(default)]
    pub sections: Vec<DraftSection>,
}

fn plain(t: &LocalizedText) -> BTreeMap<String, String> {
    t.variants()
        .map(|(l, s)| (l.to_owned(), s.to_owned()))
        .collect()
}

fn draft_external(e: &Option<ExternalRef>) -> DraftExternal {
    e.as_ref()
        .map(|e| DraftExternal {
            system: e.system.as_str().to_owned(),
            id: e.id.clone(),
        })
        .unwrap_or_default()
}

/// A structural edit the editor asks for along with a save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditOp {
    Save,
    AddSection,
    RemoveSection(usize),
    MoveSectionUp(usize),
    MoveSectionDown(usize),
    AddCriterion(usize),
    RemoveCriterion(usize, usize),
    MoveCriterionUp(usize, usize),
    MoveCriterionDown(usize, usize),
    Publish,
}

impl EditOp {
    /// `add-criterion-2`, `up-criterion-0-3`, `publish` … as the editor's buttons send them.
    pub fn parse(s: &str) -> Option<Self> {
        let parts: Vec<&str> = s.split('-').collect();
        let n = |i: usize| parts.get(i).and_then(|p| p.parse::<usize>().ok());
        Some(match parts.as_slice() {
            ["save"] => EditOp::Save,
            ["publish"] => EditOp::Publish,
            ["add", "section"] => EditOp::AddSection,
            ["remove", "section", _] => EditOp::RemoveSection(n(2)?),
            ["up", "section", _] => EditOp::MoveSectionUp(n(2)?),
            ["down", "section", _] => EditOp::MoveSectionDown(n(2)?),
            ["add", "criterion", _] => EditOp::AddCriterion(n(2)?),
            ["remove", "criterion", _, _] => EditOp::RemoveCriterion(n(2)?, n(3)?),
            ["up", "criterion", _, _] => EditOp::MoveCriterionUp(n(2)?, n(3)?),
            ["down", "criterion", _, _] => EditOp::MoveCriterionDown(n(2)?, n(3)?),
            _ => return None,
        })
    }

    /// Where the page should put the reader after this edit, as an element id.
    pub fn anchor(self, doc: &DraftDoc) -> String {
        match self {
            EditOp::AddSection => format!("section-{}", doc.sections.len().saturating_sub(1)),
            EditOp::AddCriterion(s) => format!(
                "criterion-{s}-{}",
                doc.sections
                    .get(s)
                    .map_or(0, |x| x.criteria.len().saturating_sub(1))
            ),
            EditOp::MoveSectionUp(s) => format!("section-{}", s.saturating_sub(1)),
            EditOp::MoveSectionDown(s) => format!("section-{}", s + 1),
            EditOp::MoveCriterionUp(s, c) => format!("criterion-{s}-{}", c.saturating_sub(1)),
            EditOp::MoveCriterionDown(s, c) => format!("criterion-{s}-{}", c + 1),
            EditOp::RemoveCriterion(s, _) => format!("section-{s}"),
            _ => "editor".to_owned(),
        }
    }
}

impl DraftDoc {
    pub fn from_content(c: &FrameworkContent) -> Self {
        let mut languages: Vec<String> = vec![crate::i18n::Locale::BASE.tag().into()];
        let mut note = |t: &LocalizedText| {
            for l in t.languages() {
                if !languages.iter().any(|x| x == l) {
                    languages.push(l.to_owned());
                }
            }
        };
        note(&c.title);
        for s in &c.sections {
            note(&s.title);
            for cr in &s.criteria {
                note(&cr.text);
                cr.guidance.values().for_each(&mut note);
            }
        }
        Self {
            kind: c.kind,
            code: c.code.clone(),
            languages,
            title: plain(&c.title),
            external: draft_external(&c.external),
            sections: c
                .sections
                .iter()
                .map(|s| DraftSection {
                    title: plain(&s.title),
                    criteria: s
                        .criteria
                        .iter()
                        .map(|cr| DraftCriterion {
                            code: cr.code.clone(),
                            text: plain(&cr.text),
                            guidance: cr
                                .guidance
                                .iter()
                                .map(|(g, t)| (g.as_str().to_owned(), plain(t)))
                                .collect(),
                            external: draft_external(&cr.external),
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// A new framework's first draft: one empty section with one empty criterion to fill in.
    pub fn new(kind: FrameworkKind, code: String, title: BTreeMap<String, String>) -> Self {
        Self {
            kind,
            code,
            languages: vec!["sv".into(), "en".into()],
            title,
            external: DraftExternal::default(),
            sections: vec![DraftSection {
                title: BTreeMap::new(),
                criteria: vec![DraftCriterion {
                    code: "1.1".into(),
                    ..Default::default()
                }],
            }],
        }
    }

    /// The editor's languages: Swedish first, each once, only known codes.
    pub fn tidy_languages(&mut self) {
        let mut out = vec![crate::i18n::Locale::BASE.tag().to_owned()];
        for l in &self.languages {
            if super::language::is_known(l) && !out.contains(l) {
                out.push(l.clone());
            }
        }
        self.languages = out;
    }

    /// Apply a structural edit. Out-of-range positions change nothing.
    pub fn apply(&mut self, op: EditOp) {
        let secs = &mut self.sections;
        match op {
            EditOp::Save | EditOp::Publish => {}
            EditOp::AddSection if secs.len() < MAX_SECTIONS => {
                let n = secs.len() + 1;
                secs.push(DraftSection {
                    title: BTreeMap::new(),
                    criteria: vec![DraftCriterion {
                        code: format!("{n}.1"),
                        ..Default::default()
                    }],
                });
            }
            EditOp::AddSection => {}
            EditOp::RemoveSection(s) if s < secs.len() => {
                secs.remove(s);
            }
            EditOp::MoveSectionUp(s) if s > 0 && s < secs.len() => secs.swap(s - 1, s),
            EditOp::MoveSectionDown(s) if s + 1 < secs.len() => secs.swap(s, s + 1),
            EditOp::AddCriterion(s) => {
                if let Some(sec) = secs.get_mut(s) {
                    if sec.criteria.len() < MAX_CRITERIA_PER_SECTION {
                        let code = format!("{}.{}", s + 1, sec.criteria.len() + 1);
                        sec.criteria.push(DraftCriterion {
                            code,
                            ..Default::default()
                        });
                    }
                }
            }
            EditOp::RemoveCriterion(s, c) => {
                if let Some(sec) = secs.get_mut(s) {
                    if c < sec.criteria.len() {
                        sec.criteria.remove(c);
                    }
                }
            }
            EditOp::MoveCriterionUp(s, c) => {
                if let Some(sec) = secs.get_mut(s) {
                    if c > 0 && c < sec.criteria.len() {
                        sec.criteria.swap(c - 1, c);
                    }
                }
            }
            EditOp::MoveCriterionDown(s, c) => {
                if let Some(sec) = secs.get_mut(s) {
                    if c + 1 < sec.criteria.len() {
                        sec.criteria.swap(c, c + 1);
                    }
                }
            }
            _ => {}
        }
    }

    /// The editor's form names every field flatly (`title.sv`, `s0.c2.text.en`,
    /// `s1.c0.g.E.sv`, `s0.c1.ext.id` …) so that the form stays shallow. This reads a posted
    /// form back; the code is the draft's own, never the form's.
    pub fn from_fields(code: &str, fields: &BTreeMap<String, String>) -> Self {
        let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
        let kind = get("kind").parse().unwrap_or(FrameworkKind::Course);
        let mut doc = DraftDoc {
            kind,
            code: code.to_owned(),
            languages: get("langs")
                .split(',')
                .map(|l| l.trim().to_owned())
                .collect(),
            title: BTreeMap::new(),
            external: DraftExternal {
                system: get("ext.system"),
                id: get("ext.id"),
            },
            sections: vec![],
        };
        doc.tidy_languages();
        let known = |l: &str| doc.languages.iter().any(|x| x == l);
        let mut title = BTreeMap::new();
        let mut sections: BTreeMap<usize, DraftSection> = BTreeMap::new();
        let mut criteria: BTreeMap<(usize, usize), DraftCriterion> = BTreeMap::new();
        for (key, value) in fields {
            let parts: Vec<&str> = key.split('.').collect();
            let index = |p: &str, prefix: char| {
                p.strip_prefix(prefix).and_then(|n| n.parse::<usize>().ok())
            };
            match parts.as_slice() {
                ["title", l] if known(l) => {
                    title.insert((*l).to_owned(), value.clone());
                }
                [s, rest @ ..] => {
                    let Some(si) = index(s, 's').filter(|i| *i < MAX_SECTIONS) else {
                        continue;
                    };
                    let sec = sections.entry(si).or_default();
                    match rest {
                        ["title", l] if known(l) => {
                            sec.title.insert((*l).to_owned(), value.clone());
                        }
                        [c, what @ ..] => {
                            let Some(ci) = index(c, 'c').filter(|i| *i < MAX_CRITERIA_PER_SECTION)
                            else {
                                continue;
                            };
                            let cr = criteria.entry((si, ci)).or_default();
                            match what {
                                ["code"] => cr.code = value.clone(),
                                ["text", l] if known(l) => {
                                    cr.text.insert((*l).to_owned(), value.clone());
                                }
                                ["g", g, l] if known(l) && GradeStep::parse(g).is_some() => {
                                    cr.guidance
                                        .entry((*g).to_owned())
                                        .or_default()
                                        .insert((*l).to_owned(), value.clone());
                                }
                                ["ext", "system"] => cr.external.system = value.clone(),
                                ["ext", "id"] => cr.external.id = value.clone(),
                                _ => {}
                            }
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        doc.title = title;
        for ((si, _), cr) in criteria {
            sections.entry(si).or_default().criteria.push(cr);
        }
        doc.sections = sections.into_values().collect();
        doc
    }

    /// How many criteria the draft has, blank ones included.
    pub fn criteria_count(&self) -> usize {
        self.sections.iter().map(|s| s.criteria.len()).sum()
    }

    /// The checked content, or every field that stops publishing, by the editor's field ids.
    pub fn to_content(&self) -> Result<FrameworkContent, Vec<ContentProblem>> {
        let mut problems = vec![];
        let mut text = |id: String, t: &BTreeMap<String, String>| {
            LocalizedText::new(t.clone())
                .map_err(|_| {
                    problems.push(ContentProblem {
                        path: format!("{id}-sv"),
                        problem: ContentProblemKind::Empty,
                    })
                })
                .ok()
        };
        let title = text("title".into(), &self.title);
        let mut sections = vec![];
        for (si, s) in self.sections.iter().enumerate() {
            let st = text(format!("section-{si}-title"), &s.title);
            let mut criteria = vec![];
            for (ci, c) in s.criteria.iter().enumerate() {
                let id = format!("criterion-{si}-{ci}");
                let t = text(format!("{id}-text"), &c.text);
                let mut guidance = BTreeMap::new();
                for (step, g) in &c.guidance {
                    // An untouched grade step is no guidance at all.
                    if g.values().all(|v| v.trim().is_empty()) {
                        continue;
                    }
                    if let (Some(step), Some(g)) = (
                        GradeStep::parse(step),
                        text(format!("{id}-guidance-{step}"), g),
                    ) {
                        guidance.insert(step, g);
                    }
                }
                if let Some(t) = t {
                    criteria.push(CriterionContent {
                        code: c.code.trim().to_owned(),
                        text: t,
                        external: external_of(&c.external),
                        guidance,
                    });
                }
            }
            if let Some(st) = st {
                sections.push(SectionContent {
                    title: st,
                    criteria,
                });
            }
        }
        // A missing title is among the problems already.
        let (Some(title), true) = (title, problems.is_empty()) else {
            return Err(problems);
        };
        let content = FrameworkContent {
            kind: self.kind,
            code: self.code.clone(),
            title,
            external: external_of(&self.external),
            sections,
        };
        // The content rules speak of `sections[1].criteria[2].code`; the editor's fields are
        // `criterion-1-2-code`.
        let editor: Vec<ContentProblem> = content
            .problems()
            .into_iter()
            .map(|p| ContentProblem {
                path: editor_field(&p.path),
                problem: p.problem,
            })
            .collect();
        if editor.is_empty() {
            Ok(content)
        } else {
            Err(editor)
        }
    }
}

fn external_of(e: &DraftExternal) -> Option<ExternalRef> {
    let system: ExternalSystem = e.system.parse().ok()?;
    let id = e.id.trim();
    (!id.is_empty()).then(|| ExternalRef {
        system,
        id: id.to_owned(),
    })
}

/// `sections[1].criteria[2].code` → `criterion-1-2-code`; `sections[0].title` →
/// `section-0-title`; `code` stays `code`.
fn editor_field(path: &str) -> String {
    let nums: Vec<&str> = path
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    let last = path.rsplit('.').next().unwrap_or(path);
    let last = last.split('[').next().unwrap_or(last);
    match nums.as_slice() {
        [s, c, ..] => format!("criterion-{s}-{c}-{last}"),
        [s] => format!("section-{s}-{last}"),
        _ => last.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::tests::content;

    #[test]
    fn content_goes_to_a_draft_and_back_unchanged() {
        let c = content();
        let d = DraftDoc::from_content(&c);
        assert_eq!(d.languages, ["sv", "en"]);
        assert_eq!(d.to_content().unwrap(), c);
    }

    #[test]
    fn blanks_are_kept_in_a_draft_and_named_at_publishing() {
        let mut d = DraftDoc::from_content(&content());
        d.apply(EditOp::AddCriterion(1));
        d.apply(EditOp::AddSection);
        assert_eq!(d.sections[1].criteria[1].code, "2.2");
        assert_eq!(d.sections[2].criteria[0].code, "3.1");
        let problems: Vec<String> = d
            .to_content()
            .unwrap_err()
            .into_iter()
            .map(|p| p.path)
            .collect();
        assert_eq!(
            problems,
            [
                "criterion-1-1-text-sv",
                "section-2-title-sv",
                "criterion-2-0-text-sv"
            ]
        );
    }

    #[test]
    fn content_rules_name_editor_fields() {
        let mut d = DraftDoc::from_content(&content());
        d.sections[0].criteria[1].code = "1.1".into();
        let p = d.to_content().unwrap_err();
        assert_eq!(p[0].path, "criterion-0-1-code");
        d.sections[0].criteria[1].code = "1.2".into();
        d.sections[1].criteria.clear();
        assert_eq!(d.to_content().unwrap_err()[0].path, "section-1-criteria");
    }

    #[test]
    fn moves_and_removals_stay_in_range() {
        let mut d = DraftDoc::from_content(&content());
        d.apply(EditOp::MoveCriterionDown(0, 0));
        assert_eq!(d.sections[0].criteria[0].code, "1.2");
        d.apply(EditOp::MoveCriterionUp(0, 0));
        d.apply(EditOp::MoveCriterionDown(0, 1));
        d.apply(EditOp::RemoveCriterion(5, 0));
        d.apply(EditOp::MoveSectionDown(0));
        assert_eq!(d.sections[0].title["sv"], "Del två");
        d.apply(EditOp::MoveSectionDown(1));
        d.apply(EditOp::RemoveSection(0));
        assert_eq!(d.sections.len(), 1);
        assert_eq!(d.sections[0].criteria[0].code, "1.2");
    }

    #[test]
    fn a_posted_form_reads_back_into_the_draft() {
        let d = DraftDoc::from_content(&content());
        let mut f = BTreeMap::new();
        let mut put = |k: &str, v: &str| {
            f.insert(k.to_owned(), v.to_owned());
        };
        put("kind", "course");
        put("langs", "sv,en,xx,sv");
        put("title.sv", "Testkurs");
        put("title.en", "Test course");
        put("title.de", "ignored: not an editor language");
        for (si, s) in d.sections.iter().enumerate() {
            for (l, t) in &s.title {
                put(&format!("s{si}.title.{l}"), t);
            }
            for (ci, c) in s.criteria.iter().enumerate() {
                put(&format!("s{si}.c{ci}.code"), &c.code);
                for (l, t) in &c.text {
                    put(&format!("s{si}.c{ci}.text.{l}"), t);
                }
                for (g, t) in &c.guidance {
                    for (l, t) in t {
                        put(&format!("s{si}.c{ci}.g.{g}.{l}"), t);
                    }
                }
            }
        }
        put("s99999.title.sv", "out of range");
        put("s0.c0.g.F.sv", "no such step");
        let back = DraftDoc::from_fields("TEST01", &f);
        assert_eq!(back.languages, ["sv", "en"]);
        assert_eq!(back.to_content().unwrap(), content());
    }

    #[test]
    fn ops_parse_from_button_values() {
        assert_eq!(
            EditOp::parse("up-criterion-0-3"),
            Some(EditOp::MoveCriterionUp(0, 3))
        );
        assert_eq!(EditOp::parse("add-section"), Some(EditOp::AddSection));
        assert_eq!(EditOp::parse("publish"), Some(EditOp::Publish));
        assert_eq!(EditOp::parse("remove-criterion-x-1"), None);
        assert_eq!(EditOp::parse("drop-table"), None);
    }

    #[test]
    fn empty_guidance_steps_are_left_out_and_external_links_kept() {
        let mut d = DraftDoc::from_content(&content());
        d.sections[0].criteria[0]
            .guidance
            .insert("A".into(), BTreeMap::from([("sv".into(), " ".into())]));
        d.sections[0].criteria[0].external = DraftExternal {
            system: "esco".into(),
            id: " http://data.europa.eu/esco/skill/x ".into(),
        };
        let c = d.to_content().unwrap();
        assert!(c.sections[0].criteria[0].guidance.is_empty());
        assert_eq!(
            c.sections[0].criteria[0]
                .external
                .as_ref()
                .map(|e| e.id.as_str()),
            Some("http://data.europa.eu/esco/skill/x")
        );
    }
}
