//! The region's organisations, the municipalities each serves, and memberships: who holds
//! which role where.
use super::{dialect, Db};
use crate::domain::organisation::MembershipProblem;
use crate::domain::{OrgCode, OrgKind, Organisation, OrganisationId, Role, UserId};

#[derive(sqlx::FromRow)]
struct Stored {
    id: OrganisationId,
    kind: OrgKind,
    code: String,
    name: String,
    email: String,
    phone: String,
}

impl From<Stored> for Organisation {
    fn from(s: Stored) -> Self {
        Organisation {
            id: s.id,
            kind: s.kind,
            code: OrgCode::stored(s.code),
            name: s.name,
            email: s.email,
            phone: s.phone,
        }
    }
}

const COLUMNS: &str = "id, kind, code, name, email, phone";

/// Why an organisation was not added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAdded {
    CodeTaken,
    /// An installation serves one region.
    RegionExists,
}

/// What an organisation is called and how it is reached.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Details {
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// Add an organisation. Two adding the same code (or a second region) at once: the unique
/// indexes decide, and the one that loses is told why.
pub async fn add(
    db: &Db,
    kind: OrgKind,
    code: &OrgCode,
    details: &Details,
) -> Result<Result<OrganisationId, NotAdded>, sqlx::Error> {
    let id: Option<OrganisationId> = sqlx::query_scalar(
        "INSERT INTO organisations (kind, code, name, email, phone, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING
         RETURNING id",
    )
    .bind(kind)
    .bind(code.as_str())
    .bind(details.name.trim())
    .bind(details.email.trim())
    .bind(details.phone.trim())
    .bind(super::now())
    .fetch_optional(db)
    .await?;
    if let Some(id) = id {
        return Ok(Ok(id));
    }
    Ok(Err(if find_by_code(db, code).await?.is_some() {
        NotAdded::CodeTaken
    } else {
        NotAdded::RegionExists
    }))
}

/// Every organisation: the region first, then municipalities, then providers, each by code.
pub async fn list(db: &Db) -> Result<Vec<Organisation>, sqlx::Error> {
    let rows: Vec<Stored> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM organisations"
    )))
    .fetch_all(db)
    .await?;
    let mut all: Vec<Organisation> = rows.into_iter().map(Into::into).collect();
    all.sort_by(|a, b| (a.kind, &a.code).cmp(&(b.kind, &b.code)));
    Ok(all)
}

/// The organisations of one kind (the municipalities, for registration), by code.
pub async fn of_kind(db: &Db, kind: OrgKind) -> Result<Vec<Organisation>, sqlx::Error> {
    let rows: Vec<Stored> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM organisations WHERE kind = $1 ORDER BY code"
    )))
    .bind(kind)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(Into::into).collect())
}

pub async fn find(db: &Db, id: OrganisationId) -> Result<Option<Organisation>, sqlx::Error> {
    let row: Option<Stored> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM organisations WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(db)
    .await?;
    Ok(row.map(Into::into))
}

pub async fn find_by_code(db: &Db, code: &OrgCode) -> Result<Option<Organisation>, sqlx::Error> {
    let row: Option<Stored> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM organisations WHERE code = $1"
    )))
    .bind(code.as_str())
    .fetch_optional(db)
    .await?;
    Ok(row.map(Into::into))
}

/// Record that `organisation` serves `municipality` (a provider assessing for it); saying it
/// twice changes nothing. `false` when `municipality` is not a municipality.
pub async fn serve(
    db: &Db,
    organisation: OrganisationId,
    municipality: OrganisationId,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO organisation_serves (organisation_id, municipality_id)
         SELECT $1, id FROM organisations WHERE id = $2 AND kind = $3
         ON CONFLICT DO NOTHING",
    )
    .bind(organisation)
    .bind(municipality)
    .bind(OrgKind::Municipality)
    .execute(db)
    .await?;
    if done.rows_affected() == 1 {
        return Ok(true);
    }
    Ok(find(db, municipality).await?.map(|m| m.kind) == Some(OrgKind::Municipality))
}

/// The municipalities `organisation` serves: itself if it is one, every one if it is the
/// region's office, those it was said to serve otherwise.
pub async fn served_by(
    db: &Db,
    organisation: OrganisationId,
) -> Result<Vec<OrganisationId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT municipality_id FROM served_municipalities
         WHERE organisation_id = $1 ORDER BY municipality_id",
    )
    .bind(organisation)
    .fetch_all(db)
    .await
}

