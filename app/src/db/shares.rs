//! A person's mappings shared with a study and career counsellor of their municipality: made
//! and withdrawn by the person alone, read by the access policy (which lets the counsellor
//! read what is shared) and by the counsellor's caseload.
use super::{Db, Json};
use crate::domain::policy::ShareFacts;
use crate::domain::{LocalizedText, MappingId, OrgKind, OrganisationId, Role, Timestamp, UserId};

/// The counsellors a person can share with: those counselling for their home municipality.
/// (id, name, organisation), by name.
pub async fn counsellors_for(
    db: &Db,
    person: UserId,
) -> Result<Vec<(UserId, String, OrganisationId)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id, u.name, c.organisation_id FROM memberships h
         JOIN memberships c ON c.organisation_id = h.organisation_id
         JOIN users u ON u.id = c.user_id
         JOIN organisations o ON o.id = c.organisation_id
         WHERE h.user_id = $1 AND h.role = $2 AND h.ended_at IS NULL
           AND c.role = $3 AND c.ended_at IS NULL AND c.user_id <> $1 AND o.kind = $4
         ORDER BY u.name, u.id",
    )
    .bind(person)
    .bind(Role::Participant)
    .bind(Role::Counsellor)
    .bind(OrgKind::Municipality)
    .fetch_all(db)
    .await
}

/// Why a share is not made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotShared {
    /// Not a counsellor of the person's municipality.
    NotACounsellor,
    /// Not one of the person's mappings.
    NotTheirs,
}

/// Share `mapping` (or every mapping, `None`) of `owner` with `counsellor`. Sharing what is
/// shared already changes nothing. Returns the share's id.
pub async fn share(
    db: &Db,
    owner: UserId,
    counsellor: UserId,
    mapping: Option<MappingId>,
) -> Result<Result<i64, NotShared>, sqlx::Error> {
    let Some((_, _, organisation)) = counsellors_for(db, owner)
        .await?
        .into_iter()
        .find(|(c, _, _)| *c == counsellor)
    else {
        return Ok(Err(NotShared::NotACounsellor));
    };
    if let Some(m) = mapping {
        let theirs: Option<UserId> =
            sqlx::query_scalar("SELECT owner_id FROM mappings WHERE id = $1")
                .bind(m)
                .fetch_optional(db)
                .await?;
        if theirs != Some(owner) {
            return Ok(Err(NotShared::NotTheirs));
        }
    }
    let mut tx = super::dialect::begin_write(db).await?;
    super::dialect::lock(&mut tx, super::dialect::Lock::Person(owner)).await?;
    let existing: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM shares WHERE owner_id = $1 AND counsellor_id = $2 AND withdrawn_at IS NULL
         AND ((mapping_id IS NULL AND $3 IS NULL) OR mapping_id = $3)",
    )
    .bind(owner)
    .bind(counsellor)
    .bind(mapping)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = existing {
        return Ok(Ok(id));
    }
    let id = sqlx::query_scalar(
        "INSERT INTO shares (owner_id, counsellor_id, organisation_id, mapping_id, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(owner)
    .bind(counsellor)
    .bind(organisation)
    .bind(mapping)
    .bind(super::now())
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Ok(id))
}

/// The person withdraws a share of theirs; `false` when there is no such share open.
pub async fn withdraw(db: &Db, owner: UserId, id: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE shares SET withdrawn_at = $1 WHERE id = $2 AND owner_id = $3 AND withdrawn_at IS NULL",
    )
    .bind(super::now())
    .bind(id)
    .bind(owner)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// One open share, as the person and the counsellor see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub id: i64,
    pub owner: UserId,
    pub owner_name: String,
    pub counsellor: UserId,
    pub counsellor_name: String,
    pub organisation: OrganisationId,
    /// The mapping shared, with its frameworks' titles; `None` for every mapping.
    pub mapping: Option<(MappingId, Vec<LocalizedText>)>,
    pub created_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    owner_id: UserId,
    owner_name: String,
    counsellor_id: UserId,
    counsellor_name: String,
    organisation_id: OrganisationId,
    mapping_id: Option<MappingId>,
    created_at: Timestamp,
    title: Option<Json<LocalizedText>>,
}

macro_rules! share_select {
    ($rest:literal) => {
        concat!(
            "SELECT s.id, s.owner_id, p.name AS owner_name, s.counsellor_id,
                    c.name AS counsellor_name, s.organisation_id, s.mapping_id, s.created_at,
                    f.title
             FROM shares s JOIN users p ON p.id = s.owner_id JOIN users c ON c.id = s.counsellor_id
             LEFT JOIN mapping_frameworks mf ON mf.mapping_id = s.mapping_id
             LEFT JOIN frameworks f ON f.id = mf.framework_id
             WHERE s.withdrawn_at IS NULL AND ",
            $rest
        )
    };
}

fn fold(rows: Vec<Row>) -> Vec<Share> {
    let mut out: Vec<Share> = vec![];
    for r in rows {
        match out.last_mut() {
            Some(last) if last.id == r.id => {
                if let (Some((_, titles)), Some(t)) = (last.mapping.as_mut(), r.title) {
                    titles.push(t.0);
                }
            }
            _ => out.push(Share {
                id: r.id,
                owner: r.owner_id,
                owner_name: r.owner_name,
                counsellor: r.counsellor_id,
                counsellor_name: r.counsellor_name,
                organisation: r.organisation_id,
                mapping: r
                    .mapping_id
                    .map(|m| (m, r.title.map(|t| vec![t.0]).unwrap_or_default())),
                created_at: r.created_at,
            }),
        }
    }
    out
}

