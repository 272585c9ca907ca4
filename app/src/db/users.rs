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

/// A `users` row as stored.
#[derive(sqlx::FromRow)]
pub(super) struct Stored {
    id: UserId,
    email: String,
    name: String,
    role: Role,
    locale: String,
}

impl TryFrom<Stored> for UserRow {
    type Error = sqlx::Error;

    fn try_from(s: Stored) -> Result<Self, Self::Error> {
        let locale = Locale::parse(&s.locale).ok_or_else(|| {
            sqlx::Error::Decode(
                format!("user {} has the unknown language {:?}", s.id, s.locale).into(),
            )
        })?;
        Ok(UserRow {
            id: s.id,
            email: s.email,
            name: s.name,
            role: s.role,
            locale,
        })
    }
}

#[derive(sqlx::FromRow)]
struct WithHash {
    #[sqlx(flatten)]
    user: Stored,
    password_hash: String,
}

pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Create a user; `Ok(None)` when the e-mail address is taken (also when two sign-ups for one
/// address race: the unique index decides).
pub async fn create(
    db: &Db,
    email: &str,
    name: &str,
    password_hash: &str,
    role: Role,
    locale: Locale,
) -> Result<Option<UserId>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (email, name, password_hash, role, locale, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (email) DO NOTHING
         RETURNING id",
    )
    .bind(normalize_email(email))
    .bind(name)
    .bind(password_hash)
    .bind(role)
    .bind(locale.tag())
    .bind(super::now())
    .fetch_optional(db)
    .await
}

/// The user and their password hash, for signing in.
pub async fn find_for_sign_in(
    db: &Db,
    email: &str,
) -> Result<Option<(UserRow, String)>, sqlx::Error> {
    let row: Option<WithHash> = sqlx::query_as(
        "SELECT id, email, name, role, locale, password_hash FROM users WHERE email = $1",
    )
    .bind(normalize_email(email))
    .fetch_optional(db)
    .await?;
    row.map(|r| Ok((r.user.try_into()?, r.password_hash)))
        .transpose()
}

pub async fn find(db: &Db, id: UserId) -> Result<Option<UserRow>, sqlx::Error> {
    let row: Option<Stored> =
        sqlx::query_as("SELECT id, email, name, role, locale FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(db)
            .await?;
    row.map(TryInto::try_into).transpose()
}

pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<UserRow>, sqlx::Error> {
    let row: Option<Stored> =
        sqlx::query_as("SELECT id, email, name, role, locale FROM users WHERE email = $1")
            .bind(normalize_email(email))
            .fetch_optional(db)
            .await?;
    row.map(TryInto::try_into).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::db_test;

    db_test!(
        async fn a_second_account_with_the_same_email_in_other_case_is_refused(t) {
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
    );

    db_test!(
        async fn two_sign_ups_for_one_address_at_once_make_one_account(t) {
            let tries = (0..8).map(|i| {
                let db = t.db.clone();
                async move {
                    create(&db, "same@x.se", &format!("P{i}"), "h", Role::Participant, Locale::Sv)
                        .await
                        .unwrap()
                }
            });
            let made = futures::future::join_all(tries).await;
            assert_eq!(made.iter().filter(|m| m.is_some()).count(), 1);
        }
    );
}
