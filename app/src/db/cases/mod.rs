//! Cases: handed-in mappings as the organisation responsible assesses them (see
//! [`crate::domain::case`]). Every move is one transaction that changes the case only from
//! the state it was read in (two people pressing at once: one wins, the other is refused),
//! keeps the mapping's own status in step, and writes the trail.
mod judgements;
mod lists;
mod moves;
mod requests;

pub use judgements::{judge, judgements};
pub use lists::{assigned_to, of_owner, queue, CaseSummary};
pub use moves::{
    adopt_handed_in, assign, choose_provider, conclude, conclusion, destination, hand_back,
    hand_in, take, Destination,
};
pub use requests::{add_item, mark_item, remove_item, requests, send_request, Asking};

use crate::db::{frameworks::Published, Db};
use crate::domain::case::{Event, EventKind, IllegalMove, RouteProblem};
use crate::domain::policy;
use crate::domain::policy::CaseFacts;
use crate::domain::{
    CaseId, CaseState, MappingId, MappingRecord, OrganisationId, Timestamp, UserId,
};
use sqlx::AnyConnection;

#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error(transparent)]
    Illegal(#[from] IllegalMove),
    #[error("no such case")]
    NotFound,
    #[error("the mapping cannot be routed: {0}")]
    Route(RouteProblem),
    /// The validator is not listed for the case's frameworks in its organisation.
    #[error("that validator is not listed for these frameworks")]
    NotListed,
    /// What was asked does not fit the case (a criterion or item of another case, a list
    /// without items, a list already sent).
    #[error("{0}")]
    Refused(&'static str),
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// What every move reads first.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaseHead {
    pub id: CaseId,
    pub mapping_id: MappingId,
    pub owner_id: UserId,
    pub organisation_id: OrganisationId,
    pub state: CaseState,
    pub assignee_id: Option<UserId>,
    pub version: i64,
    pub created_at: Timestamp,
    pub state_since: Timestamp,
}

impl CaseHead {
    /// What the access policy needs of it.
    pub fn facts(&self) -> policy::Facts {
        policy::Facts {
            person: Some(self.owner_id),
            cases: vec![CaseFacts {
                organisation: self.organisation_id,
                assignee: self.assignee_id,
            }],
            ..policy::Facts::default()
        }
    }
}

macro_rules! head_select {
    ($rest:literal) => {
        concat!(
            "SELECT c.id, c.mapping_id, m.owner_id, c.organisation_id, c.state, c.assignee_id,
                    c.version, c.created_at, c.state_since
             FROM cases c JOIN mappings m ON m.id = c.mapping_id ",
            $rest
        )
    };
}

pub async fn head<'c>(
    db: impl sqlx::Executor<'c, Database = sqlx::Any>,
    id: CaseId,
) -> Result<Option<CaseHead>, sqlx::Error> {
    sqlx::query_as(head_select!("WHERE c.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// The case a mapping became, if it has been handed in.
pub async fn of_mapping<'c>(
    db: impl sqlx::Executor<'c, Database = sqlx::Any>,
    mapping: MappingId,
) -> Result<Option<CaseHead>, sqlx::Error> {
    sqlx::query_as(head_select!("WHERE c.mapping_id = $1"))
        .bind(mapping)
        .fetch_optional(db)
        .await
}

/// The cases whose handed-in versions hold a piece of evidence: who besides its owner may
/// open it.
pub async fn holding_evidence(db: &Db, evidence: i64) -> Result<Vec<CaseFacts>, sqlx::Error> {
    let rows: Vec<(OrganisationId, Option<UserId>)> = sqlx::query_as(
        "SELECT c.organisation_id, c.assignee_id FROM case_evidence e
         JOIN cases c ON c.id = e.case_id WHERE e.evidence_id = $1 ORDER BY c.id",
    )
    .bind(evidence)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(organisation, assignee)| CaseFacts {
            organisation,
            assignee,
        })
        .collect())
}

/// The handed-in versions of a case: (number, when), oldest first.
pub async fn versions(db: &Db, case: CaseId) -> Result<Vec<(i64, Timestamp)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT number, handed_in_at FROM case_versions WHERE case_id = $1 ORDER BY number",
    )
    .bind(case)
    .fetch_all(db)
    .await
}

/// One handed-in version as it was, with its frameworks read back by id.
pub async fn version(
    db: &Db,
    published: &Published,
    case: CaseId,
    number: i64,
) -> Result<Option<MappingRecord>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    version_in(&mut conn, published, case, number).await
}

pub(super) async fn version_in(
    conn: &mut AnyConnection,
    published: &Published,
    case: CaseId,
    number: i64,
) -> Result<Option<MappingRecord>, sqlx::Error> {
    let stored: Option<(super::Json<MappingRecord>,)> =
        sqlx::query_as("SELECT record FROM case_versions WHERE case_id = $1 AND number = $2")
            .bind(case)
            .bind(number)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((super::Json(mut record),)) = stored else {
        return Ok(None);
    };
    let ids: Vec<_> = record.frameworks.iter().map(|f| f.id).collect();
    record.frameworks = published
        .get(conn, &ids)
        .await?
        .iter()
        .map(|f| crate::domain::Framework::clone(f))
        .collect();
    Ok(Some(record))
}

/// What a mapping is assessed as: once handed in, the version handed in last with the
/// judgements made of it; before, the mapping as it is (`live`) and no judgements.
pub async fn assessed(
    db: &Db,
    published: &Published,
    live: MappingRecord,
) -> Result<(MappingRecord, Vec<crate::domain::case::Judgement>), sqlx::Error> {
    let Some(c) = of_mapping(db, live.id).await? else {
        return Ok((live, vec![]));
    };
    let judged = judgements(db, c.id).await?;
    let version = version(db, published, c.id, c.version).await?;
    Ok((version.unwrap_or(live), judged))
}

/// The trail of a case, in order.
pub async fn trail(db: &Db, case: CaseId) -> Result<Vec<Event>, sqlx::Error> {
    let rows: Vec<(EventKind, Option<String>, String, Timestamp)> = sqlx::query_as(
        "SELECT e.kind, u.name, e.detail, e.created_at FROM case_events e
         LEFT JOIN users u ON u.id = e.actor_id WHERE e.case_id = $1 ORDER BY e.id",
    )
    .bind(case)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(kind, actor, detail, at)| Event {
            kind,
            actor: actor.unwrap_or_default(),
            detail,
            at,
        })
        .collect())
}

/// Write one step of the trail.
pub(super) async fn event(
    conn: &mut AnyConnection,
    case: CaseId,
    actor: UserId,
    kind: EventKind,
    detail: &str,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO case_events (case_id, actor_id, kind, detail, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(case)
    .bind(actor)
    .bind(kind)
    .bind(detail)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    // The steps the follow-up statistics count, in the same transaction.
    if matches!(
        kind,
        EventKind::HandedIn
            | EventKind::Assigned
            | EventKind::Returned
            | EventKind::Concluded
            | EventKind::OutcomeChanged
    ) {
        crate::db::stats::refresh_case(conn, case).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