/// Record that `organisation` maintains the framework `code` (every version of it).
pub async fn maintain(
    db: &Db,
    code: &str,
    organisation: OrganisationId,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO framework_maintainers (code, organisation_id) VALUES ($1, $2)
         ON CONFLICT (code) DO UPDATE SET organisation_id = excluded.organisation_id",
    )
    .bind(code)
    .bind(organisation)
    .execute(db)
    .await?;
    Ok(())
}

/// Start `user`'s membership holding `role` in `organisation`, on `conn` (a transaction's or a
/// pool's connection); `false` when a unique index says no (the role held already there, or a
/// second home). The caller has checked that the role fits the organisation.
pub(super) async fn hold(
    conn: &mut sqlx::AnyConnection,
    user: UserId,
    organisation: OrganisationId,
    role: Role,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO memberships (user_id, organisation_id, role, created_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING",
    )
    .bind(user)
    .bind(organisation)
    .bind(role)
    .bind(super::now())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Change a role a person holds in an organisation to another, in one transaction: the old
/// membership ends (its row stays) and the new one starts. `false` when the person does not
/// hold `role` there now. Holding `new_role` there already just ends the old one.
pub async fn change(
    db: &Db,
    user: UserId,
    organisation: OrganisationId,
    role: Role,
    new_role: Role,
) -> Result<bool, sqlx::Error> {
    let mut tx = dialect::begin_write(db).await?;
    let now = super::now();
    let ended = sqlx::query(
        "UPDATE memberships SET ended_at = $1
         WHERE user_id = $2 AND organisation_id = $3 AND role = $4 AND ended_at IS NULL",
    )
    .bind(now)
    .bind(user)
    .bind(organisation)
    .bind(role)
    .execute(&mut *tx)
    .await?;
    if ended.rows_affected() != 1 {
        return Ok(false);
    }
    hold(&mut tx, user, organisation, new_role).await?;
    tx.commit().await?;
    Ok(true)
}

/// Change what an organisation is called and how it is reached; whether it exists.
pub async fn update(db: &Db, id: OrganisationId, details: &Details) -> Result<bool, sqlx::Error> {
    let done =
        sqlx::query("UPDATE organisations SET name = $1, email = $2, phone = $3 WHERE id = $4")
            .bind(details.name.trim())
            .bind(details.email.trim())
            .bind(details.phone.trim())
            .bind(id)
            .execute(db)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Every municipality a provider was said to serve, as (provider, municipality).
pub async fn serves(db: &Db) -> Result<Vec<(OrganisationId, OrganisationId)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT organisation_id, municipality_id FROM organisation_serves
         ORDER BY organisation_id, municipality_id",
    )
    .fetch_all(db)
    .await
}

/// Make `municipalities` the ones the provider `organisation` serves, in one transaction (what
/// is not a municipality is left out).
pub async fn set_serves(
    db: &Db,
    organisation: OrganisationId,
    municipalities: &[OrganisationId],
) -> Result<(), sqlx::Error> {
    let mut tx = dialect::begin_write(db).await?;
    sqlx::query("DELETE FROM organisation_serves WHERE organisation_id = $1")
        .bind(organisation)
        .execute(&mut *tx)
        .await?;
    for m in municipalities {
        sqlx::query(
            "INSERT INTO organisation_serves (organisation_id, municipality_id)
             SELECT $1, id FROM organisations WHERE id = $2 AND kind = $3
             ON CONFLICT DO NOTHING",
        )
        .bind(organisation)
        .bind(m)
        .bind(OrgKind::Municipality)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// The organisations that serve `person`'s home municipality: the municipality itself, the
/// region's office, and the providers that serve it. None when the person has no home.
pub async fn serving_home_of(db: &Db, person: UserId) -> Result<Vec<OrganisationId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT v.organisation_id
         FROM memberships h JOIN served_municipalities v ON v.municipality_id = h.organisation_id
         WHERE h.user_id = $1 AND h.role = $2 AND h.ended_at IS NULL
         ORDER BY v.organisation_id",
    )
    .bind(person)
    .bind(Role::Participant)
    .fetch_all(db)
    .await
}

/// The organisations that serve `municipality`: itself, the region's office, its providers.
pub async fn serves_municipality(
    db: &Db,
    municipality: OrganisationId,
) -> Result<Vec<OrganisationId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT organisation_id FROM served_municipalities WHERE municipality_id = $1
         ORDER BY organisation_id",
    )
    .bind(municipality)
    .fetch_all(db)
    .await
}

