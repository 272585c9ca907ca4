//! Evidence files. Every function that reads or changes one takes the owner, except
//! [`file`], whose callers check access through [`crate::access`] (the policy).
use super::Db;
use crate::domain::{Evidence, MediaType, Timestamp, UserId};
use sha2::{Digest, Sha256};

/// A new piece of evidence, checked.
#[derive(Debug, Clone)]
pub struct NewEvidence {
    pub title: String,
    pub file_name: String,
    pub media_type: MediaType,
    pub bytes: Vec<u8>,
    pub experiences: Vec<i64>,
}

/// What the upload form held when an upload was refused.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    pub title: String,
    pub experiences: Vec<i64>,
}

/// An `evidence` row as stored, with one experience it is linked to (one row per link).
#[derive(sqlx::FromRow)]
struct Stored {
    id: i64,
    number: i64,
    title: String,
    file_name: String,
    media_type: MediaType,
    size: i64,
    created_at: Timestamp,
    experience_id: Option<i64>,
}

/// The owner's evidence in the order added, each with the experiences it is linked to.
pub async fn list<'c>(
    db: impl sqlx::Executor<'c, Database = sqlx::Any>,
    owner: UserId,
) -> Result<Vec<Evidence>, sqlx::Error> {
    let rows: Vec<Stored> = sqlx::query_as(
        "SELECT e.id, e.number, e.title, e.file_name, e.media_type, e.size, e.created_at, l.experience_id
         FROM evidence e LEFT JOIN evidence_experiences l ON l.evidence_id = e.id
         WHERE e.owner_id = $1 AND e.removed_at IS NULL ORDER BY e.number, l.experience_id",
    )
    .bind(owner)
    .fetch_all(db)
    .await?;
    let mut out: Vec<Evidence> = Vec::new();
    for r in rows {
        match out.last_mut() {
            Some(e) if e.id == r.id => e.experiences.extend(r.experience_id),
            _ => out.push(Evidence {
                id: r.id,
                number: r.number,
                title: r.title,
                file_name: r.file_name,
                media_type: r.media_type,
                size: r.size,
                created_at: r.created_at,
                experiences: r.experience_id.into_iter().collect(),
            }),
        }
    }
    Ok(out)
}

/// Store a new piece of evidence and return it with its number; `None` when the owner already
/// keeps [`crate::domain::evidence::MAX_FILES`].
pub async fn add(
    db: &Db,
    owner: UserId,
    new: NewEvidence,
) -> Result<Option<Evidence>, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    // Taking the owner's number first locks their counter row, so two uploads at once are
    // counted against the limit one after the other, and get different numbers.
    let number: i64 = sqlx::query_scalar(
        "INSERT INTO evidence_numbers (owner_id, last) VALUES ($1, 1)
         ON CONFLICT (owner_id) DO UPDATE SET last = evidence_numbers.last + 1 RETURNING last",
    )
    .bind(owner)
    .fetch_one(&mut *tx)
    .await?;
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM evidence WHERE owner_id = $1 AND removed_at IS NULL",
    )
    .bind(owner)
    .fetch_one(&mut *tx)
    .await?;
    if usize::try_from(count).unwrap_or(usize::MAX) >= crate::domain::evidence::MAX_FILES {
        // Dropping the transaction rolls the number back.
        return Ok(None);
    }
    let now = super::now();
    let sha: String = Sha256::digest(&new.bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let size = i64::try_from(new.bytes.len()).unwrap_or(i64::MAX);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO evidence (owner_id, number, title, file_name, media_type, size, sha256, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(owner)
    .bind(number)
    .bind(&new.title)
    .bind(&new.file_name)
    .bind(new.media_type.as_str())
    .bind(size)
    .bind(&sha)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("INSERT INTO evidence_files (evidence_id, bytes) VALUES ($1, $2)")
        .bind(id)
        .bind(&new.bytes)
        .execute(&mut *tx)
        .await?;
    let mut linked = vec![];
    for x in &new.experiences {
        let done = sqlx::query(
            "INSERT INTO evidence_experiences (evidence_id, experience_id)
             SELECT $1, id FROM experiences WHERE id = $2 AND owner_id = $3 ON CONFLICT DO NOTHING",
        )
        .bind(id)
        .bind(x)
        .bind(owner)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 1 {
            linked.push(*x);
        }
    }
    linked.sort_unstable();
    sqlx::query("DELETE FROM evidence_drafts WHERE owner_id = $1")
        .bind(owner)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(Evidence {
        id,
        number,
        title: new.title,
        file_name: new.file_name,
        media_type: new.media_type,
        size,
        created_at: now,
        experiences: linked,
    }))
}

