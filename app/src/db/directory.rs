//! The directory of who assesses what: per person and organisation the frameworks they assess
//! (by code, every version), the languages they speak, the methods they offer, and the contact
//! details they chose to publish. Routing and assignment read it; the public page shows only
//! the entries whose person has consented to be listed.
use super::{Db, Flag};
use crate::domain::case::Method;
use crate::domain::{OrgKind, OrganisationId, Role, UserId};

/// One entry as shown and edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub user: UserId,
    pub name: String,
    pub organisation: OrganisationId,
    pub organisation_name: String,
    pub organisation_kind: OrgKind,
    /// Framework codes, sorted.
    pub frameworks: Vec<String>,
    /// Language tags, as given.
    pub languages: Vec<String>,
    pub methods: Vec<Method>,
    /// The person's consent to be shown on the public page.
    pub listed: bool,
    pub public_email: String,
    pub public_phone: String,
}

/// What an organisation's administrator keeps of an entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assesses {
    pub frameworks: Vec<String>,
    pub languages: Vec<String>,
    pub methods: Vec<Method>,
}

/// What the person decides: whether they are listed, with which contact details.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Publication {
    pub listed: bool,
    pub public_email: String,
    pub public_phone: String,
}

fn joined<T: AsRef<str>>(items: &[T]) -> String {
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(",")
}

fn split(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Set what `user` assesses in `organisation` (creating their entry, unlisted, if needed).
pub async fn set_assesses(
    db: &Db,
    user: UserId,
    organisation: OrganisationId,
    what: &Assesses,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin().await?;
    let methods: Vec<&str> = what.methods.iter().map(|m| m.as_str()).collect();
    sqlx::query(
        "INSERT INTO directory_entries (user_id, organisation_id, languages, methods, updated_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, organisation_id) DO UPDATE SET languages = excluded.languages,
         methods = excluded.methods, updated_at = excluded.updated_at",
    )
    .bind(user)
    .bind(organisation)
    .bind(joined(&what.languages))
    .bind(joined(&methods))
    .bind(super::now())
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM directory_frameworks WHERE user_id = $1 AND organisation_id = $2")
        .bind(user)
        .bind(organisation)
        .execute(&mut *tx)
        .await?;
    let mut codes = what.frameworks.clone();
    codes.sort();
    codes.dedup();
    for code in codes {
        sqlx::query(
            "INSERT INTO directory_frameworks (user_id, organisation_id, code) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING",
        )
        .bind(user)
        .bind(organisation)
        .bind(code)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await
}

/// The person's own choice about being listed; `false` when they have no entry there.
pub async fn set_publication(
    db: &Db,
    user: UserId,
    organisation: OrganisationId,
    p: &Publication,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE directory_entries SET listed = $1, public_email = $2, public_phone = $3,
         updated_at = $4 WHERE user_id = $5 AND organisation_id = $6",
    )
    .bind(p.listed)
    .bind(&p.public_email)
    .bind(&p.public_phone)
    .bind(super::now())
    .bind(user)
    .bind(organisation)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

#[derive(sqlx::FromRow)]
struct Row {
    user_id: UserId,
    name: String,
    organisation_id: OrganisationId,
    organisation_name: String,
    kind: OrgKind,
    languages: String,
    methods: String,
    listed: Flag,
    public_email: String,
    public_phone: String,
    code: Option<String>,
}

/// The entries, one row per framework folded into one entry each, in the query's order.
fn entries(rows: Vec<Row>) -> Vec<Entry> {
    let mut out: Vec<Entry> = vec![];
    for r in rows {
        match out.last_mut() {
            Some(e) if e.user == r.user_id && e.organisation == r.organisation_id => {
                e.frameworks.extend(r.code)
            }
            _ => out.push(Entry {
                user: r.user_id,
                name: r.name,
                organisation: r.organisation_id,
                organisation_name: r.organisation_name,
                organisation_kind: r.kind,
                frameworks: r.code.into_iter().collect(),
                languages: split(&r.languages),
                methods: split(&r.methods)
                    .iter()
                    .filter_map(|m| m.parse().ok())
                    .collect(),
                listed: r.listed.0,
                public_email: r.public_email,
                public_phone: r.public_phone,
            }),
        }
    }
    out
}

macro_rules! entry_select {
    ($rest:literal) => {
        concat!(
            "SELECT d.user_id, u.name, d.organisation_id, o.name AS organisation_name, o.kind,
                    d.languages, d.methods, d.listed, d.public_email, d.public_phone, f.code
             FROM directory_entries d JOIN users u ON u.id = d.user_id
             JOIN organisations o ON o.id = d.organisation_id
             LEFT JOIN directory_frameworks f
               ON f.user_id = d.user_id AND f.organisation_id = d.organisation_id ",
            $rest
        )
    };
}

/// The entries of one organisation's people (or of every organisation), listed or not: what
/// its administrators keep.
pub async fn of_organisations(
    db: &Db,
    organisations: Option<&[OrganisationId]>,
) -> Result<Vec<Entry>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(entry_select!(
        "ORDER BY o.name, u.name, d.user_id, d.organisation_id, f.code"
    ))
    .fetch_all(db)
    .await?;
    let mut all = entries(rows);
    if let Some(orgs) = organisations {
        all.retain(|e| orgs.contains(&e.organisation));
    }
    Ok(all)
}

/// A person's own entries.
pub async fn of_person(db: &Db, user: UserId) -> Result<Vec<Entry>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(entry_select!(
        "WHERE d.user_id = $1 ORDER BY o.name, d.organisation_id, f.code"
    ))
    .bind(user)
    .fetch_all(db)
    .await?;
    Ok(entries(rows))
}