/// `person`'s home municipality, if they have one.
pub async fn home_of(
    conn: &mut sqlx::AnyConnection,
    person: UserId,
) -> Result<Option<OrganisationId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT organisation_id FROM memberships WHERE user_id = $1 AND role = $2 AND ended_at IS NULL",
    )
    .bind(person)
    .bind(Role::Participant)
    .fetch_optional(conn)
    .await
}

/// One role a person holds now in an organisation, for the administrators' list.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Member {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub organisation_id: OrganisationId,
    pub role: Role,
}

/// The staff (every role but participant) held now in every organisation, by organisation,
/// then name.
pub async fn staff(db: &Db) -> Result<Vec<Member>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id AS user_id, u.name, u.email, m.organisation_id, m.role
         FROM memberships m JOIN users u ON u.id = m.user_id
         WHERE m.role <> $1 AND m.ended_at IS NULL
         ORDER BY m.organisation_id, u.name, u.id, m.role",
    )
    .bind(Role::Participant)
    .fetch_all(db)
    .await
}

/// Why a membership was not given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotGiven {
    NoSuchOrganisation,
    /// The role does not fit the organisation's kind.
    Misfit(MembershipProblem),
    /// The person holds that role there already.
    HeldAlready,
    /// A participant has one home municipality; [`set_home`] moves it.
    HasHome,
}

/// Give `user` the role `role` in `organisation`.
pub async fn give(
    db: &Db,
    user: UserId,
    organisation: OrganisationId,
    role: Role,
) -> Result<Result<(), NotGiven>, sqlx::Error> {
    let Some(org) = find(db, organisation).await? else {
        return Ok(Err(NotGiven::NoSuchOrganisation));
    };
    if let Err(p) = role.fits(org.kind) {
        return Ok(Err(NotGiven::Misfit(p)));
    }
    if hold(&mut *db.acquire().await?, user, organisation, role).await? {
        return Ok(Ok(()));
    }
    let held: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships
         WHERE user_id = $1 AND organisation_id = $2 AND role = $3 AND ended_at IS NULL",
    )
    .bind(user)
    .bind(organisation)
    .bind(role)
    .fetch_one(db)
    .await?;
    Ok(Err(if held > 0 {
        NotGiven::HeldAlready
    } else {
        NotGiven::HasHome
    }))
}

/// End a role a person holds in an organisation; `false` when they did not hold it.
pub async fn end(
    db: &Db,
    user: UserId,
    organisation: OrganisationId,
    role: Role,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE memberships SET ended_at = $1
         WHERE user_id = $2 AND organisation_id = $3 AND role = $4 AND ended_at IS NULL",
    )
    .bind(super::now())
    .bind(user)
    .bind(organisation)
    .bind(role)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Make `municipality` the participant's home: the old home's membership ends, a new one
