//! Mappings: one person's answers against one or more frameworks, and their trail.
use super::{frameworks, users, Db};
use crate::domain::{
    status::IllegalTransition, Answer, AnswerText, CriterionId, EventKind, FrameworkId, Goal,
    KeptReason, LocalizedText, MappingEvent, MappingId, MappingRecord, MappingStatus, Person,
    Rating, Transition, UserId,
};

/// One line of a list of mappings.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingSummary {
    pub id: MappingId,
    pub owner: UserId,
    pub owner_name: String,
    pub status: MappingStatus,
    pub framework_codes: Vec<String>,
    pub framework_titles: Vec<LocalizedText>,
    pub updated_at: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TransitionError {
    #[error(transparent)]
    Illegal(#[from] IllegalTransition),
    #[error("no such mapping")]
    NotFound,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

fn decode<T: std::str::FromStr<Err = String>>(raw: &str) -> Result<T, sqlx::Error> {
    raw.parse()
        .map_err(|e: String| sqlx::Error::Decode(e.into()))
}

/// Start a draft mapping for `owner` against `framework`, or return the draft they already
/// have for it, so a double click does not make two.
pub async fn start(
    db: &Db,
    owner: UserId,
    framework: FrameworkId,
) -> Result<MappingId, sqlx::Error> {
    let mut tx = db.begin().await?;
    let existing: Option<i64> = sqlx::query_scalar(
        "SELECT m.id FROM mappings m JOIN mapping_frameworks mf ON mf.mapping_id = m.id
         WHERE m.owner_id = $1 AND mf.framework_id = $2 AND m.status IN ('draft', 'returned')
         ORDER BY m.id LIMIT 1",
    )
    .bind(owner.0)
    .bind(framework.0)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = existing {
        return Ok(MappingId(id));
    }
    let now = super::now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO mappings (owner_id, status, created_at, updated_at) VALUES ($1, 'draft', $2, $2) RETURNING id",
    )
    .bind(owner.0)
    .bind(&now)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO mapping_frameworks (mapping_id, framework_id, position) VALUES ($1, $2, 0)",
    )
    .bind(id)
    .bind(framework.0)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(MappingId(id))
}

/// Who owns a mapping and where it stands; `None` when there is no such mapping.
pub async fn owner_and_status(
    db: &Db,
    id: MappingId,
) -> Result<Option<(UserId, MappingStatus)>, sqlx::Error> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT owner_id, status FROM mappings WHERE id = $1")
            .bind(id.0)
            .fetch_optional(db)
            .await?;
    row.map(|(o, s)| Ok((UserId(o), decode(&s)?))).transpose()
}

/// One row per mapping and framework: id, owner, owner's name, status, updated, code, title.
type SummaryRow = (i64, i64, String, String, String, String, String);

/// The columns every list selects, in [`SummaryRow`] order; lists add their own filter and
/// order, ending with `m.id, mf.position` so one mapping's rows come together.
macro_rules! summary_select {
    ($rest:literal) => {
        concat!(
            "SELECT m.id, m.owner_id, u.name, m.status, m.updated_at, f.code, f.title
             FROM mappings m JOIN users u ON u.id = m.owner_id
             JOIN mapping_frameworks mf ON mf.mapping_id = m.id JOIN frameworks f ON f.id = mf.framework_id ",
            $rest
        )
    };
}

/// Fold consecutive rows of one mapping into one summary, keeping the query's order.
fn summaries(rows: Vec<SummaryRow>) -> Result<Vec<MappingSummary>, sqlx::Error> {
    let mut out: Vec<MappingSummary> = Vec::new();
    for (id, owner, name, status, updated_at, code, title) in rows {
        let title: LocalizedText =
            serde_json::from_str(&title).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        match out.last_mut() {
            Some(last) if last.id.0 == id => {
                last.framework_codes.push(code);
                last.framework_titles.push(title);
            }
            _ => out.push(MappingSummary {
                id: MappingId(id),
                owner: UserId(owner),
                owner_name: name,
                status: decode(&status)?,
                framework_codes: vec![code],
                framework_titles: vec![title],
                updated_at,
            }),
        }
    }
    Ok(out)
}

pub async fn list_all(db: &Db) -> Result<Vec<MappingSummary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = sqlx::query_as(summary_select!("ORDER BY m.id, mf.position"))
        .fetch_all(db)
        .await?;
    summaries(rows)
}

