//! Moves of a case: handing in (which makes the case, or a new version of it), taking,
//! assigning, handing back and concluding. Returning for additions is in `requests`.
use super::{event, head, CaseError, CaseHead};
use crate::db::{dialect, frameworks::Published, json, Db};
use crate::domain::case::{
    self, Concluding, Conclusion, EventKind, FrameworkOutcome, Move, Outcome,
};
use crate::domain::{
    CaseId, CaseState, EventKind as MappingEvent, FrameworkId, MappingId, MappingStatus, Timestamp,
    UserId,
};
use sqlx::AnyConnection;

/// The mapping's own status for a case in `state`: what the person's pages go by.
fn mapping_status(state: CaseState) -> MappingStatus {
    match state {
        CaseState::New | CaseState::Checking | CaseState::Assigned => MappingStatus::Submitted,
        CaseState::Returned => MappingStatus::Returned,
        CaseState::Concluded => MappingStatus::Reviewed,
    }
}

/// Move the case read as `head` by `m`, from exactly the state read: the new state, its
/// start, the validator (kept, cleared or `assignee` when given), the mapping's status, and
/// the trail's step. Refused when someone moved it first.
pub(super) async fn shift(
    conn: &mut AnyConnection,
    head: &CaseHead,
    m: Move,
    actor: UserId,
    assignee: Option<UserId>,
    detail: &str,
    now: Timestamp,
) -> Result<CaseState, CaseError> {
    let to = case::apply(head.state, m, head.assignee_id.is_some())?;
    let assignee = match m {
        Move::Assign => assignee,
        _ if case::keeps_validator(m) => head.assignee_id,
        _ => None,
    };
    let moved = sqlx::query(
        "UPDATE cases SET state = $1, state_since = $2, assignee_id = $3
         WHERE id = $4 AND state = $5 AND version = $6",
    )
    .bind(to)
    .bind(now)
    .bind(assignee)
    .bind(head.id)
    .bind(head.state)
    .bind(head.version)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if moved != 1 {
        return Err(case::IllegalMove(m, head.state).into());
    }
    let status = mapping_status(to);
    if status != mapping_status(head.state) {
        sqlx::query("UPDATE mappings SET status = $1, updated_at = $2 WHERE id = $3")
            .bind(status)
            .bind(now)
            .bind(head.mapping_id)
            .execute(&mut *conn)
            .await?;
        let kind = match status {
            MappingStatus::Returned => Some(MappingEvent::Returned),
            MappingStatus::Reviewed => Some(MappingEvent::Reviewed),
            _ => None,
        };
        if let Some(kind) = kind {
            sqlx::query("INSERT INTO mapping_events (mapping_id, actor_id, kind, comment, created_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(head.mapping_id)
                .bind(actor)
                .bind(kind)
                .bind("")
                .bind(now)
                .execute(&mut *conn)
                .await?;
        }
    }
    let kind = match m {
        Move::Take => EventKind::Taken,
        Move::Assign => EventKind::Assigned,
        Move::Return => EventKind::Returned,
        Move::HandInAgain => EventKind::HandedIn,
        Move::HandBack => EventKind::HandedBack,
        Move::Conclude => EventKind::Concluded,
    };
    event(conn, head.id, actor, kind, detail, now).await?;
    Ok(to)
}

/// Hand a mapping in: freeze what the person handed in as the case's next version, and make
/// the case (routed to the organisation responsible) the first time, or send it back to its
/// coordinators or validator after additions. The mapping leaves the person's hands first
/// (its row locked against their saves), so the version holds exactly what was last saved.
pub async fn hand_in(
    db: &Db,
    published: &Published,
    mapping: MappingId,
    actor: UserId,
) -> Result<CaseId, CaseError> {
    make_case(db, published, mapping, actor, false).await
}

/// Mappings handed in before cases existed (submitted, without a case) become cases as they
/// stand: routed as if handed in now, what they hold now the first version. Run when the
/// database is opened; a mapping that cannot be routed yet (its person has no home) is left as
/// it is and tried again next time. Returns how many became cases.
pub async fn adopt_handed_in(db: &Db) -> Result<usize, sqlx::Error> {
    let waiting: Vec<(MappingId, UserId)> = sqlx::query_as(
        "SELECT m.id, m.owner_id FROM mappings m WHERE m.status = $1
         AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.mapping_id = m.id) ORDER BY m.id",
    )
    .bind(MappingStatus::Submitted)
    .fetch_all(db)
    .await?;
    let published = Published::default();
    let mut adopted = 0;
    for (mapping, owner) in waiting {
        match make_case(db, &published, mapping, owner, true).await {
            Ok(_) => adopted += 1,
            Err(CaseError::Db(e)) => return Err(e),
            Err(e) => {
                tracing::warn!(mapping = mapping.0, error = %e, "a mapping handed in before cases is not a case yet")
            }
        }
    }
    Ok(adopted)
}

