//! The catalogue of frameworks (courses and occupations). Each row of `frameworks` is one
//! version: a draft that an administrator edits, or a published version that never changes
//! (the schema's triggers refuse it) and that mappings are started against.
use super::Db;
use crate::domain::{
    ContentProblem, Criterion, CriterionId, DraftDoc, ExternalRef, ExternalSystem, Framework,
    FrameworkContent, FrameworkId, FrameworkKind, GradeStep, LocalizedText, Section, SectionId,
    VersionStatus,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// One version in a list: enough to choose a framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameworkSummary {
    pub id: FrameworkId,
    pub kind: FrameworkKind,
    pub code: String,
    pub version: i64,
    pub status: VersionStatus,
    pub title: LocalizedText,
    pub criteria: i64,
    /// The languages every text of this version exists in.
    pub languages: Vec<String>,
    pub published_at: Option<String>,
}

pub use crate::domain::catalogue::Planned;

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error(transparent)]
    Db(#[from] sqlx::Error),
    #[error("no such framework version")]
    NotFound,
    #[error("only a draft can change")]
    NotADraft,
    #[error("the code is taken by another framework")]
    CodeTaken,
    #[error("a draft of {code} (version {version}) is being edited")]
    DraftInTheWay { code: String, version: i64 },
    #[error("the framework has problems")]
    Invalid(Vec<ContentProblem>),
}

impl From<CatalogueError> for crate::error::AppError {
    fn from(e: CatalogueError) -> Self {
        use crate::error::AppError;
        match e {
            CatalogueError::Db(e) => e.into(),
            CatalogueError::NotFound => AppError::NotFound,
            CatalogueError::NotADraft => AppError::Conflict("not-a-draft".into()),
            CatalogueError::CodeTaken => AppError::Conflict("code-taken".into()),
            CatalogueError::DraftInTheWay { .. } => AppError::Conflict("draft-in-the-way".into()),
            CatalogueError::Invalid(_) => AppError::BadRequest,
        }
    }
}

