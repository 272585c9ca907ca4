//! The gap analysis: for a mapping, per framework, which criteria the person masters, partly
//! masters or not, and so whether the course or occupation looks fully, partly or not met and
//! what remains; across the catalogue, which criteria of other frameworks the same knowledge
//! covers (criteria that share an outside concept: the same ESCO skill, JobTech id or
//! Skolverket code). Where a validator has judged a criterion, the judgement counts instead of
//! the person's own rating, and the analysis says which it used. Pure.
use super::case::{current, Judgement, Outcome, Verdict};
use super::{
    Answer, CriterionId, ExternalRef, Framework, FrameworkId, FrameworkKind, LocalizedText,
    MappingRecord, Rating,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// How far a criterion is mastered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    /// Independently or better (self-rating), met (judgement).
    Masters,
    /// Some experience or with support, partly met.
    Partly,
    /// No experience, not relevant, not met.
    Not,
    /// Not answered (and not judged).
    Unanswered,
}

/// Where a criterion's level comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    SelfRating,
    Judgement,
}

impl Level {
    /// The level a person's own answer says.
    pub fn of_answer(answer: Option<&Answer>) -> Level {
        match answer {
            Some(Answer {
                rating: Some(r), ..
            }) => match r {
                Rating::Independently | Rating::CanTeach => Level::Masters,
                Rating::SomeExperience | Rating::WithSupport => Level::Partly,
                Rating::NoExperience => Level::Not,
            },
            Some(Answer {
                not_relevant: true, ..
            }) => Level::Not,
            _ => Level::Unanswered,
        }
    }

    /// The level a validator's judgement says; `None` for "not possible to judge yet", which
    /// leaves the person's own answer standing.
    pub fn of_verdict(v: Verdict) -> Option<Level> {
        match v {
            Verdict::Met => Some(Level::Masters),
            Verdict::PartlyMet => Some(Level::Partly),
            Verdict::NotMet => Some(Level::Not),
            Verdict::NotYet => None,
        }
    }

    /// As a judgement would say it, for the verdict a framework's levels point to.
    fn as_verdict(self) -> Verdict {
        match self {
            Level::Masters => Verdict::Met,
            Level::Partly => Verdict::PartlyMet,
            Level::Not => Verdict::NotMet,
            Level::Unanswered => Verdict::NotYet,
        }
    }
}

/// One criterion in the analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionGap {
    pub criterion: CriterionId,
    pub code: String,
    pub level: Level,
    pub source: Source,
}

/// One framework of the mapping in the analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameworkGap {
    pub framework: FrameworkId,
    pub code: String,
    pub kind: FrameworkKind,
    pub title: LocalizedText,
    pub criteria: Vec<CriterionGap>,
    /// Whether it looks fully, partly or not met.
    pub verdict: Outcome,
}

impl FrameworkGap {
    pub fn count(&self, level: Level) -> usize {
        self.criteria.iter().filter(|c| c.level == level).count()
    }

    /// The criteria not mastered yet, in the framework's order.
    pub fn remaining(&self) -> Vec<&CriterionGap> {
        self.criteria
            .iter()
            .filter(|c| c.level != Level::Masters)
            .collect()
    }

    /// How many criteria a validator's judgement decided.
    pub fn judged(&self) -> usize {
        self.criteria
            .iter()
            .filter(|c| c.source == Source::Judgement)
            .count()
    }
}

/// The level of each criterion: the judgement that stands where there is one (and it says
/// more than "not possible yet"), else the person's own answer.
fn levels<'a>(
    record: &'a MappingRecord,
    f: &'a Framework,
    judgements: &'a [Judgement],
) -> impl Iterator<Item = CriterionGap> + 'a {
    let standing = current(judgements);
    f.criteria().map(move |c| {
        let judged = standing
            .get(&c.id)
            .and_then(|j| Level::of_verdict(j.verdict));
        let (level, source) = match judged {
            Some(l) => (l, Source::Judgement),
            None => (Level::of_answer(record.answer(c.id)), Source::SelfRating),
        };
        CriterionGap {
            criterion: c.id,
            code: c.code.clone(),
            level,
            source,
        }
    })
}

/// The analysis of each framework of the mapping.
pub fn analyse(record: &MappingRecord, judgements: &[Judgement]) -> Vec<FrameworkGap> {
    record
        .frameworks
        .iter()
        .map(|f| {
            let criteria: Vec<CriterionGap> = levels(record, f, judgements).collect();
            let verdicts: Vec<Verdict> = criteria.iter().map(|c| c.level.as_verdict()).collect();
            FrameworkGap {
                framework: f.id,
                code: f.code.clone(),
                kind: f.kind,
                title: f.title.clone(),
                verdict: Outcome::suggested(&verdicts),
                criteria,
            }
        })
        .collect()
}