/// Hand in (or, `adopting`, make a case of a mapping handed in before cases existed).
async fn make_case(
    db: &Db,
    published: &Published,
    mapping: MappingId,
    actor: UserId,
    adopting: bool,
) -> Result<CaseId, CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    // The person's lock: removing a file of theirs waits until this version holds it.
    dialect::lock(&mut tx, dialect::Lock::Person(actor)).await?;
    let now = crate::db::now();
    // Handed in from the person's hands; adopted as it already stands.
    let (from, or) = if adopting {
        (MappingStatus::Submitted, MappingStatus::Submitted)
    } else {
        (MappingStatus::Draft, MappingStatus::Returned)
    };
    let moved = sqlx::query(
        "UPDATE mappings SET status = $1, updated_at = $2 WHERE id = $3 AND status IN ($4, $5)",
    )
    .bind(MappingStatus::Submitted)
    .bind(now)
    .bind(mapping)
    .bind(from)
    .bind(or)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if moved != 1 {
        return Err(match crate::db::mappings::head(&mut *tx, mapping).await? {
            None => CaseError::NotFound,
            Some(_) => case::IllegalMove(Move::HandInAgain, CaseState::New).into(),
        });
    }
    // The trail says it was handed in, in the version too (an adopted one says so already).
    if !adopting {
        sqlx::query("INSERT INTO mapping_events (mapping_id, actor_id, kind, comment, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(mapping)
            .bind(actor)
            .bind(MappingEvent::Submitted)
            .bind("")
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    let record = crate::db::mappings::load_in(&mut tx, published, mapping)
        .await?
        .ok_or(CaseError::NotFound)?;
    let frozen = case::frozen(record);
    let id = match super::of_mapping(&mut *tx, mapping).await? {
        None => {
            let organisation = destination_in(&mut tx, &frozen)
                .await?
                .route
                .map_err(CaseError::Route)?;
            sqlx::query_scalar(
                "INSERT INTO cases (mapping_id, organisation_id, state, version, created_at, state_since)
                 VALUES ($1, $2, $3, 1, $4, $4) RETURNING id",
            )
            .bind(mapping)
            .bind(organisation)
            .bind(CaseState::New)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?
        }
        Some(head) => {
            // Back from additions: the list sent is answered, the version counts up.
            let next = (head.version + 1).to_string();
            shift(&mut tx, &head, Move::HandInAgain, actor, None, &next, now).await?;
            sqlx::query("UPDATE cases SET version = version + 1 WHERE id = $1")
                .bind(head.id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE addition_requests SET answered_at = $1
                 WHERE case_id = $2 AND sent_at IS NOT NULL AND answered_at IS NULL",
            )
            .bind(now)
            .bind(head.id)
            .execute(&mut *tx)
            .await?;
            head.id
        }
    };
    let number: i64 = sqlx::query_scalar("SELECT version FROM cases WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    let mut stored = frozen.clone();
    // The frameworks are read back by id; only their ids are kept.
    for f in &mut stored.frameworks {
        f.sections.clear();
    }
    sqlx::query(
        "INSERT INTO case_versions (case_id, number, handed_in_at, record) VALUES ($1, $2, $3, $4)",
    )
    .bind(id)
    .bind(number)
    .bind(now)
    .bind(json(&stored)?)
    .execute(&mut *tx)
    .await?;
    for e in &frozen.evidence {
        sqlx::query(
            "INSERT INTO case_evidence (case_id, evidence_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(e.id)
        .execute(&mut *tx)
        .await?;
    }
    if number == 1 {
        event(&mut tx, id, actor, EventKind::HandedIn, "1", now).await?;
    }
    tx.commit().await?;
    Ok(id)
}

/// Where a mapping handed in for the first time goes: the providers the person can choose
/// between (an occupation several assess), the one chosen, and the organisation it would go
/// to now (or why it cannot go yet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Destination {
    pub providers: Vec<crate::domain::OrganisationId>,
    pub chosen: Option<crate::domain::OrganisationId>,
    pub route: Result<crate::domain::OrganisationId, case::RouteProblem>,
}

async fn destination_in(
    conn: &mut AnyConnection,
    record: &crate::domain::MappingRecord,
) -> Result<Destination, sqlx::Error> {
    let home = crate::db::organisations::home_of(conn, record.person.id).await?;
    let chosen: Option<crate::domain::OrganisationId> =
        sqlx::query_scalar("SELECT provider_id FROM mappings WHERE id = $1")
            .bind(record.id)
            .fetch_one(&mut *conn)
            .await?;
    let mut providers = vec![];
    if let Some(home) = home {
        for (i, f) in record.frameworks.iter().enumerate() {
            let these = crate::db::directory::providers_for(conn, &f.code, home).await?;
            providers = if i == 0 {
                these
            } else {
                providers
                    .into_iter()
                    .filter(|p| these.contains(p))
                    .collect()
            };
        }
    }
    let kind = record
        .frameworks
        .first()
        .map_or(crate::domain::FrameworkKind::Course, |f| f.kind);
    let route = case::route(kind, home, &providers, chosen);
    if kind == crate::domain::FrameworkKind::Course {
        providers.clear();
    }
    Ok(Destination {
        providers,
        chosen,
        route,
    })
}

/// Where `mapping` would go if handed in now; `None` when there is no such mapping.
pub async fn destination(
    db: &Db,
    published: &Published,
    mapping: MappingId,
) -> Result<Option<Destination>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    let Some(record) = crate::db::mappings::load_in(&mut conn, published, mapping).await? else {
        return Ok(None);
    };
    destination_in(&mut conn, &record).await.map(Some)
}

/// Record the provider the person chose, before handing in.
pub async fn choose_provider(
    db: &Db,
    mapping: MappingId,
    provider: Option<crate::domain::OrganisationId>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mappings SET provider_id = $1 WHERE id = $2 AND status IN ($3, $4)")
        .bind(provider)
        .bind(mapping)
        .bind(MappingStatus::Draft)
        .bind(MappingStatus::Returned)
        .execute(db)
        .await?;
    Ok(())
}

/// Read the case for a move inside `tx`, and hold it: touching its row (only as read) takes
/// the row's write lock on PostgreSQL (SQLite's write transaction holds every row already), so
/// nothing else changes the case until the transaction ends; someone who moved it between the
/// read and the touch is noticed.
pub(super) async fn read(conn: &mut AnyConnection, id: CaseId) -> Result<CaseHead, CaseError> {
    let head = head(&mut *conn, id).await?.ok_or(CaseError::NotFound)?;
    let held = sqlx::query(
        "UPDATE cases SET version = version WHERE id = $1 AND state = $2 AND version = $3",
    )
    .bind(id)
    .bind(head.state)
    .bind(head.version)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if held != 1 {
        return Err(CaseError::Refused("moved meanwhile"));
    }
    Ok(head)
}

/// Refused unless the case is (still) assigned to `actor`: a validator whose case went to
/// someone else between the page and the press acts on nothing.
pub(super) fn assigned_to(head: &CaseHead, actor: UserId) -> Result<(), CaseError> {
    if head.assignee_id == Some(actor) {
        Ok(())
    } else {
        Err(CaseError::Refused("not assigned to them"))
    }
}

/// A coordinator starts the completeness check.
pub async fn take(db: &Db, id: CaseId, actor: UserId) -> Result<(), CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    let head = read(&mut tx, id).await?;
    shift(
        &mut tx,
        &head,
        Move::Take,
        actor,
        None,
        "",
        crate::db::now(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A coordinator gives the case to `validator`, who must hold the validator role in the case's
/// organisation and be listed in the directory for every one of its frameworks.
pub async fn assign(
    db: &Db,
    id: CaseId,
    actor: UserId,
    validator: UserId,
) -> Result<(), CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    let head = read(&mut tx, id).await?;
    let codes: Vec<String> = sqlx::query_scalar(
        "SELECT f.code FROM mapping_frameworks mf JOIN frameworks f ON f.id = mf.framework_id
         WHERE mf.mapping_id = $1 ORDER BY mf.position",
    )
    .bind(head.mapping_id)
    .fetch_all(&mut *tx)
    .await?;
    let listed =
        crate::db::directory::validators_for(&mut *tx, head.organisation_id, &codes).await?;
    // Nobody assesses their own case.
    let Some((_, name)) = listed
        .into_iter()
        .find(|(v, _)| *v == validator && *v != head.owner_id)
    else {
        return Err(CaseError::NotListed);
    };
    shift(
        &mut tx,
        &head,
        Move::Assign,
        actor,
        Some(validator),
        &name,
        crate::db::now(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The validator gives the case back to the coordinators, saying why.
pub async fn hand_back(db: &Db, id: CaseId, actor: UserId, why: &str) -> Result<(), CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    let head = read(&mut tx, id).await?;
    assigned_to(&head, actor)?;
    shift(
        &mut tx,
        &head,
        Move::HandBack,
        actor,
        None,
        why,
        crate::db::now(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Conclude the case with its statement. The caller has checked `c` against the judgements
/// that stand (with [`case::conclude`]); they are checked again here, inside the transaction,
/// so a judgement made meanwhile cannot slip past.
pub async fn conclude(
    db: &Db,
    published: &Published,
    id: CaseId,
    actor: UserId,
    c: &Concluding,
) -> Result<(), CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    let head = read(&mut tx, id).await?;
    assigned_to(&head, actor)?;
    let record = super::version_in(&mut tx, published, id, head.version)
        .await?
        .ok_or(CaseError::NotFound)?;
    let standing = super::judgements::judgements_in(&mut tx, id).await?;
    let checked = case::conclude(&record, &standing, c)
        .map_err(|_| CaseError::Refused("conclusion does not fit the judgements"))?;
    let now = crate::db::now();
    shift(&mut tx, &head, Move::Conclude, actor, None, "", now).await?;
    for o in &checked.outcomes {
        sqlx::query(
            "INSERT INTO case_outcomes (case_id, framework_id, outcome) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(o.framework)
        .bind(o.outcome)
        .execute(&mut *tx)
        .await?;
    }
    let steps: Vec<&str> = checked.next_steps.iter().map(|s| s.as_str()).collect();
    sqlx::query(
        "UPDATE cases SET statement = $1, next_steps = $2, next_steps_text = $3,
         concluded_by = $4, concluded_at = $5 WHERE id = $6",
    )
    .bind(&checked.statement)
    .bind(steps.join(","))
    .bind(&checked.next_steps_text)
    .bind(actor)
    .bind(now)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    // The outcomes are written after the step: the statistics read them now.
    crate::db::stats::refresh_case(&mut tx, id).await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Concluded {
    statement: String,
    next_steps: String,
    next_steps_text: String,
    name: Option<String>,
    concluded_at: Option<Timestamp>,
}

/// The conclusion of a concluded case, with the criteria that remain per framework as the
/// judgements that stand now say (a judgement changed later, with its reason, counts).
pub async fn conclusion(
    db: &Db,
    published: &Published,
    id: CaseId,
) -> Result<Option<Conclusion>, sqlx::Error> {
    let row: Option<Concluded> = sqlx::query_as(
        "SELECT c.statement, c.next_steps, c.next_steps_text, u.name, c.concluded_at
         FROM cases c LEFT JOIN users u ON u.id = c.concluded_by
         WHERE c.id = $1 AND c.state = $2",
    )
    .bind(id)
    .bind(CaseState::Concluded)
    .fetch_optional(db)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let outcomes: Vec<(FrameworkId, Outcome)> =
        sqlx::query_as("SELECT framework_id, outcome FROM case_outcomes WHERE case_id = $1")
            .bind(id)
            .fetch_all(db)
            .await?;
    let judgements = super::judgements(db, id).await?;
    let standing = case::current(&judgements);
    let Some(head) = head(db, id).await? else {
        return Ok(None);
    };
    let record = super::version(db, published, id, head.version).await?;
    let outcomes = record
        .iter()
        .flat_map(|r| r.frameworks.iter())
        .filter_map(|f| {
            let (_, outcome) = outcomes.iter().find(|(id, _)| *id == f.id)?;
            Some(FrameworkOutcome {
                framework: f.id,
                outcome: *outcome,
                remaining: f
                    .criteria()
                    .filter(|c| {
                        standing
                            .get(&c.id)
                            .is_none_or(|j| j.verdict != case::Verdict::Met)
                    })
                    .map(|c| c.id)
                    .collect(),
            })
        })
        .collect();
    Ok(Some(Conclusion {
        outcomes,
        statement: row.statement,
        next_steps: row
            .next_steps
            .split(',')
            .filter_map(|s| s.parse().ok())
            .collect(),
        next_steps_text: row.next_steps_text,
        by: row.name.unwrap_or_default(),
        at: row.concluded_at.unwrap_or_default(),
    }))
}
