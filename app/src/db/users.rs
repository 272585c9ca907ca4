//! People with accounts, and the roles their memberships give them.
use super::Db;
use crate::domain::{Actor, Membership, OrgCode, OrgKind, OrganisationId, Role, UserId};
use crate::i18n::Locale;

#[derive(Debug, Clone, PartialEq)]
pub struct UserRow {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub locale: Locale,
    /// Every role the person holds now, where.
    pub memberships: Vec<Membership>,
}

impl UserRow {
    pub fn has(&self, role: Role) -> bool {
        self.memberships.iter().any(|m| m.role == role)
    }

    /// The roles the person holds somewhere, each once, in the order of [`Role::ALL`].
    pub fn roles(&self) -> Vec<Role> {
        Role::ALL.into_iter().filter(|r| self.has(*r)).collect()
    }

    /// The person as the access policy sees them.
    pub fn actor(&self) -> Actor {
        Actor {
            id: Some(self.id),
            memberships: self.memberships.clone(),
        }
    }
}

/// `SELECT` + this + `WHERE …` + `rest`: people `u` with what each holds now, one row per
/// membership held (or one row with none), as [`Stored`] reads them.
macro_rules! select_with_roles {
    ($($rest:expr),*) => {
        concat!(
            "SELECT u.id, u.email, u.name, u.locale, m.organisation_id, o.kind, o.code, m.role",
            $($rest,)*
        )
    };
}
pub(super) use select_with_roles;

/// Joined after `users u`: what each person holds now.
macro_rules! roles_of_u {
    () => {
        " LEFT JOIN memberships m ON m.user_id = u.id AND m.ended_at IS NULL
          LEFT JOIN organisations o ON o.id = m.organisation_id "
    };
}
pub(super) use roles_of_u;

/// A `users` row as stored, with one membership (or none).
#[derive(sqlx::FromRow)]
pub(super) struct Stored {
    id: UserId,
    email: String,
    name: String,
    locale: String,
    organisation_id: Option<OrganisationId>,
    kind: Option<OrgKind>,
    code: Option<String>,
    role: Option<Role>,
}

impl Stored {
    fn membership(&mut self) -> Option<Membership> {
        Some(Membership {
            organisation: self.organisation_id?,
            kind: self.kind?,
            code: OrgCode::stored(self.code.take()?),
            role: self.role?,
        })
    }
}

/// One person from the rows [`select_with_roles`] gives for them (in a stable order of their roles);
/// `None` for no rows.
pub(super) fn from_rows(rows: Vec<Stored>) -> Result<Option<UserRow>, sqlx::Error> {
    let mut rows = rows.into_iter();
    let Some(mut first) = rows.next() else {
        return Ok(None);
    };
    // A language taken off the menu (or unknown) leaves its people with Swedish, never
    // without a way in.
    let locale = Locale::parse(&first.locale).unwrap_or_else(|| {
        tracing::warn!(
            "user {} has a language not offered; Swedish is used",
            first.id
        );
        Locale::BASE
    });
    let mut memberships: Vec<Membership> = first.membership().into_iter().collect();
    memberships.extend(rows.filter_map(|mut r| r.membership()));
    memberships.sort_by(|a, b| (a.role, &a.code).cmp(&(b.role, &b.code)));
    Ok(Some(UserRow {
        id: first.id,
        email: first.email,
        name: first.name,
        locale,
        memberships,
    }))
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
    locale: Locale,
) -> Result<Option<UserId>, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO users (email, name, password_hash, locale, created_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO NOTHING
         RETURNING id",
    )
    .bind(normalize_email(email))
    .bind(name)
    .bind(password_hash)
    .bind(locale.tag())
    .bind(super::now())
    .fetch_optional(db)
    .await
}

/// Create a participant's account and their membership of their home municipality, in one
/// transaction; `Ok(None)` when the e-mail address is taken. The caller has checked that
/// `home` is a municipality.
pub async fn create_participant(
    db: &Db,
    email: &str,
    name: &str,
    password_hash: &str,
    locale: Locale,
    home: OrganisationId,
) -> Result<Option<UserId>, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let now = super::now();
    let id: Option<UserId> = sqlx::query_scalar(
        "INSERT INTO users (email, name, password_hash, locale, created_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO NOTHING
         RETURNING id",
    )
    .bind(normalize_email(email))
    .bind(name)
    .bind(password_hash)
    .bind(locale.tag())
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = id else {
        return Ok(None);
    };
    sqlx::query(
        "INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(id)
    .bind(home)
    .bind(Role::Participant)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// Give `user` a new password hash.
pub async fn set_password(db: &Db, user: UserId, password_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(user)
        .execute(db)
        .await?;
    Ok(())
}

/// The user and their password hash, for signing in.
pub async fn find_for_sign_in(
    db: &Db,
    email: &str,
) -> Result<Option<(UserRow, String)>, sqlx::Error> {
    let email = normalize_email(email);
    let hash: Option<String> =
        sqlx::query_scalar("SELECT password_hash FROM users WHERE email = $1")
            .bind(&email)
            .fetch_optional(db)
            .await?;
    let Some(hash) = hash else {
        return Ok(None);
    };
    Ok(find_by_email(db, &email).await?.map(|u| (u, hash)))
}

pub async fn find(db: &Db, id: UserId) -> Result<Option<UserRow>, sqlx::Error> {
    let rows: Vec<Stored> = sqlx::query_as(select_with_roles!(
        " FROM users u",
        roles_of_u!(),
        "WHERE u.id = $1"
    ))
    .bind(id)
    .fetch_all(db)
    .await?;
    from_rows(rows)
}

pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<UserRow>, sqlx::Error> {
    let rows: Vec<Stored> = sqlx::query_as(select_with_roles!(
        " FROM users u",
        roles_of_u!(),
        "WHERE u.email = $1"
    ))
    .bind(normalize_email(email))
    .fetch_all(db)
    .await?;
    from_rows(rows)
}

/// Every person with what they hold now, by e-mail address (for `kartla users list`).
pub async fn list(db: &Db) -> Result<Vec<UserRow>, sqlx::Error> {
    let rows: Vec<Stored> = sqlx::query_as(select_with_roles!(
        " FROM users u",
        roles_of_u!(),
        "ORDER BY u.email, u.id"
    ))
    .fetch_all(db)
    .await?;
    let mut people = Vec::new();
    let mut rows = rows.into_iter().peekable();
    while let Some(first) = rows.next() {
        let id = first.id;
        let mut same = vec![first];
        while let Some(next) = rows.next_if(|r| r.id == id) {
            same.push(next);
        }
        people.extend(from_rows(same)?);
    }
    Ok(people)
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
                Locale::BASE,
            )
            .await
            .unwrap();
            assert!(first.is_some());
            let again = create(
                &t.db,
                "anna@example.se ",
                "Anna",
                "h",
                Locale::BASE,
            )
            .await
            .unwrap();
            assert_eq!(again, None);
            let found = find_by_email(&t.db, "ANNA@example.se")
                .await
                .unwrap()
                .unwrap();
            assert_eq!(found.email, "anna@example.se");
            assert!(found.memberships.is_empty());
        }
    );

    db_test!(
        async fn two_sign_ups_for_one_address_at_once_make_one_account(t) {
            let tries = (0..8).map(|i| {
                let db = t.db.clone();
                async move {
                    create(&db, "same@x.se", &format!("P{i}"), "h", Locale::BASE)
                        .await
                        .unwrap()
                }
            });
            let made = futures::future::join_all(tries).await;
            assert_eq!(made.iter().filter(|m| m.is_some()).count(), 1);
        }
    );
}
