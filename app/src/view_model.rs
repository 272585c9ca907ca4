//! What pages show of a mapping, resolved into one language. Pure: built from a
//! [`MappingRecord`] and tested as such.
use crate::domain::mapping::{answered_in, Incomplete};
use crate::domain::{
    Answer, Criterion, CriterionId, EventKind, FrameworkKind, MappingId, MappingRecord,
    MappingStatus, Rating, SectionId,
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MappingView {
    pub id: MappingId,
    pub status: MappingStatus,
    pub person_name: String,
    /// What the person aims for, in their own words (may be empty).
    #[serde(default)]
    pub goal: String,
    pub frameworks: Vec<FrameworkView>,
    pub events: Vec<EventView>,
    /// Whether the viewer may change answers now.
    pub editable: bool,
    pub is_owner: bool,
    pub missing: Vec<MissingView>,
    /// The owner's merit portfolio, for ticking and for naming what an answer draws on.
    #[serde(default)]
    pub portfolio: Vec<PortfolioView>,
    /// The owner's evidence, for ticking and for naming what an answer points to.
    #[serde(default)]
    pub evidence: Vec<EvidenceView>,
    /// The case it became when handed in.
    #[serde(default)]
    pub case: Option<crate::domain::CaseId>,
}

/// One section of a mapping, as its answering page shows it: only that section's criteria
/// and answers are read and sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionPageView {
    pub mapping: MappingId,
    /// The frameworks' titles, for the page's title.
    pub mapping_title: String,
    pub section_count: usize,
    /// Whether the viewer may change answers now.
    pub editable: bool,
    pub section: SectionView,
    pub portfolio: Vec<PortfolioView>,
    pub evidence: Vec<EvidenceView>,
    /// Whether the Swedish originals are shown under the criteria (the reader's remembered
    /// choice); `None` when the page is in Swedish anyway.
    #[serde(default)]
    pub originals: Option<bool>,
}

impl SectionPageView {
    /// Section `number` (1-based across the frameworks) with its answers; `None` when the
    /// frameworks have no such section.
    pub fn new(
        mapping: MappingId,
        frameworks: &[&crate::domain::Framework],
        number: usize,
        answers: &[Answer],
        lang: &str,
        editable: bool,
    ) -> Option<Self> {
        let section = frameworks
            .iter()
            .flat_map(|f| f.sections.iter())
            .nth(number.checked_sub(1)?)?;
        let answer = |id| answers.iter().find(|a: &&Answer| a.criterion_id == id);
        Some(SectionPageView {
            mapping,
            mapping_title: frameworks
                .iter()
                .map(|f| f.title.get(lang))
                .collect::<Vec<_>>()
                .join(", "),
            section_count: frameworks.iter().map(|f| f.sections.len()).sum(),
            editable,
            section: SectionView {
                id: section.id,
                number,
                title: section.title.get(lang).to_owned(),
                title_fallback: section.title.resolve(lang).1,
                answered: answered_in(section, answers),
                criteria: section
                    .criteria
                    .iter()
                    .map(|c| CriterionView::new(c, answer(c.id), lang))
                    .collect(),
            },
            portfolio: vec![],
            evidence: vec![],
            originals: None,
        })
    }

    /// Show the Swedish original under each criterion shown in another language.
    pub fn with_originals(mut self, frameworks: &[&crate::domain::Framework]) -> Self {
        for c in &mut self.section.criteria {
            let swedish = frameworks
                .iter()
                .flat_map(|f| f.criteria())
                .find(|k| k.id == c.id)
                .map(|k| k.text.swedish().to_owned());
            c.original = swedish.filter(|sv| !c.fallback && *sv != c.text);
        }
        self.originals = Some(true);
        self
    }

    /// Attach text that could not be saved to the criteria it was typed for.
    pub fn with_rejected(
        mut self,
        rejected: Vec<(CriterionId, String, crate::domain::KeptReason)>,
    ) -> Self {
        for (id, text, reason) in rejected {
            if let Some(c) = self.section.criteria.iter_mut().find(|c| c.id == id) {
                c.rejected = Some((text, reason));
            }
        }
        self
    }
}

