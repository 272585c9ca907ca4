//! Judgements per criterion: every one kept, the last per criterion standing.
use super::{event, moves::read, CaseError};
use crate::db::{dialect, Db};
use crate::domain::case::{EventKind, Judgement, JudgementInput, Method};
use crate::domain::{CaseId, CaseState, CriterionId, Timestamp, UserId};
use sqlx::AnyConnection;

/// Record the validator's judgement of one criterion of the version handed in last. Only
/// while the case is with them, or once concluded (the input then carries its reason,
/// checked by [`JudgementInput::check`]).
pub async fn judge(
    db: &Db,
    id: CaseId,
    actor: UserId,
    j: &JudgementInput,
) -> Result<(), CaseError> {
    let mut tx = dialect::begin_write(db).await?;
    let head = read(&mut tx, id).await?;
    if !matches!(head.state, CaseState::Assigned | CaseState::Concluded) {
        return Err(CaseError::Refused("not with a validator"));
    }
    if head.state == CaseState::Concluded && j.reason.is_empty() {
        return Err(CaseError::Refused(
            "a concluded case's judgement needs a reason",
        ));
    }
    let code: Option<String> = sqlx::query_scalar(
        "SELECT c.code FROM criteria c JOIN sections s ON s.id = c.section_id
         JOIN mapping_frameworks mf ON mf.framework_id = s.framework_id
         WHERE mf.mapping_id = $1 AND c.id = $2",
    )
    .bind(head.mapping_id)
    .bind(j.criterion)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(code) = code else {
        return Err(CaseError::Refused("not a criterion of this case"));
    };
    let now = crate::db::now();
    let methods: Vec<&str> = j.methods.iter().map(|m| m.as_str()).collect();
    sqlx::query(
        "INSERT INTO judgements (case_id, criterion_id, version, verdict, methods, comment, reason, judged_by, judged_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(id)
    .bind(j.criterion)
    .bind(head.version)
    .bind(j.verdict)
    .bind(methods.join(","))
    .bind(&j.comment)
    .bind(&j.reason)
    .bind(actor)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let kind = if head.state == CaseState::Concluded {
        EventKind::Rejudged
    } else {
        EventKind::Judged
    };
    let detail = format!("{code} {}", j.verdict.as_str());
    event(&mut tx, id, actor, kind, &detail, now).await?;
    tx.commit().await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    criterion_id: CriterionId,
    verdict: crate::domain::case::Verdict,
    methods: String,
    comment: String,
    reason: String,
    version: i64,
    name: Option<String>,
    judged_at: Timestamp,
}

/// Every judgement of a case, in the order made.
pub async fn judgements(db: &Db, id: CaseId) -> Result<Vec<Judgement>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    judgements_in(&mut conn, id).await
}

pub(super) async fn judgements_in(
    conn: &mut AnyConnection,
    id: CaseId,
) -> Result<Vec<Judgement>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT j.criterion_id, j.verdict, j.methods, j.comment, j.reason, j.version, u.name, j.judged_at
         FROM judgements j LEFT JOIN users u ON u.id = j.judged_by
         WHERE j.case_id = $1 ORDER BY j.id",
    )
    .bind(id)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Judgement {
            criterion: r.criterion_id,
            verdict: r.verdict,
            methods: r
                .methods
                .split(',')
                .filter_map(|m| m.parse::<Method>().ok())
                .collect(),
            comment: r.comment,
            reason: r.reason,
            version: r.version,
            by: r.name.unwrap_or_default(),
            at: r.judged_at,
        })
        .collect())
}