/// SHA-256 of the content in its canonical JSON form (maps are ordered), hex.
pub fn fingerprint(content: &FrameworkContent) -> String {
    let json = serde_json::to_vec(content).unwrap_or_default();
    Sha256::digest(&json)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn decode<T: for<'de> Deserialize<'de>>(raw: &str) -> Result<T, sqlx::Error> {
    serde_json::from_str(raw).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

fn parse<T: std::str::FromStr<Err = String>>(raw: &str) -> Result<T, sqlx::Error> {
    raw.parse()
        .map_err(|e: String| sqlx::Error::Decode(e.into()))
}

fn external(
    system: Option<String>,
    id: Option<String>,
) -> Result<Option<ExternalRef>, sqlx::Error> {
    match (system, id) {
        (Some(s), Some(id)) => Ok(Some(ExternalRef {
            system: parse::<ExternalSystem>(&s)?,
            id,
        })),
        _ => Ok(None),
    }
}

/// What the catalogue holds for one code: its newest published version and its draft.
#[derive(Debug, Default, Clone)]
struct CodeState {
    kind: Option<String>,
    published: Option<(i64, String)>,
    draft: Option<(i64, FrameworkId)>,
    max_version: i64,
}

async fn code_states<'e, E>(exec: E) -> Result<HashMap<String, CodeState>, sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Sqlite>,
{
    let rows: Vec<(i64, String, String, i64, String, String)> = sqlx::query_as(
        "SELECT id, code, kind, version, status, content_hash FROM frameworks ORDER BY code, version",
    )
    .fetch_all(exec)
    .await?;
    let mut out: HashMap<String, CodeState> = HashMap::new();
    for (id, code, kind, version, status, hash) in rows {
        let st = out.entry(code).or_default();
        st.kind = Some(kind);
        st.max_version = st.max_version.max(version);
        if status == "draft" {
            st.draft = Some((version, FrameworkId(id)));
        } else {
            st.published = Some((version, hash));
        }
    }
    Ok(out)
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
    let states = code_states(db).await?;
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
    let mut tx = db.begin().await?;
    let states = code_states(&mut *tx).await?;
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
        let id = insert_version(&mut tx, content, version, source).await?;
        publish_in(&mut tx, id).await?;
        progress(i + 1, total);
    }
    tx.commit().await?;
    Ok(plans)
}

/// Write one version as a draft: its row, sections and criteria.
async fn insert_version(
    tx: &mut sqlx::SqliteConnection,
    content: &FrameworkContent,
    version: i64,
    source: &str,
) -> Result<FrameworkId, sqlx::Error> {
    let now = super::now();
    let (ext_system, ext_id) = split_external(content.external.as_ref());
    let fid: i64 = sqlx::query_scalar(
        "INSERT INTO frameworks (kind, code, version, title, created_at, status, content_hash, source, external_system, external_id, languages, criteria_count)
         VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(content.kind.as_str())
    .bind(&content.code)
    .bind(version)
    .bind(json(&content.title))
    .bind(&now)
    .bind(fingerprint(content))
    .bind(source)
    .bind(ext_system)
    .bind(ext_id)
    .bind(json(&content.complete_languages()))
    .bind(content.criteria().count() as i64)
    .fetch_one(&mut *tx)
    .await?;
    write_sections(tx, FrameworkId(fid), content).await?;
    Ok(FrameworkId(fid))
}

fn split_external(e: Option<&ExternalRef>) -> (Option<&'static str>, Option<String>) {
    match e {
        Some(e) => (Some(e.system.as_str()), Some(e.id.clone())),
        None => (None, None),
    }
}

/// Rows per multi-row INSERT: far below SQLite's limit on bound parameters.
const ROWS_PER_INSERT: usize = 500;

/// Write a version's sections and criteria with a few multi-row INSERTs (a large ESCO import
/// writes over a hundred thousand criteria).
async fn write_sections(
    tx: &mut sqlx::SqliteConnection,
    fid: FrameworkId,
    content: &FrameworkContent,
) -> Result<(), sqlx::Error> {
    if content.sections.is_empty() {
        return Ok(());
    }
    let mut sections = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
        "INSERT INTO sections (framework_id, position, title) ",
    );
    sections.push_values(content.sections.iter().enumerate(), |mut b, (si, s)| {
        b.push_bind(fid.0)
            .push_bind(si as i64)
            .push_bind(json(&s.title));
    });
    sections.push(" RETURNING id, position");
    let mut ids: Vec<(i64, i64)> = sections.build_query_as().fetch_all(&mut *tx).await?;
    ids.sort_by_key(|(_, position)| *position);
    let rows: Vec<(i64, usize, &crate::domain::CriterionContent)> = content
        .sections
        .iter()
        .zip(&ids)
        .flat_map(|(s, (sid, _))| {
            s.criteria
                .iter()
                .enumerate()
                .map(move |(ci, c)| (*sid, ci, c))
        })
        .collect();
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
            "INSERT INTO criteria (section_id, position, code, body, external_system, external_id, guidance) ",
        );
        q.push_values(chunk, |mut b, (sid, ci, c)| {
            let (ext_system, ext_id) = split_external(c.external.as_ref());
            b.push_bind(*sid)
                .push_bind(*ci as i64)
                .push_bind(c.code.clone())
                .push_bind(json(&c.text))
                .push_bind(ext_system)
                .push_bind(ext_id)
                .push_bind(json(&c.guidance));
        });
        q.build().execute(&mut *tx).await?;
    }
    Ok(())
}

async fn publish_in(tx: &mut sqlx::SqliteConnection, id: FrameworkId) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE frameworks SET status = 'published', published_at = $1 WHERE id = $2 AND status = 'draft'")
        .bind(super::now())
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

fn check(content: &FrameworkContent) -> Result<(), CatalogueError> {
    let problems = content.problems();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(CatalogueError::Invalid(problems))
    }
}

