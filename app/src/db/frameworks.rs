//! The catalogue of frameworks (courses and occupations) with their sections and criteria.
use super::Db;
use crate::domain::{
    Criterion, CriterionId, Framework, FrameworkId, FrameworkKind, LocalizedText, Section,
    SectionId,
};
use serde::{Deserialize, Serialize};

/// A framework as written by hand or imported, before it has ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewFramework {
    pub kind: FrameworkKind,
    pub code: String,
    pub version: i64,
    pub title: LocalizedText,
    pub sections: Vec<NewSection>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewSection {
    pub title: LocalizedText,
    pub criteria: Vec<NewCriterion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewCriterion {
    pub code: String,
    pub text: LocalizedText,
}

/// One line of the catalogue: enough to choose a framework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameworkSummary {
    pub id: FrameworkId,
    pub kind: FrameworkKind,
    pub code: String,
    pub version: i64,
    pub title: LocalizedText,
    pub criteria: i64,
}

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

fn localized(raw: &str) -> Result<LocalizedText, sqlx::Error> {
    serde_json::from_str(raw).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

fn kind(raw: &str) -> Result<FrameworkKind, sqlx::Error> {
    raw.parse()
        .map_err(|e: String| sqlx::Error::Decode(e.into()))
}

/// Insert a framework version; when that code and version exist already, nothing is written
/// and the existing id is returned (`false` says so).
pub async fn insert(db: &Db, f: &NewFramework) -> Result<(FrameworkId, bool), sqlx::Error> {
    let mut tx = db.begin().await?;
    let existing: Option<i64> =
        sqlx::query_scalar("SELECT id FROM frameworks WHERE code = $1 AND version = $2")
            .bind(&f.code)
            .bind(f.version)
            .fetch_optional(&mut *tx)
            .await?;
    if let Some(id) = existing {
        return Ok((FrameworkId(id), false));
    }
    let fid: i64 = sqlx::query_scalar(
        "INSERT INTO frameworks (kind, code, version, title, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(f.kind.as_str())
    .bind(&f.code)
    .bind(f.version)
    .bind(json(&f.title))
    .bind(super::now())
    .fetch_one(&mut *tx)
    .await?;
    for (si, s) in f.sections.iter().enumerate() {
        let sid: i64 = sqlx::query_scalar(
            "INSERT INTO sections (framework_id, position, title) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(fid)
        .bind(si as i64)
        .bind(json(&s.title))
        .fetch_one(&mut *tx)
        .await?;
        for (ci, c) in s.criteria.iter().enumerate() {
            sqlx::query(
                "INSERT INTO criteria (section_id, position, code, body) VALUES ($1, $2, $3, $4)",
            )
            .bind(sid)
            .bind(ci as i64)
            .bind(&c.code)
            .bind(json(&c.text))
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok((FrameworkId(fid), true))
}

/// The newest version of every framework, ordered by kind and code.
pub async fn list_current(db: &Db) -> Result<Vec<FrameworkSummary>, sqlx::Error> {
    let rows: Vec<(i64, String, String, i64, String, i64)> = sqlx::query_as(
        "SELECT f.id, f.kind, f.code, f.version, f.title,
                (SELECT COUNT(*) FROM criteria c JOIN sections s ON s.id = c.section_id WHERE s.framework_id = f.id)
         FROM frameworks f
         WHERE f.version = (SELECT MAX(g.version) FROM frameworks g WHERE g.code = f.code)
         ORDER BY f.kind, f.code",
    )
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|(id, k, code, version, title, criteria)| {
            Ok(FrameworkSummary {
                id: FrameworkId(id),
                kind: kind(&k)?,
                code,
                version,
                title: localized(&title)?,
                criteria,
            })
        })
        .collect()
}

pub async fn exists(db: &Db, id: FrameworkId) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM frameworks WHERE id = $1")
        .bind(id.0)
        .fetch_one(db)
        .await?;
    Ok(n > 0)
}

/// Load whole frameworks with their sections and criteria, in order, with three queries
/// whatever their size.
pub async fn load_many(db: &Db, ids: &[FrameworkId]) -> Result<Vec<Framework>, sqlx::Error> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let head: Option<(String, String, i64, String)> =
            sqlx::query_as("SELECT kind, code, version, title FROM frameworks WHERE id = $1")
                .bind(id.0)
                .fetch_optional(db)
                .await?;
        let Some((k, code, version, title)) = head else {
            continue;
        };
        let sections: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, title FROM sections WHERE framework_id = $1 ORDER BY position",
        )
        .bind(id.0)
        .fetch_all(db)
        .await?;
        let criteria: Vec<(i64, i64, String, String)> = sqlx::query_as(
            "SELECT c.id, c.section_id, c.code, c.body FROM criteria c JOIN sections s ON s.id = c.section_id
             WHERE s.framework_id = $1 ORDER BY s.position, c.position",
        )
        .bind(id.0)
        .fetch_all(db)
        .await?;
        let mut secs = Vec::with_capacity(sections.len());
        for (sid, stitle) in sections {
            let crits = criteria
                .iter()
                .filter(|(_, s, _, _)| *s == sid)
                .map(|(cid, _, ccode, body)| {
                    Ok(Criterion {
                        id: CriterionId(*cid),
                        code: ccode.clone(),
                        text: localized(body)?,
                    })
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()?;
            secs.push(Section {
                id: SectionId(sid),
                title: localized(&stitle)?,
                criteria: crits,
            });
        }
        out.push(Framework {
            id: *id,
            kind: kind(&k)?,
            code,
            version,
            title: localized(&title)?,
            sections: secs,
        });
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::db::testing::fresh;
    use std::collections::BTreeMap;

    pub fn lt(sv: &str, en: &str) -> LocalizedText {
        LocalizedText::new(BTreeMap::from([
            ("sv".into(), sv.into()),
            ("en".into(), en.into()),
        ]))
        .unwrap()
    }

    pub fn sample() -> NewFramework {
        NewFramework {
            kind: FrameworkKind::Course,
            code: "TEST01".into(),
            version: 1,
            title: lt("Testkurs", "Test course"),
            sections: vec![
                NewSection {
                    title: lt("Del ett", "Part one"),
                    criteria: vec![
                        NewCriterion {
                            code: "1.1".into(),
                            text: lt("Kan a", "Can a"),
                        },
                        NewCriterion {
                            code: "1.2".into(),
                            text: lt("Kan b", "Can b"),
                        },
                    ],
                },
                NewSection {
                    title: lt("Del två", "Part two"),
                    criteria: vec![NewCriterion {
                        code: "2.1".into(),
                        text: lt("Kan c", "Can c"),
                    }],
                },
            ],
        }
    }

    #[tokio::test]
    async fn a_framework_reads_back_as_it_was_written() {
        let t = fresh().await;
        let (id, created) = insert(&t.db, &sample()).await.unwrap();
        assert!(created);
        let loaded = load_many(&t.db, &[id]).await.unwrap();
        let f = &loaded[0];
        assert_eq!(f.code, "TEST01");
        assert_eq!(f.sections.len(), 2);
        let codes: Vec<_> = f.criteria().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, ["1.1", "1.2", "2.1"]);
        assert_eq!(f.sections[1].title.get("en"), "Part two");
    }

    #[tokio::test]
    async fn inserting_the_same_version_twice_writes_nothing() {
        let t = fresh().await;
        let (a, _) = insert(&t.db, &sample()).await.unwrap();
        let (b, created) = insert(&t.db, &sample()).await.unwrap();
        assert_eq!(a, b);
        assert!(!created);
        assert_eq!(list_current(&t.db).await.unwrap().len(), 1);
    }

    #[tokio::test]
    async fn the_catalogue_lists_only_the_newest_version() {
        let t = fresh().await;
        insert(&t.db, &sample()).await.unwrap();
        let mut v2 = sample();
        v2.version = 2;
        insert(&t.db, &v2).await.unwrap();
        let list = list_current(&t.db).await.unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].version, 2);
        assert_eq!(list[0].criteria, 3);
    }
}
