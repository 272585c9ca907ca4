//! The access log: who opened a person's information, in which role, for which organisation,
//! and when.
use super::Db;
use crate::domain::policy::Kind;
use crate::domain::{Membership, OrganisationId, Role, Timestamp, UserId};

/// One entry, as the person (or an administrator) reads it.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Entry {
    pub at: Timestamp,
    pub reader_name: String,
    pub reader_email: String,
    pub role: Role,
    /// The organisation the reader acted for, by id, code and name.
    pub organisation_id: Option<OrganisationId>,
    pub organisation_code: Option<String>,
    pub organisation_name: Option<String>,
    pub what: Kind,
    pub record_id: i64,
}

/// Write that `reader`, holding `membership`, opened `what` (record `record`) of `person`.
pub async fn record(
    db: &Db,
    reader: UserId,
    membership: &Membership,
    person: UserId,
    what: Kind,
    record: i64,
) -> Result<(), sqlx::Error> {
    // One reading is one entry: a page that reads again within a minute (a live guidance
    // session asks after every change) adds nothing new to the log.
    let now = super::now();
    sqlx::query(
        "INSERT INTO access_log (at, reader_id, role, organisation_id, person_id, what, record_id)
         SELECT $1, $2, $3, $4, $5, $6, $7
         WHERE NOT EXISTS (SELECT 1 FROM access_log WHERE reader_id = $2 AND role = $3
             AND organisation_id = $4 AND person_id = $5 AND what = $6 AND record_id = $7
             AND at > $8)",
    )
    .bind(now)
    .bind(reader)
    .bind(membership.role)
    .bind(membership.organisation)
    .bind(person)
    .bind(what)
    .bind(record)
    .bind(now.minus(ONE_READING))
    .execute(db)
    .await?;
    Ok(())
}

/// How long repeated readings of one record by one reader count as one.
const ONE_READING: std::time::Duration = std::time::Duration::from_secs(60);

/// Who opened `person`'s information, newest first.
pub async fn for_person(db: &Db, person: UserId) -> Result<Vec<Entry>, sqlx::Error> {
    sqlx::query_as(
        "SELECT l.at, u.name AS reader_name, u.email AS reader_email, l.role, l.organisation_id,
                o.code AS organisation_code, o.name AS organisation_name, l.what, l.record_id
         FROM access_log l JOIN users u ON u.id = l.reader_id
         LEFT JOIN organisations o ON o.id = l.organisation_id
         WHERE l.person_id = $1
         ORDER BY l.at DESC, l.id DESC",
    )
    .bind(person)
    .fetch_all(db)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::organisations::{add, give, Details};
    use crate::db::{db_test, users};
    use crate::domain::{OrgCode, OrgKind};
    use crate::i18n::Locale;

    db_test!(
        async fn a_person_reads_who_opened_what_newest_first(t) {
            let org = add(
                &t.db,
                OrgKind::Provider,
                &OrgCode::parse("NORDVAL").unwrap(),
                &Details {
                    name: "Nordvalidering".into(),
                    ..Details::default()
                },
            )
            .await
            .unwrap()
            .unwrap();
            let p = users::create(&t.db, "p@x.se", "Pia", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            let v = users::create(&t.db, "v@x.se", "Vera", "h", Locale::BASE)
                .await
                .unwrap()
                .unwrap();
            give(&t.db, v, org, Role::Validator).await.unwrap().unwrap();
            let vera = users::find(&t.db, v).await.unwrap().unwrap();
            let m = &vera.memberships[0];
            assert!(for_person(&t.db, p).await.unwrap().is_empty());
            record(&t.db, v, m, p, Kind::Mapping, 7).await.unwrap();
            record(&t.db, v, m, p, Kind::Evidence, 3).await.unwrap();
            // Read again at once: still one reading.
            record(&t.db, v, m, p, Kind::Evidence, 3).await.unwrap();
            let seen = for_person(&t.db, p).await.unwrap();
            let what: Vec<(Kind, i64)> = seen.iter().map(|e| (e.what, e.record_id)).collect();
            assert_eq!(what, [(Kind::Evidence, 3), (Kind::Mapping, 7)]);
            assert_eq!(seen[0].reader_name, "Vera");
            assert_eq!(seen[0].role, Role::Validator);
            assert_eq!(seen[0].organisation_code.as_deref(), Some("NORDVAL"));
            assert!(for_person(&t.db, v).await.unwrap().is_empty());
            // The log keeps only the kinds it is for.
            assert!(record(&t.db, v, m, p, Kind::Import, 1).await.is_err());
        }
    );
}