/// One piece of evidence, enough to name and open it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceView {
    pub id: i64,
    pub number: i64,
    pub title: String,
    pub media_type: crate::domain::MediaType,
    pub size: i64,
    pub experiences: Vec<i64>,
}

impl EvidenceView {
    /// "Bilaga 3: Truckkort", in the reader's language.
    pub fn label(&self, i18n: crate::i18n::I18n) -> String {
        i18n.t_with(
            "evidence-label",
            &[
                ("number", self.number.into()),
                ("title", self.title.clone().into()),
            ],
        )
    }

    /// Where the file is served.
    pub fn href(&self) -> String {
        format!("/evidence/{}/file", self.id)
    }

    /// "PDF, 230 kB".
    pub fn kind_and_size(&self, i18n: crate::i18n::I18n) -> String {
        let kb = (self.size + 1023) / 1024;
        i18n.t_with(
            "evidence-kind-size",
            &[("kind", self.media_type.label().into()), ("kb", kb.into())],
        )
    }
}

impl From<&crate::domain::Evidence> for EvidenceView {
    fn from(e: &crate::domain::Evidence) -> Self {
        Self {
            id: e.id,
            number: e.number,
            title: e.title.clone(),
            media_type: e.media_type,
            size: e.size,
            experiences: e.experiences.clone(),
        }
    }
}

impl From<&crate::domain::PortfolioEntry> for PortfolioView {
    fn from(p: &crate::domain::PortfolioEntry) -> Self {
        PortfolioView {
            id: p.id,
            role: p.experience.role.clone(),
            place: p.experience.place.clone(),
            start: p.experience.start.to_string(),
            end: p.experience.end.map(|m| m.to_string()).unwrap_or_default(),
        }
    }
}

impl PortfolioView {
    /// "Lagerarbetare, Lager AB (2018-03 – 2022-08)", in the reader's language.
    pub fn label(&self, i18n: crate::i18n::I18n) -> String {
        let period = if self.end.is_empty() {
            i18n.t_with(
                "experience-period-ongoing",
                &[("start", self.start.clone().into())],
            )
        } else {
            i18n.t_with(
                "experience-period",
                &[
                    ("start", self.start.clone().into()),
                    ("end", self.end.clone().into()),
                ],
            )
        };
        if self.place.is_empty() {
            i18n.t_with(
                "experience-label",
                &[
                    ("role", self.role.clone().into()),
                    ("period", period.into()),
                ],
            )
        } else {
            i18n.t_with(
                "experience-label-place",
                &[
                    ("role", self.role.clone().into()),
                    ("place", self.place.clone().into()),
                    ("period", period.into()),
                ],
            )
        }
    }
}

