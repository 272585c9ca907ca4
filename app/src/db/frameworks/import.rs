//! Imported frameworks written as published versions: unchanged content is found by its
//! fingerprint and skipped, changed content becomes the next version.
use super::{begin, fingerprint, split_external, CatalogueError, Planned};
use crate::db::{json, Db};
use crate::domain::{FrameworkContent, FrameworkId, VersionStatus};
use sqlx::AnyConnection;
use std::collections::HashMap;

/// What the catalogue holds for one code: its newest published version and its draft.
#[derive(Debug, Default, Clone)]
struct CodeState {
    published: Option<(i64, String)>,
    draft: Option<(i64, FrameworkId)>,
    max_version: i64,
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    id: FrameworkId,
    code: String,
    version: i64,
    status: VersionStatus,
    content_hash: String,
}

/// The columns [`VersionRow`] reads.
const VERSION_COLUMNS: &str = "SELECT id, code, version, status, content_hash FROM frameworks";

fn fold(rows: Vec<VersionRow>) -> HashMap<String, CodeState> {
    let mut out: HashMap<String, CodeState> = HashMap::new();
    for r in rows {
        let st = out.entry(r.code).or_default();
        st.max_version = st.max_version.max(r.version);
        match r.status {
            VersionStatus::Draft => st.draft = Some((r.version, r.id)),
            VersionStatus::Published => st.published = Some((r.version, r.content_hash)),
        }
    }
    out
}

async fn code_states(conn: &mut AnyConnection) -> Result<HashMap<String, CodeState>, sqlx::Error> {
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{VERSION_COLUMNS} ORDER BY code, version"
    )))
    .fetch_all(&mut *conn)
    .await?;
    Ok(fold(rows))
}

/// The draft and the highest version number of one code, for [`super::draft_for`]: that
/// code's rows only, not the whole catalogue's.
pub(super) async fn code_state(
    conn: &mut AnyConnection,
    code: &str,
) -> Result<Option<(Option<FrameworkId>, i64)>, sqlx::Error> {
    let rows = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{VERSION_COLUMNS} WHERE code = $1 ORDER BY version"
    )))
    .bind(code)
    .fetch_all(&mut *conn)
    .await?;
    Ok(fold(rows)
        .remove(code)
        .map(|st| (st.draft.map(|(_, id)| id), st.max_version)))
}

fn plan_one(states: &HashMap<String, CodeState>, content: &FrameworkContent) -> Planned {
    let Some(st) = states.get(&content.code) else {
        return Planned::New;
    };
    if let Some((version, _)) = st.draft {
        return Planned::DraftInTheWay { version };
    }
    match &st.published {
        Some((version, hash)) if *hash == fingerprint(content) => {
            Planned::Unchanged { version: *version }
        }
        _ => Planned::NewVersion {
            version: st.max_version + 1,
        },
    }
}

/// What importing these frameworks would do, without writing anything.
pub async fn plan(db: &Db, contents: &[FrameworkContent]) -> Result<Vec<Planned>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    let states = code_states(&mut conn).await?;
    Ok(contents.iter().map(|c| plan_one(&states, c)).collect())
}

