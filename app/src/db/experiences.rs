//! A person's merit portfolio. Every function takes the owner, so that one person's query can
//! never reach another's experiences.
use super::Db;
use crate::domain::{Experience, ExperienceKind, UserId};

/// An experience with its id.
#[derive(Debug, Clone, PartialEq)]
pub struct ExperienceRow {
    pub id: i64,
    pub experience: Experience,
}

/// An `experiences` row as stored.
#[derive(sqlx::FromRow)]
struct Stored {
    id: i64,
    kind: ExperienceKind,
    role: String,
    place: String,
    country: String,
    start_month: String,
    end_month: Option<String>,
    tasks: String,
}

impl TryFrom<Stored> for ExperienceRow {
    type Error = sqlx::Error;

    fn try_from(s: Stored) -> Result<Self, Self::Error> {
        let decode = |e: String| sqlx::Error::Decode(e.into());
        Ok(ExperienceRow {
            id: s.id,
            experience: Experience {
                kind: s.kind,
                role: s.role,
                place: s.place,
                country: s.country,
                start: s.start_month.try_into().map_err(decode)?,
                end: s
                    .end_month
                    .map(TryInto::try_into)
                    .transpose()
                    .map_err(decode)?,
                tasks: s.tasks,
            },
        })
    }
}

/// Newest first: what a person did last is what they think of first.
pub async fn list<'c>(
    db: impl sqlx::Executor<'c, Database = sqlx::Any>,
    owner: UserId,
) -> Result<Vec<ExperienceRow>, sqlx::Error> {
    let rows: Vec<Stored> = sqlx::query_as(
        "SELECT id, kind, role, place, country, start_month, end_month, tasks FROM experiences
         WHERE owner_id = $1 ORDER BY COALESCE(end_month, '9999-99') DESC, start_month DESC, id DESC",
    )
    .bind(owner)
    .fetch_all(db)
    .await?;
    rows.into_iter().map(TryInto::try_into).collect()
}

pub async fn get(db: &Db, owner: UserId, id: i64) -> Result<Option<ExperienceRow>, sqlx::Error> {
    let row: Option<Stored> = sqlx::query_as(
        "SELECT id, kind, role, place, country, start_month, end_month, tasks FROM experiences
         WHERE owner_id = $1 AND id = $2",
    )
    .bind(owner)
    .bind(id)
    .fetch_optional(db)
    .await?;
    row.map(TryInto::try_into).transpose()
}

pub async fn create(db: &Db, owner: UserId, e: &Experience) -> Result<i64, sqlx::Error> {
    let now = super::now();
    sqlx::query_scalar(
        "INSERT INTO experiences (owner_id, kind, role, place, country, start_month, end_month, tasks, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
    )
    .bind(owner)
    .bind(e.kind)
    .bind(&e.role)
    .bind(&e.place)
    .bind(&e.country)
    .bind(e.start.to_string())
    .bind(e.end.map(|m| m.to_string()))
    .bind(&e.tasks)
    .bind(now)
    .fetch_one(db)
    .await
}

/// Change an experience; `false` when the owner has none with that id.
pub async fn update(db: &Db, owner: UserId, id: i64, e: &Experience) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE experiences SET kind = $1, role = $2, place = $3, country = $4, start_month = $5,
         end_month = $6, tasks = $7, updated_at = $8 WHERE id = $9 AND owner_id = $10",
    )
    .bind(e.kind)
    .bind(&e.role)
    .bind(&e.place)
    .bind(&e.country)
    .bind(e.start.to_string())
    .bind(e.end.map(|m| m.to_string()))
    .bind(&e.tasks)
    .bind(super::now())
    .bind(id)
    .bind(owner)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Remove an experience; `false` when the owner has none with that id.
pub async fn delete(db: &Db, owner: UserId, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM experiences WHERE id = $1 AND owner_id = $2")
        .bind(id)
        .bind(owner)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Keep a form that could not be saved, to give it back (`id` 0: a new experience).
pub async fn keep_unsaved(
    db: &Db,
    owner: UserId,
    id: i64,
    input: &crate::domain::ExperienceInput,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO experience_drafts (owner_id, experience_id, input, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (owner_id, experience_id) DO UPDATE SET input = excluded.input, created_at = excluded.created_at",
    )
    .bind(owner)
    .bind(id)
    .bind(super::json(input)?)
    .bind(super::now())
    .execute(db)
    .await?;
    Ok(())
}

/// The form kept by [`keep_unsaved`], if any.
pub async fn unsaved(
    db: &Db,
    owner: UserId,
    id: i64,
) -> Result<Option<crate::domain::ExperienceInput>, sqlx::Error> {
    let kept: Option<super::Json<crate::domain::ExperienceInput>> = sqlx::query_scalar(
        "SELECT input FROM experience_drafts WHERE owner_id = $1 AND experience_id = $2",
    )
    .bind(owner)
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(kept.map(|k| k.0))
}

/// Forget a kept form once it has been saved or given up.
pub async fn forget_unsaved(db: &Db, owner: UserId, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM experience_drafts WHERE owner_id = $1 AND experience_id = $2")
        .bind(owner)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{db_test, users};
    use crate::domain::ExperienceInput;
    use crate::i18n::Locale;

    fn experience(role: &str, start: &str, end: &str) -> Experience {
        ExperienceInput {
            kind: "work".into(),
            role: role.into(),
            start: start.into(),
            end: end.into(),
            ..Default::default()
        }
        .check()
        .unwrap()
    }

    db_test!(
        async fn experiences_belong_to_their_owner_only(t) {
        let a = users::create(&t.db, "a@x.se", "A", "h", Locale::BASE)
            .await
            .unwrap()
            .unwrap();
        let b = users::create(&t.db, "b@x.se", "B", "h", Locale::BASE)
            .await
            .unwrap()
            .unwrap();
        let old = create(&t.db, a, &experience("Städare", "2010-01", "2012-06"))
            .await
            .unwrap();
        let now = create(&t.db, a, &experience("Lagerarbetare", "2018-03", ""))
            .await
            .unwrap();
        let list: Vec<_> = list(&t.db, a)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect();
        assert_eq!(list, [now, old], "ongoing first");
        // Another person can neither see, change nor remove them.
        assert!(get(&t.db, b, old).await.unwrap().is_none());
        assert!(!update(&t.db, b, old, &experience("X", "2000-01", ""))
            .await
            .unwrap());
        assert!(!delete(&t.db, b, old).await.unwrap());
        assert!(super::list(&t.db, b).await.unwrap().is_empty());
        // The owner can.
        assert!(update(
            &t.db,
            a,
            old,
            &experience("Städledare", "2010-01", "2013-01")
        )
        .await
        .unwrap());
        assert_eq!(
            get(&t.db, a, old).await.unwrap().unwrap().experience.role,
            "Städledare"
        );
        assert!(delete(&t.db, a, old).await.unwrap());
        assert_eq!(super::list(&t.db, a).await.unwrap().len(), 1);
        }
    );
}
