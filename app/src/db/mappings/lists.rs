//! Lists of mappings: a person's own, and every one.
use crate::db::{Db, Json};
use crate::domain::{LocalizedText, MappingId, MappingStatus, Timestamp, UserId};

/// One line of a list of mappings.
#[derive(Debug, Clone, PartialEq)]
pub struct MappingSummary {
    pub id: MappingId,
    pub owner: UserId,
    pub owner_name: String,
    pub status: MappingStatus,
    pub framework_codes: Vec<String>,
    pub framework_titles: Vec<LocalizedText>,
    pub updated_at: Timestamp,
}

/// One row per mapping and framework.
#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: MappingId,
    owner_id: UserId,
    name: String,
    status: MappingStatus,
    updated_at: Timestamp,
    code: String,
    title: Json<LocalizedText>,
}

/// The columns every list selects, for [`SummaryRow`]; lists add their own filter and
/// order, ending with `m.id, mf.position` so one mapping's rows come together.
macro_rules! summary_select {
    ($rest:literal) => {
        concat!(
            "SELECT m.id, m.owner_id, u.name, m.status, m.updated_at, f.code, f.title
             FROM mappings m JOIN users u ON u.id = m.owner_id
             JOIN mapping_frameworks mf ON mf.mapping_id = m.id JOIN frameworks f ON f.id = mf.framework_id ",
            $rest
        )
    };
}

/// Fold consecutive rows of one mapping into one summary, keeping the query's order.
fn summaries(rows: Vec<SummaryRow>) -> Vec<MappingSummary> {
    let mut out: Vec<MappingSummary> = Vec::new();
    for r in rows {
        match out.last_mut() {
            Some(last) if last.id == r.id => {
                last.framework_codes.push(r.code);
                last.framework_titles.push(r.title.0);
            }
            _ => out.push(MappingSummary {
                id: r.id,
                owner: r.owner_id,
                owner_name: r.name,
                status: r.status,
                framework_codes: vec![r.code],
                framework_titles: vec![r.title.0],
                updated_at: r.updated_at,
            }),
        }
    }
    out
}

pub async fn list_all(db: &Db) -> Result<Vec<MappingSummary>, sqlx::Error> {
    let rows = sqlx::query_as(summary_select!("ORDER BY m.id, mf.position"))
        .fetch_all(db)
        .await?;
    Ok(summaries(rows))
}

pub async fn list_for_owner(db: &Db, owner: UserId) -> Result<Vec<MappingSummary>, sqlx::Error> {
    let rows = sqlx::query_as(summary_select!(
        "WHERE m.owner_id = $1 ORDER BY m.updated_at DESC, m.id, mf.position"
    ))
    .bind(owner)
    .fetch_all(db)
    .await?;
    Ok(summaries(rows))
}