/// Write imported frameworks as published versions, all or nothing, in one transaction:
/// unchanged ones are skipped, changed ones get the next version. `progress` hears
/// (done, total) as frameworks are written.
pub async fn import(
    db: &Db,
    contents: &[FrameworkContent],
    source: &str,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<Vec<Planned>, CatalogueError> {
    let mut tx = begin(db).await?;
    let plans = import_in(&mut tx, contents, source, progress).await?;
    tx.commit().await?;
    Ok(plans)
}

/// [`import`] inside a transaction the caller opened with [`crate::db::dialect::begin_write`]
/// and commits; takes the catalogue's lock.
pub async fn import_in(
    tx: &mut AnyConnection,
    contents: &[FrameworkContent],
    source: &str,
    progress: &mut (dyn FnMut(usize, usize) + Send),
) -> Result<Vec<Planned>, CatalogueError> {
    crate::db::dialect::lock(tx, crate::db::dialect::Lock::Catalogue).await?;
    let states = code_states(tx).await?;
    let plans: Vec<Planned> = contents.iter().map(|c| plan_one(&states, c)).collect();
    if let Some((c, Planned::DraftInTheWay { version })) = contents
        .iter()
        .zip(&plans)
        .find(|(_, p)| matches!(p, Planned::DraftInTheWay { .. }))
    {
        return Err(CatalogueError::DraftInTheWay {
            code: c.code.clone(),
            version: *version,
        });
    }
    let total = contents.len();
    for (i, (content, plan)) in contents.iter().zip(&plans).enumerate() {
        let version = match plan {
            Planned::New => 1,
            Planned::NewVersion { version } => *version,
            _ => {
                progress(i + 1, total);
                continue;
            }
        };
        let id = insert_version(tx, content, version, source).await?;
        publish_in(tx, id).await?;
        progress(i + 1, total);
    }
    Ok(plans)
}

/// Write one version as a draft: its row, sections and criteria.
async fn insert_version(
    tx: &mut AnyConnection,
    content: &FrameworkContent,
    version: i64,
    source: &str,
) -> Result<FrameworkId, sqlx::Error> {
    let (ext_system, ext_id) = split_external(content.external.as_ref());
    let fid: FrameworkId = sqlx::query_scalar(
        "INSERT INTO frameworks (kind, code, version, title, created_at, status, content_hash, source, external_system, external_id, languages, criteria_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(content.kind)
    .bind(&content.code)
    .bind(version)
    .bind(json(&content.title)?)
    .bind(crate::db::now())
    .bind(VersionStatus::Draft)
    .bind(fingerprint(content))
    .bind(source)
    .bind(ext_system)
    .bind(ext_id)
    .bind(json(&content.complete_languages())?)
    .bind(content.criteria().count() as i64)
    .fetch_one(&mut *tx)
    .await?;
    write_sections(tx, fid, content).await?;
    Ok(fid)
}

/// Rows per multi-row INSERT: far below either engine's limit on bound parameters
/// (SQLite 32,766, PostgreSQL 65,535), at seven per criterion.
const ROWS_PER_INSERT: usize = 500;

/// Write a version's sections and criteria with a few multi-row INSERTs (a large ESCO import
/// writes over a hundred thousand criteria).
pub(super) async fn write_sections(
    tx: &mut AnyConnection,
    fid: FrameworkId,
    content: &FrameworkContent,
) -> Result<(), sqlx::Error> {
    let titles = content
        .sections
        .iter()
        .map(|s| json(&s.title))
        .collect::<Result<Vec<_>, _>>()?;
    let mut ids: Vec<(i64, i64)> = Vec::with_capacity(titles.len());
    let numbered: Vec<(usize, String)> = titles.into_iter().enumerate().collect();
    for chunk in numbered.chunks(ROWS_PER_INSERT) {
        let sql = values(
            "INSERT INTO sections (framework_id, position, title) VALUES ",
            chunk.len(),
            3,
        ) + " RETURNING id, position";
        let mut q = sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(sql));
        for (position, title) in chunk {
            q = q.bind(fid).bind(*position as i64).bind(title.clone());
        }
        ids.extend(q.fetch_all(&mut *tx).await?);
    }
    ids.sort_by_key(|(_, position)| *position);
    let mut rows = Vec::new();
    for (s, (sid, _)) in content.sections.iter().zip(&ids) {
        for (position, c) in s.criteria.iter().enumerate() {
            let (system, external_id) = split_external(c.external.as_ref());
            rows.push(CriterionRow {
                section_id: *sid,
                position: position as i64,
                code: c.code.clone(),
                body: json(&c.text)?,
                system,
                external_id,
                guidance: json(&c.guidance)?,
            });
        }
    }
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let sql = values(
            "INSERT INTO criteria (section_id, position, code, body, external_system, external_id, guidance) VALUES ",
            chunk.len(),
            7,
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for r in chunk {
            q = q
                .bind(r.section_id)
                .bind(r.position)
                .bind(r.code.clone())
                .bind(r.body.clone())
                .bind(r.system)
                .bind(r.external_id.clone())
                .bind(r.guidance.clone());
        }
        q.execute(&mut *tx).await?;
    }
    Ok(())
}

/// `start` followed by `rows` groups of `columns` numbered placeholders: `($1, $2), ($3, $4)`.
/// (sqlx's query builder writes `?` for its engine-neutral driver, which PostgreSQL refuses.)
fn values(start: &str, rows: usize, columns: usize) -> String {
    let mut sql = String::from(start);
    for r in 0..rows {
        sql.push_str(if r == 0 { "(" } else { ", (" });
        for c in 0..columns {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("${}", r * columns + c + 1));
        }
        sql.push(')');
    }
    sql
}

#[test]
fn placeholders_are_numbered_across_rows() {
    assert_eq!(values("V ", 2, 3), "V ($1, $2, $3), ($4, $5, $6)");
}

/// One criterion as its row is written.
struct CriterionRow {
    section_id: i64,
    position: i64,
    code: String,
    body: String,
    system: Option<crate::domain::ExternalSystem>,
    external_id: Option<String>,
    guidance: String,
}

async fn publish_in(tx: &mut AnyConnection, id: FrameworkId) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE frameworks SET status = $1, published_at = $2 WHERE id = $3 AND status = $4",
    )
    .bind(VersionStatus::Published)
    .bind(crate::db::now())
    .bind(id)
    .bind(VersionStatus::Draft)
    .execute(&mut *tx)
    .await?;
    Ok(())
}
