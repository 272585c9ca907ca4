//! Sign-in sessions. Only a hash of each token is stored, so a copy of the database cannot be
//! used to sign in. Sessions live in the database, so a person signed in through one Kartla
//! server goes on through any other on the same database.
use super::secret::hash;
use super::users::UserRow;
use super::Db;
use crate::domain::{Timestamp, UserId};
use std::time::Duration;

/// How long a session lasts without being used. The page warns two minutes before and lets
/// the person stay; using it moves the end on.
pub const IDLE: Duration = Duration::from_secs(60 * 60);

/// How long a session lasts at most, however much it is used (and the cookie's lifetime).
pub const ABSOLUTE: Duration = Duration::from_secs(60 * 60 * 12);

/// The end is moved on at most this often: a page view then reads the session without
/// writing, instead of committing a write on every request.
pub const RENEW_EVERY: Duration = Duration::from_secs(60);

/// Start a session and return its secret token, for the cookie.
pub async fn create(db: &Db, user: UserId) -> Result<String, sqlx::Error> {
    let token = super::secret::new_token();
    let now = super::now();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(hash(&token))
        .bind(user)
        .bind(now)
        .bind(now.plus(IDLE))
        .execute(db)
        .await?;
    Ok(token)
}

#[derive(sqlx::FromRow)]
struct Live {
    #[sqlx(flatten)]
    user: super::users::Stored,
    expires_at: Timestamp,
}

/// The person a live session belongs to, with their roles, read with the session in one
/// query. Using it pushes its end further away, in steps of [`RENEW_EVERY`].
pub async fn user_for(db: &Db, token: &str) -> Result<Option<UserRow>, sqlx::Error> {
    use super::users::{from_rows, roles_of_u, select_with_roles};
    let now = super::now();
    let token_hash = hash(token);
    let live: Vec<Live> = sqlx::query_as(select_with_roles!(
        ", s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id",
        roles_of_u!(),
        "WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.created_at > $3"
    ))
    .bind(&token_hash)
    .bind(now)
    .bind(now.minus(ABSOLUTE))
    .fetch_all(db)
    .await?;
    let Some(expires_at) = live.first().map(|l| l.expires_at) else {
        return Ok(None);
    };
    let renewed = now.plus(IDLE);
    if expires_at < renewed.minus(RENEW_EVERY) {
        // Never moves an end backwards, whichever server renews first.
        sqlx::query(
            "UPDATE sessions SET expires_at = $1 WHERE token_hash = $2 AND expires_at < $1",
        )
        .bind(renewed)
        .bind(&token_hash)
        .execute(db)
        .await?;
    }
    from_rows(live.into_iter().map(|l| l.user).collect())
}

pub async fn delete(db: &Db, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(hash(token))
        .execute(db)
        .await?;
    Ok(())
}

/// End every session of `user` except the one whose token is `keep`.
pub async fn delete_all_of(db: &Db, user: UserId, keep: Option<&str>) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user)
        .bind(keep.map(hash).unwrap_or_default())
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

