//! Frameworks, answers and the full record of one mapping, as exported and rendered.
use super::{
    CriterionContent, ExternalRef, FrameworkContent, GradeStep, SectionContent, VersionStatus,
};
use super::{
    CriterionId, FrameworkId, LocalizedText, MappingId, MappingStatus, Rating, SectionId, UserId,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most characters one answer text may hold.
pub const MAX_ANSWER_CHARS: usize = 5000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FrameworkKind {
    Course,
    Occupation,
}

impl FrameworkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FrameworkKind::Course => "course",
            FrameworkKind::Occupation => "occupation",
        }
    }
    pub fn label_key(self) -> &'static str {
        match self {
            FrameworkKind::Course => "kind-course",
            FrameworkKind::Occupation => "kind-occupation",
        }
    }
}

impl std::str::FromStr for FrameworkKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "course" => Ok(FrameworkKind::Course),
            "occupation" => Ok(FrameworkKind::Occupation),
            other => Err(format!("unknown framework kind `{other}`")),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: CriterionId,
    pub code: String,
    pub text: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<ExternalRef>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub guidance: BTreeMap<GradeStep, LocalizedText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: SectionId,
    pub title: LocalizedText,
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Framework {
    pub id: FrameworkId,
    pub kind: FrameworkKind,
    pub code: String,
    pub version: i64,
    #[serde(default = "published")]
    pub status: VersionStatus,
    pub title: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external: Option<ExternalRef>,
    pub sections: Vec<Section>,
}

fn published() -> VersionStatus {
    VersionStatus::Published
}

impl Framework {
    pub fn criteria(&self) -> impl Iterator<Item = &Criterion> {
        self.sections.iter().flat_map(|s| s.criteria.iter())
    }

    /// The content of this version without its ids: what an export writes.
    pub fn content(&self) -> FrameworkContent {
        FrameworkContent {
            kind: self.kind,
            code: self.code.clone(),
            title: self.title.clone(),
            external: self.external.clone(),
            sections: self
                .sections
                .iter()
                .map(|s| SectionContent {
                    title: s.title.clone(),
                    criteria: s
                        .criteria
                        .iter()
                        .map(|c| CriterionContent {
                            code: c.code.clone(),
                            text: c.text.clone(),
                            external: c.external.clone(),
                            guidance: c.guidance.clone(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// Free text on how and where the person learned and used something: trimmed, at most
/// [`MAX_ANSWER_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnswerText(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("an answer may hold at most {MAX_ANSWER_CHARS} characters")]
pub struct AnswerTooLong;

impl AnswerText {
    pub fn parse(raw: &str) -> Result<Self, AnswerTooLong> {
        // Line endings from browsers arrive as CRLF; keep one form so lengths are stable.
        let text = raw.replace("\r\n", "\n");
        let text = text.trim();
        if text.chars().count() > MAX_ANSWER_CHARS {
            return Err(AnswerTooLong);
        }
        Ok(Self(text.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub criterion_id: CriterionId,
    pub rating: Option<Rating>,
    pub text: AnswerText,
    pub updated_at: String,
    /// The ids of the owner's experiences this answer draws on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub experiences: Vec<i64>,
}

/// One experience of the owner's merit portfolio, with its id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortfolioEntry {
    pub id: i64,
    pub experience: super::Experience,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Submitted,
    Returned,
    Reviewed,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Submitted => "submitted",
            EventKind::Returned => "returned",
            EventKind::Reviewed => "reviewed",
        }
    }
    pub fn label_key(self) -> &'static str {
        match self {
            EventKind::Submitted => "event-submitted",
            EventKind::Returned => "event-returned",
            EventKind::Reviewed => "event-reviewed",
        }
    }
}

impl std::str::FromStr for EventKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "submitted" => Ok(EventKind::Submitted),
            "returned" => Ok(EventKind::Returned),
            "reviewed" => Ok(EventKind::Reviewed),
            other => Err(format!("unknown event `{other}`")),
        }
    }
}

/// One step in the trail of a mapping: who did what, when, with what comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MappingEvent {
    pub kind: EventKind,
    pub actor: String,
    pub comment: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub locale: String,
}

/// Everything about one mapping: what `kartla mappings export` writes and the PDF renders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MappingRecord {
    pub id: MappingId,
    pub status: MappingStatus,
    pub person: Person,
    pub created_at: String,
    pub updated_at: String,
    pub frameworks: Vec<Framework>,
    pub answers: Vec<Answer>,
    pub events: Vec<MappingEvent>,
    /// The owner's merit portfolio.
    #[serde(default)]
    pub portfolio: Vec<PortfolioEntry>,
}

/// Why a mapping cannot be submitted yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Incomplete {
    NotRated(CriterionId),
    NoDescription(CriterionId),
}

impl MappingRecord {
    pub fn answer(&self, id: CriterionId) -> Option<&Answer> {
        self.answers.iter().find(|a| a.criterion_id == id)
    }

