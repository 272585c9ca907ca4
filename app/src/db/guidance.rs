//! Guidance sessions on both engines (see [`crate::domain::guidance`]): starting and joining
//! one, who is where, proposals and the person's decisions, letting the counsellor write,
//! the trail, and the notes about a mapping. Access is the policy's; this only reads and writes.
use super::{Db, Flag};
use crate::domain::guidance::{JoinCode, NoteText, SessionEventKind};
use crate::domain::{CriterionId, MappingId, Rating, SessionId, Timestamp, UserId};

/// A session as every reader of it needs it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Session {
    pub id: SessionId,
    pub mapping_id: MappingId,
    pub owner_id: UserId,
    pub owner_name: String,
    pub counsellor_id: UserId,
    pub counsellor_name: String,
    pub code: String,
    pub direct_write: Flag,
    pub started_at: Timestamp,
    pub ended_at: Option<Timestamp>,
}

impl Session {
    pub fn open(&self) -> bool {
        self.ended_at.is_none()
    }

    pub fn code(&self) -> Option<JoinCode> {
        JoinCode::parse(&self.code)
    }
}

const SELECT: &str = "SELECT s.id, s.mapping_id, m.owner_id, o.name AS owner_name, s.counsellor_id,
        c.name AS counsellor_name, s.code, s.direct_write, s.started_at, s.ended_at
    FROM guidance_sessions s JOIN mappings m ON m.id = s.mapping_id
    JOIN users o ON o.id = m.owner_id JOIN users c ON c.id = s.counsellor_id";

pub async fn head(db: &Db, id: SessionId) -> Result<Option<Session>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE s.id = $1")))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// The open session a join code stands for.
pub async fn open_by_code(db: &Db, code: &JoinCode) -> Result<Option<Session>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE s.code = $1 AND s.ended_at IS NULL"
    )))
    .bind(code.as_str())
    .fetch_optional(db)
    .await
}

/// The open sessions `user` takes part in (on their mappings, or led by them), newest first.
pub async fn open_of(db: &Db, user: UserId) -> Result<Vec<Session>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{SELECT} WHERE (m.owner_id = $1 OR s.counsellor_id = $1) AND s.ended_at IS NULL
         ORDER BY s.id DESC"
    )))
    .bind(user)
    .fetch_all(db)
    .await
}

/// The counsellors an open session on the mapping lets write directly (for the policy).
pub async fn writers(db: &Db, mapping: MappingId) -> Result<Vec<UserId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT counsellor_id FROM guidance_sessions
         WHERE mapping_id = $1 AND ended_at IS NULL AND direct_write = $2",
    )
    .bind(mapping)
    .bind(true)
    .fetch_all(db)
    .await
}

