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
    /// A text read back from the database, kept exactly as stored even where today's rule
    /// would refuse it (a limit lowered since): blanking it would let the next save write the
    /// blank back over the person's words.
    pub fn from_stored(stored: String) -> Self {
        Self(stored)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// At most this many characters in a mapping's goal.
pub const MAX_GOAL_CHARS: usize = 300;

/// What the person aims for with the mapping, in their own words: a course, an exam, a job.
/// One line, trimmed, at most [`MAX_GOAL_CHARS`] characters; empty when not given.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Goal(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a goal may hold at most {MAX_GOAL_CHARS} characters")]
pub struct GoalTooLong;

impl Goal {
    pub fn parse(raw: &str) -> Result<Self, GoalTooLong> {
        let one_line = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if one_line.chars().count() > MAX_GOAL_CHARS {
            return Err(GoalTooLong);
        }
        Ok(Self(one_line))
    }
    /// A goal read back from the database, kept exactly as stored (see
    /// [`AnswerText::from_stored`]).
    pub fn from_stored(stored: String) -> Self {
        Self(stored)
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
    /// "Not relevant for me": answered without a rating.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_relevant: bool,
    pub updated_at: super::Timestamp,
    /// The ids of the owner's experiences this answer draws on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub experiences: Vec<i64>,
    /// The ids of the owner's evidence this answer points to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<i64>,
    /// "No evidence" (saknas): the person has nothing to show for this criterion.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub evidence_missing: bool,
}

impl Answer {
    /// Whether the person has answered: a rating, or "not relevant for me".
    pub fn is_answered(&self) -> bool {
        self.rating.is_some() || self.not_relevant
    }

    /// See [`fingerprint`].
    pub fn fingerprint(&self) -> String {
        fingerprint(self.rating, self.not_relevant, self.text.as_str())
    }
}

/// A short fingerprint of what an answer says (choice and text), so that a save can say which
/// version it started from and the server can refuse to overwrite a change made in another tab
/// or on another device. No answer at all has the fingerprint of an empty one. FNV-1a, 64 bits:
/// the same on the server and in the browser, and not a secret.
pub fn fingerprint(rating: Option<Rating>, not_relevant: bool, text: &str) -> String {
    let choice = match (rating, not_relevant) {
        (_, true) => 0,
        (Some(r), false) => r.value(),
        (None, false) => 255,
    };
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in std::iter::once(choice).chain(text.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Why typed text was kept instead of saved as the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KeptReason {
    /// Longer than [`MAX_ANSWER_CHARS`].
    TooLong,
    /// The answer was changed in another tab or on another device after the page was opened.
    ChangedElsewhere,
}

impl KeptReason {
    pub fn as_str(self) -> &'static str {
        match self {
            KeptReason::TooLong => "too-long",
            KeptReason::ChangedElsewhere => "changed-elsewhere",
        }
    }
}

impl std::str::FromStr for KeptReason {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "too-long" => Ok(KeptReason::TooLong),
            "changed-elsewhere" => Ok(KeptReason::ChangedElsewhere),
            other => Err(format!("unknown reason `{other}`")),
        }
    }
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
    pub at: super::Timestamp,
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
    /// What the person aims for (empty in exports from before goals).
    #[serde(default)]
    pub goal: Goal,
    pub created_at: super::Timestamp,
    pub updated_at: super::Timestamp,
    pub frameworks: Vec<Framework>,
    pub answers: Vec<Answer>,
    pub events: Vec<MappingEvent>,
    /// The owner's merit portfolio.
    #[serde(default)]
    pub portfolio: Vec<PortfolioEntry>,
    /// The owner's evidence, numbered in the order added (metadata only, not the files).
    #[serde(default)]
    pub evidence: Vec<super::Evidence>,
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
                Some(Answer {
                    not_relevant: true, ..
                }) => None,
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
}

/// How many criteria of a section are answered (rated, or not relevant).
pub fn answered_in(section: &Section, answers: &[Answer]) -> usize {
    section
        .criteria
        .iter()
        .filter(|c| {
            answers
                .iter()
                .any(|a| a.criterion_id == c.id && a.is_answered())
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
            goal: Default::default(),
            created_at: crate::domain::Timestamp::default(),
            updated_at: crate::domain::Timestamp::default(),
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
            evidence: vec![],
        }
    }

    fn answer(id: i64, rating: Option<Rating>, text: &str) -> Answer {
        Answer {
            criterion_id: CriterionId(id),
            rating,
            text: AnswerText::parse(text).unwrap(),
            not_relevant: false,
            updated_at: crate::domain::Timestamp::default(),
            experiences: vec![],
            evidence: vec![],
            evidence_missing: false,
        }
    }

    #[test]
    fn not_relevant_counts_as_answered_without_rating_or_text() {
        let mut na = answer(1, None, "");
        na.not_relevant = true;
        let r = record(vec![na, answer(2, Some(Rating::NoExperience), "")]);
        assert!(r.missing_for_submission().is_empty());
        assert_eq!(answered_in(&r.frameworks[0].sections[0], &r.answers), 2);
    }

    #[test]
    fn fingerprints_tell_choices_and_texts_apart() {
        let empty = fingerprint(None, false, "");
        assert_eq!(empty, fingerprint(None, false, ""));
        assert_eq!(empty.len(), 16);
        for other in [
            fingerprint(None, true, ""),
            fingerprint(Some(Rating::NoExperience), false, ""),
            fingerprint(None, false, "a"),
        ] {
            assert_ne!(empty, other);
        }
        assert_ne!(
            fingerprint(Some(Rating::CanTeach), false, "Lagade mat"),
            fingerprint(Some(Rating::CanTeach), false, "Lagade mat.")
        );
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