/// A draft's title as the lists show it: its titles, with its code (never blank) standing in
/// for a Swedish one it does not have yet.
fn draft_title(doc: &DraftDoc) -> BTreeMap<String, String> {
    let mut title = doc.title.clone();
    title.retain(|_, t| !t.trim().is_empty());
    title
        .entry("sv".to_owned())
        .or_insert_with(|| doc.code.clone());
    title
}

async fn insert_draft(
    tx: &mut sqlx::SqliteConnection,
    doc: &DraftDoc,
    version: i64,
) -> Result<FrameworkId, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO frameworks (kind, code, version, title, created_at, status, source, languages, criteria_count, draft_doc)
         VALUES ($1, $2, $3, $4, $5, 'draft', 'editor', $6, $7, $8) RETURNING id",
    )
    .bind(doc.kind.as_str())
    .bind(&doc.code)
    .bind(version)
    .bind(json(&draft_title(doc)))
    .bind(super::now())
    .bind(json(&doc.languages))
    .bind(doc.criteria_count() as i64)
    .bind(json(doc))
    .fetch_one(&mut *tx)
    .await?;
    Ok(FrameworkId(id))
}

/// Start a new framework as a draft, version 1. Its code must be valid and new.
pub async fn create_draft(db: &Db, doc: &DraftDoc) -> Result<FrameworkId, CatalogueError> {
    if !crate::domain::catalogue::is_valid_code(&doc.code) {
        return Err(CatalogueError::Invalid(vec![ContentProblem {
            path: "code".into(),
            problem: crate::domain::ContentProblemKind::BadCode,
        }]));
    }
    let mut tx = db.begin().await?;
    let taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM frameworks WHERE code = $1")
        .bind(&doc.code)
        .fetch_one(&mut *tx)
        .await?;
    if taken > 0 {
        return Err(CatalogueError::CodeTaken);
    }
    let id = insert_draft(&mut tx, doc, 1).await?;
    tx.commit().await?;
    Ok(id)
}

