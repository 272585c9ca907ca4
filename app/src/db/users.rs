//! People with accounts.
use super::Db;
use crate::domain::{Role, UserId};
use crate::i18n::Locale;

#[derive(Debug, Clone, PartialEq)]
pub struct UserRow {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub locale: Locale,
}

type Raw = (i64, String, String, String, String);

fn from_raw((id, email, name, role, locale): Raw) -> Result<UserRow, sqlx::Error> {
    Ok(UserRow {
        id: UserId(id),
        email,
        name,
        role: role
            .parse()
            .map_err(|e: String| sqlx::Error::Decode(e.into()))?,
        locale: Locale::parse(&locale).unwrap_or_default(),
    })
}

pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Create a user; `Ok(None)` when the e-mail address is taken.
pub async fn create(
    db: &Db,
    email: &str,
    name: &str,
    password_hash: &str,
    role: Role,
    locale: Locale,
) -> Result<Option<UserId>, sqlx::Error> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO users (email, name, password_hash, role, locale, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING
         RETURNING id",
    )
    .bind(normalize_email(email))
    .bind(name)
    .bind(password_hash)
    .bind(role.as_str())
    .bind(locale.tag())
    .bind(super::now())
    .fetch_optional(db)
    .await?;
    Ok(id.map(UserId))
}

/// The user and their password hash, for signing in.
pub async fn find_for_sign_in(
    db: &Db,
    email: &str,
) -> Result<Option<(UserRow, String)>, sqlx::Error> {
    let row: Option<(i64, String, String, String, String, String)> = sqlx::query_as(
        "SELECT id, email, name, role, locale, password_hash FROM users WHERE email = $1",
    )
    .bind(normalize_email(email))
    .fetch_optional(db)
    .await?;
    row.map(|(id, e, n, r, l, hash)| Ok((from_raw((id, e, n, r, l))?, hash)))
        .transpose()
}

pub async fn find(db: &Db, id: UserId) -> Result<Option<UserRow>, sqlx::Error> {
    let row: Option<Raw> =
        sqlx::query_as("SELECT id, email, name, role, locale FROM users WHERE id = $1")
            .bind(id.0)
            .fetch_optional(db)
            .await?;
    row.map(from_raw).transpose()
}

pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<UserRow>, sqlx::Error> {
    let row: Option<Raw> =
        sqlx::query_as("SELECT id, email, name, role, locale FROM users WHERE email = $1")
            .bind(normalize_email(email))
            .fetch_optional(db)
            .await?;
    row.map(from_raw).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::testing::fresh;

    #[tokio::test]
    async fn a_second_account_with_the_same_email_in_other_case_is_refused() {
        let t = fresh().await;
        let first = create(
            &t.db,
            "Anna@Example.se",
            "Anna",
            "h",
            Role::Participant,
            Locale::Sv,
        )
        .await
        .unwrap();
        assert!(first.is_some());
        let again = create(
            &t.db,
            "anna@example.se ",
            "Anna",
            "h",
            Role::Participant,
            Locale::Sv,
        )
        .await
        .unwrap();
        assert_eq!(again, None);
        let found = find_by_email(&t.db, "ANNA@example.se")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(found.email, "anna@example.se");
        assert_eq!(found.role, Role::Participant);
    }
}