/// One experience, enough to name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortfolioView {
    pub id: i64,
    pub role: String,
    pub place: String,
    pub start: String,
    /// Empty while it goes on.
    pub end: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameworkView {
    pub id: crate::domain::FrameworkId,
    pub kind: FrameworkKind,
    pub code: String,
    pub version: i64,
    pub title: String,
    /// The title is Swedish because the reader's language is missing.
    #[serde(default)]
    pub title_fallback: bool,
    pub sections: Vec<SectionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionView {
    pub id: SectionId,
    /// 1-based across all frameworks of the mapping; the address of the section's page.
    pub number: usize,
    pub title: String,
    /// The title is Swedish because the reader's language is missing.
    #[serde(default)]
    pub title_fallback: bool,
    pub answered: usize,
    pub criteria: Vec<CriterionView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionView {
    pub id: CriterionId,
    pub code: String,
    pub text: String,
    /// The text is Swedish because the reader's language is missing.
    pub fallback: bool,
    pub rating: Option<Rating>,
    /// "Not relevant for me".
    #[serde(default)]
    pub not_relevant: bool,
    pub answer: String,
    /// Text the person typed that could not be saved, and why, given back to them.
    pub rejected: Option<(String, crate::domain::KeptReason)>,
    /// For courses: what grade steps E, C and A ask for, in the reader's language where it
    /// exists.
    #[serde(default)]
    pub guidance: Vec<(String, crate::catalogue_view::ShownText)>,
    /// The experiences the answer draws on.
    #[serde(default)]
    pub experiences: Vec<i64>,
    /// The evidence the answer points to.
    #[serde(default)]
    pub evidence: Vec<i64>,
    /// "No evidence" (saknas).
    #[serde(default)]
    pub evidence_missing: bool,
    /// The Swedish original beside a text shown in another language, when the reader asked
    /// for it.
    #[serde(default)]
    pub original: Option<String>,
}

impl CriterionView {
    /// A criterion and the answer to it, resolved into the reader's language.
    pub fn new(c: &Criterion, a: Option<&Answer>, lang: &str) -> Self {
        let (text, fallback) = c.text.resolve(lang);
        CriterionView {
            id: c.id,
            code: c.code.clone(),
            text: text.to_owned(),
            fallback,
            rating: a.and_then(|a| a.rating),
            not_relevant: a.is_some_and(|a| a.not_relevant),
            answer: a.map(|a| a.text.as_str().to_owned()).unwrap_or_default(),
            rejected: None,
            experiences: a.map(|a| a.experiences.clone()).unwrap_or_default(),
            evidence: a.map(|a| a.evidence.clone()).unwrap_or_default(),
            evidence_missing: a.is_some_and(|a| a.evidence_missing),
            original: None,
            guidance: c
                .guidance
                .iter()
                .map(|(g, t)| {
                    (
                        g.as_str().to_owned(),
                        crate::catalogue_view::ShownText::resolve(t, lang),
                    )
                })
                .collect(),
        }
    }

    /// The fingerprint of the stored answer, sent back with each save so that a change made
    /// elsewhere in the meantime is not overwritten.
    pub fn fingerprint(&self) -> String {
        crate::domain::fingerprint(self.rating, self.not_relevant, &self.answer)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventView {
    pub kind: EventKind,
    pub actor: String,
    pub comment: String,
    pub at: crate::domain::Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MissingView {
    pub criterion: CriterionId,
    pub code: String,
    pub section_number: usize,
    pub why: Incomplete,
}

impl MappingView {
    pub fn from_record(r: &MappingRecord, lang: &str, viewer_is_owner: bool) -> Self {
        let mut number = 0;
        let frameworks: Vec<FrameworkView> = r
            .frameworks
            .iter()
            .map(|f| FrameworkView {
                id: f.id,
                kind: f.kind,
                code: f.code.clone(),
                version: f.version,
                title: f.title.get(lang).to_owned(),
                title_fallback: f.title.resolve(lang).1,
                sections: f
                    .sections
                    .iter()
                    .map(|s| {
                        number += 1;
                        SectionView {
                            id: s.id,
                            number,
                            title: s.title.get(lang).to_owned(),
                            title_fallback: s.title.resolve(lang).1,
                            answered: answered_in(s, &r.answers),
                            criteria: s
                                .criteria
                                .iter()
                                .map(|c| CriterionView::new(c, r.answer(c.id), lang))
                                .collect(),
                        }
                    })
                    .collect(),
            })
            .collect();
        let missing = r
            .missing_for_submission()
            .into_iter()
            .filter_map(|why| {
                let id = match why {
                    Incomplete::NotRated(id) | Incomplete::NoDescription(id) => id,
                };
                frameworks.iter().flat_map(|f| &f.sections).find_map(|s| {
                    s.criteria.iter().find(|c| c.id == id).map(|c| MissingView {
                        criterion: id,
                        code: c.code.clone(),
                        section_number: s.number,
                        why,
                    })
                })
            })
            .collect();
        MappingView {
            id: r.id,
            status: r.status,
            person_name: r.person.name.clone(),
            goal: r.goal.as_str().to_owned(),
            frameworks,
            events: r
                .events
                .iter()
                .map(|e| EventView {
                    kind: e.kind,
                    actor: e.actor.clone(),
                    comment: e.comment.clone(),
                    at: e.at,
                })
                .collect(),
            editable: viewer_is_owner && r.status.editable_by_owner(),
            is_owner: viewer_is_owner,
            missing,
            portfolio: r.portfolio.iter().map(PortfolioView::from).collect(),
            evidence: r.evidence.iter().map(EvidenceView::from).collect(),
            case: None,
        }
    }

    /// Attach text that could not be saved to the criteria it was typed for.
    pub fn with_rejected(
        mut self,
        rejected: Vec<(CriterionId, String, crate::domain::KeptReason)>,
    ) -> Self {
        for (id, text, reason) in rejected {
            let criteria = self
                .frameworks
                .iter_mut()
                .flat_map(|f| f.sections.iter_mut())
                .flat_map(|s| s.criteria.iter_mut());
            if let Some(c) = criteria.into_iter().find(|c| c.id == id) {
                c.rejected = Some((text, reason));
            }
        }
        self
    }

    pub fn sections(&self) -> impl Iterator<Item = &SectionView> {
        self.frameworks.iter().flat_map(|f| f.sections.iter())
    }

    /// Every criterion, in the order of the frameworks and their sections.
    pub fn criteria(&self) -> impl Iterator<Item = &CriterionView> {
        self.sections().flat_map(|s| s.criteria.iter())
    }

    pub fn section(&self, number: usize) -> Option<&SectionView> {
        self.sections().find(|s| s.number == number)
    }

    pub fn section_count(&self) -> usize {
        self.sections().count()
    }

    pub fn criteria_count(&self) -> usize {
        self.sections().map(|s| s.criteria.len()).sum()
    }

    pub fn answered_count(&self) -> usize {
        self.sections().map(|s| s.answered).sum()
    }

    pub fn title(&self) -> String {
        self.frameworks
            .iter()
            .map(|f| f.title.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::*;
    use std::collections::BTreeMap;

    fn lt(sv: &str, en: Option<&str>) -> LocalizedText {
        let mut m = BTreeMap::from([("sv".to_string(), sv.to_string())]);
        if let Some(en) = en {
            m.insert("en".into(), en.into());
        }
        LocalizedText::new(m).unwrap()
    }

    fn record(status: MappingStatus) -> MappingRecord {
        let crit = |id, sv, en| Criterion {
            id: CriterionId(id),
            code: format!("K{id}"),
            text: lt(sv, en),
            external: None,
            guidance: Default::default(),
        };
        MappingRecord {
            id: MappingId(7),
            status,
            person: Person {
                id: UserId(1),
                name: "Amal".into(),
                email: "a@b.se".into(),
                locale: "sv".into(),
            },
            goal: Default::default(),
            created_at: crate::domain::Timestamp::default(),
            updated_at: crate::domain::Timestamp::default(),
            frameworks: vec![Framework {
                id: FrameworkId(1),
                kind: FrameworkKind::Occupation,
                code: "SVETS".into(),
                version: 1,
                status: crate::domain::VersionStatus::Published,
                external: None,
                title: lt("Svetsare", Some("Welder")),
                sections: vec![
                    Section {
                        id: SectionId(1),
                        title: lt("Säkerhet", Some("Safety")),
                        criteria: vec![crit(1, "Skydd", Some("Protection"))],
                    },
                    Section {
                        id: SectionId(2),
                        title: lt("Metoder", None),
                        criteria: vec![crit(2, "MIG", None), crit(3, "TIG", None)],
                    },
                ],
            }],
            answers: vec![Answer {
                criterion_id: CriterionId(2),
                rating: Some(Rating::Independently),
                text: AnswerText::parse("Tio år på varv").unwrap(),
                not_relevant: false,
                evidence: vec![],
                evidence_missing: false,
                updated_at: crate::domain::Timestamp::default(),
                experiences: vec![],
            }],
            portfolio: vec![],
            evidence: vec![],
            events: vec![
                MappingEvent {
                    kind: EventKind::Submitted,
                    actor: "Amal".into(),
                    comment: String::new(),
                    at: crate::domain::Timestamp::from_micros(1),
                },
                MappingEvent {
                    kind: EventKind::Returned,
                    actor: "Vera".into(),
                    comment: "Mer om TIG".into(),
                    at: crate::domain::Timestamp::from_micros(2),
                },
            ],
        }
    }

    #[test]
    fn one_sections_page_is_what_the_whole_mapping_shows_of_that_section() {
        let r = record(MappingStatus::Draft);
        let whole = MappingView::from_record(&r, "en", true);
        let frameworks: Vec<_> = r.frameworks.iter().collect();
        for n in 1..=2 {
            let page = SectionPageView::new(r.id, &frameworks, n, &r.answers, "en", true).unwrap();
            assert_eq!(&page.section, whole.section(n).unwrap());
            assert_eq!(
                (
                    page.section_count,
                    page.mapping_title.as_str(),
                    page.editable
                ),
                (2, "Welder", true)
            );
        }
        for n in [0, 3] {
            assert!(SectionPageView::new(r.id, &frameworks, n, &r.answers, "en", true).is_none());
        }
        let page = SectionPageView::new(r.id, &frameworks, 2, &r.answers, "sv", false)
            .unwrap()
            .with_rejected(vec![
                (CriterionId(3), "för lång".into(), KeptReason::TooLong),
                (CriterionId(1), "annan sektion".into(), KeptReason::TooLong),
            ]);
        let texts: Vec<_> = page
            .section
            .criteria
            .iter()
            .map(|c| c.rejected.as_ref().map(|(t, _)| t.as_str()))
            .collect();
        assert_eq!(texts, [None, Some("för lång")]);
    }

    #[test]
    fn sections_are_numbered_across_the_mapping_and_count_their_answers() {
        let v = MappingView::from_record(&record(MappingStatus::Returned), "en", true);
        let numbers: Vec<_> = v.sections().map(|s| (s.number, s.answered)).collect();
        assert_eq!(numbers, [(1, 0), (2, 1)]);
        assert_eq!(
            (v.answered_count(), v.criteria_count(), v.section_count()),
            (1, 3, 2)
        );
    }

    #[test]
    fn texts_come_in_the_readers_language_with_swedish_fallback_marked() {
        let v = MappingView::from_record(&record(MappingStatus::Draft), "en", true);
        assert_eq!(v.frameworks[0].title, "Welder");
        let s2 = v.section(2).unwrap();
        assert_eq!(s2.title, "Metoder");
        assert!(s2.criteria[0].fallback);
        assert!(!v.section(1).unwrap().criteria[0].fallback);
    }

    #[test]
    fn only_the_owner_may_edit_and_only_while_the_status_allows() {
        assert!(MappingView::from_record(&record(MappingStatus::Returned), "sv", true).editable);
        assert!(!MappingView::from_record(&record(MappingStatus::Returned), "sv", false).editable);
        assert!(!MappingView::from_record(&record(MappingStatus::Submitted), "sv", true).editable);
    }

    #[test]
    fn missing_answers_point_to_their_section() {
        let v = MappingView::from_record(&record(MappingStatus::Draft), "sv", true);
        let m: Vec<_> = v
            .missing
            .iter()
            .map(|m| (m.code.as_str(), m.section_number))
            .collect();
        assert_eq!(m, [("K1", 1), ("K3", 2)]);
    }

    #[test]
    fn rejected_text_lands_on_its_criterion_only() {
        let v = MappingView::from_record(&record(MappingStatus::Draft), "sv", true).with_rejected(
            vec![
                (CriterionId(3), "för lång".into(), KeptReason::TooLong),
                (CriterionId(99), "x".into(), KeptReason::ChangedElsewhere),
            ],
        );
        let texts: Vec<_> = v
            .sections()
            .flat_map(|s| &s.criteria)
            .map(|c| c.rejected.as_ref().map(|(t, _)| t.as_str()))
            .collect();
        assert_eq!(texts, [None, None, Some("för lång")]);
    }
}