/// The draft to edit for a code: the existing one, or a new version copied from the newest
/// published one.
pub async fn draft_for(db: &Db, code: &str) -> Result<FrameworkId, CatalogueError> {
    let mut tx = db.begin().await?;
    let states = code_states(&mut *tx).await?;
    let st = states.get(code).ok_or(CatalogueError::NotFound)?;
    if let Some((_, id)) = st.draft {
        return Ok(id);
    }
    let Some(current) = current_id_in(&mut tx, code).await? else {
        return Err(CatalogueError::NotFound);
    };
    let content = load_in(&mut tx, &[current])
        .await?
        .into_iter()
        .next()
        .ok_or(CatalogueError::NotFound)?
        .content();
    let id = insert_draft(
        &mut tx,
        &DraftDoc::from_content(&content),
        st.max_version + 1,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A draft with its number.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: FrameworkId,
    pub version: i64,
    pub doc: DraftDoc,
}

pub async fn load_draft(db: &Db, id: FrameworkId) -> Result<Option<Draft>, sqlx::Error> {
    let row: Option<(i64, Option<String>)> = sqlx::query_as(
        "SELECT version, draft_doc FROM frameworks WHERE id = $1 AND status = 'draft'",
    )
    .bind(id.0)
    .fetch_optional(db)
    .await?;
    match row {
        Some((version, Some(doc))) => Ok(Some(Draft {
            id,
            version,
            doc: decode(&doc)?,
        })),
        _ => Ok(None),
    }
}

/// Keep the editor's document as it is, blanks and all. The code never changes.
pub async fn update_draft(db: &Db, id: FrameworkId, doc: &DraftDoc) -> Result<(), CatalogueError> {
    let mut tx = db.begin().await?;
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT code, status FROM frameworks WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
    let (code, status) = row.ok_or(CatalogueError::NotFound)?;
    if status != "draft" {
        return Err(CatalogueError::NotADraft);
    }
    if code != doc.code {
        return Err(CatalogueError::CodeTaken);
    }
    sqlx::query(
        "UPDATE frameworks SET kind = $1, title = $2, languages = $3, criteria_count = $4, draft_doc = $5
         WHERE id = $6",
    )
    .bind(doc.kind.as_str())
    .bind(json(&draft_title(doc)))
    .bind(json(&doc.languages))
    .bind(doc.criteria_count() as i64)
    .bind(json(doc))
    .bind(id.0)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Make a draft the current version: check it whole, write its sections and criteria, and
/// from then on it never changes.
pub async fn publish(db: &Db, id: FrameworkId) -> Result<(), CatalogueError> {
    let mut tx = db.begin().await?;
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT status, draft_doc FROM frameworks WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *tx)
            .await?;
    let (status, doc) = row.ok_or(CatalogueError::NotFound)?;
    let (Some(doc), "draft") = (doc, status.as_str()) else {
        return Err(CatalogueError::NotADraft);
    };
    let doc: DraftDoc = decode(&doc)?;
    let content = doc.to_content().map_err(CatalogueError::Invalid)?;
    check(&content)?;
    let (ext_system, ext_id) = split_external(content.external.as_ref());
    sqlx::query("DELETE FROM sections WHERE framework_id = $1")
        .bind(id.0)
        .execute(&mut *tx)
        .await?;
    write_sections(&mut tx, id, &content).await?;
    sqlx::query(
        "UPDATE frameworks SET kind = $1, title = $2, content_hash = $3, external_system = $4, external_id = $5,
         languages = $6, criteria_count = $7, draft_doc = NULL, status = 'published', published_at = $8
         WHERE id = $9 AND status = 'draft'",
    )
    .bind(content.kind.as_str())
    .bind(json(&content.title))
    .bind(fingerprint(&content))
    .bind(ext_system)
    .bind(ext_id)
    .bind(json(&content.complete_languages()))
    .bind(content.criteria().count() as i64)
    .bind(super::now())
    .bind(id.0)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Throw a draft away. Published versions stay.
pub async fn discard_draft(db: &Db, id: FrameworkId) -> Result<(), CatalogueError> {
    let done = sqlx::query("DELETE FROM frameworks WHERE id = $1 AND status = 'draft'")
        .bind(id.0)
        .execute(db)
        .await?;
    if done.rows_affected() == 1 {
        Ok(())
    } else {
        Err(CatalogueError::NotADraft)
    }
}

macro_rules! summary_select {
    () => {
        "SELECT f.id, f.kind, f.code, f.version, f.status, f.title, f.languages, f.published_at,
f.criteria_count
         FROM frameworks f"
    };
}

type SummaryRow = (
    i64,
    String,
    String,
    i64,
    String,
    String,
    String,
    Option<String>,
    i64,
);

fn summary(row: SummaryRow) -> Result<FrameworkSummary, sqlx::Error> {
    let (id, kind, code, version, status, title, languages, published_at, criteria) = row;
    Ok(FrameworkSummary {
        id: FrameworkId(id),
        kind: parse(&kind)?,
        code,
        version,
        status: parse(&status)?,
        title: decode(&title)?,
        criteria,
        languages: decode(&languages)?,
        published_at,
    })
}

/// The newest published version of every framework, ordered by kind and code.
pub async fn list_current(db: &Db) -> Result<Vec<FrameworkSummary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = sqlx::query_as(concat!(
        summary_select!(),
        " WHERE f.status = 'published' AND f.version = (SELECT MAX(g.version) FROM frameworks g WHERE g.code = f.code AND g.status = 'published')
         ORDER BY f.kind, f.code"
    ))
    .fetch_all(db)
    .await?;
    rows.into_iter().map(summary).collect()
}

/// Every version of every framework, drafts included, by code and version.
pub async fn list_versions(db: &Db) -> Result<Vec<FrameworkSummary>, sqlx::Error> {
    let rows: Vec<SummaryRow> =
        sqlx::query_as(concat!(summary_select!(), " ORDER BY f.code, f.version"))
            .fetch_all(db)
            .await?;
    rows.into_iter().map(summary).collect()
}

/// The versions of one code, oldest first.
pub async fn versions_of(db: &Db, code: &str) -> Result<Vec<FrameworkSummary>, sqlx::Error> {
    let rows: Vec<SummaryRow> = sqlx::query_as(concat!(
        summary_select!(),
        " WHERE f.code = $1 ORDER BY f.version"
    ))
    .bind(code)
    .fetch_all(db)
    .await?;
    rows.into_iter().map(summary).collect()
}

async fn current_id_in(
    tx: &mut sqlx::SqliteConnection,
    code: &str,
) -> Result<Option<FrameworkId>, sqlx::Error> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM frameworks WHERE code = $1 AND status = 'published' ORDER BY version DESC LIMIT 1",
    )
    .bind(code)
    .fetch_optional(&mut *tx)
    .await?;
    Ok(id.map(FrameworkId))
}

