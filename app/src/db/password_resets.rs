//! "Forgot password": a one-time link to set a new password, valid for [`LIFETIME`]. Setting
//! the password uses the link, every other link of the person and every session of theirs, in
//! one transaction.
use super::secret::{hash, new_token};
use super::Db;
use crate::domain::UserId;
use crate::i18n::Locale;
use std::time::Duration;

/// How long a link to set a new password works.
pub const LIFETIME: Duration = Duration::from_secs(60 * 60);

/// The person with `email`, to whom a link is sent.
#[derive(Debug, Clone, PartialEq)]
pub struct Made {
    pub token: String,
    pub user: UserId,
    /// The account's address as stored, which the mail goes to (never the one typed).
    pub email: String,
    pub locale: Locale,
}

/// A link for the account with address `email`, or `None` when there is no such account.
pub async fn create(db: &Db, email: &str) -> Result<Option<Made>, sqlx::Error> {
    create_capped(db, email, i64::MAX).await
}

/// A link as [`create`] makes it, unless the account has had `cap` links made within the last
/// hour (`None` then too): counted and made under the person's lock, so that requests at the
/// same moment on several servers cannot pass the cap together.
pub async fn create_capped(db: &Db, email: &str, cap: i64) -> Result<Option<Made>, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let found: Option<(UserId, String, String)> =
        sqlx::query_as("SELECT id, email, locale FROM users WHERE email = $1")
            .bind(super::users::normalize_email(email))
            .fetch_optional(&mut *tx)
            .await?;
    let Some((user, email, locale)) = found else {
        return Ok(None);
    };
    super::dialect::lock(&mut tx, super::dialect::Lock::Person(user)).await?;
    let lately: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM password_resets WHERE user_id = $1 AND created_at > $2",
    )
    .bind(user)
    .bind(super::ago(LIFETIME))
    .fetch_one(&mut *tx)
    .await?;
    if lately >= cap {
        return Ok(None);
    }
    let token = insert(&mut tx, user).await?;
    tx.commit().await?;
    Ok(Some(Made {
        token,
        user,
        email,
        locale: Locale::parse(&locale).unwrap_or_default(),
    }))
}

/// A link for `user` (an administrator passes it on when the installation sends no mail).
pub async fn create_for(db: &Db, user: UserId) -> Result<String, sqlx::Error> {
    let mut conn = db.acquire().await?;
    insert(&mut conn, user).await
}

async fn insert(conn: &mut sqlx::AnyConnection, user: UserId) -> Result<String, sqlx::Error> {
    let token = new_token();
    let now = super::now();
    sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at)
         VALUES ($1, $2, $3, $4)",
    )
    .bind(hash(&token))
    .bind(user)
    .bind(now)
    .bind(now.plus(LIFETIME))
    .execute(&mut *conn)
    .await?;
    Ok(token)
}

/// Whether `token` can still set a password.
pub async fn is_open(db: &Db, token: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM password_resets
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(hash(token))
    .bind(super::now())
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// Set the password of the link's person to `password_hash`, once; the person, or `None` when
/// the link is unknown, used or expired. Every link and session of the person ends.
pub async fn set_password(
    db: &Db,
    token: &str,
    password_hash: &str,
) -> Result<Option<UserId>, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let now = super::now();
    let user: Option<UserId> = sqlx::query_scalar(
        "UPDATE password_resets SET used_at = $1
         WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1
         RETURNING user_id",
    )
    .bind(now)
    .bind(hash(token))
    .fetch_optional(&mut *tx)
    .await?;
    let Some(user) = user else {
        return Ok(None);
    };
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(user)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(user)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(user))
}

/// Remove links that were used or ran out more than a day ago. Safe to run from every server.
pub async fn delete_old(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM password_resets WHERE expires_at < $1")
        .bind(super::ago(Duration::from_secs(24 * 60 * 60)))
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{db_test, sessions, users};

    db_test!(
        async fn a_link_sets_the_password_once_and_ends_every_session(t) {
            let id = users::create(&t.db, "a@x.se", "A", "old", Locale::ENGLISH)
                .await
                .unwrap()
                .unwrap();
            let session = sessions::create(&t.db, id).await.unwrap();
            assert_eq!(create(&t.db, "nobody@x.se").await.unwrap(), None);
            let first = create(&t.db, " A@X.se").await.unwrap().unwrap();
            assert_eq!((first.user, first.locale), (id, Locale::ENGLISH));
            assert_eq!(first.email, "a@x.se");
            let second = create(&t.db, "a@x.se").await.unwrap().unwrap();
            assert!(is_open(&t.db, &first.token).await.unwrap());
            // A third within the hour, past a cap of two: none.
            assert_eq!(create_capped(&t.db, "a@x.se", 2).await.unwrap(), None);
            assert!(create_capped(&t.db, "a@x.se", 3).await.unwrap().is_some());
            assert_eq!(
                set_password(&t.db, &second.token, "new").await.unwrap(),
                Some(id)
            );
            let (_, stored) = users::find_for_sign_in(&t.db, "a@x.se")
                .await
                .unwrap()
                .unwrap();
            assert_eq!(stored, "new");
            assert_eq!(sessions::user_for(&t.db, &session).await.unwrap(), None);
            // Used, and the other link of the person with it.
            for token in [&second.token, &first.token] {
                assert!(!is_open(&t.db, token).await.unwrap());
                assert_eq!(set_password(&t.db, token, "again").await.unwrap(), None);
            }
            assert_eq!(set_password(&t.db, "f00", "x").await.unwrap(), None);
        }
    );

    db_test!(
        async fn an_expired_link_sets_nothing(t) {
            let id = users::create(&t.db, "a@x.se", "A", "old", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            let token = create_for(&t.db, id).await.unwrap();
            sqlx::query("UPDATE password_resets SET expires_at = $1")
                .bind(crate::db::ago(Duration::from_secs(1)))
                .execute(&t.db)
                .await
                .unwrap();
            assert!(!is_open(&t.db, &token).await.unwrap());
            assert_eq!(set_password(&t.db, &token, "new").await.unwrap(), None);
            let (_, stored) = users::find_for_sign_in(&t.db, "a@x.se")
                .await
                .unwrap()
                .unwrap();
            assert_eq!(stored, "old");
            assert_eq!(delete_old(&t.db).await.unwrap(), 0);
            sqlx::query("UPDATE password_resets SET expires_at = $1")
                .bind(crate::db::ago(Duration::from_secs(25 * 60 * 60)))
                .execute(&t.db)
                .await
                .unwrap();
            assert_eq!(delete_old(&t.db).await.unwrap(), 1);
        }
    );
}
