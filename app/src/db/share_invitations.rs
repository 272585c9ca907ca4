//! Invitations a counsellor makes for a participant to connect with them: a short code, good
//! for a week and once. The person who enters it shares all their mappings with the counsellor
//! (see [`super::shares::share`], which holds only for a counsellor of their municipality).
use super::Db;
use crate::domain::guidance::JoinCode;
use crate::domain::{Timestamp, UserId};

/// How long an invitation can be accepted.
pub const VALID_FOR: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 60 * 60);

/// Make an invitation; its code.
pub async fn create(db: &Db, counsellor: UserId) -> Result<JoinCode, sqlx::Error> {
    use rand::RngCore;
    let now = super::now();
    let mut tries = 0;
    loop {
        let mut bytes = [0u8; crate::domain::guidance::CODE_LENGTH];
        rand::rng().fill_bytes(&mut bytes);
        let code = JoinCode::from_random(bytes);
        let made = sqlx::query(
            "INSERT INTO share_invitations (counsellor_id, code, created_at, expires_at)
             VALUES ($1, $2, $3, $4)",
        )
        .bind(counsellor)
        .bind(code.as_str())
        .bind(now)
        .bind(now.plus(VALID_FOR))
        .execute(db)
        .await;
        match made {
            Ok(_) => return Ok(code),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() && tries < 5 => tries += 1,
            Err(e) => return Err(e),
        }
    }
}

/// A counsellor's invitations not yet used nor run out: (code, until), newest first.
pub async fn open_of(db: &Db, counsellor: UserId) -> Result<Vec<(String, Timestamp)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT code, expires_at FROM share_invitations
         WHERE counsellor_id = $1 AND used_at IS NULL AND expires_at > $2 ORDER BY id DESC",
    )
    .bind(counsellor)
    .bind(super::now())
    .fetch_all(db)
    .await
}

/// Why an invitation was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAccepted {
    /// No open invitation has the code (never made, used, run out).
    Unknown,
    /// The counsellor does not counsel for the person's municipality.
    NotTheirCounsellor,
}

/// `person` accepts the invitation with `code`: all their mappings are shared with its
/// counsellor, and the invitation is used up. The share's id.
pub async fn accept(
    db: &Db,
    person: UserId,
    code: &JoinCode,
) -> Result<Result<i64, NotAccepted>, sqlx::Error> {
    let now = super::now();
    // Claimed first, so that two people entering one code at once cannot both use it.
    let claimed: Option<UserId> = sqlx::query_scalar(
        "UPDATE share_invitations SET used_at = $1, used_by = $2
         WHERE code = $3 AND used_at IS NULL AND expires_at > $1 AND counsellor_id <> $2
         RETURNING counsellor_id",
    )
    .bind(now)
    .bind(person)
    .bind(code.as_str())
    .fetch_optional(db)
    .await?;
    let Some(counsellor) = claimed else {
        return Ok(Err(NotAccepted::Unknown));
    };
    match super::shares::share(db, person, counsellor, None).await? {
        Ok(id) => Ok(Ok(id)),
        Err(_) => {
            // Not theirs to use: the counsellor's invitation stays open for the right person.
            sqlx::query(
                "UPDATE share_invitations SET used_at = NULL, used_by = NULL
                 WHERE code = $1 AND used_by = $2",
            )
            .bind(code.as_str())
            .bind(person)
            .execute(db)
            .await?;
            Ok(Err(NotAccepted::NotTheirCounsellor))
        }
    }
}

/// Remove invitations run out a month ago (kept that long to say "run out", not "unknown").
pub async fn prune(db: &Db) -> Result<u64, sqlx::Error> {
    let month = std::time::Duration::from_secs(30 * 24 * 60 * 60);
    sqlx::query("DELETE FROM share_invitations WHERE expires_at < $1")
        .bind(super::now().minus(month))
        .execute(db)
        .await
        .map(|r| r.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::organisations::{add, give, set_home, Details};
    use crate::db::{db_test, users};
    use crate::domain::{OrgCode, OrgKind, Role};
    use crate::i18n::Locale;

    db_test!(
        async fn an_invitation_connects_a_person_of_the_counsellors_municipality_once(t) {
            let db = &t.db;
            let org = |code: &'static str| {
                let db = db.clone();
                async move {
                    let details = Details {
                        name: code.into(),
                        ..Details::default()
                    };
                    add(&db, OrgKind::Municipality, &OrgCode::parse(code).unwrap(), &details)
                        .await
                        .unwrap()
                        .unwrap()
                }
            };
            let user = |email: &'static str| {
                let db = db.clone();
                async move {
                    users::create(&db, email, email, "h", Locale::BASE)
                        .await
                        .unwrap()
                        .unwrap()
                }
            };
            let (lulea, boden) = (org("LULEA").await, org("BODEN").await);
            let (c, p, q, far) = (
                user("c@x.se").await,
                user("p@x.se").await,
                user("q@x.se").await,
                user("far@x.se").await,
            );
            give(db, c, lulea, Role::Counsellor).await.unwrap().unwrap();
            assert!(set_home(db, p, lulea).await.unwrap());
            assert!(set_home(db, q, lulea).await.unwrap());
            assert!(set_home(db, far, boden).await.unwrap());
            let code = create(db, c).await.unwrap();
            assert_eq!(open_of(db, c).await.unwrap().len(), 1);
            // Someone elsewhere cannot use it, and it stays open.
            assert_eq!(
                accept(db, far, &code).await.unwrap(),
                Err(NotAccepted::NotTheirCounsellor)
            );
            assert!(accept(db, p, &code).await.unwrap().is_ok());
            assert_eq!(
                crate::db::shares::with_counsellor(db, c).await.unwrap()[0].mapping,
                None,
                "everything of theirs"
            );
            assert_eq!(accept(db, q, &code).await.unwrap(), Err(NotAccepted::Unknown), "once");
            assert!(open_of(db, c).await.unwrap().is_empty());
            let unknown = JoinCode::parse("ZZZ-ZZZ").unwrap();
            assert_eq!(accept(db, q, &unknown).await.unwrap(), Err(NotAccepted::Unknown));
        }
    );
}
