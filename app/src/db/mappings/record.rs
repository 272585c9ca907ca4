//! A whole mapping read back: person, frameworks, answers with their links, portfolio,
//! evidence and trail.
use super::StoredAnswer;
use crate::db::{frameworks::Published, Db};
use crate::domain::{
    Answer, CriterionId, EventKind, Framework, FrameworkId, Goal, MappingEvent, MappingId,
    MappingRecord, MappingStatus, Person, SectionId, Timestamp, UserId,
};
use sqlx::AnyConnection;

#[derive(sqlx::FromRow)]
struct OwnerAndStatus {
    owner_id: UserId,
    status: MappingStatus,
}

/// Who owns a mapping and where it stands; `None` when there is no such mapping.
pub async fn owner_and_status(
    db: &Db,
    id: MappingId,
) -> Result<Option<(UserId, MappingStatus)>, sqlx::Error> {
    let row: Option<OwnerAndStatus> =
        sqlx::query_as("SELECT owner_id, status FROM mappings WHERE id = $1")
            .bind(id)
            .fetch_optional(db)
            .await?;
    Ok(row.map(|r| (r.owner_id, r.status)))
}

#[derive(sqlx::FromRow)]
struct Head {
    owner_id: UserId,
    status: MappingStatus,
    goal: String,
    created_at: Timestamp,
    updated_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct Link {
    criterion_id: CriterionId,
    /// 1 for a piece of evidence, 0 for an experience.
    evidence: i64,
    linked: i64,
}

#[derive(sqlx::FromRow)]
struct Event {
    kind: EventKind,
    name: String,
    comment: String,
    created_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct HeadRow {
    owner_id: UserId,
    status: MappingStatus,
    framework_id: FrameworkId,
}

/// Who owns a mapping, where it stands and its frameworks, in one query: what the access
/// policy needs before anything else of the mapping is read.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingHead {
    pub owner: UserId,
    pub status: MappingStatus,
    pub frameworks: Vec<FrameworkId>,
}

/// The head of a mapping; `None` when there is no such mapping.
pub async fn head<'c>(
    db: impl sqlx::Executor<'c, Database = sqlx::Any>,
    id: MappingId,
) -> Result<Option<MappingHead>, sqlx::Error> {
    let rows: Vec<HeadRow> = sqlx::query_as(
        "SELECT m.owner_id, m.status, mf.framework_id FROM mappings m
         JOIN mapping_frameworks mf ON mf.mapping_id = m.id WHERE m.id = $1 ORDER BY mf.position",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    Ok(rows.first().map(|r| MappingHead {
        owner: r.owner_id,
        status: r.status,
        frameworks: rows.iter().map(|r| r.framework_id).collect(),
    }))
}

/// The answers of one section of a mapping, with what each draws on and points to. The
/// section is not checked to belong to the mapping: one that does not has no answers.
pub async fn section_answers(
    conn: &mut AnyConnection,
    id: MappingId,
    section: SectionId,
) -> Result<Vec<Answer>, sqlx::Error> {
    answers_in(conn, id, Some(section)).await
}

/// The answers of a mapping, or of one of its sections, with their links.
async fn answers_in(
    conn: &mut AnyConnection,
    id: MappingId,
    section: Option<SectionId>,
) -> Result<Vec<Answer>, sqlx::Error> {
    // The same two queries, narrowed to one section's criteria when asked. The links come
    // in one list: what each answer draws on (by experience), then what it points to (in the
    // order the evidence is numbered).
    let (answers_sql, links_sql) = match section {
        None => (
            "SELECT criterion_id, rating, not_relevant, evidence_missing, body, updated_at
             FROM answers WHERE mapping_id = $1 ORDER BY criterion_id",
            "SELECT criterion_id, CAST(0 AS BIGINT) AS evidence, experience_id AS linked,
                    experience_id AS position
             FROM answer_experiences WHERE mapping_id = $1
             UNION ALL
             SELECT l.criterion_id, CAST(1 AS BIGINT), l.evidence_id, e.number
             FROM answer_evidence l JOIN evidence e ON e.id = l.evidence_id
             WHERE l.mapping_id = $1
             ORDER BY criterion_id, evidence, position",
        ),
        Some(_) => (
            "SELECT a.criterion_id, a.rating, a.not_relevant, a.evidence_missing, a.body, a.updated_at
             FROM answers a JOIN criteria c ON c.id = a.criterion_id
             WHERE a.mapping_id = $1 AND c.section_id = $2 ORDER BY a.criterion_id",
            "SELECT l.criterion_id, CAST(0 AS BIGINT) AS evidence, l.experience_id AS linked,
                    l.experience_id AS position
             FROM answer_experiences l JOIN criteria c ON c.id = l.criterion_id
             WHERE l.mapping_id = $1 AND c.section_id = $2
             UNION ALL
             SELECT l.criterion_id, CAST(1 AS BIGINT), l.evidence_id, e.number
             FROM answer_evidence l JOIN evidence e ON e.id = l.evidence_id
             JOIN criteria c ON c.id = l.criterion_id
             WHERE l.mapping_id = $1 AND c.section_id = $2
             ORDER BY criterion_id, evidence, position",
        ),
    };
    let mut answers = sqlx::query_as::<_, StoredAnswer>(answers_sql).bind(id);
    let mut links = sqlx::query_as::<_, Link>(links_sql).bind(id);
    if let Some(section) = section {
        answers = answers.bind(section);
        links = links.bind(section);
    }
    let answers = answers.fetch_all(&mut *conn).await?;
    let links = links.fetch_all(&mut *conn).await?;
    answers
        .into_iter()
        .map(|a| {
            let mut answer = a.into_answer()?;
            answer.experiences = linked(&links, answer.criterion_id, false);
            answer.evidence = linked(&links, answer.criterion_id, true);
            Ok(answer)
        })
        .collect()
}

