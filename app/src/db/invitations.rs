//! Invitations to hold a role in an organisation: a one-time link for one e-mail address, valid
//! for [`LIFETIME`]. Accepting one is a single conditional `UPDATE` inside the transaction that
//! gives the role, so two clicks on one link (or two servers at once) give it once.
use super::secret::{hash, new_token};
use super::users::normalize_email;
use super::Db;
use crate::domain::{OrgKind, OrganisationId, Role, Timestamp, UserId};
use crate::i18n::Locale;
use std::time::Duration;

/// How long an invitation can be accepted.
pub const LIFETIME: Duration = Duration::from_secs(7 * 24 * 60 * 60);

/// Invite `email` to hold `role` in `organisation`; the link's secret, to be sent or shown once.
/// The caller has asked the policy and checked that the role fits the organisation.
pub async fn create(
    db: &Db,
    email: &str,
    organisation: OrganisationId,
    role: Role,
    invited_by: UserId,
) -> Result<String, sqlx::Error> {
    let token = new_token();
    let now = super::now();
    sqlx::query(
        "INSERT INTO invitations
             (token_hash, email, organisation_id, role, invited_by, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(hash(&token))
    .bind(normalize_email(email))
    .bind(organisation)
    .bind(role)
    .bind(invited_by)
    .bind(now)
    .bind(now.plus(LIFETIME))
    .execute(db)
    .await?;
    Ok(token)
}

/// An invitation that can still be accepted, as its link shows it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Open {
    pub email: String,
    pub organisation_id: OrganisationId,
    pub organisation_name: String,
    pub kind: OrgKind,
    pub role: Role,
    pub expires_at: Timestamp,
    /// Whether an account with the invitation's address exists (it is then accepted by
    /// signing in to it, not by making one).
    pub has_account: super::Flag,
}

/// The invitation behind `token`, unless it is unknown, used or expired.
pub async fn open(db: &Db, token: &str) -> Result<Option<Open>, sqlx::Error> {
    sqlx::query_as(
        "SELECT i.email, i.organisation_id, o.name AS organisation_name, o.kind, i.role,
                i.expires_at,
                EXISTS (SELECT 1 FROM users u WHERE u.email = i.email) AS has_account
         FROM invitations i JOIN organisations o ON o.id = i.organisation_id
         WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2",
    )
    .bind(hash(token))
    .bind(super::now())
    .fetch_optional(db)
    .await
}

/// Why an invitation was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAccepted {
    /// Unknown, used or expired: the link no longer opens anything.
    Gone,
    /// The invitation is for another e-mail address than the signed-in person's.
    OtherPerson,
    /// An account with the address exists: sign in to it to accept.
    HasAccount,
}

#[derive(sqlx::FromRow)]
struct Taken {
    email: String,
    organisation_id: OrganisationId,
    role: Role,
}

/// Mark the invitation used by `user` in `tx`, if it is open and (when `email` is given) for
/// that address.
async fn take(
    tx: &mut sqlx::AnyConnection,
    token: &str,
    user: Option<UserId>,
    email: Option<&str>,
) -> Result<Result<Taken, NotAccepted>, sqlx::Error> {
    let now = super::now();
    let taken: Option<Taken> = sqlx::query_as(
        "UPDATE invitations SET used_at = $1, used_by = $2
         WHERE token_hash = $3 AND used_at IS NULL AND expires_at > $1
           AND ($4 IS NULL OR email = $4)
         RETURNING email, organisation_id, role",
    )
    .bind(now)
    .bind(user)
    .bind(hash(token))
    .bind(email.map(normalize_email))
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(t) = taken {
        return Ok(Ok(t));
    }
    // Nothing was taken: say whether the link is for someone else or gone.
    let other: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM invitations
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(hash(token))
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    Ok(Err(if other > 0 {
        NotAccepted::OtherPerson
    } else {
        NotAccepted::Gone
    }))
}

/// The signed-in person `user` (with address `email`) accepts: they hold the role from now on.
pub async fn accept(
    db: &Db,
    token: &str,
    user: UserId,
    email: &str,
) -> Result<Result<(OrganisationId, Role), NotAccepted>, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let taken = match take(&mut tx, token, Some(user), Some(email)).await? {
        Ok(t) => t,
        Err(e) => return Ok(Err(e)),
    };
    // A role held already stays as it is: accepting is then a no-op, not an error.
    super::organisations::hold(&mut tx, user, taken.organisation_id, taken.role).await?;
    tx.commit().await?;
    Ok(Ok((taken.organisation_id, taken.role)))
}

