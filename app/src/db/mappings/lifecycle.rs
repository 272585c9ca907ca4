//! A mapping's life: started (once per person and framework), given a goal, moved through its
//! states with a trail of who did what.
use crate::db::{dialect, Db};
use crate::domain::{
    status::IllegalTransition, EventKind, FrameworkId, Goal, MappingId, MappingStatus, Transition,
    UserId,
};

#[derive(Debug, thiserror::Error)]
pub enum TransitionError {
    #[error(transparent)]
    Illegal(#[from] IllegalTransition),
    #[error("no such mapping")]
    NotFound,
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

/// Start a draft mapping for `owner` against `framework`, or return the one they can still
/// edit for it, so a double click (or two servers at once) does not make two.
pub async fn start(
    db: &Db,
    owner: UserId,
    framework: FrameworkId,
) -> Result<MappingId, sqlx::Error> {
    let mut tx = dialect::begin_write(db).await?;
    dialect::lock(&mut tx, dialect::Lock::Person(owner)).await?;
    let existing: Option<MappingId> = sqlx::query_scalar(
        "SELECT m.id FROM mappings m JOIN mapping_frameworks mf ON mf.mapping_id = m.id
         WHERE m.owner_id = $1 AND mf.framework_id = $2 AND m.status IN ($3, $4)
         ORDER BY m.id LIMIT 1",
    )
    .bind(owner)
    .bind(framework)
    .bind(MappingStatus::Draft)
    .bind(MappingStatus::Returned)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = existing {
        return Ok(id);
    }
    let now = crate::db::now();
    let id: MappingId = sqlx::query_scalar(
        "INSERT INTO mappings (owner_id, status, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id",
    )
    .bind(owner)
    .bind(MappingStatus::Draft)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO mapping_frameworks (mapping_id, framework_id, position) VALUES ($1, $2, 0)",
    )
    .bind(id)
    .bind(framework)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Set what the person aims for with a mapping.
pub async fn set_goal(db: &Db, id: MappingId, goal: &Goal) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE mappings SET goal = $1, updated_at = $2 WHERE id = $3")
        .bind(goal.as_str())
        .bind(crate::db::now())
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
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
    let mut tx = dialect::begin_write(db).await?;
    let status: Option<MappingStatus> =
        sqlx::query_scalar("SELECT status FROM mappings WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let from = status.ok_or(TransitionError::NotFound)?;
    let to = from.apply(t)?;
    let now = crate::db::now();
    // Only from the state read: whoever moved it first wins, the other is refused.
    let moved = sqlx::query(
        "UPDATE mappings SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4",
    )
    .bind(to)
    .bind(now)
    .bind(id)
    .bind(from)
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
        .bind(id)
        .bind(actor)
        .bind(kind)
        .bind(comment)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(to)
}