/// The newest published version of a code.
pub async fn current_id(db: &Db, code: &str) -> Result<Option<FrameworkId>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    current_id_in(&mut conn, code).await
}

/// A version by code and number.
pub async fn version_id(
    db: &Db,
    code: &str,
    version: i64,
) -> Result<Option<FrameworkId>, sqlx::Error> {
    let id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM frameworks WHERE code = $1 AND version = $2")
            .bind(code)
            .bind(version)
            .fetch_optional(db)
            .await?;
    Ok(id.map(FrameworkId))
}

/// Whether a mapping may be started against this version: it exists and is published.
pub async fn is_published(db: &Db, id: FrameworkId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM frameworks WHERE id = $1 AND status = 'published'",
    )
    .bind(id.0)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// Whether a mapping may be started against this version: it is the newest published one.
pub async fn is_current(db: &Db, id: FrameworkId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM frameworks f WHERE f.id = $1 AND f.status = 'published'
         AND f.version = (SELECT MAX(g.version) FROM frameworks g WHERE g.code = f.code AND g.status = 'published')",
    )
    .bind(id.0)
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// Load whole frameworks with their sections and criteria, in order.
pub async fn load_many(db: &Db, ids: &[FrameworkId]) -> Result<Vec<Framework>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    load_in(&mut conn, ids).await
}

type HeadRow = (
    String,
    String,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
);

type CriterionRow = (
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
);