/// What the mapping's answers cover of another framework of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coverage {
    pub code: String,
    pub kind: FrameworkKind,
    pub title: LocalizedText,
    pub total: usize,
    /// The codes of its criteria whose outside concept the person masters.
    pub covered: Vec<String>,
    /// The codes of the others.
    pub remaining: Vec<String>,
}

/// Across the catalogue (each framework's current version): the frameworks other than the
/// mapping's own that have criteria sharing an outside concept with criteria the person
/// masters, most covered first (by share, then by number, then by code).
pub fn coverage(
    record: &MappingRecord,
    judgements: &[Judgement],
    catalogue: &[Framework],
) -> Vec<Coverage> {
    let mastered: BTreeSet<&ExternalRef> = record
        .frameworks
        .iter()
        .flat_map(|f| {
            let masters: BTreeSet<CriterionId> = levels(record, f, judgements)
                .filter(|c| c.level == Level::Masters)
                .map(|c| c.criterion)
                .collect();
            f.criteria()
                .filter(move |c| masters.contains(&c.id))
                .filter_map(|c| c.external.as_ref())
                .collect::<Vec<_>>()
        })
        .collect();
    let own: BTreeSet<&str> = record.frameworks.iter().map(|f| f.code.as_str()).collect();
    let mut out: Vec<Coverage> = catalogue
        .iter()
        .filter(|f| !own.contains(f.code.as_str()))
        .filter_map(|f| {
            let (covered, remaining): (Vec<_>, Vec<_>) = f
                .criteria()
                .partition(|c| c.external.as_ref().is_some_and(|e| mastered.contains(e)));
            (!covered.is_empty()).then(|| Coverage {
                code: f.code.clone(),
                kind: f.kind,
                title: f.title.clone(),
                total: covered.len() + remaining.len(),
                covered: covered.iter().map(|c| c.code.clone()).collect(),
                remaining: remaining.iter().map(|c| c.code.clone()).collect(),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        // covered/total, compared without floating point.
        let share_b = b.covered.len() * a.total;
        let share_a = a.covered.len() * b.total;
        share_b
            .cmp(&share_a)
            .then(b.covered.len().cmp(&a.covered.len()))
            .then(a.code.cmp(&b.code))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::tests::lt;
    use crate::domain::{
        AnswerText, Criterion, ExternalSystem, MappingId, MappingStatus, Person, Section,
        SectionId, Timestamp, UserId,
    };

    fn esco(n: u32) -> Option<ExternalRef> {
        Some(ExternalRef {
            system: ExternalSystem::Esco,
            id: format!("http://data.europa.eu/esco/skill/{n}"),
        })
    }

    fn framework(id: i64, code: &str, kind: FrameworkKind, skills: &[Option<u32>]) -> Framework {
        Framework {
            id: FrameworkId(id),
            kind,
            code: code.into(),
            version: 1,
            status: crate::domain::VersionStatus::Published,
            title: lt(&[("sv", code)]),
            external: None,
            sections: vec![Section {
                id: SectionId(id),
                title: lt(&[("sv", "Del")]),
                criteria: skills
                    .iter()
                    .enumerate()
                    .map(|(i, s)| Criterion {
                        id: CriterionId(id * 100 + i as i64),
                        code: format!("{}", i + 1),
                        text: lt(&[("sv", "Kan")]),
                        external: s.and_then(esco),
                        guidance: Default::default(),
                    })
                    .collect(),
            }],
        }
    }

    fn answer(c: CriterionId, rating: Option<Rating>, not_relevant: bool) -> Answer {
        Answer {
            criterion_id: c,
            rating,
            text: AnswerText::default(),
            not_relevant,
            updated_at: Timestamp::default(),
            experiences: vec![],
            evidence: vec![],
            evidence_missing: false,
        }
    }

    fn record(f: Framework, answers: Vec<Answer>) -> MappingRecord {
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
            created_at: Timestamp::default(),
            updated_at: Timestamp::default(),
            frameworks: vec![f],
            answers,
            events: vec![],
            portfolio: vec![],
            evidence: vec![],
        }
    }

    fn judged(c: CriterionId, verdict: Verdict) -> Judgement {
        Judgement {
            criterion: c,
            verdict,
            methods: vec![],
            comment: String::new(),
            reason: String::new(),
            version: 1,
            by: "V".into(),
            at: Timestamp::default(),
        }
    }

    /// Four criteria: can teach, with support, not relevant, unanswered.
    fn warehouse() -> MappingRecord {
        let f = framework(
            1,
            "LAGER",
            FrameworkKind::Occupation,
            &[Some(1), Some(2), Some(3), None],
        );
        let ids: Vec<CriterionId> = f.criteria().map(|c| c.id).collect();
        record(
            f,
            vec![
                answer(ids[0], Some(Rating::CanTeach), false),
                answer(ids[1], Some(Rating::WithSupport), false),
                answer(ids[2], None, true),
            ],
        )
    }

    #[test]
    fn the_person_s_own_answers_give_the_levels_and_the_verdict() {
        let r = warehouse();
        let g = &analyse(&r, &[])[0];
        let levels: Vec<Level> = g.criteria.iter().map(|c| c.level).collect();
        assert_eq!(
            levels,
            [Level::Masters, Level::Partly, Level::Not, Level::Unanswered]
        );
        assert_eq!((g.count(Level::Masters), g.count(Level::Partly)), (1, 1));
        assert_eq!(g.remaining().len(), 3);
        assert_eq!(g.verdict, Outcome::PartlyMet);
        assert_eq!(g.judged(), 0);
    }

    #[test]
    fn a_judgement_counts_instead_of_the_self_rating_and_says_so() {
        let r = warehouse();
        let ids: Vec<CriterionId> = r.criteria().map(|c| c.id).collect();
        let j = vec![
            judged(ids[0], Verdict::NotMet),
            judged(ids[1], Verdict::Met),
            // Not possible yet: the person's own answer stands.
            judged(ids[2], Verdict::NotYet),
            judged(ids[3], Verdict::PartlyMet),
            // The last judgement of a criterion is the one that counts.
            judged(ids[0], Verdict::Met),
        ];
        let g = &analyse(&r, &j)[0];
        let got: Vec<(Level, Source)> = g.criteria.iter().map(|c| (c.level, c.source)).collect();
        assert_eq!(
            got,
            [
                (Level::Masters, Source::Judgement),
                (Level::Masters, Source::Judgement),
                (Level::Not, Source::SelfRating),
                (Level::Partly, Source::Judgement),
            ]
        );
        assert_eq!(g.judged(), 3);
        let all_met: Vec<Judgement> = ids.iter().map(|c| judged(*c, Verdict::Met)).collect();
        assert_eq!(analyse(&r, &all_met)[0].verdict, Outcome::FullyMet);
        let none: Vec<Judgement> = ids.iter().map(|c| judged(*c, Verdict::NotMet)).collect();
        assert_eq!(analyse(&r, &none)[0].verdict, Outcome::NotMet);
    }

    #[test]
    fn other_frameworks_sharing_a_mastered_concept_are_covered_most_first() {
        let r = warehouse();
        let catalogue = vec![
            // The mapping's own framework is not listed again.
            framework(1, "LAGER", FrameworkKind::Occupation, &[Some(1)]),
            // Skill 1 is mastered: 1 of 2.
            framework(2, "TRUCK", FrameworkKind::Occupation, &[Some(1), Some(9)]),
            // Skill 1 twice of 3: 2 of 3, first.
            framework(
                3,
                "LOGISTIK",
                FrameworkKind::Course,
                &[Some(1), Some(1), Some(8)],
            ),
            // Skill 2 is only partly mastered: nothing covered, not listed.
            framework(4, "PLOCK", FrameworkKind::Occupation, &[Some(2)]),
            // No outside concepts at all.
            framework(5, "KOCK", FrameworkKind::Occupation, &[None, None]),
        ];
        let got = coverage(&r, &[], &catalogue);
        let summary: Vec<(&str, usize, usize)> = got
            .iter()
            .map(|c| (c.code.as_str(), c.covered.len(), c.total))
            .collect();
        assert_eq!(summary, [("LOGISTIK", 2, 3), ("TRUCK", 1, 2)]);
        assert_eq!(got[1].remaining, ["2"]);
        // Judged "met", skill 2 covers PLOCK too.
        let ids: Vec<CriterionId> = r.criteria().map(|c| c.id).collect();
        let got = coverage(&r, &[judged(ids[1], Verdict::Met)], &catalogue);
        assert_eq!(got[0].code, "PLOCK");
        assert_eq!(got[0].covered, ["1"]);
    }
}