/// Someone without an account accepts: their account (with the invitation's address) and the
/// role are made in one transaction.
pub async fn accept_with_new_account(
    db: &Db,
    token: &str,
    name: &str,
    password_hash: &str,
    locale: Locale,
) -> Result<Result<(UserId, Role), NotAccepted>, sqlx::Error> {
    let mut tx = super::dialect::begin_write(db).await?;
    let taken = match take(&mut tx, token, None, None).await? {
        Ok(t) => t,
        Err(e) => return Ok(Err(e)),
    };
    let id: Option<UserId> = sqlx::query_scalar(
        "INSERT INTO users (email, name, password_hash, locale, created_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO NOTHING
         RETURNING id",
    )
    .bind(&taken.email)
    .bind(name)
    .bind(password_hash)
    .bind(locale.tag())
    .bind(super::now())
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = id else {
        // Dropping the transaction rolls the invitation's use back.
        return Ok(Err(NotAccepted::HasAccount));
    };
    sqlx::query("UPDATE invitations SET used_by = $1 WHERE token_hash = $2")
        .bind(id)
        .bind(hash(token))
        .execute(&mut *tx)
        .await?;
    super::organisations::hold(&mut tx, id, taken.organisation_id, taken.role).await?;
    tx.commit().await?;
    Ok(Ok((id, taken.role)))
}

/// An invitation not yet accepted, for the administrators' list.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Pending {
    pub id: i64,
    pub email: String,
    pub organisation_id: OrganisationId,
    pub role: Role,
    pub expires_at: Timestamp,
}

/// Every open invitation, oldest first.
pub async fn pending(db: &Db) -> Result<Vec<Pending>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, email, organisation_id, role, expires_at FROM invitations
         WHERE used_at IS NULL AND expires_at > $1 ORDER BY id",
    )
    .bind(super::now())
    .fetch_all(db)
    .await
}

/// Withdraw an open invitation of `organisation` (one to be an installation administrator only
/// when `installation_admin` says the one withdrawing is one); whether there was one.
pub async fn withdraw(
    db: &Db,
    id: i64,
    organisation: OrganisationId,
    installation_admin: bool,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM invitations
         WHERE id = $1 AND organisation_id = $2 AND used_at IS NULL AND (role <> $3 OR $4)",
    )
    .bind(id)
    .bind(organisation)
    .bind(Role::InstallationAdmin)
    .bind(installation_admin)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Remove invitations that ran out unused more than 30 days ago. Safe to run from every server.