/// begins, in one transaction. `Ok(false)` when `municipality` is not a municipality.
pub async fn set_home(
    db: &Db,
    user: UserId,
    municipality: OrganisationId,
) -> Result<bool, sqlx::Error> {
    match find(db, municipality).await? {
        Some(o) if o.kind == OrgKind::Municipality => {}
        _ => return Ok(false),
    }
    let mut tx = dialect::begin_write(db).await?;
    // Two changes of one person's home at once: one after the other.
    dialect::lock(&mut tx, dialect::Lock::Person(user)).await?;
    let now = super::now();
    sqlx::query(
        "UPDATE memberships SET ended_at = $1
         WHERE user_id = $2 AND role = $3 AND ended_at IS NULL AND organisation_id <> $4",
    )
    .bind(now)
    .bind(user)
    .bind(Role::Participant)
    .bind(municipality)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "INSERT INTO memberships (user_id, organisation_id, role, created_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING",
    )
    .bind(user)
    .bind(municipality)
    .bind(Role::Participant)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{db_test, users};
    use crate::i18n::Locale;

    fn named(name: &str) -> Details {
        Details {
            name: name.into(),
            ..Details::default()
        }
    }

    fn code(c: &str) -> OrgCode {
        OrgCode::parse(c).unwrap()
    }

    async fn region(
        db: &Db,
    ) -> (
        OrganisationId,
        OrganisationId,
        OrganisationId,
        OrganisationId,
    ) {
        let r = add(
            db,
            OrgKind::Region,
            &code("NB"),
            &named("Region Norrbotten"),
        )
        .await
        .unwrap()
        .unwrap();
        let lulea = add(db, OrgKind::Municipality, &code("LULEA"), &named("Luleå"))
            .await
            .unwrap()
            .unwrap();
        let pitea = add(db, OrgKind::Municipality, &code("PITEA"), &named("Piteå"))
            .await
            .unwrap()
            .unwrap();
        let provider = add(
            db,
            OrgKind::Provider,
            &code("NORD-VAL"),
            &named("Nordvalidering"),
        )
        .await
        .unwrap()
        .unwrap();
        (r, lulea, pitea, provider)
    }

    db_test!(
        async fn a_code_is_taken_once_and_a_region_is_one(t) {
            let (_, lulea, ..) = region(&t.db).await;
            assert_eq!(
                add(&t.db, OrgKind::Provider, &code("lulea"), &named("Other"))
                    .await
                    .unwrap(),
                Err(NotAdded::CodeTaken)
            );
            assert_eq!(
                add(&t.db, OrgKind::Region, &code("VB"), &named("Västerbotten"))
                    .await
                    .unwrap(),
                Err(NotAdded::RegionExists)
            );
            let all = list(&t.db).await.unwrap();
            let codes: Vec<&str> = all.iter().map(|o| o.code.as_str()).collect();
            assert_eq!(codes, ["NB", "LULEA", "PITEA", "NORD-VAL"]);
            assert_eq!(all[1].id, lulea);
            assert_eq!(all[1].name, "Luleå");
        }
    );

    db_test!(
        async fn who_serves_which_municipality(t) {
            let (r, lulea, pitea, provider) = region(&t.db).await;
            assert_eq!(served_by(&t.db, r).await.unwrap(), [lulea, pitea]);
            assert_eq!(served_by(&t.db, lulea).await.unwrap(), [lulea]);
            assert!(served_by(&t.db, provider).await.unwrap().is_empty());
            assert!(serve(&t.db, provider, pitea).await.unwrap());
            assert!(serve(&t.db, provider, pitea).await.unwrap());
            assert!(!serve(&t.db, provider, r).await.unwrap());
            assert_eq!(served_by(&t.db, provider).await.unwrap(), [pitea]);
            let p = users::create(&t.db, "p@x.se", "P", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            assert!(serving_home_of(&t.db, p).await.unwrap().is_empty());
            give(&t.db, p, pitea, Role::Participant).await.unwrap().unwrap();
            assert_eq!(serving_home_of(&t.db, p).await.unwrap(), [r, pitea, provider]);
            set_home(&t.db, p, lulea).await.unwrap();
            assert_eq!(serving_home_of(&t.db, p).await.unwrap(), [r, lulea]);
        }
    );

    db_test!(
        async fn a_role_changes_to_another_and_the_old_row_stays(t) {
            let (_, lulea, ..) = region(&t.db).await;
            let p = users::create(&t.db, "p@x.se", "P", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            give(&t.db, p, lulea, Role::Counsellor).await.unwrap().unwrap();
            assert!(!change(&t.db, p, lulea, Role::Validator, Role::Coordinator)
                .await
                .unwrap());
            assert!(change(&t.db, p, lulea, Role::Counsellor, Role::Coordinator)
                .await
                .unwrap());
            let held = users::find(&t.db, p).await.unwrap().unwrap().roles();
            assert_eq!(held, [Role::Coordinator]);
            let rows: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE user_id = $1")
                .bind(p)
                .fetch_one(&t.db)
                .await
                .unwrap();
            assert_eq!(rows, 2);
        }
    );

    db_test!(
        async fn details_and_served_municipalities_change(t) {
            let (r, lulea, pitea, provider) = region(&t.db).await;
            let new = Details {
                name: " Nordvalidering AB ".into(),
                email: "info@nordval.se".into(),
                phone: "0920-123 45".into(),
            };
            assert!(update(&t.db, provider, &new).await.unwrap());
            let found = find(&t.db, provider).await.unwrap().unwrap();
            assert_eq!(
                (found.name.as_str(), found.email.as_str(), found.phone.as_str()),
                ("Nordvalidering AB", "info@nordval.se", "0920-123 45")
            );
            assert!(!update(&t.db, OrganisationId(9999), &new).await.unwrap());
            set_serves(&t.db, provider, &[lulea, pitea, r]).await.unwrap();
            assert_eq!(served_by(&t.db, provider).await.unwrap(), [lulea, pitea]);
            set_serves(&t.db, provider, &[pitea]).await.unwrap();
            assert_eq!(serves(&t.db).await.unwrap(), [(provider, pitea)]);
            set_serves(&t.db, provider, &[]).await.unwrap();
            assert!(served_by(&t.db, provider).await.unwrap().is_empty());
        }
    );

    db_test!(
        async fn roles_are_held_where_they_fit_and_a_home_is_one(t) {
            let (r, lulea, pitea, provider) = region(&t.db).await;
            let p = users::create(&t.db, "p@x.se", "P", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(give(&t.db, p, lulea, Role::Participant).await.unwrap(), Ok(()));
            assert_eq!(
                give(&t.db, p, lulea, Role::Participant).await.unwrap(),
                Err(NotGiven::HeldAlready)
            );
            assert_eq!(
                give(&t.db, p, pitea, Role::Participant).await.unwrap(),
                Err(NotGiven::HasHome)
            );
            assert_eq!(
                give(&t.db, p, provider, Role::Participant).await.unwrap(),
                Err(NotGiven::Misfit(MembershipProblem::ParticipantOutsideMunicipality))
            );
            assert_eq!(
                give(&t.db, p, lulea, Role::InstallationAdmin).await.unwrap(),
                Err(NotGiven::Misfit(MembershipProblem::InstallationAdminOutsideRegion))
            );
            assert_eq!(
                give(&t.db, p, OrganisationId(999), Role::Validator).await.unwrap(),
                Err(NotGiven::NoSuchOrganisation)
            );
            // A counsellor in one place and a validator in another.
            assert_eq!(give(&t.db, p, pitea, Role::Counsellor).await.unwrap(), Ok(()));
            assert_eq!(give(&t.db, p, provider, Role::Validator).await.unwrap(), Ok(()));
            assert_eq!(give(&t.db, p, r, Role::InstallationAdmin).await.unwrap(), Ok(()));
            let held: Vec<(Role, String)> = users::find(&t.db, p)
                .await
                .unwrap()
                .unwrap()
                .memberships
                .into_iter()
                .map(|m| (m.role, m.code.to_string()))
                .collect();
            assert_eq!(
                held,
                [
                    (Role::Participant, "LULEA".into()),
                    (Role::Counsellor, "PITEA".into()),
                    (Role::Validator, "NORD-VAL".into()),
                    (Role::InstallationAdmin, "NB".into()),
                ]
            );
            // Moving home ends one membership and begins another; the role can be held
            // again after it ended.
            assert!(set_home(&t.db, p, pitea).await.unwrap());
            assert!(!set_home(&t.db, p, provider).await.unwrap());
            assert!(end(&t.db, p, provider, Role::Validator).await.unwrap());
            assert!(!end(&t.db, p, provider, Role::Validator).await.unwrap());
            assert_eq!(give(&t.db, p, provider, Role::Validator).await.unwrap(), Ok(()));
            let user = users::find(&t.db, p).await.unwrap().unwrap();
            assert_eq!(user.actor().home(), Some(pitea));
            let held: Vec<(OrganisationId, Role)> = staff(&t.db)
                .await
                .unwrap()
                .into_iter()
                .map(|m| (m.organisation_id, m.role))
                .collect();
            assert_eq!(
                held,
                [(r, Role::InstallationAdmin), (pitea, Role::Counsellor), (provider, Role::Validator)]
            );
            let ended: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM memberships WHERE user_id = $1 AND ended_at IS NOT NULL",
            )
            .bind(p)
            .fetch_one(&t.db)
            .await
            .unwrap();
            assert_eq!(ended, 2);
        }
    );

    db_test!(
        async fn two_moves_of_one_home_at_once_leave_one_home(t) {
            let (_, lulea, pitea, _) = region(&t.db).await;
            let p = users::create(&t.db, "p@x.se", "P", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            give(&t.db, p, lulea, Role::Participant).await.unwrap().unwrap();
            let moves = (0..8).map(|i| {
                let db = t.db.clone();
                async move { set_home(&db, p, if i % 2 == 0 { pitea } else { lulea }).await }
            });
            for moved in futures::future::join_all(moves).await {
                assert!(moved.unwrap());
            }
            let homes: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM memberships
                 WHERE user_id = $1 AND role = 'participant' AND ended_at IS NULL",
            )
            .bind(p)
            .fetch_one(&t.db)
            .await
            .unwrap();
            assert_eq!(homes, 1);
        }
    );
}