    pub fn criteria(&self) -> impl Iterator<Item = &Criterion> {
        self.frameworks.iter().flat_map(Framework::criteria)
    }

    /// What still stops this mapping from being submitted, in the order the person meets it.
    pub fn missing_for_submission(&self) -> Vec<Incomplete> {
        self.criteria()
            .filter_map(|c| match self.answer(c.id) {
                None | Some(Answer { rating: None, .. }) => Some(Incomplete::NotRated(c.id)),
                Some(Answer {
                    rating: Some(r),
                    text,
                    ..
                }) if r.needs_description() && text.is_empty() => {
                    Some(Incomplete::NoDescription(c.id))
                }
                Some(_) => None,
            })
            .collect()
    }

    /// The latest comment a validator left, with its kind (returned or reviewed).
    pub fn latest_validator_event(&self) -> Option<&MappingEvent> {
        self.events
            .iter()
            .rev()
            .find(|e| e.kind != EventKind::Submitted)
    }
}

/// How many criteria of a section have a rating.
pub fn answered_in(section: &Section, answers: &[Answer]) -> usize {
    section
        .criteria
        .iter()
        .filter(|c| {
            answers
                .iter()
                .any(|a| a.criterion_id == c.id && a.rating.is_some())
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn lt(s: &str) -> LocalizedText {
        LocalizedText::new(BTreeMap::from([("sv".to_string(), s.to_string())])).unwrap()
    }

    fn record(answers: Vec<Answer>) -> MappingRecord {
        MappingRecord {
            id: MappingId(1),
            status: MappingStatus::Draft,
            person: Person {
                id: UserId(1),
                name: "A".into(),
                email: "a@b.se".into(),
                locale: "sv".into(),
            },
            created_at: String::new(),
            updated_at: String::new(),
            frameworks: vec![Framework {
                id: FrameworkId(1),
                kind: FrameworkKind::Course,
                code: "X".into(),
                version: 1,
                status: crate::domain::VersionStatus::Published,
                external: None,
                title: lt("Kurs"),
                sections: vec![Section {
                    id: SectionId(1),
                    title: lt("Del"),
                    criteria: vec![
                        Criterion {
                            id: CriterionId(1),
                            code: "1".into(),
                            text: lt("a"),
                            external: None,
                            guidance: Default::default(),
                        },
                        Criterion {
                            id: CriterionId(2),
                            code: "2".into(),
                            text: lt("b"),
                            external: None,
                            guidance: Default::default(),
                        },
                    ],
                }],
            }],
            answers,
            events: vec![],
            portfolio: vec![],
        }
    }

    fn answer(id: i64, rating: Option<Rating>, text: &str) -> Answer {
        Answer {
            criterion_id: CriterionId(id),
            rating,
            text: AnswerText::parse(text).unwrap(),
            updated_at: String::new(),
            experiences: vec![],
        }
    }

    #[test]
    fn an_answer_longer_than_the_limit_is_rejected() {
        let long = "å".repeat(MAX_ANSWER_CHARS + 1);
        assert_eq!(AnswerText::parse(&long), Err(AnswerTooLong));
        assert!(AnswerText::parse(&"å".repeat(MAX_ANSWER_CHARS)).is_ok());
    }

    #[test]
    fn answer_text_is_trimmed_and_line_endings_are_unified() {
        assert_eq!(AnswerText::parse("  a\r\nb  ").unwrap().as_str(), "a\nb");
    }

    #[test]
    fn unrated_criteria_block_submission() {
        let r = record(vec![answer(1, Some(Rating::NoExperience), "")]);
        assert_eq!(
            r.missing_for_submission(),
            vec![Incomplete::NotRated(CriterionId(2))]
        );
    }

    #[test]
    fn a_claim_without_description_blocks_submission() {
        let r = record(vec![
            answer(1, Some(Rating::Independently), "   "),
            answer(2, Some(Rating::NoExperience), ""),
        ]);
        assert_eq!(
            r.missing_for_submission(),
            vec![Incomplete::NoDescription(CriterionId(1))]
        );
    }

    #[test]
    fn a_complete_mapping_has_nothing_missing() {
        let r = record(vec![
            answer(1, Some(Rating::CanTeach), "Lärde ut på jobbet"),
            answer(2, Some(Rating::NoExperience), ""),
        ]);
        assert!(r.missing_for_submission().is_empty());
        assert_eq!(answered_in(&r.frameworks[0].sections[0], &r.answers), 2);
    }
}
