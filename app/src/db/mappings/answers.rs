//! Answers written while the mapping is editable, never over a change made elsewhere; text
//! that could not be saved kept to be given back.
use super::StoredAnswer;
use crate::db::{dialect, Db};
use crate::domain::{
    Answer, AnswerText, CriterionId, KeptReason, MappingId, MappingStatus, Rating, Timestamp,
};

/// One answer to write.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerWrite {
    pub criterion: CriterionId,
    pub rating: Option<Rating>,
    pub not_relevant: bool,
    pub text: AnswerText,
    /// "No evidence" (saknas); `None` keeps what is stored (a counsellor writing in a guidance
    /// session changes the choice and the text, never what the person's file holds).
    pub evidence_missing: Option<bool>,
    /// The fingerprint ([`Answer::fingerprint`]) of the answer the person started from. When
    /// the stored answer has moved on since, and says something else than this write, the
    /// write is refused as a conflict instead of overwriting it. `None` writes regardless.
    pub base: Option<String>,
    /// Written by the person themself (not a counsellor writing in a guidance session): only
    /// then does it take the place of text of theirs kept from a refused save.
    pub by_owner: bool,
}

impl AnswerWrite {
    pub fn new(criterion: CriterionId, rating: Option<Rating>, text: AnswerText) -> Self {
        Self {
            criterion,
            rating,
            not_relevant: false,
            text,
            evidence_missing: Some(false),
            base: None,
            by_owner: true,
        }
    }

    fn fingerprint(&self) -> String {
        crate::domain::fingerprint(self.rating, self.not_relevant, self.text.as_str())
    }
}

/// What an answer links to: the owner's experiences and evidence. Replaced whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Links {
    pub criterion: CriterionId,
    pub experiences: Vec<i64>,
    pub evidence: Vec<i64>,
}

/// What [`save_answers`] did.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// Answers not written because they were changed elsewhere: the stored answer as it is.
    pub conflicts: Vec<Answer>,
}

/// The answer a criterion has before anything is written.
fn unanswered(criterion: CriterionId) -> Answer {
    Answer {
        criterion_id: criterion,
        rating: None,
        not_relevant: false,
        text: AnswerText::default(),
        updated_at: Timestamp::default(),
        experiences: vec![],
        evidence: vec![],
        evidence_missing: false,
    }
}

