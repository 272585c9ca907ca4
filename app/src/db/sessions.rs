//! Sign-in sessions. Only a hash of each token is stored, so a copy of the database cannot be
//! used to sign in.
use super::Db;
use crate::domain::UserId;
use sha2::{Digest, Sha256};
use std::time::Duration;

/// How long a session lasts without being used. The page warns two minutes before and lets
/// the person stay; every request moves the end on.
pub const IDLE: Duration = Duration::from_secs(60 * 60);

/// How long a session lasts at most, however much it is used (and the cookie's lifetime).
pub const ABSOLUTE: Duration = Duration::from_secs(60 * 60 * 12);

fn hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Start a session and return its secret token, for the cookie.
pub async fn create(db: &Db, user: UserId) -> Result<String, sqlx::Error> {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(hash(&token))
        .bind(user.0)
        .bind(super::now())
        .bind(super::from_now(IDLE))
        .execute(db)
        .await?;
    Ok(token)
}

/// The user a live session belongs to; using it pushes its end further away.
pub async fn user_for(db: &Db, token: &str) -> Result<Option<UserId>, sqlx::Error> {
    let id: Option<i64> = sqlx::query_scalar(
        "UPDATE sessions SET expires_at = $1
         WHERE token_hash = $2 AND expires_at > $3 AND created_at > $4 RETURNING user_id",
    )
    .bind(super::from_now(IDLE))
    .bind(hash(token))
    .bind(super::now())
    .bind(super::ago(ABSOLUTE))
    .fetch_optional(db)
    .await?;
    Ok(id.map(UserId))
}

pub async fn delete(db: &Db, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(hash(token))
        .execute(db)
        .await?;
    Ok(())
}

pub async fn delete_expired(db: &Db) -> Result<u64, sqlx::Error> {
    let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
        .bind(super::now())
        .execute(db)
        .await?;
    Ok(r.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{testing::fresh, users};
    use crate::domain::Role;
    use crate::i18n::Locale;

    #[tokio::test]
    async fn a_session_finds_its_user_until_it_is_deleted() {
        let t = fresh().await;
        let uid = users::create(&t.db, "a@b.se", "A", "h", Role::Participant, Locale::Sv)
            .await
            .unwrap()
            .unwrap();
        let token = create(&t.db, uid).await.unwrap();
        assert_eq!(user_for(&t.db, &token).await.unwrap(), Some(uid));
        assert_eq!(user_for(&t.db, "not-a-token").await.unwrap(), None);
        delete(&t.db, &token).await.unwrap();
        assert_eq!(user_for(&t.db, &token).await.unwrap(), None);
    }

    #[tokio::test]
    async fn the_database_never_holds_the_token_itself() {
        let t = fresh().await;
        let uid = users::create(&t.db, "a@b.se", "A", "h", Role::Participant, Locale::Sv)
            .await
            .unwrap()
            .unwrap();
        let token = create(&t.db, uid).await.unwrap();
        let stored: String = sqlx::query_scalar("SELECT token_hash FROM sessions")
            .fetch_one(&t.db)
            .await
            .unwrap();
        assert_ne!(stored, token);
    }

    #[tokio::test]
    async fn an_idle_session_ends_and_a_used_one_ends_after_twelve_hours_anyway() {
        let t = fresh().await;
        let uid = users::create(&t.db, "a@b.se", "A", "h", Role::Participant, Locale::Sv)
            .await
            .unwrap()
            .unwrap();
        let token = create(&t.db, uid).await.unwrap();
        // Unused past its idle time.
        sqlx::query("UPDATE sessions SET expires_at = $1")
            .bind(crate::db::ago(Duration::from_secs(1)))
            .execute(&t.db)
            .await
            .unwrap();
        assert_eq!(user_for(&t.db, &token).await.unwrap(), None);
        // Used all along, but started longer ago than the absolute limit.
        let token = create(&t.db, uid).await.unwrap();
        assert_eq!(user_for(&t.db, &token).await.unwrap(), Some(uid));
        sqlx::query("UPDATE sessions SET created_at = $1")
            .bind(crate::db::ago(ABSOLUTE + Duration::from_secs(1)))
            .execute(&t.db)
            .await
            .unwrap();
        assert_eq!(user_for(&t.db, &token).await.unwrap(), None);
    }
}