/// Start a session on `mapping` led by `counsellor`, or the one they already have open on it.
pub async fn start(
    db: &Db,
    mapping: MappingId,
    counsellor: UserId,
) -> Result<SessionId, sqlx::Error> {
    use rand::RngCore;
    let open: Option<SessionId> = sqlx::query_scalar(
        "SELECT id FROM guidance_sessions
         WHERE mapping_id = $1 AND counsellor_id = $2 AND ended_at IS NULL",
    )
    .bind(mapping)
    .bind(counsellor)
    .fetch_optional(db)
    .await?;
    if let Some(id) = open {
        return Ok(id);
    }
    // A code another open session holds is refused by the unique index: draw again.
    let mut tries = 0;
    loop {
        let mut bytes = [0u8; crate::domain::guidance::CODE_LENGTH];
        rand::rng().fill_bytes(&mut bytes);
        let code = JoinCode::from_random(bytes);
        let mut tx = super::dialect::begin_write(db).await?;
        let inserted = sqlx::query_scalar(
            "INSERT INTO guidance_sessions (mapping_id, counsellor_id, code, started_at)
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(mapping)
        .bind(counsellor)
        .bind(code.as_str())
        .bind(super::now())
        .fetch_one(&mut *tx)
        .await;
        match inserted {
            Ok(id) => {
                event(&mut tx, id, counsellor, SessionEventKind::Started, None).await?;
                tx.commit().await?;
                return Ok(id);
            }
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() && tries < 5 => {
                tries += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Write a step of the trail.
pub async fn event(
    conn: &mut sqlx::AnyConnection,
    session: SessionId,
    actor: UserId,
    kind: SessionEventKind,
    criterion: Option<CriterionId>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO session_events (session_id, actor_id, kind, criterion_id, at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(session)
    .bind(actor)
    .bind(kind)
    .bind(criterion)
    .bind(super::now())
    .execute(conn)
    .await?;
    Ok(())
}

/// Record a step in an open session; `false` when the session is not open.
pub async fn step(
    db: &Db,
    session: SessionId,
    actor: UserId,
    kind: SessionEventKind,
) -> Result<bool, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let open: Option<SessionId> =
        sqlx::query_scalar("SELECT id FROM guidance_sessions WHERE id = $1 AND ended_at IS NULL")
            .bind(session)
            .fetch_optional(&mut *tx)
            .await?;
    if open.is_none() {
        return Ok(false);
    }
    event(&mut tx, session, actor, kind, None).await?;
    tx.commit().await?;
    Ok(true)
}

/// The person lets the counsellor write directly, or takes it back; `false` when the session
/// is not open.
pub async fn set_direct_write(
    db: &Db,
    session: SessionId,
    actor: UserId,
    on: bool,
) -> Result<bool, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let done = sqlx::query(
        "UPDATE guidance_sessions SET direct_write = $1 WHERE id = $2 AND ended_at IS NULL",
    )
    .bind(on)
    .bind(session)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if done {
        let kind = if on {
            SessionEventKind::DirectOn
        } else {
            SessionEventKind::DirectOff
        };
        event(&mut tx, session, actor, kind, None).await?;
        tx.commit().await?;
    }
    Ok(done)
}

/// End a session (its code stops working, nobody writes through it); `false` when it was not
/// open.
pub async fn end(db: &Db, session: SessionId, actor: UserId) -> Result<bool, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let done = sqlx::query(
        "UPDATE guidance_sessions SET ended_at = $1, direct_write = $2
         WHERE id = $3 AND ended_at IS NULL",
    )
    .bind(super::now())
    .bind(false)
    .bind(session)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if done {
        event(&mut tx, session, actor, SessionEventKind::Ended, None).await?;
        tx.commit().await?;
    }
    Ok(done)
}

/// An answer was written in `mapping` by `actor`: a step in the trail of each open session on
/// it (one per run of writes: a person typing makes one step, not one per save). The sessions.
pub async fn wrote(
    db: &Db,
    mapping: MappingId,
    actor: UserId,
    criterion: CriterionId,
) -> Result<Vec<SessionId>, sqlx::Error> {
    let open: Vec<SessionId> = sqlx::query_scalar(
        "SELECT id FROM guidance_sessions WHERE mapping_id = $1 AND ended_at IS NULL",
    )
    .bind(mapping)
    .fetch_all(db)
    .await?;
    for id in &open {
        let last: Option<(UserId, SessionEventKind, Option<CriterionId>)> = sqlx::query_as(
            "SELECT actor_id, kind, criterion_id FROM session_events
             WHERE session_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(id)
        .fetch_optional(db)
        .await?;
        if last != Some((actor, SessionEventKind::Wrote, Some(criterion))) {
            let mut conn = db.acquire().await?;
            event(
                &mut conn,
                *id,
                actor,
                SessionEventKind::Wrote,
                Some(criterion),
            )
            .await?;
        }
    }
    Ok(open)
}

/// `user` looks at `section` of the session; `true` when that moved them (or they arrived).
pub async fn be_at(
    db: &Db,
    session: SessionId,
    user: UserId,
    section: usize,
) -> Result<bool, sqlx::Error> {
    let section = i64::try_from(section).unwrap_or(1);
    let was: Option<i64> = sqlx::query_scalar(
        "SELECT section FROM session_presence WHERE session_id = $1 AND user_id = $2",
    )
    .bind(session)
    .bind(user)
    .fetch_optional(db)
    .await?;
    sqlx::query(
        "INSERT INTO session_presence (session_id, user_id, section, seen_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (session_id, user_id) DO UPDATE SET section = excluded.section,
         seen_at = excluded.seen_at",
    )
    .bind(session)
    .bind(user)
    .bind(section)
    .bind(super::now())
    .execute(db)
    .await?;
    if was.is_none() {
        let mut conn = db.acquire().await?;
        event(&mut conn, session, user, SessionEventKind::Joined, None).await?;
    }
    Ok(was != Some(section))
}

/// Where each of the two is: (who, section, last seen).
pub async fn presence(
    db: &Db,
    session: SessionId,
) -> Result<Vec<(UserId, i64, Timestamp)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT user_id, section, seen_at FROM session_presence WHERE session_id = $1
         ORDER BY user_id",
    )
    .bind(session)
    .fetch_all(db)
    .await
}

/// A proposed change to an answer.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Proposal {
    pub id: i64,
    pub session_id: SessionId,
    pub criterion_id: CriterionId,
    pub rating: Option<i64>,
    pub not_relevant: Flag,
    pub body: String,
    pub proposed_by: UserId,
    pub proposer_name: String,
    pub proposed_at: Timestamp,
}

impl Proposal {
    pub fn rating(&self) -> Option<Rating> {
        self.rating
            .and_then(|r| u8::try_from(r).ok())
            .and_then(|r| Rating::try_from(r).ok())
    }
}

/// Propose a change to an answer in an open session; `None` when it is not open. A newer
/// proposal for the same criterion replaces an open one by the same person.
pub async fn propose(
    db: &Db,
    session: SessionId,
    actor: UserId,
    criterion: CriterionId,
    rating: Option<Rating>,
    not_relevant: bool,
    text: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let open: Option<SessionId> =
        sqlx::query_scalar("SELECT id FROM guidance_sessions WHERE id = $1 AND ended_at IS NULL")
            .bind(session)
            .fetch_optional(&mut *tx)
            .await?;
    if open.is_none() {
        return Ok(None);
    }
    let now = super::now();
    sqlx::query(
        "UPDATE session_proposals SET decided_at = $1, accepted = $2
         WHERE session_id = $3 AND criterion_id = $4 AND proposed_by = $5 AND decided_at IS NULL",
    )
    .bind(now)
    .bind(false)
    .bind(session)
    .bind(criterion)
    .bind(actor)
    .execute(&mut *tx)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO session_proposals
            (session_id, criterion_id, rating, not_relevant, body, proposed_by, proposed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(session)
    .bind(criterion)
    .bind(rating.map(|r| i64::from(r.value())))
    .bind(not_relevant)
    .bind(text)
    .bind(actor)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    event(
        &mut tx,
        session,
        actor,
        SessionEventKind::Proposed,
        Some(criterion),
    )
    .await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// The proposals of a session still waiting for the person, oldest first.
pub async fn open_proposals(db: &Db, session: SessionId) -> Result<Vec<Proposal>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.session_id, p.criterion_id, p.rating, p.not_relevant, p.body,
                p.proposed_by, u.name AS proposer_name, p.proposed_at
         FROM session_proposals p JOIN users u ON u.id = p.proposed_by
         WHERE p.session_id = $1 AND p.decided_at IS NULL ORDER BY p.id",
    )
    .bind(session)
    .fetch_all(db)
    .await
}

/// The person decides a proposal of an open session: it is marked and the step written; the
/// proposal, when it was still waiting (the caller writes an accepted one into the answer).
pub async fn decide(
    db: &Db,
    session: SessionId,
    proposal: i64,
    actor: UserId,
    accept: bool,
) -> Result<Option<Proposal>, sqlx::Error> {
    let waiting = open_proposals(db, session)
        .await?
        .into_iter()
        .find(|p| p.id == proposal);
    let Some(p) = waiting else {
        return Ok(None);
    };
    let mut tx = super::dialect::begin_write(db).await?;
    let done = sqlx::query(
        "UPDATE session_proposals SET decided_at = $1, accepted = $2
         WHERE id = $3 AND session_id = $4 AND decided_at IS NULL
           AND session_id IN (SELECT id FROM guidance_sessions WHERE ended_at IS NULL)",
    )
    .bind(super::now())
    .bind(accept)
    .bind(proposal)
    .bind(session)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if !done {
        return Ok(None);
    }
    let kind = if accept {
        SessionEventKind::Accepted
    } else {
        SessionEventKind::Rejected
    };
    event(&mut tx, session, actor, kind, Some(p.criterion_id)).await?;
    tx.commit().await?;
    Ok(Some(p))
}

/// A step of the trail, with who took it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Step {
    pub actor_id: UserId,
    pub actor_name: String,
    pub kind: SessionEventKind,
    pub criterion_id: Option<CriterionId>,
    pub criterion_code: Option<String>,
    pub at: Timestamp,
}