/// Write answers in one transaction, only while the mapping is still editable by its owner.
/// Returns `None` (and writes nothing) when it is not. Links are replaced per listed criterion,
/// except for criteria whose answer was refused as a conflict.
pub async fn save_answers(
    db: &Db,
    id: MappingId,
    answers: &[AnswerWrite],
    links: &[Links],
) -> Result<Option<Saved>, sqlx::Error> {
    let mut tx = dialect::begin_write(db).await?;
    let now = crate::db::now();
    // Touching the mapping first takes its row's write lock, so a concurrent submit (or a
    // save from another tab, through any server) cannot slip between the checks and the
    // writes.
    let editable =
        sqlx::query("UPDATE mappings SET updated_at = $1 WHERE id = $2 AND status IN ($3, $4)")
            .bind(now)
            .bind(id)
            .bind(MappingStatus::Draft)
            .bind(MappingStatus::Returned)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
    if !editable {
        return Ok(None);
    }
    let mut conflicts = vec![];
    for a in answers {
        let stored: Option<StoredAnswer> = sqlx::query_as(
            "SELECT criterion_id, rating, not_relevant, evidence_missing, body, updated_at FROM answers
             WHERE mapping_id = $1 AND criterion_id = $2",
        )
        .bind(id)
        .bind(a.criterion)
        .fetch_optional(&mut *tx)
        .await?;
        let stored = stored.map(StoredAnswer::into_answer).transpose()?;
        let stored_fp = stored.as_ref().map_or_else(
            || crate::domain::fingerprint(None, false, ""),
            Answer::fingerprint,
        );
        if a.base
            .as_ref()
            .is_some_and(|b| *b != stored_fp && a.fingerprint() != stored_fp)
        {
            conflicts.push(stored.unwrap_or_else(|| unanswered(a.criterion)));
            continue;
        }
        sqlx::query(
            "INSERT INTO answers (mapping_id, criterion_id, rating, not_relevant, evidence_missing, body, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (mapping_id, criterion_id) DO UPDATE SET rating = excluded.rating,
             not_relevant = excluded.not_relevant, evidence_missing = excluded.evidence_missing,
             body = excluded.body, updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(a.criterion)
        .bind(a.rating.map(|r| i64::from(r.value())))
        .bind(a.not_relevant)
        .bind(
            a.evidence_missing
                .unwrap_or_else(|| stored.as_ref().is_some_and(|s| s.evidence_missing)),
        )
        .bind(a.text.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        if a.by_owner {
            sqlx::query("DELETE FROM rejected_answers WHERE mapping_id = $1 AND criterion_id = $2")
                .bind(id)
                .bind(a.criterion)
                .execute(&mut *tx)
                .await?;
        }
    }
    // Each listed criterion's links are replaced; only the owner's own experiences and
    // evidence link.
    for l in links {
        let cid = l.criterion;
        if conflicts.iter().any(|c| c.criterion_id == cid) {
            continue;
        }
        // Each kind of link: its table's delete, and an insert that joins on the owner.
        let kinds = [
            (
                "DELETE FROM answer_experiences WHERE mapping_id = $1 AND criterion_id = $2",
                "INSERT INTO answer_experiences (mapping_id, criterion_id, experience_id)
                 SELECT m.id, $2, x.id FROM mappings m JOIN experiences x ON x.owner_id = m.owner_id
                 WHERE m.id = $1 AND x.id = $3
                 ON CONFLICT DO NOTHING",
                &l.experiences,
            ),
            (
                "DELETE FROM answer_evidence WHERE mapping_id = $1 AND criterion_id = $2",
                "INSERT INTO answer_evidence (mapping_id, criterion_id, evidence_id)
                 SELECT m.id, $2, x.id FROM mappings m JOIN evidence x ON x.owner_id = m.owner_id
                 WHERE m.id = $1 AND x.id = $3
                 ON CONFLICT DO NOTHING",
                &l.evidence,
            ),
        ];
        for (delete, insert, ids) in kinds {
            sqlx::query(delete)
                .bind(id)
                .bind(cid)
                .execute(&mut *tx)
                .await?;
            for x in ids {
                sqlx::query(insert)
                    .bind(id)
                    .bind(cid)
                    .bind(x)
                    .execute(&mut *tx)
                    .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(Some(Saved { conflicts }))
}

/// Keep text that could not be saved as an answer, so it can be given back to the person.
pub async fn keep_rejected(
    db: &Db,
    id: MappingId,
    reason: KeptReason,
    rejected: &[(CriterionId, String)],
) -> Result<(), sqlx::Error> {
    let mut tx = dialect::begin_write(db).await?;
    let now = crate::db::now();
    for (cid, body) in rejected {
        sqlx::query(
            "INSERT INTO rejected_answers (mapping_id, criterion_id, body, reason, created_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (mapping_id, criterion_id) DO UPDATE SET body = excluded.body,
             reason = excluded.reason, created_at = excluded.created_at",
        )
        .bind(id)
        .bind(cid)
        .bind(body)
        .bind(reason)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Kept {
    criterion_id: CriterionId,
    body: String,
    reason: KeptReason,
}

/// Text kept by [`keep_rejected`] and not yet replaced by a saved answer.
pub async fn rejected<'c>(
    db: impl sqlx::Executor<'c, Database = sqlx::Any>,
    id: MappingId,
) -> Result<Vec<(CriterionId, String, KeptReason)>, sqlx::Error> {
    let rows: Vec<Kept> = sqlx::query_as(
        "SELECT criterion_id, body, reason FROM rejected_answers WHERE mapping_id = $1 ORDER BY criterion_id",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|k| (k.criterion_id, k.body, k.reason))
        .collect())
}