async fn load_in(
    conn: &mut sqlx::SqliteConnection,
    ids: &[FrameworkId],
) -> Result<Vec<Framework>, sqlx::Error> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let head: Option<HeadRow> =
            sqlx::query_as(
                "SELECT kind, code, version, status, title, external_system, external_id FROM frameworks WHERE id = $1",
            )
            .bind(id.0)
            .fetch_optional(&mut *conn)
            .await?;
        let Some((k, code, version, status, title, ext_s, ext_id)) = head else {
            continue;
        };
        let sections: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, title FROM sections WHERE framework_id = $1 ORDER BY position",
        )
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
        let criteria: Vec<CriterionRow> = sqlx::query_as(
            "SELECT c.id, c.section_id, c.code, c.body, c.external_system, c.external_id, c.guidance
             FROM criteria c JOIN sections s ON s.id = c.section_id
             WHERE s.framework_id = $1 ORDER BY s.position, c.position",
        )
        .bind(id.0)
        .fetch_all(&mut *conn)
        .await?;
        let mut by_section: BTreeMap<i64, Vec<Criterion>> = BTreeMap::new();
        for (cid, sid, ccode, body, es, eid, guidance) in criteria {
            let guidance: BTreeMap<GradeStep, LocalizedText> = decode(&guidance)?;
            by_section.entry(sid).or_default().push(Criterion {
                id: CriterionId(cid),
                code: ccode,
                text: decode(&body)?,
                external: external(es, eid)?,
                guidance,
            });
        }
        let mut secs = Vec::with_capacity(sections.len());
        for (sid, stitle) in sections {
            secs.push(Section {
                id: SectionId(sid),
                title: decode(&stitle)?,
                criteria: by_section.remove(&sid).unwrap_or_default(),
            });
        }
        out.push(Framework {
            id: *id,
            kind: parse(&k)?,
            code,
            version,
            status: parse(&status)?,
            title: decode(&title)?,
            external: external(ext_s, ext_id)?,
            sections: secs,
        });
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::db::testing::fresh;
    use crate::domain::catalogue::tests::{content, lt};

    pub async fn published(db: &Db) -> FrameworkId {
        import(db, &[content()], "kartla", &mut |_, _| {})
            .await
            .unwrap();
        current_id(db, "TEST01").await.unwrap().unwrap()
    }

    #[tokio::test]
    async fn a_framework_reads_back_as_it_was_written() {
        let t = fresh().await;
        let id = published(&t.db).await;
        let f = &load_many(&t.db, &[id]).await.unwrap()[0];
        assert_eq!(f.code, "TEST01");
        assert_eq!(f.version, 1);
        assert_eq!(f.status, VersionStatus::Published);
        assert_eq!(f.content(), content());
        let codes: Vec<_> = f.criteria().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["1.1", "1.2", "2.1"]);
    }

    #[tokio::test]
    async fn importing_the_same_content_twice_writes_nothing() {
        let t = fresh().await;
        let mut ticks = vec![];
        let first = import(&t.db, &[content()], "kartla", &mut |d, n| {
            ticks.push((d, n))
        })
        .await
        .unwrap();
        assert_eq!(first, [Planned::New]);
        assert_eq!(ticks, [(1, 1)]);
        let again = import(&t.db, &[content()], "kartla", &mut |_, _| {})
            .await
            .unwrap();
        assert_eq!(again, [Planned::Unchanged { version: 1 }]);
        assert_eq!(list_versions(&t.db).await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn changed_content_makes_the_next_version_and_the_old_one_stays() {
        let t = fresh().await;
        let v1 = published(&t.db).await;
        let mut changed = content();
        changed.sections[1].criteria[0].text = lt(&[("sv", "Kan c bättre")]);
        assert_eq!(
            plan(&t.db, std::slice::from_ref(&changed)).await.unwrap(),
            [Planned::NewVersion { version: 2 }]
        );
        import(&t.db, &[changed], "kartla", &mut |_, _| {})
            .await
            .unwrap();
        let list = list_current(&t.db).await.unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].version, 2);
        assert_eq!(list[0].criteria, 3);
        let old = &load_many(&t.db, &[v1]).await.unwrap()[0];
        assert_eq!(old.sections[1].criteria[0].text.get("sv"), "Kan c");
    }

    #[tokio::test]
    async fn the_database_refuses_to_change_a_published_version() {
        let t = fresh().await;
        let id = published(&t.db).await;
        for sql in [
            "UPDATE frameworks SET title = '{\"sv\":\"x\"}' WHERE id = $1",
            "DELETE FROM frameworks WHERE id = $1",
            "UPDATE sections SET title = '{\"sv\":\"x\"}' WHERE framework_id = $1",
            "DELETE FROM sections WHERE framework_id = $1",
            "UPDATE criteria SET body = '{\"sv\":\"x\"}' WHERE section_id IN (SELECT id FROM sections WHERE framework_id = $1)",
            "INSERT INTO sections (framework_id, position, title) VALUES ($1, 99, '{\"sv\":\"x\"}')",
        ] {
            let err = sqlx::query(sql).bind(id.0).execute(&t.db).await;
            assert!(err.is_err(), "{sql} went through");
        }
        assert_eq!(
            load_many(&t.db, &[id]).await.unwrap()[0].content(),
            content()
        );
        assert!(matches!(
            update_draft(&t.db, id, &DraftDoc::from_content(&content())).await,
            Err(CatalogueError::NotADraft)
        ));
        assert!(matches!(
            discard_draft(&t.db, id).await,
            Err(CatalogueError::NotADraft)
        ));
    }

    #[tokio::test]
    async fn editing_a_published_framework_starts_a_draft_of_the_next_version() {
        let t = fresh().await;
        let v1 = published(&t.db).await;
        let draft = draft_for(&t.db, "TEST01").await.unwrap();
        assert_ne!(draft, v1);
        assert_eq!(
            draft_for(&t.db, "TEST01").await.unwrap(),
            draft,
            "one draft"
        );
        let mut doc = load_draft(&t.db, draft).await.unwrap().unwrap().doc;
        assert_eq!(
            doc.to_content().unwrap(),
            content(),
            "the draft starts as the current version"
        );
        doc.title.insert("sv".into(), "Ny titel".into());
        update_draft(&t.db, draft, &doc).await.unwrap();
        // The catalogue still shows version 1 until the draft is published.
        assert_eq!(list_current(&t.db).await.unwrap()[0].version, 1);
        assert!(!is_published(&t.db, draft).await.unwrap());
        // An import meanwhile is refused rather than racing the editor.
        assert!(matches!(
            import(&t.db, &[content()], "kartla", &mut |_, _| {}).await,
            Err(CatalogueError::DraftInTheWay { version: 2, .. })
        ));
        publish(&t.db, draft).await.unwrap();
        let now = list_current(&t.db).await.unwrap();
        assert_eq!((now[0].version, now[0].title.get("sv")), (2, "Ny titel"));
        assert_eq!(now[0].criteria, 3);
        assert!(matches!(
            publish(&t.db, draft).await,
            Err(CatalogueError::NotADraft)
        ));
        assert!(load_draft(&t.db, draft).await.unwrap().is_none());
        assert_eq!(
            load_many(&t.db, &[v1]).await.unwrap()[0].title.get("sv"),
            "Testkurs"
        );
        // Re-importing the published content of version 2 changes nothing.
        let v2 = load_many(&t.db, &[draft]).await.unwrap()[0].content();
        assert_eq!(
            import(&t.db, &[v2], "kartla", &mut |_, _| {})
                .await
                .unwrap(),
            [Planned::Unchanged { version: 2 }]
        );
    }

    #[tokio::test]
    async fn a_draft_keeps_blanks_and_publishing_names_them() {
        let t = fresh().await;
        let doc = DraftDoc::new(
            crate::domain::FrameworkKind::Course,
            "NY01".into(),
            BTreeMap::from([("sv".into(), "Ny kurs".into())]),
        );
        let id = create_draft(&t.db, &doc).await.unwrap();
        assert!(matches!(
            create_draft(&t.db, &doc).await,
            Err(CatalogueError::CodeTaken)
        ));
        let mut bad_code = doc.clone();
        bad_code.code = "med mellanslag".into();
        assert!(matches!(
            create_draft(&t.db, &bad_code).await,
            Err(CatalogueError::Invalid(_))
        ));
        // The blank criterion is kept as it is.
        assert_eq!(load_draft(&t.db, id).await.unwrap().unwrap().doc, doc);
        let Err(CatalogueError::Invalid(problems)) = publish(&t.db, id).await else {
            panic!("a blank draft published");
        };
        let fields: Vec<_> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(fields, ["section-0-title-sv", "criterion-0-0-text-sv"]);
        // Drafts are not in the public catalogue, and can be thrown away.
        assert!(list_current(&t.db).await.unwrap().is_empty());
        assert_eq!(
            list_versions(&t.db).await.unwrap()[0].title.get("sv"),
            "Ny kurs"
        );
        discard_draft(&t.db, id).await.unwrap();
        assert!(list_versions(&t.db).await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn summaries_carry_the_complete_languages() {
        let t = fresh().await;
        published(&t.db).await;
        let list = list_versions(&t.db).await.unwrap();
        assert_eq!(list[0].languages, ["sv"]);
        assert!(list[0].published_at.is_some());
    }
}
