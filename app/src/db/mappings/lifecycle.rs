//! A mapping's life: started (once per person and framework) and given a goal. Handing it in
//! makes it a case ([`crate::db::cases::hand_in`]), which moves it on from there.
use crate::db::{dialect, Db};
use crate::domain::{FrameworkId, Goal, MappingId, MappingStatus, UserId};

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
    crate::db::stats::refresh(&mut tx, id).await?;
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
