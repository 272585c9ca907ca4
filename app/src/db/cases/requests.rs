//! Requests for additions: staff build a list of items (one list at a time), send it with a
//! deadline (the case goes back to the person), the person marks items done and hands in
//! again. Nothing is deleted but an item taken out of a list not yet sent.
use super::{event, moves::read, moves::shift, CaseError};
use crate::db::{dialect, Db};
use crate::domain::case::{self, AdditionRequest, EventKind, Move, RequestItem, Target};
use crate::domain::{CaseId, CaseState, Day, Timestamp, UserId};

/// Add an item to the list being built for the case (starting one if needed). The target must
/// be part of the version handed in last (checked by the caller, who has it read).
pub async fn add_item(
    db: &Db,
    id: CaseId,
    actor: Asking,
    target: Target,
    missing: &str,
    form: &str,
) -> Result<i64, CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    let head = read(&mut tx, id).await?;
    let actor = actor.check(&head)?;
    if !matches!(head.state, CaseState::Checking | CaseState::Assigned) {
        return Err(CaseError::Refused("not being checked or assessed"));
    }
    let open: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM addition_requests WHERE case_id = $1 AND sent_at IS NULL",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let request = match open {
        Some(r) => r,
        None => {
            sqlx::query_scalar(
                "INSERT INTO addition_requests (case_id, version, created_by, created_at)
                 VALUES ($1, $2, $3, $4) RETURNING id",
            )
            .bind(id)
            .bind(head.version)
            .bind(actor)
            .bind(crate::db::now())
            .fetch_one(&mut *tx)
            .await?
        }
    };
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM request_items WHERE request_id = $1")
        .bind(request)
        .fetch_one(&mut *tx)
        .await?;
    if count >= case::MAX_ITEMS as i64 {
        return Err(CaseError::Refused("too many items"));
    }
    let item = sqlx::query_scalar(
        "INSERT INTO request_items (request_id, target_kind, target_id, missing, form)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(request)
    .bind(target.kind())
    .bind(target.id())
    .bind(missing)
    .bind(form)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(item)
}

/// Take an item out of the list not yet sent, while the list is being built; `false` when there
/// is no such item there.
pub async fn remove_item(db: &Db, id: CaseId, actor: Asking, item: i64) -> Result<bool, CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    let head = read(&mut tx, id).await?;
    actor.check(&head)?;
    if !matches!(head.state, CaseState::Checking | CaseState::Assigned) {
        return Err(CaseError::Refused("not being checked or assessed"));
    }
    let done = sqlx::query(
        "DELETE FROM request_items WHERE id = $1 AND request_id IN
         (SELECT id FROM addition_requests WHERE case_id = $2 AND sent_at IS NULL)",
    )
    .bind(item)
    .bind(id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(done.rows_affected() == 1)
}

/// Who asks for additions: one of the case's coordinators, or its validator (who must still be
/// the one it is assigned to when the list changes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asking {
    Coordinator(UserId),
    Validator(UserId),
}

impl Asking {
    fn check(self, head: &super::CaseHead) -> Result<UserId, CaseError> {
        match self {
            Asking::Coordinator(u) => Ok(u),
            Asking::Validator(u) => super::moves::assigned_to(head, u).map(|_| u),
        }
    }
}

/// Send the list being built, with its deadline: the case goes back to the person.
pub async fn send_request(
    db: &Db,
    id: CaseId,
    actor: Asking,
    deadline: Day,
) -> Result<(), CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    let head = read(&mut tx, id).await?;
    let actor = actor.check(&head)?;
    let open: Option<(i64, i64)> = sqlx::query_as(
        "SELECT r.id, (SELECT COUNT(*) FROM request_items i WHERE i.request_id = r.id)
         FROM addition_requests r WHERE r.case_id = $1 AND r.sent_at IS NULL",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((request, _)) = open.filter(|(_, n)| *n > 0) else {
        return Err(CaseError::Refused("no items"));
    };
    let now = crate::db::now();
    shift(
        &mut tx,
        &head,
        Move::Return,
        actor,
        None,
        &deadline.to_string(),
        now,
    )
    .await?;
    sqlx::query(
        "UPDATE addition_requests SET sent_at = $1, deadline = $2, version = $3 WHERE id = $4",
    )
    .bind(now)
    .bind(deadline.number())
    .bind(head.version)
    .bind(request)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The person marks an item of the list sent to them done (or not done after all), while the
/// case is with them.
pub async fn mark_item(
    db: &Db,
    id: CaseId,
    actor: UserId,
    item: i64,
    done: bool,
) -> Result<(), CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    let head = read(&mut tx, id).await?;
    if head.state != CaseState::Returned {
        return Err(CaseError::Refused("not with the person"));
    }
    let now = crate::db::now();
    let changed = sqlx::query(
        "UPDATE request_items SET done_at = $1 WHERE id = $2 AND request_id IN
         (SELECT id FROM addition_requests WHERE case_id = $3 AND sent_at IS NOT NULL
          AND answered_at IS NULL)",
    )
    .bind(done.then_some(now))
    .bind(item)
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed != 1 {
        return Err(CaseError::NotFound);
    }
    let kind = if done {
        EventKind::ItemDone
    } else {
        EventKind::ItemReopened
    };
    event(&mut tx, id, actor, kind, &item.to_string(), now).await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct RequestRow {
    id: i64,
    version: i64,
    deadline: Option<i64>,
    name: Option<String>,
    created_at: Timestamp,
    sent_at: Option<Timestamp>,
    answered_at: Option<Timestamp>,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: i64,
    request_id: i64,
    target_kind: String,
    target_id: i64,
    missing: String,
    form: String,
    done_at: Option<Timestamp>,
}

/// Every list of a case, oldest first, with its items in the order added.
pub async fn requests(db: &Db, id: CaseId) -> Result<Vec<AdditionRequest>, sqlx::Error> {
    let lists: Vec<RequestRow> = sqlx::query_as(
        "SELECT r.id, r.version, r.deadline, u.name, r.created_at, r.sent_at, r.answered_at
         FROM addition_requests r LEFT JOIN users u ON u.id = r.created_by
         WHERE r.case_id = $1 ORDER BY r.id",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    let items: Vec<ItemRow> = sqlx::query_as(
        "SELECT i.id, i.request_id, i.target_kind, i.target_id, i.missing, i.form, i.done_at
         FROM request_items i JOIN addition_requests r ON r.id = i.request_id
         WHERE r.case_id = $1 ORDER BY i.id",
    )
    .bind(id)
    .fetch_all(db)
    .await?;
    Ok(lists
        .into_iter()
        .map(|r| AdditionRequest {
            id: r.id,
            version: r.version,
            deadline: r.deadline.map(Day::from_number),
            by: r.name.unwrap_or_default(),
            created_at: r.created_at,
            sent_at: r.sent_at,
            answered_at: r.answered_at,
            items: items
                .iter()
                .filter(|i| i.request_id == r.id)
                .filter_map(|i| {
                    Some(RequestItem {
                        id: i.id,
                        target: Target::from_stored(&i.target_kind, i.target_id)?,
                        missing: i.missing.clone(),
                        form: i.form.clone(),
                        done_at: i.done_at,
                    })
                })
                .collect(),
        })
        .collect())
}