/// A file's owner, type, number and bytes. Access is the caller's to check.
pub async fn file(
    db: &Db,
    id: i64,
) -> Result<Option<(UserId, MediaType, i64, Vec<u8>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.owner_id, e.media_type, e.number, f.bytes FROM evidence e
         JOIN evidence_files f ON f.evidence_id = e.id WHERE e.id = $1",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}

/// Delete the owner's evidence `id` with its file and links; `false` when it is not theirs.
/// A file a handed-in case holds is only taken off the person's list: the case goes on
/// showing what was handed in.
pub async fn delete(db: &Db, owner: UserId, id: i64) -> Result<bool, sqlx::Error> {
    let held = "EXISTS (SELECT 1 FROM case_evidence c WHERE c.evidence_id = evidence.id)";
    // Under the person's lock, which handing in takes too: a file is either held by the
    // version being made, or gone before it is made, never deleted from under it.
    let mut tx = super::dialect::begin_write(db).await?;
    super::dialect::lock(&mut tx, super::dialect::Lock::Person(owner)).await?;
    let hidden = sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE evidence SET removed_at = $1 WHERE id = $2 AND owner_id = $3
         AND removed_at IS NULL AND {held}"
    )))
    .bind(super::now())
    .bind(id)
    .bind(owner)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if hidden == 1 {
        // Its links to answers and experiences go, as they would with the file.
        for table in ["answer_evidence", "evidence_experiences"] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE evidence_id = $1"
            )))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        return Ok(true);
    }
    let r = sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM evidence WHERE id = $1 AND owner_id = $2 AND removed_at IS NULL AND NOT {held}"
    )))
    .bind(id)
    .bind(owner)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(r.rows_affected() == 1)
}

/// Keep what the upload form held, to give it back after a refusal.
pub async fn keep_draft(db: &Db, owner: UserId, draft: &Draft) -> Result<(), sqlx::Error> {
    let experiences = super::json(&draft.experiences)?;
    sqlx::query(
        "INSERT INTO evidence_drafts (owner_id, title, experiences, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (owner_id) DO UPDATE SET title = excluded.title,
         experiences = excluded.experiences, created_at = excluded.created_at",
    )
    .bind(owner)
    .bind(&draft.title)
    .bind(experiences)
    .bind(super::now())
    .execute(db)
    .await?;
    Ok(())
}