pub async fn delete_expired(db: &Db) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM invitations WHERE used_at IS NULL AND expires_at < $1")
        .bind(super::ago(Duration::from_secs(30 * 24 * 60 * 60)))
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{db_test, organisations, testing::TestDb, users};

    async fn org(t: &TestDb, code: &str, kind: OrgKind) -> OrganisationId {
        organisations::add(
            &t.db,
            kind,
            &crate::domain::OrgCode::parse(code).unwrap(),
            &organisations::Details {
                name: code.into(),
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .unwrap()
    }

    async fn roles(t: &TestDb, user: UserId) -> Vec<(OrganisationId, Role)> {
        let u = users::find(&t.db, user).await.unwrap().unwrap();
        u.memberships
            .iter()
            .map(|m| (m.organisation, m.role))
            .collect()
    }

    db_test!(
        async fn an_invitation_is_used_once_and_only_by_its_address(t) {
            let lulea = org(&t, "LULEA", OrgKind::Municipality).await;
            let admin = users::create(&t.db, "admin@x.se", "A", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            let token = create(&t.db, " Ny@X.se ", lulea, Role::Counsellor, admin)
                .await
                .unwrap();
            let open_one = open(&t.db, &token).await.unwrap().unwrap();
            assert_eq!(open_one.email, "ny@x.se");
            assert_eq!(open_one.role, Role::Counsellor);
            assert!(!open_one.has_account.0);
            // Someone else signed in cannot take it.
            assert_eq!(
                accept(&t.db, &token, admin, "admin@x.se").await.unwrap(),
                Err(NotAccepted::OtherPerson)
            );
            let (new, role) = accept_with_new_account(&t.db, &token, "Ny", "h2", Locale::ENGLISH)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(role, Role::Counsellor);
            assert_eq!(roles(&t, new).await, [(lulea, Role::Counsellor)]);
            // Used: the link opens nothing, and a second use changes nothing.
            assert_eq!(open(&t.db, &token).await.unwrap(), None);
            assert_eq!(
                accept(&t.db, &token, new, "ny@x.se").await.unwrap(),
                Err(NotAccepted::Gone)
            );
            assert_eq!(
                accept_with_new_account(&t.db, &token, "Ny", "h3", Locale::ENGLISH)
                    .await
                    .unwrap(),
                Err(NotAccepted::Gone)
            );
            assert_eq!(pending(&t.db).await.unwrap(), []);
        }
    );

    db_test!(
        async fn an_existing_account_accepts_by_signing_in_and_gets_the_role_once(t) {
            let lulea = org(&t, "LULEA", OrgKind::Municipality).await;
            let val = org(&t, "NORDVAL", OrgKind::Provider).await;
            let someone = users::create(&t.db, "sam@x.se", "Sam", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            let t1 = create(&t.db, "sam@x.se", lulea, Role::Counsellor, someone)
                .await
                .unwrap();
            let t2 = create(&t.db, "sam@x.se", val, Role::Validator, someone)
                .await
                .unwrap();
            assert!(open(&t.db, &t1).await.unwrap().unwrap().has_account.0);
            // An account exists: making another with the address is refused, and the
            // invitation stays open.
            assert_eq!(
                accept_with_new_account(&t.db, &t1, "Other", "h", Locale::BASE)
                    .await
                    .unwrap(),
                Err(NotAccepted::HasAccount)
            );
            assert!(open(&t.db, &t1).await.unwrap().is_some());
            assert_eq!(
                accept(&t.db, &t1, someone, "SAM@x.se").await.unwrap(),
                Ok((lulea, Role::Counsellor))
            );
            assert_eq!(
                accept(&t.db, &t2, someone, "sam@x.se").await.unwrap(),
                Ok((val, Role::Validator))
            );
            let mut held = roles(&t, someone).await;
            held.sort_by_key(|(o, _)| o.0);
            assert_eq!(held, [(lulea, Role::Counsellor), (val, Role::Validator)]);
        }
    );

    db_test!(
        async fn an_expired_or_withdrawn_invitation_opens_nothing(t) {
            let lulea = org(&t, "LULEA", OrgKind::Municipality).await;
            let pitea = org(&t, "PITEA", OrgKind::Municipality).await;
            let admin = users::create(&t.db, "admin@x.se", "A", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            let old = create(&t.db, "a@x.se", lulea, Role::Validator, admin)
                .await
                .unwrap();
            sqlx::query("UPDATE invitations SET expires_at = $1")
                .bind(crate::db::ago(Duration::from_secs(1)))
                .execute(&t.db)
                .await
                .unwrap();
            assert_eq!(open(&t.db, &old).await.unwrap(), None);
            assert_eq!(
                accept_with_new_account(&t.db, &old, "A", "h", Locale::BASE)
                    .await
                    .unwrap(),
                Err(NotAccepted::Gone)
            );
            let fresh = create(&t.db, "b@x.se", lulea, Role::Validator, admin)
                .await
                .unwrap();
            let id = pending(&t.db).await.unwrap()[0].id;
            // Another organisation's administrator cannot withdraw it.
            assert!(!withdraw(&t.db, id, pitea, true).await.unwrap());
            assert!(withdraw(&t.db, id, lulea, false).await.unwrap());
            // Only an installation administrator withdraws an invitation to be one.
            let region = org(&t, "NB", OrgKind::Region).await;
            create(&t.db, "c@x.se", region, Role::InstallationAdmin, admin)
                .await
                .unwrap();
            let id = pending(&t.db).await.unwrap()[0].id;
            assert!(!withdraw(&t.db, id, region, false).await.unwrap());
            assert!(withdraw(&t.db, id, region, true).await.unwrap());
            assert_eq!(open(&t.db, &fresh).await.unwrap(), None);
            // Ran out more than 30 days ago: removed by the clean-up.
            sqlx::query("UPDATE invitations SET expires_at = $1")
                .bind(crate::db::ago(Duration::from_secs(31 * 24 * 60 * 60)))
                .execute(&t.db)
                .await
                .unwrap();
            assert_eq!(delete_expired(&t.db).await.unwrap(), 1);
        }
    );

    db_test!(
        async fn two_accepting_at_once_take_the_invitation_once(t) {
            let lulea = org(&t, "LULEA", OrgKind::Municipality).await;
            let admin = users::create(&t.db, "admin@x.se", "A", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            let token = create(&t.db, "c@x.se", lulea, Role::Validator, admin)
                .await
                .unwrap();
            let tries = (0..6).map(|_| {
                let db = t.db.clone();
                let token = token.clone();
                async move {
                    accept_with_new_account(&db, &token, "C", "h", Locale::BASE)
                        .await
                        .unwrap()
                }
            });
            let results = futures::future::join_all(tries).await;
            assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM memberships")
                .fetch_one(&t.db)
                .await
                .unwrap();
            assert_eq!(n, 1);
        }
    );
}
