//! Individual study plans on both engines (see [`crate::domain::study_plan`]): one per
//! mapping, saved whole, each change recorded with its author in the same transaction.
use super::Db;
use crate::domain::study_plan::{changes, merge, Change, Pace, PlannedCourse, StudyPlan};
use crate::domain::{Day, FrameworkId, MappingId, Timestamp, UserId};

/// The plan of a mapping, if one has been drawn up.
pub async fn load(db: &Db, mapping: MappingId) -> Result<Option<StudyPlan>, sqlx::Error> {
    let mut conn = db.acquire().await?;
    load_in(&mut conn, mapping).await.map(|p| p.map(|(_, p)| p))
}

async fn load_in(
    conn: &mut sqlx::AnyConnection,
    mapping: MappingId,
) -> Result<Option<(i64, StudyPlan)>, sqlx::Error> {
    let head: Option<(i64, String, i64, Option<i64>)> =
        sqlx::query_as("SELECT id, goal, pace, start_on FROM study_plans WHERE mapping_id = $1")
            .bind(mapping)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((id, goal, pace, start)) = head else {
        return Ok(None);
    };
    let courses: Vec<(FrameworkId, i64)> = sqlx::query_as(
        "SELECT framework_id, points FROM study_plan_courses WHERE plan_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let pace = Pace::parse(&pace.to_string())
        .ok_or_else(|| sqlx::Error::Decode(format!("a study pace of {pace}").into()))?;
    Ok(Some((
        id,
        StudyPlan {
            goal,
            pace,
            start: start.map(Day::from_number),
            courses: courses
                .into_iter()
                .map(|(framework, points)| PlannedCourse {
                    framework,
                    points: u32::try_from(points).unwrap_or(0),
                })
                .collect(),
        },
    )))
}

/// Save the plan of `mapping` as `author` wrote it from `base` (the plan their form was
/// filled from): when someone else changed the plan meanwhile, only what `author` changed is
/// applied over theirs ([`merge`]). The changes recorded (none when nothing changed, and then
/// nothing is written).
pub async fn save(
    db: &Db,
    mapping: MappingId,
    author: UserId,
    base: Option<&StudyPlan>,
    posted: &StudyPlan,
) -> Result<Vec<Change>, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let now = super::now();
    let before = load_in(&mut tx, mapping).await?;
    let current = before.as_ref().map(|(_, p)| p.clone()).unwrap_or_default();
    let merged;
    let plan = match base {
        Some(b) if *b != current => {
            merged = merge(&current, b, posted);
            &merged
        }
        _ => posted,
    };
    let changed = changes(
        before.as_ref().map_or(&StudyPlan::default(), |(_, p)| p),
        plan,
    );
    if before.is_some() && changed.is_empty() {
        return Ok(vec![]);
    }
    let id: i64 = match before {
        Some((id, _)) => {
            sqlx::query(
                "UPDATE study_plans SET goal = $1, pace = $2, start_on = $3, updated_at = $4
                 WHERE id = $5",
            )
            .bind(&plan.goal)
            .bind(i64::from(plan.pace.percent()))
            .bind(plan.start.map(Day::number))
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            id
        }
        None => {
            sqlx::query_scalar(
                "INSERT INTO study_plans (mapping_id, goal, pace, start_on, updated_at)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(mapping)
            .bind(&plan.goal)
            .bind(i64::from(plan.pace.percent()))
            .bind(plan.start.map(Day::number))
            .bind(now)
            .fetch_one(&mut *tx)
            .await?
        }
    };
    sqlx::query("DELETE FROM study_plan_courses WHERE plan_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    for (position, c) in plan.courses.iter().enumerate() {
        sqlx::query(
            "INSERT INTO study_plan_courses (plan_id, position, framework_id, points)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(i64::try_from(position).unwrap_or(i64::MAX))
        .bind(c.framework)
        .bind(i64::from(c.points))
        .execute(&mut *tx)
        .await?;
    }
    for c in &changed {
        sqlx::query(
            "INSERT INTO study_plan_changes (plan_id, author_id, change, at) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(author)
        .bind(super::json(c)?)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(changed)
}

/// A recorded change, with who made it and when.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Recorded {
    pub author_name: String,
    pub change: super::Json<Change>,
    pub at: Timestamp,
}

/// Every change to the plan of `mapping`, newest first.
pub async fn history(db: &Db, mapping: MappingId) -> Result<Vec<Recorded>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.name AS author_name, c.change, c.at FROM study_plan_changes c
         JOIN study_plans p ON p.id = c.plan_id JOIN users u ON u.id = c.author_id
         WHERE p.mapping_id = $1 ORDER BY c.id DESC",
    )
    .bind(mapping)
    .fetch_all(db)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{db_test, frameworks::tests::published, mappings, users};
    use crate::i18n::Locale;

    db_test!(
        async fn a_plan_is_saved_whole_and_each_change_recorded_with_its_author(t) {
            let db = &t.db;
            let user = |email: &'static str| {
                let db = db.clone();
                async move {
                    users::create(&db, email, email, "h", Locale::BASE)
                        .await
                        .unwrap()
                        .unwrap()
                }
            };
            let (p, c) = (user("p@x.se").await, user("c@x.se").await);
            let f = published(db).await;
            let m = mappings::start(db, p, f).await.unwrap();
            assert_eq!(load(db, m).await.unwrap(), None);
            let mut plan = StudyPlan {
                goal: "Undersköterska".into(),
                pace: Pace::parse("50").unwrap(),
                start: "2027-01-18".parse().ok(),
                courses: vec![PlannedCourse {
                    framework: f,
                    points: 200,
                }],
            };
            let first = save(db, m, c, None, &plan).await.unwrap();
            assert_eq!(first.len(), 4, "goal, pace, start, the course: {first:?}");
            assert_eq!(load(db, m).await.unwrap().as_ref(), Some(&plan));
            assert!(save(db, m, p, None, &plan).await.unwrap().is_empty(), "nothing changed");
            plan.courses[0].points = 150;
            plan.start = None;
            let base = load(db, m).await.unwrap().unwrap();
            assert_eq!(
                save(db, m, p, Some(&base), &plan).await.unwrap(),
                [Change::Start(None), Change::Points(f, 150)]
            );
            assert_eq!(load(db, m).await.unwrap().as_ref(), Some(&plan));
            // The counsellor, from the plan as it was before that, changes only the goal: the
            // person's changes stay.
            let mut theirs = base.clone();
            theirs.goal = "Undersköterska i hemtjänsten".into();
            assert_eq!(
                save(db, m, c, Some(&base), &theirs).await.unwrap(),
                [Change::Goal]
            );
            plan.goal = theirs.goal.clone();
            assert_eq!(load(db, m).await.unwrap(), Some(plan));
            let h = history(db, m).await.unwrap();
            assert_eq!(h.len(), 7);
            assert_eq!(h[0].author_name, "c@x.se");
            assert_eq!(h[0].change.0, Change::Goal);
            assert_eq!(h[1].change.0, Change::Points(f, 150));
            assert_eq!(h[6].author_name, "c@x.se");
        }
    );
}