pub async fn draft(db: &Db, owner: UserId) -> Result<Option<Draft>, sqlx::Error> {
    let row: Option<(String, super::Json<Vec<i64>>)> =
        sqlx::query_as("SELECT title, experiences FROM evidence_drafts WHERE owner_id = $1")
            .bind(owner)
            .fetch_optional(db)
            .await?;
    Ok(row.map(|(title, experiences)| Draft {
        title,
        experiences: experiences.0,
    }))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::db::{db_test, testing::TestDb, users};
    use crate::i18n::Locale;

    async fn person(t: &TestDb, email: &str) -> UserId {
        users::create(&t.db, email, "Pia", "h", Locale::BASE)
            .await
            .unwrap()
            .unwrap()
    }

    /// A small PDF titled `title`, linked to nothing.
    pub(crate) fn pdf(title: &str) -> NewEvidence {
        NewEvidence {
            title: title.into(),
            file_name: format!("{title}.pdf"),
            media_type: MediaType::Pdf,
            bytes: b"%PDF-1.4 test".to_vec(),
            experiences: vec![],
        }
    }

    db_test!(
        async fn numbers_run_in_the_order_added_and_are_never_reused(t) {
            let (p, q) = (person(&t, "p@x.se").await, person(&t, "q@x.se").await);
            let a = add(&t.db, p, pdf("a")).await.unwrap().unwrap();
            let b = add(&t.db, p, pdf("b")).await.unwrap().unwrap();
            assert_eq!((a.number, b.number), (1, 2));
            // Another person's numbers are their own.
            assert_eq!(add(&t.db, q, pdf("q")).await.unwrap().unwrap().number, 1);
            // Deleting the last does not hand its number out again.
            assert!(!delete(&t.db, q, b.id).await.unwrap(), "not q's to delete");
            assert!(delete(&t.db, p, b.id).await.unwrap());
            assert_eq!(add(&t.db, p, pdf("c")).await.unwrap().unwrap().number, 3);
            let numbers: Vec<_> = list(&t.db, p)
                .await
                .unwrap()
                .iter()
                .map(|e| e.number)
                .collect();
            assert_eq!(numbers, [1, 3]);
            let (owner, media, number, bytes) = file(&t.db, a.id).await.unwrap().unwrap();
            assert_eq!((owner, media, number), (p, MediaType::Pdf, 1));
            assert_eq!(bytes, b"%PDF-1.4 test");
            assert!(file(&t.db, b.id).await.unwrap().is_none());
        }
    );

    db_test!(
        async fn uploads_at_the_same_moment_get_different_numbers_within_the_limit(t) {
            let p = person(&t, "p@x.se").await;
            let max = crate::domain::evidence::MAX_FILES;
            let uploads = (0..max + 3).map(|i| {
                let db = t.db.clone();
                async move { add(&db, p, pdf(&i.to_string())).await.unwrap() }
            });
            let added = futures::future::join_all(uploads).await;
            assert_eq!(added.iter().flatten().count(), max);
            let mut numbers: Vec<_> = list(&t.db, p).await.unwrap().iter().map(|e| e.number).collect();
            numbers.sort_unstable();
            numbers.dedup();
            assert_eq!(numbers.len(), max, "no number given twice");
        }
    );

    db_test!(
        async fn only_the_owners_experiences_link(t) {
            let (p, q) = (person(&t, "p@x.se").await, person(&t, "q@x.se").await);
            let exp = crate::domain::ExperienceInput {
                kind: "work".into(),
                role: "Lagerarbetare".into(),
                start: "2019-01".into(),
                ..Default::default()
            }
            .check()
            .unwrap();
            let own = crate::db::experiences::create(&t.db, p, &exp)
                .await
                .unwrap();
            let theirs = crate::db::experiences::create(&t.db, q, &exp)
                .await
                .unwrap();
            let e = add(
                &t.db,
                p,
                NewEvidence {
                    experiences: vec![own, theirs, 999],
                    ..pdf("intyg")
                },
            )
            .await
            .unwrap()
            .unwrap();
            assert_eq!(e.experiences, [own]);
            assert_eq!(list(&t.db, p).await.unwrap()[0].experiences, [own]);
        }
    );

    db_test!(
        async fn a_person_keeps_at_most_the_limit(t) {
            let p = person(&t, "p@x.se").await;
            for i in 0..crate::domain::evidence::MAX_FILES {
                assert!(add(&t.db, p, pdf(&i.to_string())).await.unwrap().is_some());
            }
            assert!(add(&t.db, p, pdf("one too many")).await.unwrap().is_none());
        }
    );
}