/// A person's open shares, newest first.
pub async fn of_owner(db: &Db, owner: UserId) -> Result<Vec<Share>, sqlx::Error> {
    let rows = sqlx::query_as(share_select!(
        "s.owner_id = $1 ORDER BY s.created_at DESC, s.id, mf.position"
    ))
    .bind(owner)
    .fetch_all(db)
    .await?;
    Ok(fold(rows))
}

/// What is shared with a counsellor: their caseload, by person.
pub async fn with_counsellor(db: &Db, counsellor: UserId) -> Result<Vec<Share>, sqlx::Error> {
    let rows = sqlx::query_as(share_select!(
        "s.counsellor_id = $1 ORDER BY p.name, s.owner_id, s.id, mf.position"
    ))
    .bind(counsellor)
    .fetch_all(db)
    .await?;
    Ok(fold(rows))
}

/// Whom `owner`'s mapping `mapping` is shared with now (shared alone, or with everything of
/// theirs): what the access policy needs.
pub async fn facts_of_mapping(
    db: &Db,
    owner: UserId,
    mapping: MappingId,
) -> Result<Vec<ShareFacts>, sqlx::Error> {
    let rows: Vec<(UserId, OrganisationId)> = sqlx::query_as(
        "SELECT counsellor_id, organisation_id FROM shares
         WHERE owner_id = $1 AND withdrawn_at IS NULL AND (mapping_id IS NULL OR mapping_id = $2)",
    )
    .bind(owner)
    .bind(mapping)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(counsellor, organisation)| ShareFacts {
            counsellor,
            organisation,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::organisations::{add, give, set_home, Details};
    use crate::db::{db_test, frameworks::tests::published, mappings, users};
    use crate::domain::OrgCode;
    use crate::i18n::Locale;

    db_test!(
        async fn a_person_shares_with_a_counsellor_of_their_municipality_and_withdraws(t) {
            let db = &t.db;
            let org = |code: &str| {
                let db = db.clone();
                let code = OrgCode::parse(code).unwrap();
                async move {
                    let details = Details {
                        name: code.to_string(),
                        ..Details::default()
                    };
                    add(&db, OrgKind::Municipality, &code, &details)
                        .await
                        .unwrap()
                        .unwrap()
                }
            };
            let (lulea, boden) = (org("LULEA").await, org("BODEN").await);
            let user = |email: &'static str| {
                let db = db.clone();
                async move {
                    users::create(&db, email, email, "h", Locale::BASE)
                        .await
                        .unwrap()
                        .unwrap()
                }
            };
            let (p, c, far, other) = (
                user("p@x.se").await,
                user("c@x.se").await,
                user("far@x.se").await,
                user("o@x.se").await,
            );
            assert!(set_home(db, p, lulea).await.unwrap());
            assert!(set_home(db, other, lulea).await.unwrap());
            give(db, c, lulea, Role::Counsellor).await.unwrap().unwrap();
            give(db, far, boden, Role::Counsellor).await.unwrap().unwrap();
            let f = published(db).await;
            let m = mappings::start(db, p, f).await.unwrap();
            let others = mappings::start(db, other, f).await.unwrap();
            assert_eq!(
                counsellors_for(db, p)
                    .await
                    .unwrap()
                    .iter()
                    .map(|(id, _, _)| *id)
                    .collect::<Vec<_>>(),
                [c]
            );
            // Not a counsellor of Luleå; not their mapping.
            assert_eq!(
                share(db, p, far, Some(m)).await.unwrap(),
                Err(NotShared::NotACounsellor)
            );
            assert_eq!(
                share(db, p, c, Some(others)).await.unwrap(),
                Err(NotShared::NotTheirs)
            );
            assert!(facts_of_mapping(db, p, m).await.unwrap().is_empty());
            let one = share(db, p, c, Some(m)).await.unwrap().unwrap();
            assert_eq!(share(db, p, c, Some(m)).await.unwrap(), Ok(one), "once");
            assert_eq!(
                facts_of_mapping(db, p, m).await.unwrap(),
                [ShareFacts {
                    counsellor: c,
                    organisation: lulea
                }]
            );
            let all = share(db, p, c, None).await.unwrap().unwrap();
            assert_ne!(all, one);
            let load = with_counsellor(db, c).await.unwrap();
            assert_eq!(load.len(), 2);
            assert!(load.iter().any(|s| s.mapping.is_none()));
            assert_eq!(load.iter().find(|s| s.id == one).unwrap().mapping.as_ref().unwrap().1.len(), 1);
            // Withdrawn: only the person withdraws, and then nothing is shared.
            assert!(!withdraw(db, c, one).await.unwrap());
            assert!(withdraw(db, p, one).await.unwrap());
            assert!(withdraw(db, p, all).await.unwrap());
            assert!(!withdraw(db, p, all).await.unwrap());
            assert!(facts_of_mapping(db, p, m).await.unwrap().is_empty());
            assert!(with_counsellor(db, c).await.unwrap().is_empty());
            assert!(of_owner(db, p).await.unwrap().is_empty());
        }
    );
}
