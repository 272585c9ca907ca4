//! Counting guesses: failed sign-ins (and registrations) per account and per client address,
//! on the database, so that every server of an installation counts the same.
use super::Db;
use crate::domain::Timestamp;
use std::time::Duration;

/// How far back attempts count.
pub const WINDOW: Duration = Duration::from_secs(60);

/// Attempts aimed at `key` within the last [`WINDOW`], and the oldest of them.
pub async fn recent(db: &Db, key: &str) -> Result<(i64, Option<Timestamp>), sqlx::Error> {
    sqlx::query_as("SELECT COUNT(*), MIN(at) FROM throttle WHERE key = $1 AND at > $2")
        .bind(key)
        .bind(super::ago(WINDOW))
        .fetch_one(db)
        .await
}

/// Note one attempt aimed at each of `keys`.
pub async fn note(db: &Db, keys: &[&str]) -> Result<(), sqlx::Error> {
    let now = super::now();
    for key in keys {
        sqlx::query("INSERT INTO throttle (key, at) VALUES ($1, $2)")
            .bind(key)
            .bind(now)
            .execute(db)
            .await?;
    }
    Ok(())
}

/// Forget the attempts aimed at `key` (a successful sign-in to the account).
pub async fn clear(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM throttle WHERE key = $1")
        .bind(key)
        .execute(db)
        .await?;
    Ok(())
}

/// Remove attempts older than an hour; the number removed.
pub async fn delete_old(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM throttle WHERE at < $1")
        .bind(super::ago(Duration::from_secs(3600)))
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::db_test;

    db_test!(
        async fn attempts_are_counted_per_key_and_forgotten_when_asked(t) {
            assert_eq!(recent(&t.db, "a").await.unwrap().0, 0);
            for _ in 0..3 {
                note(&t.db, &["a", "ip"]).await.unwrap();
            }
            note(&t.db, &["b"]).await.unwrap();
            let (n, oldest) = recent(&t.db, "a").await.unwrap();
            assert_eq!(n, 3);
            assert!(oldest.unwrap() <= crate::db::now());
            assert_eq!(recent(&t.db, "ip").await.unwrap().0, 3);
            clear(&t.db, "a").await.unwrap();
            assert_eq!(recent(&t.db, "a").await.unwrap().0, 0);
            assert_eq!(recent(&t.db, "b").await.unwrap().0, 1);
            // An attempt from two hours ago neither counts nor stays.
            sqlx::query("INSERT INTO throttle (key, at) VALUES ('b', $1)")
                .bind(crate::db::ago(Duration::from_secs(7200)))
                .execute(&t.db)
                .await
                .unwrap();
            assert_eq!(recent(&t.db, "b").await.unwrap().0, 1);
            assert_eq!(delete_old(&t.db).await.unwrap(), 1);
        }
    );
}