fn linked(links: &[Link], criterion: CriterionId, evidence: bool) -> Vec<i64> {
    links
        .iter()
        .filter(|l| l.criterion_id == criterion && (l.evidence == 1) == evidence)
        .map(|l| l.linked)
        .collect()
}

/// The whole mapping: person, frameworks, answers and trail.
pub async fn load(db: &Db, id: MappingId) -> Result<Option<MappingRecord>, sqlx::Error> {
    load_with(db, &Published::default(), id).await
}

/// [`load`], with the frameworks from the server's memory of published versions.
pub async fn load_with(
    db: &Db,
    published: &Published,
    id: MappingId,
) -> Result<Option<MappingRecord>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    load_in(&mut conn, published, id).await
}

#[derive(sqlx::FromRow)]
struct Owner {
    name: String,
    email: String,
    locale: String,
}

/// [`load_with`] on one connection: inside a transaction, what it reads is what the
/// transaction sees (handing in freezes exactly what it moved out of the person's hands).
pub async fn load_in(
    conn: &mut AnyConnection,
    published: &Published,
    id: MappingId,
) -> Result<Option<MappingRecord>, sqlx::Error> {
    let head: Option<Head> = sqlx::query_as(
        "SELECT owner_id, status, goal, created_at, updated_at FROM mappings WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(head) = head else {
        return Ok(None);
    };
    let owner: Option<Owner> =
        sqlx::query_as("SELECT name, email, locale FROM users WHERE id = $1")
            .bind(head.owner_id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some(owner) = owner else {
        return Ok(None);
    };
    let fids: Vec<FrameworkId> = sqlx::query_scalar(
        "SELECT framework_id FROM mapping_frameworks WHERE mapping_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let frameworks = published
        .get(conn, &fids)
        .await?
        .iter()
        .map(|f| Framework::clone(f))
        .collect();
    let answers = answers_in(conn, id, None).await?;
    let evidence = crate::db::evidence::list(&mut *conn, head.owner_id).await?;
    let portfolio = crate::db::experiences::list(&mut *conn, head.owner_id)
        .await?
        .into_iter()
        .map(|r| crate::domain::PortfolioEntry {
            id: r.id,
            experience: r.experience,
        })
        .collect();
    let events: Vec<Event> = sqlx::query_as(
        "SELECT e.kind, u.name, e.comment, e.created_at FROM mapping_events e JOIN users u ON u.id = e.actor_id
         WHERE e.mapping_id = $1 ORDER BY e.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let events = events
        .into_iter()
        .map(|e| MappingEvent {
            kind: e.kind,
            actor: e.name,
            comment: e.comment,
            at: e.created_at,
        })
        .collect();
    Ok(Some(MappingRecord {
        id,
        status: head.status,
        person: Person {
            id: head.owner_id,
            name: owner.name,
            email: owner.email,
            locale: crate::i18n::Locale::parse(&owner.locale)
                .unwrap_or_default()
                .tag()
                .to_owned(),
        },
        goal: Goal::from_stored(head.goal),
        created_at: head.created_at,
        updated_at: head.updated_at,
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
    .bind(id)
    .bind(criterion)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}