/// Remove ended sessions. Safe to run from every server at once: each row goes once.
pub async fn delete_expired(db: &Db) -> Result<u64, sqlx::Error> {
    let now = super::now();
    let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR created_at <= $2")
        .bind(now)
        .bind(now.minus(ABSOLUTE))
        .execute(db)
        .await?;
    Ok(r.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{db_test, testing::TestDb, users};
    use crate::i18n::Locale;

    async fn someone(t: &TestDb) -> UserId {
        users::create(&t.db, "a@b.se", "A", "h", Locale::BASE)
            .await
            .unwrap()
            .unwrap()
    }

    async fn expiry(t: &TestDb) -> Timestamp {
        sqlx::query_scalar("SELECT expires_at FROM sessions")
            .fetch_one(&t.db)
            .await
            .unwrap()
    }

    db_test!(
        async fn a_person_is_signed_out_everywhere_but_here_or_everywhere(t) {
            let a = someone(&t).await;
            let b = users::create(&t.db, "b@b.se", "B", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            let here = create(&t.db, a).await.unwrap();
            let phone = create(&t.db, a).await.unwrap();
            let theirs = create(&t.db, b).await.unwrap();
            assert_eq!(delete_all_of(&t.db, a, Some(&here)).await.unwrap(), 1);
            assert!(user_for(&t.db, &here).await.unwrap().is_some());
            assert!(user_for(&t.db, &phone).await.unwrap().is_none());
            assert_eq!(delete_all_of(&t.db, a, None).await.unwrap(), 1);
            assert!(user_for(&t.db, &here).await.unwrap().is_none());
            assert!(user_for(&t.db, &theirs).await.unwrap().is_some());
            users::set_password(&t.db, a, "new-hash").await.unwrap();
            let (_, hash) = users::find_for_sign_in(&t.db, "a@b.se").await.unwrap().unwrap();
            assert_eq!(hash, "new-hash");
        }
    );

    db_test!(
        async fn a_session_finds_its_user_until_it_is_deleted(t) {
            let uid = someone(&t).await;
            let token = create(&t.db, uid).await.unwrap();
            assert_eq!(user_for(&t.db, &token).await.unwrap().map(|u| u.id), Some(uid));
            assert_eq!(user_for(&t.db, "not-a-token").await.unwrap(), None);
            delete(&t.db, &token).await.unwrap();
            assert_eq!(user_for(&t.db, &token).await.unwrap(), None);
        }
    );

    db_test!(
        async fn the_database_never_holds_the_token_itself(t) {
            let uid = someone(&t).await;
            let token = create(&t.db, uid).await.unwrap();
            let stored: String = sqlx::query_scalar("SELECT token_hash FROM sessions")
                .fetch_one(&t.db)
                .await
                .unwrap();
            assert_ne!(stored, token);
        }
    );

    db_test!(
        async fn an_idle_session_ends_and_a_used_one_ends_after_twelve_hours_anyway(t) {
            let uid = someone(&t).await;
            let token = create(&t.db, uid).await.unwrap();
            // Unused past its idle time.
            sqlx::query("UPDATE sessions SET expires_at = $1")
                .bind(crate::db::ago(Duration::from_secs(1)))
                .execute(&t.db)
                .await
                .unwrap();
            assert_eq!(user_for(&t.db, &token).await.unwrap(), None);
            assert_eq!(delete_expired(&t.db).await.unwrap(), 1);
            // Used all along, but started longer ago than the absolute limit.
            let token = create(&t.db, uid).await.unwrap();
            assert_eq!(user_for(&t.db, &token).await.unwrap().map(|u| u.id), Some(uid));
            sqlx::query("UPDATE sessions SET created_at = $1")
                .bind(crate::db::ago(ABSOLUTE + Duration::from_secs(1)))
                .execute(&t.db)
                .await
                .unwrap();
            assert_eq!(user_for(&t.db, &token).await.unwrap(), None);
            assert_eq!(delete_expired(&t.db).await.unwrap(), 1);
        }
    );

    db_test!(
        async fn using_a_session_moves_its_end_on_in_steps(t) {
            let uid = someone(&t).await;
            let token = create(&t.db, uid).await.unwrap();
            let first = expiry(&t).await;
            // Used again at once: read, not written.
            user_for(&t.db, &token).await.unwrap();
            assert_eq!(expiry(&t).await, first);
            // Used after the step: moved on.
            let earlier = first.minus(RENEW_EVERY + Duration::from_secs(1));
            sqlx::query("UPDATE sessions SET expires_at = $1")
                .bind(earlier)
                .execute(&t.db)
                .await
                .unwrap();
            user_for(&t.db, &token).await.unwrap();
            assert!(expiry(&t).await >= first);
        }
    );

    db_test!(
        async fn servers_cleaning_up_at_the_same_moment_remove_each_session_once(t) {
            let uid = someone(&t).await;
            for _ in 0..20 {
                create(&t.db, uid).await.unwrap();
            }
            let live = create(&t.db, uid).await.unwrap();
            sqlx::query("UPDATE sessions SET expires_at = $1 WHERE token_hash <> $2")
                .bind(crate::db::ago(Duration::from_secs(1)))
                .bind(hash(&live))
                .execute(&t.db)
                .await
                .unwrap();
            let other = t.second_pool().await;
            let (a, b) = futures::future::join(delete_expired(&t.db), delete_expired(&other)).await;
            assert_eq!(a.unwrap() + b.unwrap(), 20);
            assert_eq!(user_for(&t.db, &live).await.unwrap().map(|u| u.id), Some(uid));
        }
    );
}