/// The latest steps of a session's trail, newest first.
pub async fn trail(db: &Db, session: SessionId, limit: i64) -> Result<Vec<Step>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.actor_id, u.name AS actor_name, e.kind, e.criterion_id,
                c.code AS criterion_code, e.at
         FROM session_events e JOIN users u ON u.id = e.actor_id
         LEFT JOIN criteria c ON c.id = e.criterion_id
         WHERE e.session_id = $1 ORDER BY e.id DESC LIMIT $2",
    )
    .bind(session)
    .bind(limit)
    .fetch_all(db)
    .await
}

/// A note about a mapping.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Note {
    pub id: i64,
    pub author_id: UserId,
    pub author_name: String,
    pub session_id: Option<SessionId>,
    pub body: String,
    pub written_at: Timestamp,
}

/// Write a note about `mapping` (in `session`, if in one); its id.
pub async fn add_note(
    db: &Db,
    mapping: MappingId,
    session: Option<SessionId>,
    author: UserId,
    text: &NoteText,
) -> Result<i64, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let id = sqlx::query_scalar(
        "INSERT INTO guidance_notes (mapping_id, session_id, author_id, body, written_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(mapping)
    .bind(session)
    .bind(author)
    .bind(text.as_str())
    .bind(super::now())
    .fetch_one(&mut *tx)
    .await?;
    if let Some(s) = session {
        event(&mut tx, s, author, SessionEventKind::Noted, None).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Every note about a mapping, oldest first.
pub async fn notes(db: &Db, mapping: MappingId) -> Result<Vec<Note>, sqlx::Error> {
    sqlx::query_as(
        "SELECT n.id, n.author_id, u.name AS author_name, n.session_id, n.body, n.written_at
         FROM guidance_notes n JOIN users u ON u.id = n.author_id
         WHERE n.mapping_id = $1 ORDER BY n.id",
    )
    .bind(mapping)
    .fetch_all(db)
    .await
}

#[cfg(test)]
mod tests;
