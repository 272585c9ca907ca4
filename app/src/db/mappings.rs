//! Mappings: one person's answers against one or more frameworks, and their trail.
mod answers;
mod lifecycle;
mod lists;
mod record;

pub use answers::{keep_rejected, rejected, save_answers, AnswerWrite, Links, Saved};
pub use lifecycle::{set_goal, start};
pub use lists::{list_all, list_for_owner, MappingSummary};
pub use record::{
    has_criterion, head, load, load_in, load_with, owner_and_status, section_answers, MappingHead,
};

use crate::domain::{Answer, AnswerText, CriterionId, Rating, Timestamp};

/// An `answers` row as stored.
#[derive(sqlx::FromRow)]
struct StoredAnswer {
    criterion_id: CriterionId,
    rating: Option<i64>,
    not_relevant: super::Flag,
    evidence_missing: super::Flag,
    body: String,
    updated_at: Timestamp,
}

impl StoredAnswer {
    /// The answer as the person left it: the text as stored (never blanked because a rule
    /// changed since), a rating only if it is one of the scale's.
    fn into_answer(self) -> Result<Answer, sqlx::Error> {
        let rating = self
            .rating
            .map(|r| {
                Rating::try_from(r).map_err(|_| {
                    sqlx::Error::Decode(format!("an answer holds the rating {r}").into())
                })
            })
            .transpose()?;
        Ok(Answer {
            criterion_id: self.criterion_id,
            rating,
            not_relevant: self.not_relevant.0,
            text: AnswerText::from_stored(self.body),
            updated_at: self.updated_at,
            experiences: vec![],
            evidence: vec![],
            evidence_missing: self.evidence_missing.0,
        })
    }
}

#[cfg(test)]
mod tests;