/// The public directory: the listed entries of people who still hold a staff role in the
/// organisation, narrowed to those assessing `code` (when given) and serving `municipality`
/// (when given).
pub async fn public(
    db: &Db,
    code: Option<&str>,
    municipality: Option<OrganisationId>,
) -> Result<Vec<Entry>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(entry_select!(
        "WHERE d.listed = $1
           AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = d.user_id
                       AND m.organisation_id = d.organisation_id AND m.ended_at IS NULL
                       AND m.role IN ($2, $3, $4))
         ORDER BY o.name, u.name, d.user_id, d.organisation_id, f.code"
    ))
    .bind(true)
    .bind(Role::Validator)
    .bind(Role::Coordinator)
    .bind(Role::Counsellor)
    .fetch_all(db)
    .await?;
    let mut all = entries(rows);
    if let Some(code) = code {
        all.retain(|e| e.frameworks.iter().any(|f| f == code));
    }
    if let Some(m) = municipality {
        let serving = super::organisations::serves_municipality(db, m).await?;
        all.retain(|e| serving.contains(&e.organisation));
    }
    Ok(all)
}

/// The providers with a validator listed for `code` that serve `municipality`: where an
/// occupation's case can go.
pub async fn providers_for(
    conn: &mut sqlx::AnyConnection,
    code: &str,
    municipality: OrganisationId,
) -> Result<Vec<OrganisationId>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT DISTINCT o.id FROM organisations o
         JOIN directory_frameworks f ON f.organisation_id = o.id
         JOIN memberships m ON m.user_id = f.user_id AND m.organisation_id = o.id
         JOIN served_municipalities s ON s.organisation_id = o.id
         WHERE o.kind = $1 AND f.code = $2 AND m.role = $3 AND m.ended_at IS NULL
           AND s.municipality_id = $4
         ORDER BY o.id",
    )
    .bind(OrgKind::Provider)
    .bind(code)
    .bind(Role::Validator)
    .bind(municipality)
    .fetch_all(conn)
    .await
}

/// The validators of `organisation` listed for every one of `codes`: who a case can be
/// assigned to. (id, name), by name.
pub async fn validators_for<'c>(
    db: impl sqlx::Executor<'c, Database = sqlx::Any>,
    organisation: OrganisationId,
    codes: &[String],
) -> Result<Vec<(UserId, String)>, sqlx::Error> {
    let rows: Vec<(UserId, String, String)> = sqlx::query_as(
        "SELECT u.id, u.name, f.code FROM memberships m JOIN users u ON u.id = m.user_id
         JOIN directory_frameworks f ON f.user_id = m.user_id AND f.organisation_id = m.organisation_id
         WHERE m.organisation_id = $1 AND m.role = $2 AND m.ended_at IS NULL
         ORDER BY u.name, u.id",
    )
    .bind(organisation)
    .bind(Role::Validator)
    .fetch_all(db)
    .await?;
    let mut out: Vec<(UserId, String)> = vec![];
    for (id, name, _) in &rows {
        let listed_for_all = codes
            .iter()
            .all(|c| rows.iter().any(|(i, _, code)| i == id && code == c));
        if listed_for_all && !out.iter().any(|(i, _)| i == id) {
            out.push((*id, name.clone()));
        }
    }
    Ok(out)
}
