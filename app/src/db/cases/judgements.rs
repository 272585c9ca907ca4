//! Judgements per criterion: every one kept, the last per criterion standing.
use super::{event, moves::assigned_to, moves::read, CaseError};
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
    assigned_to(&head, actor)?;
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
    let refit = if head.state == CaseState::Concluded {
        refit(&mut tx, &head, j).await?
    } else {
        None
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
    // The stated outcome follows a late change that no longer fits it, in the trail too.
    if let Some((framework, code, outcome)) = refit {
        sqlx::query(
            "UPDATE case_outcomes SET outcome = $1 WHERE case_id = $2 AND framework_id = $3",
        )
        .bind(outcome)
        .bind(id)
        .bind(framework)
        .execute(&mut *tx)
        .await?;
        let detail = format!("{code} {}", outcome.as_str());
        event(&mut tx, id, actor, EventKind::OutcomeChanged, &detail, now).await?;
    }
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

/// With `j` standing for its criterion, the outcome the judgements of its framework point to,
/// when the one stated at the conclusion no longer fits them (so a statement never says
/// "fully met" beside a criterion not met): (framework, its code, the new outcome).
async fn refit(
    conn: &mut AnyConnection,
    head: &super::CaseHead,
    j: &JudgementInput,
) -> Result<
    Option<(
        crate::domain::FrameworkId,
        String,
        crate::domain::case::Outcome,
    )>,
    sqlx::Error,
> {
    use crate::domain::case::{current, Outcome, Verdict};
    let stated: Option<(crate::domain::FrameworkId, String, Outcome)> = sqlx::query_as(
        "SELECT o.framework_id, f.code, o.outcome FROM case_outcomes o
         JOIN frameworks f ON f.id = o.framework_id
         JOIN sections s ON s.framework_id = o.framework_id
         JOIN criteria c ON c.section_id = s.id WHERE o.case_id = $1 AND c.id = $2",
    )
    .bind(head.id)
    .bind(j.criterion)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((framework, code, stated)) = stated else {
        return Ok(None);
    };
    let siblings: Vec<CriterionId> = sqlx::query_scalar(
        "SELECT c.id FROM criteria c JOIN sections s ON s.id = c.section_id
         WHERE s.framework_id = $1",
    )
    .bind(framework)
    .fetch_all(&mut *conn)
    .await?;
    let history = judgements_in(conn, head.id).await?;
    let standing = current(&history);
    let verdicts: Vec<Verdict> = siblings
        .iter()
        .map(|c| {
            if *c == j.criterion {
                j.verdict
            } else {
                standing.get(c).map_or(Verdict::NotYet, |k| k.verdict)
            }
        })
        .collect();
    Ok((!stated.fits(&verdicts)).then(|| (framework, code, Outcome::suggested(&verdicts))))
}
