//! A whole mapping read back: person, frameworks, answers with their links, portfolio,
//! evidence and trail.
use super::StoredAnswer;
use crate::db::{frameworks, users, Db};
use crate::domain::{
    CriterionId, EventKind, FrameworkId, Goal, MappingEvent, MappingId, MappingRecord,
    MappingStatus, Person, Timestamp, UserId,
};

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
    linked: i64,
}

#[derive(sqlx::FromRow)]
struct Event {
    kind: EventKind,
    name: String,
    comment: String,
    created_at: Timestamp,
}

fn linked(links: &[Link], criterion: CriterionId) -> Vec<i64> {
    links
        .iter()
        .filter(|l| l.criterion_id == criterion)
        .map(|l| l.linked)
        .collect()
}

/// The whole mapping: person, frameworks, answers and trail.
pub async fn load(db: &Db, id: MappingId) -> Result<Option<MappingRecord>, sqlx::Error> {
    let head: Option<Head> = sqlx::query_as(
        "SELECT owner_id, status, goal, created_at, updated_at FROM mappings WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await?;
    let Some(head) = head else {
        return Ok(None);
    };
    let Some(user) = users::find(db, head.owner_id).await? else {
        return Ok(None);
    };
    let fids: Vec<FrameworkId> = sqlx::query_scalar(
        "SELECT framework_id FROM mapping_frameworks WHERE mapping_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    let frameworks = frameworks::load_many(db, &fids).await?;
    let answers: Vec<StoredAnswer> = sqlx::query_as(
        "SELECT criterion_id, rating, not_relevant, evidence_missing, body, updated_at FROM answers
         WHERE mapping_id = $1 ORDER BY criterion_id",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    let experience_links: Vec<Link> = sqlx::query_as(
        "SELECT criterion_id, experience_id AS linked FROM answer_experiences WHERE mapping_id = $1
         ORDER BY criterion_id, experience_id",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    let evidence_links: Vec<Link> = sqlx::query_as(
        "SELECT l.criterion_id, l.evidence_id AS linked FROM answer_evidence l JOIN evidence e ON e.id = l.evidence_id
         WHERE l.mapping_id = $1 ORDER BY l.criterion_id, e.number",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    let answers = answers
        .into_iter()
        .map(|a| {
            let mut answer = a.into_answer()?;
            answer.experiences = linked(&experience_links, answer.criterion_id);
            answer.evidence = linked(&evidence_links, answer.criterion_id);
            Ok(answer)
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let evidence = crate::db::evidence::list(db, user.id).await?;
    let portfolio = crate::db::experiences::list(db, user.id)
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
    .fetch_all(db)
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
            id: user.id,
            name: user.name,
            email: user.email,
            locale: user.locale.tag().to_owned(),
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