pub async fn list_for_owner(db: &Db, owner: UserId) -> Result<Vec<MappingSummary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = sqlx::query_as(summary_select!(
        "WHERE m.owner_id = $1 ORDER BY m.updated_at DESC, m.id, mf.position"
    ))
    .bind(owner.0)
    .fetch_all(db)
    .await?;
    summaries(rows)
}

/// Mappings a validator sees: everything handed in, oldest waiting first.
pub async fn list_for_validators(db: &Db) -> Result<Vec<MappingSummary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = sqlx::query_as(summary_select!(
        "WHERE m.status <> 'draft'
         ORDER BY CASE m.status WHEN 'submitted' THEN 0 ELSE 1 END, m.updated_at, m.id, mf.position"
    ))
    .fetch_all(db)
    .await?;
    summaries(rows)
}

/// Set what the person aims for with a mapping.
pub async fn set_goal(db: &Db, id: MappingId, goal: &Goal) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mappings SET goal = $1, updated_at = $2 WHERE id = $3")
        .bind(goal.as_str())
        .bind(super::now())
        .bind(id.0)
        .execute(db)
        .await?;
    Ok(())
}

/// The whole mapping: person, frameworks, answers and trail.
pub async fn load(db: &Db, id: MappingId) -> Result<Option<MappingRecord>, sqlx::Error> {
    let head: Option<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT owner_id, status, goal, created_at, updated_at FROM mappings WHERE id = $1",
    )
    .bind(id.0)
    .fetch_optional(db)
    .await?;
    let Some((owner, status, goal, created_at, updated_at)) = head else {
        return Ok(None);
    };
    let Some(user) = users::find(db, UserId(owner)).await? else {
        return Ok(None);
    };
    let fids: Vec<i64> = sqlx::query_scalar(
        "SELECT framework_id FROM mapping_frameworks WHERE mapping_id = $1 ORDER BY position",
    )
    .bind(id.0)
    .fetch_all(db)
    .await?;
    let fids: Vec<FrameworkId> = fids.into_iter().map(FrameworkId).collect();
    let frameworks = frameworks::load_many(db, &fids).await?;
    let answers: Vec<(i64, Option<i64>, i64, i64, String, String)> = sqlx::query_as(
        "SELECT criterion_id, rating, not_relevant, evidence_missing, body, updated_at FROM answers
         WHERE mapping_id = $1 ORDER BY criterion_id",
    )
    .bind(id.0)
    .fetch_all(db)
    .await?;
    let links: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT criterion_id, experience_id FROM answer_experiences WHERE mapping_id = $1
         ORDER BY criterion_id, experience_id",
    )
    .bind(id.0)
    .fetch_all(db)
    .await?;
    let evidence_links: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT l.criterion_id, l.evidence_id FROM answer_evidence l JOIN evidence e ON e.id = l.evidence_id
         WHERE l.mapping_id = $1 ORDER BY l.criterion_id, e.number",
    )
    .bind(id.0)
    .fetch_all(db)
    .await?;
    let answers = answers
        .into_iter()
        .map(
            |(cid, rating, not_relevant, evidence_missing, body, updated_at)| Answer {
                criterion_id: CriterionId(cid),
                rating: rating.and_then(|r| Rating::try_from(r).ok()),
                not_relevant: not_relevant != 0,
                // Stored texts passed the same check on the way in.
                text: AnswerText::parse(&body).unwrap_or_default(),
                updated_at,
                experiences: links
                    .iter()
                    .filter(|(c, _)| *c == cid)
                    .map(|(_, e)| *e)
                    .collect(),
                evidence: evidence_links
                    .iter()
                    .filter(|(c, _)| *c == cid)
                    .map(|(_, e)| *e)
                    .collect(),
                evidence_missing: evidence_missing != 0,
            },
        )
        .collect();
    let evidence = super::evidence::list(db, user.id).await?;
    let portfolio = super::experiences::list(db, user.id)
        .await?
        .into_iter()
        .map(|r| crate::domain::PortfolioEntry {
            id: r.id,
            experience: r.experience,
        })
        .collect();
    let events: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT e.kind, u.name, e.comment, e.created_at FROM mapping_events e JOIN users u ON u.id = e.actor_id
         WHERE e.mapping_id = $1 ORDER BY e.id",
    )
    .bind(id.0)
    .fetch_all(db)
    .await?;
    let events = events
        .into_iter()
        .map(|(kind, actor, comment, at)| {
            Ok(MappingEvent {
                kind: decode::<EventKind>(&kind)?,
                actor,
                comment,
                at,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(Some(MappingRecord {
        id,
        status: decode(&status)?,
        person: Person {
            id: user.id,
            name: user.name,
            email: user.email,
            locale: user.locale.tag().to_owned(),
        },
        // Stored goals passed the same check on the way in.
        goal: Goal::parse(&goal).unwrap_or_default(),
        created_at,
        updated_at,
        frameworks,
        answers,
        portfolio,
        evidence,
        events,
    }))
}

/// Whether a criterion belongs to one of the mapping's frameworks.
pub async fn has_criterion(
    db: &Db,
    id: MappingId,
    criterion: CriterionId,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM criteria c JOIN sections s ON s.id = c.section_id
         JOIN mapping_frameworks mf ON mf.framework_id = s.framework_id
         WHERE mf.mapping_id = $1 AND c.id = $2",
    )
    .bind(id.0)
    .bind(criterion.0)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// One answer to write.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerWrite {
    pub criterion: CriterionId,
    pub rating: Option<Rating>,
    pub not_relevant: bool,
    pub text: AnswerText,
    /// "No evidence" (saknas).
    pub evidence_missing: bool,
    /// The fingerprint ([`Answer::fingerprint`]) of the answer the person started from. When
    /// the stored answer has moved on since, and says something else than this write, the
    /// write is refused as a conflict instead of overwriting it. `None` writes regardless.
    pub base: Option<String>,
}

impl AnswerWrite {
    pub fn new(criterion: CriterionId, rating: Option<Rating>, text: AnswerText) -> Self {
        Self {
            criterion,
            rating,
            not_relevant: false,
            text,
            evidence_missing: false,
            base: None,
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

/// Write answers in one transaction, only while the mapping is still editable by its owner.
/// Returns `None` (and writes nothing) when it is not. Links are replaced per listed criterion,
/// except for criteria whose answer was refused as a conflict.
pub async fn save_answers(
    db: &Db,
    id: MappingId,
    answers: &[AnswerWrite],
    links: &[Links],
) -> Result<Option<Saved>, sqlx::Error> {
    let mut tx = db.begin().await?;
    let now = super::now();
    // Touching the mapping first takes the write lock, so a concurrent submit (or a save from
    // another tab) cannot slip between the checks and the writes.
    let editable = sqlx::query(
        "UPDATE mappings SET updated_at = $1 WHERE id = $2 AND status IN ('draft', 'returned')",
    )
    .bind(&now)
    .bind(id.0)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !editable {
        return Ok(None);
    }
    let mut conflicts = vec![];
    for a in answers {
        let stored: Option<(Option<i64>, i64, String, String)> = sqlx::query_as(
            "SELECT rating, not_relevant, body, updated_at FROM answers
             WHERE mapping_id = $1 AND criterion_id = $2",
        )
        .bind(id.0)
        .bind(a.criterion.0)
        .fetch_optional(&mut *tx)
        .await?;
        let stored = stored.map(|(rating, not_relevant, body, updated_at)| Answer {
            criterion_id: a.criterion,
            rating: rating.and_then(|r| Rating::try_from(r).ok()),
            not_relevant: not_relevant != 0,
            text: AnswerText::parse(&body).unwrap_or_default(),
            updated_at,
            experiences: vec![],
            evidence: vec![],
            evidence_missing: false,
        });
        let stored_fp = stored.as_ref().map_or_else(
            || crate::domain::fingerprint(None, false, ""),
            Answer::fingerprint,
        );
        if a.base
            .as_ref()
            .is_some_and(|b| *b != stored_fp && a.fingerprint() != stored_fp)
        {
            conflicts.push(stored.unwrap_or_else(|| Answer {
                criterion_id: a.criterion,
                rating: None,
                not_relevant: false,
                text: AnswerText::default(),
                updated_at: String::new(),
                experiences: vec![],
                evidence: vec![],
                evidence_missing: false,
            }));
            continue;
        }
        sqlx::query(
            "INSERT INTO answers (mapping_id, criterion_id, rating, not_relevant, evidence_missing, body, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (mapping_id, criterion_id) DO UPDATE SET rating = excluded.rating,
             not_relevant = excluded.not_relevant, evidence_missing = excluded.evidence_missing,
             body = excluded.body, updated_at = excluded.updated_at",
        )
        .bind(id.0)
        .bind(a.criterion.0)
        .bind(a.rating.map(|r| i64::from(r.value())))
        .bind(i64::from(a.not_relevant))
        .bind(i64::from(a.evidence_missing))
        .bind(a.text.as_str())
        .bind(&now)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM rejected_answers WHERE mapping_id = $1 AND criterion_id = $2")
            .bind(id.0)
            .bind(a.criterion.0)
            .execute(&mut *tx)
            .await?;
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
                .bind(id.0)
                .bind(cid.0)
                .execute(&mut *tx)
                .await?;
            for x in ids {
                sqlx::query(insert)
                    .bind(id.0)
                    .bind(cid.0)
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
    let mut tx = db.begin().await?;
    let now = super::now();
    for (cid, body) in rejected {
        sqlx::query(
            "INSERT INTO rejected_answers (mapping_id, criterion_id, body, reason, created_at)
             VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (mapping_id, criterion_id) DO UPDATE SET body = excluded.body,
             reason = excluded.reason, created_at = excluded.created_at",
        )
        .bind(id.0)
        .bind(cid.0)
        .bind(body)
        .bind(reason.as_str())
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Text kept by [`keep_rejected`] and not yet replaced by a saved answer.
pub async fn rejected(
    db: &Db,
    id: MappingId,
) -> Result<Vec<(CriterionId, String, KeptReason)>, sqlx::Error> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT criterion_id, body, reason FROM rejected_answers WHERE mapping_id = $1 ORDER BY criterion_id",
    )
    .bind(id.0)
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|(c, b, r)| Ok((CriterionId(c), b, decode(&r)?)))
        .collect()
}

/// Move a mapping through its state machine and record who did it, atomically: two people
/// pressing at once cannot both succeed.
pub async fn transition(
    db: &Db,
    id: MappingId,
    actor: UserId,
    t: Transition,
    comment: &str,
) -> Result<MappingStatus, TransitionError> {
    let mut tx = db.begin().await?;
    let status: Option<String> = sqlx::query_scalar("SELECT status FROM mappings WHERE id = $1")
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?;
    let from: MappingStatus = decode(&status.ok_or(TransitionError::NotFound)?)?;
    let to = from.apply(t)?;
    let now = super::now();
    let moved = sqlx::query(
        "UPDATE mappings SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
    )
    .bind(to.as_str())
    .bind(&now)
    .bind(id.0)
    .bind(from.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if moved != 1 {
        return Err(IllegalTransition {
            from: to,
            transition: t,
        }
        .into());
    }
    let kind = match t {
        Transition::Submit => EventKind::Submitted,
        Transition::Return => EventKind::Returned,
        Transition::MarkReviewed => EventKind::Reviewed,
    };
    sqlx::query("INSERT INTO mapping_events (mapping_id, actor_id, kind, comment, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(id.0)
        .bind(actor.0)
        .bind(kind.as_str())
        .bind(comment)
        .bind(&now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{frameworks::tests::published, testing::fresh};
    use crate::domain::Role;
    use crate::i18n::Locale;

    async fn setup() -> (crate::db::testing::TestDb, UserId, UserId, MappingId) {
        let t = fresh().await;
        let p = users::create(&t.db, "p@x.se", "Pia", "h", Role::Participant, Locale::Sv)
            .await
            .unwrap()
            .unwrap();
        let v = users::create(&t.db, "v@x.se", "Vera", "h", Role::Validator, Locale::Sv)
            .await
            .unwrap()
            .unwrap();
        let fid = published(&t.db).await;
        let m = start(&t.db, p, fid).await.unwrap();
        (t, p, v, m)
    }

    #[tokio::test]
    async fn a_mapping_stays_on_the_version_it_was_started_against() {
        let (t, _, _, m) = setup().await;
        let v1 = load(&t.db, m).await.unwrap().unwrap().frameworks[0].id;
        let draft = frameworks::draft_for(&t.db, "TEST01").await.unwrap();
        let mut doc = frameworks::load_draft(&t.db, draft)
            .await
            .unwrap()
            .unwrap()
            .doc;
        doc.sections[0].criteria[0]
            .text
            .insert("sv".into(), "Nytt krav".into());
        frameworks::update_draft(&t.db, draft, &doc).await.unwrap();
        frameworks::publish(&t.db, draft).await.unwrap();
        let record = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(record.frameworks[0].id, v1);
        assert_eq!(record.frameworks[0].version, 1);
        assert_eq!(
            record.frameworks[0].sections[0].criteria[0].text.get("sv"),
            "Kan a"
        );
        // New mappings start on the current version only.
        assert!(!frameworks::is_current(&t.db, v1).await.unwrap());
        assert!(frameworks::is_current(&t.db, draft).await.unwrap());
    }

    #[tokio::test]
    async fn an_answer_links_only_its_owners_experiences() {
        use crate::db::experiences;
        use crate::domain::ExperienceInput;
        let (t, p, v, m) = setup().await;
        let exp = |role: &str| {
            ExperienceInput {
                kind: "work".into(),
                role: role.into(),
                start: "2019-01".into(),
                ..Default::default()
            }
            .check()
            .unwrap()
        };
        let own = experiences::create(&t.db, p, &exp("Egen")).await.unwrap();
        let theirs = experiences::create(&t.db, v, &exp("Annans")).await.unwrap();
        let c = load(&t.db, m)
            .await
            .unwrap()
            .unwrap()
            .criteria()
            .next()
            .unwrap()
            .id;
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(
                c,
                Some(Rating::WithSupport),
                AnswerText::default()
            )],
            &[Links {
                criterion: c,
                experiences: vec![own, theirs, 9999],
                evidence: vec![],
            }]
        )
        .await
        .unwrap()
        .is_some());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.answers[0].experiences, [own]);
        assert_eq!(rec.portfolio.len(), 1, "the owner's portfolio only");
        // Unticking all removes the links; removing an experience removes its links.
        save_answers(
            &t.db,
            m,
            &[],
            &[Links {
                criterion: c,
                experiences: vec![],
                evidence: vec![],
            }],
        )
        .await
        .unwrap();
        assert!(load(&t.db, m).await.unwrap().unwrap().answers[0]
            .experiences
            .is_empty());
        save_answers(
            &t.db,
            m,
            &[],
            &[Links {
                criterion: c,
                experiences: vec![own],
                evidence: vec![],
            }],
        )
        .await
        .unwrap();
        experiences::delete(&t.db, p, own).await.unwrap();
        assert!(load(&t.db, m).await.unwrap().unwrap().answers[0]
            .experiences
            .is_empty());
    }

    #[tokio::test]
    async fn a_goal_is_kept_on_one_line_and_read_back() {
        let (t, _, _, m) = setup().await;
        assert!(load(&t.db, m).await.unwrap().unwrap().goal.is_empty());
        let goal = Goal::parse("  Arbeta som\r\nundersköterska  ").unwrap();
        set_goal(&t.db, m, &goal).await.unwrap();
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.goal.as_str(), "Arbeta som undersköterska");
        assert!(Goal::parse(&"x".repeat(crate::domain::mapping::MAX_GOAL_CHARS + 1)).is_err());
    }

    #[tokio::test]
    async fn starting_twice_gives_the_same_draft() {
        let (t, p, _, m) = setup().await;
        let fid = load(&t.db, m).await.unwrap().unwrap().frameworks[0].id;
        assert_eq!(start(&t.db, p, fid).await.unwrap(), m);
        assert_eq!(list_for_owner(&t.db, p).await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn answers_are_saved_and_overwritten_and_read_back() {
        let (t, _, _, m) = setup().await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let text = AnswerText::parse("Jag har svetsat i tio år. عملت في ورشة").unwrap();
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(
                c,
                Some(Rating::WithSupport),
                AnswerText::default()
            )],
            &[]
        )
        .await
        .unwrap()
        .is_some());
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(c, Some(Rating::CanTeach), text.clone())],
            &[]
        )
        .await
        .unwrap()
        .is_some());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.answers.len(), 1);
        assert_eq!(rec.answers[0].rating, Some(Rating::CanTeach));
        assert_eq!(rec.answers[0].text, text);
    }

    #[tokio::test]
    async fn a_submitted_mapping_refuses_new_answers_until_returned() {
        let (t, p, v, m) = setup().await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        transition(&t.db, m, p, Transition::Submit, "")
            .await
            .unwrap();
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(
                c,
                Some(Rating::CanTeach),
                AnswerText::default()
            )],
            &[]
        )
        .await
        .unwrap()
        .is_none());
        transition(&t.db, m, v, Transition::Return, "Beskriv mer")
            .await
            .unwrap();
        assert!(save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(
                c,
                Some(Rating::CanTeach),
                AnswerText::default()
            )],
            &[]
        )
        .await
        .unwrap()
        .is_some());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.status, MappingStatus::Returned);
        let last = rec.latest_validator_event().unwrap();
        assert_eq!(
            (last.kind, last.actor.as_str(), last.comment.as_str()),
            (EventKind::Returned, "Vera", "Beskriv mer")
        );
    }

    #[tokio::test]
    async fn rejected_text_is_kept_until_the_answer_is_saved() {
        let (t, _, _, m) = setup().await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let long = "å".repeat(6000);
        keep_rejected(&t.db, m, KeptReason::TooLong, &[(c, long.clone())])
            .await
            .unwrap();
        assert_eq!(
            rejected(&t.db, m).await.unwrap(),
            vec![(c, long, KeptReason::TooLong)]
        );
        let short = AnswerText::parse("Kortare nu").unwrap();
        save_answers(
            &t.db,
            m,
            &[AnswerWrite::new(c, Some(Rating::CanTeach), short)],
            &[],
        )
        .await
        .unwrap();
        assert!(rejected(&t.db, m).await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_change_made_elsewhere_is_not_overwritten() {
        let (t, _, _, m) = setup().await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let empty = crate::domain::fingerprint(None, false, "");
        let write = |text: &str, base: &str| AnswerWrite {
            base: Some(base.to_owned()),
            ..AnswerWrite::new(c, Some(Rating::CanTeach), AnswerText::parse(text).unwrap())
        };
        // Tab A saves from the empty answer.
        let a = write("Från flik A", &empty);
        let saved = save_answers(&t.db, m, std::slice::from_ref(&a), &[])
            .await
            .unwrap()
            .unwrap();
        assert!(saved.conflicts.is_empty());
        // Tab B still started from the empty answer: refused, and told what is stored.
        let saved = save_answers(&t.db, m, &[write("Från flik B", &empty)], &[])
            .await
            .unwrap()
            .unwrap();
        assert_eq!(saved.conflicts.len(), 1);
        assert_eq!(saved.conflicts[0].text.as_str(), "Från flik A");
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.answers[0].text.as_str(), "Från flik A");
        // Saying the same as what is stored is no conflict; starting from it neither.
        let same = save_answers(&t.db, m, &[write("Från flik A", &empty)], &[])
            .await
            .unwrap()
            .unwrap();
        assert!(same.conflicts.is_empty());
        let fp = rec.answers[0].fingerprint();
        let next = save_answers(&t.db, m, &[write("Flik B, efter att ha läst A", &fp)], &[])
            .await
            .unwrap()
            .unwrap();
        assert!(next.conflicts.is_empty());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert_eq!(rec.answers[0].text.as_str(), "Flik B, efter att ha läst A");
    }

    #[tokio::test]
    async fn not_relevant_is_stored_without_a_rating() {
        let (t, _, _, m) = setup().await;
        let rec = load(&t.db, m).await.unwrap().unwrap();
        let c = rec.frameworks[0].sections[0].criteria[0].id;
        let na = AnswerWrite {
            not_relevant: true,
            ..AnswerWrite::new(c, None, AnswerText::default())
        };
        save_answers(&t.db, m, &[na], &[]).await.unwrap().unwrap();
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert!(rec.answers[0].not_relevant && rec.answers[0].rating.is_none());
        assert!(rec.answers[0].is_answered());
    }

    #[tokio::test]
    async fn a_double_submit_is_refused_and_leaves_one_event() {
        let (t, p, _, m) = setup().await;
        transition(&t.db, m, p, Transition::Submit, "")
            .await
            .unwrap();
        assert!(matches!(
            transition(&t.db, m, p, Transition::Submit, "").await,
            Err(TransitionError::Illegal(_))
        ));
        assert_eq!(load(&t.db, m).await.unwrap().unwrap().events.len(), 1);
    }

    #[tokio::test]
    async fn validators_do_not_see_drafts() {
        let (t, p, _, m) = setup().await;
        assert!(list_for_validators(&t.db).await.unwrap().is_empty());
        transition(&t.db, m, p, Transition::Submit, "")
            .await
            .unwrap();
        let list = list_for_validators(&t.db).await.unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].framework_codes, ["TEST01"]);
    }

    #[tokio::test]
    async fn a_criterion_of_another_framework_does_not_belong() {
        let (t, _, _, m) = setup().await;
        assert!(!has_criterion(&t.db, m, CriterionId(999)).await.unwrap());
        let rec = load(&t.db, m).await.unwrap().unwrap();
        assert!(
            has_criterion(&t.db, m, rec.frameworks[0].sections[1].criteria[0].id)
                .await
                .unwrap()
        );
    }
}
