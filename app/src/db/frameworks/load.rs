//! Whole frameworks read back with their sections and criteria, in order.
use super::join_external;
use crate::db::{Db, Json};
use crate::domain::{
    Criterion, CriterionId, ExternalSystem, Framework, FrameworkId, FrameworkKind, GradeStep,
    LocalizedText, Section, SectionId, VersionStatus,
};
use sqlx::AnyConnection;
use std::collections::BTreeMap;

/// Load whole frameworks with their sections and criteria, in order.
pub async fn load_many(db: &Db, ids: &[FrameworkId]) -> Result<Vec<Framework>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    load_in(&mut conn, ids).await
}

#[derive(sqlx::FromRow)]
struct Head {
    kind: FrameworkKind,
    code: String,
    version: i64,
    status: VersionStatus,
    title: Json<LocalizedText>,
    external_system: Option<ExternalSystem>,
    external_id: Option<String>,
}

#[derive(sqlx::FromRow)]
struct SectionRow {
    id: SectionId,
    title: Json<LocalizedText>,
}

#[derive(sqlx::FromRow)]
struct CriterionRow {
    id: CriterionId,
    section_id: SectionId,
    code: String,
    body: Json<LocalizedText>,
    external_system: Option<ExternalSystem>,
    external_id: Option<String>,
    guidance: Json<BTreeMap<GradeStep, LocalizedText>>,
}

pub(super) async fn load_in(
    conn: &mut AnyConnection,
    ids: &[FrameworkId],
) -> Result<Vec<Framework>, sqlx::Error> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let head: Option<Head> = sqlx::query_as(
            "SELECT kind, code, version, status, title, external_system, external_id FROM frameworks WHERE id = $1",
        )
        .bind(*id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(head) = head else {
            continue;
        };
        let sections: Vec<SectionRow> = sqlx::query_as(
            "SELECT id, title FROM sections WHERE framework_id = $1 ORDER BY position",
        )
        .bind(*id)
        .fetch_all(&mut *conn)
        .await?;
        let criteria: Vec<CriterionRow> = sqlx::query_as(
            "SELECT c.id, c.section_id, c.code, c.body, c.external_system, c.external_id, c.guidance
             FROM criteria c JOIN sections s ON s.id = c.section_id
             WHERE s.framework_id = $1 ORDER BY s.position, c.position",
        )
        .bind(*id)
        .fetch_all(&mut *conn)
        .await?;
        let mut by_section: BTreeMap<SectionId, Vec<Criterion>> = BTreeMap::new();
        for c in criteria {
            by_section.entry(c.section_id).or_default().push(Criterion {
                id: c.id,
                code: c.code,
                text: c.body.0,
                external: join_external(c.external_system, c.external_id),
                guidance: c.guidance.0,
            });
        }
        let sections = sections
            .into_iter()
            .map(|s| Section {
                id: s.id,
                title: s.title.0,
                criteria: by_section.remove(&s.id).unwrap_or_default(),
            })
            .collect();
        out.push(Framework {
            id: *id,
            kind: head.kind,
            code: head.code,
            version: head.version,
            status: head.status,
            title: head.title.0,
            external: join_external(head.external_system, head.external_id),
            sections,
        });
    }
    Ok(out)
}
