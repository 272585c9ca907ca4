//! The follow-up statistics' own table, `stats_mappings`: one row per mapping ever started,
//! brought up to date in the transaction of every step it follows ([`refresh`]), and read as
//! counts per unit and month ([`counts`]), lengths of steps ([`days`]) and outcomes
//! ([`outcomes`]). What may be shown of them is decided by [`crate::domain::statistics`].
use crate::db::Db;
use crate::domain::case::Outcome;
use crate::domain::disclosure::Threshold;
use crate::domain::statistics::{
    self, timelines, Breakdown, Counts, Days, Measure, Period, Report, Step, Timeline,
};
use crate::domain::{CaseId, Day, MappingId, Month, OrganisationId, Role, Timestamp};
use sqlx::AnyConnection;
use std::collections::BTreeMap;

/// Whose figures: the whole region's, or one organisation's own (a municipality's: its
/// residents' mappings; a provider's: those it assesses).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Region,
    Municipality(OrganisationId),
    Provider(OrganisationId),
}

impl Scope {
    /// The condition for the scope's rows, its organisation the `n`th parameter.
    fn filter(self, n: usize) -> (String, Option<OrganisationId>) {
        match self {
            Scope::Region => (String::new(), None),
            Scope::Municipality(o) => (format!(" AND s.municipality_id = ${n}"), Some(o)),
            Scope::Provider(o) => (format!(" AND s.provider_id = ${n}"), Some(o)),
        }
    }
}

#[derive(sqlx::FromRow)]
struct Source {
    created_at: Timestamp,
    home: Option<OrganisationId>,
    framework: String,
    locale: String,
    provider: Option<OrganisationId>,
    handed_in: Option<Timestamp>,
    returned: Option<Timestamp>,
    assigned: Option<Timestamp>,
    concluded: Option<Timestamp>,
    outcome: Option<Outcome>,
}

/// Bring the mapping's row up to date from the mapping and its case: where and in which
/// language it began (kept as first written), the provider assessing it, the first day each
/// step was reached, the outcome for its framework.
pub async fn refresh(conn: &mut AnyConnection, mapping: MappingId) -> Result<(), sqlx::Error> {
    let source: Option<Source> = sqlx::query_as(
        "SELECT m.created_at,
           (SELECT ms.organisation_id FROM memberships ms WHERE ms.user_id = m.owner_id
            AND ms.role = $2 AND ms.ended_at IS NULL) AS home,
           f.code AS framework, u.locale,
           CASE WHEN o.kind = 'provider' THEN c.organisation_id END AS provider,
           (SELECT MIN(v.handed_in_at) FROM case_versions v WHERE v.case_id = c.id) AS handed_in,
           (SELECT MIN(e.created_at) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'returned') AS returned,
           (SELECT MIN(e.created_at) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'assigned') AS assigned,
           (SELECT MIN(e.created_at) FROM case_events e WHERE e.case_id = c.id AND e.kind = 'concluded') AS concluded,
           (SELECT co.outcome FROM case_outcomes co WHERE co.case_id = c.id AND co.framework_id = f.id) AS outcome
         FROM mappings m JOIN users u ON u.id = m.owner_id
         JOIN mapping_frameworks mf ON mf.mapping_id = m.id AND mf.position = 0
         JOIN frameworks f ON f.id = mf.framework_id
         LEFT JOIN cases c ON c.mapping_id = m.id
         LEFT JOIN organisations o ON o.id = c.organisation_id
         WHERE m.id = $1",
    )
    .bind(mapping)
    .bind(Role::Participant)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(s) = source else {
        return Ok(());
    };
    let day = |t: Option<Timestamp>| t.map(|t| Day::of(t).number());
    let month = |t: Option<Timestamp>| t.map(|t| i64::from(Month::of(Day::of(t)).index()));
    sqlx::query(
        "INSERT INTO stats_mappings (mapping_id, municipality_id, provider_id, framework, locale,
           started_day, started_month, handed_in_day, handed_in_month, returned_day,
           returned_month, assigned_day, assigned_month, concluded_day, concluded_month, outcome)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
         ON CONFLICT (mapping_id) DO UPDATE SET provider_id = excluded.provider_id,
           handed_in_day = excluded.handed_in_day, handed_in_month = excluded.handed_in_month,
           returned_day = excluded.returned_day, returned_month = excluded.returned_month,
           assigned_day = excluded.assigned_day, assigned_month = excluded.assigned_month,
           concluded_day = excluded.concluded_day, concluded_month = excluded.concluded_month,
           outcome = excluded.outcome",
    )
    .bind(mapping)
    .bind(s.home)
    .bind(s.provider)
    .bind(s.framework)
    .bind(s.locale)
    .bind(day(Some(s.created_at)))
    .bind(month(Some(s.created_at)))
    .bind(day(s.handed_in))
    .bind(month(s.handed_in))
    .bind(day(s.returned))
    .bind(month(s.returned))
    .bind(day(s.assigned))
    .bind(month(s.assigned))
    .bind(day(s.concluded))
    .bind(month(s.concluded))
    .bind(s.outcome)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Bring the row of a case's mapping up to date.
pub async fn refresh_case(conn: &mut AnyConnection, case: CaseId) -> Result<(), sqlx::Error> {
    let mapping: Option<MappingId> =
        sqlx::query_scalar("SELECT mapping_id FROM cases WHERE id = $1")
            .bind(case)
            .fetch_optional(&mut *conn)
            .await?;
    match mapping {
        Some(m) => refresh(conn, m).await,
        None => Ok(()),
    }
}

/// Mappings from before the statistics (or written around them) get their rows; run when the
/// database opens. Returns how many.
pub async fn adopt(db: &Db) -> Result<usize, sqlx::Error> {
    let missing: Vec<MappingId> = sqlx::query_scalar(
        "SELECT m.id FROM mappings m WHERE NOT EXISTS
         (SELECT 1 FROM stats_mappings s WHERE s.mapping_id = m.id) ORDER BY m.id",
    )
    .fetch_all(db)
    .await?;
    let mut conn = db.acquire().await?;
    for chunk in missing.chunks(500) {
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        for m in chunk {
            refresh(&mut tx, *m).await?;
        }
        tx.commit().await?;
    }
    Ok(missing.len())
}

fn column(m: Measure) -> &'static str {
    match m {
        Measure::Started => "started",
        Measure::HandedIn => "handed_in",
        Measure::Returned => "returned",
        Measure::Assigned => "assigned",
        Measure::Concluded => "concluded",
    }
}

/// The unit a row counts under in a breakdown: an organisation's code, a framework's code, a
/// language's tag; empty for none (no home, no provider) and for the breakdown by month,
/// whose unit is the whole.
fn unit(by: Breakdown) -> &'static str {
    match by {
        Breakdown::Municipality | Breakdown::Provider => "COALESCE(o.code, '')",
        Breakdown::Framework => "s.framework",
        Breakdown::Language => "s.locale",
        Breakdown::Month => "''",
    }
}

fn join(by: Breakdown) -> &'static str {
    match by {
        Breakdown::Municipality => " LEFT JOIN organisations o ON o.id = s.municipality_id",
        Breakdown::Provider => " LEFT JOIN organisations o ON o.id = s.provider_id",
        _ => "",
    }
}

/// How many mappings reached the measure's step, per unit of the breakdown and month, in the
/// whole history.
pub async fn counts(
    db: &Db,
    by: Breakdown,
    measure: Measure,
    scope: Scope,
) -> Result<Counts<String>, sqlx::Error> {
    let (filter, org) = scope.filter(1);
    let col = column(measure);
    let sql = format!(
        "SELECT {unit}, s.{col}_month, COUNT(*) FROM stats_mappings s{join}
         WHERE s.{col}_month IS NOT NULL{filter} GROUP BY 1, 2",
        unit = unit(by),
        join = join(by),
    );
    let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
    if let Some(o) = org {
        query = query.bind(o);
    }
    let rows: Vec<(String, i64, i64)> = query.fetch_all(db).await?;
    Ok(by_month(rows.into_iter()))
}

fn by_month<K: Ord>(rows: impl Iterator<Item = (K, i64, i64)>) -> Counts<K> {
    rows.filter_map(|(k, m, n)| {
        let month = Month::from_index(i32::try_from(m).ok()?)?;
        Some(((k, month), u64::try_from(n).ok()?))
    })
    .collect()
}

/// How many mappings reached each outcome, per framework and month concluded.
pub async fn outcomes(db: &Db, scope: Scope) -> Result<Counts<(String, Outcome)>, sqlx::Error> {
    let (filter, org) = scope.filter(1);
    let sql = format!(
        "SELECT s.framework, s.outcome, s.concluded_month, COUNT(*) FROM stats_mappings s
         WHERE s.outcome IS NOT NULL AND s.concluded_month IS NOT NULL{filter} GROUP BY 1, 2, 3"
    );
    let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
    if let Some(o) = org {
        query = query.bind(o);
    }
    let rows: Vec<(String, Outcome, i64, i64)> = query.fetch_all(db).await?;
    Ok(by_month(
        rows.into_iter().map(|(f, o, m, n)| ((f, o), m, n)),
    ))
}

/// How many days a step took, for the mappings that finished it in `period`.
pub async fn days(db: &Db, step: Step, period: Period, scope: Scope) -> Result<Days, sqlx::Error> {
    let (from, to) = match step {
        Step::Mapping => ("started", "handed_in"),
        Step::Waiting => ("handed_in", "assigned"),
        Step::Assessing => ("assigned", "concluded"),
        Step::Whole => ("started", "concluded"),
    };
    let (filter, org) = scope.filter(3);
    let sql = format!(
        "SELECT s.{to}_day - s.{from}_day, COUNT(*) FROM stats_mappings s
         WHERE s.{to}_month BETWEEN $1 AND $2 AND s.{from}_day IS NOT NULL{filter} GROUP BY 1"
    );
    let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(i64::from(period.from.index()))
        .bind(i64::from(period.to.index()));
    if let Some(o) = org {
        query = query.bind(o);
    }
    let rows: Vec<(i64, i64)> = query.fetch_all(db).await?;
    Ok(rows
        .into_iter()
        .filter_map(|(d, n)| Some((d, u64::try_from(n).ok()?)))
        .collect())
}

/// The first month anyone started a mapping in, if anyone did.
pub async fn first_month(db: &Db) -> Result<Option<Month>, sqlx::Error> {
    let first: Option<i64> = sqlx::query_scalar("SELECT MIN(started_month) FROM stats_mappings")
        .fetch_one(db)
        .await?;
    Ok(first
        .and_then(|m| i32::try_from(m).ok())
        .and_then(Month::from_index))
}

/// What to publish: for whom, broken down how, over which months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    pub scope: Scope,
    pub by: Breakdown,
    pub period: Period,
    pub threshold: Threshold,
    /// The month it is now: the history runs to its year's end.
    pub now: Month,
}

/// The figures `r` asks for, as they may be published. The region's timelines come first and
/// are the same for every breakdown; an organisation's own are its row in the region's
/// breakdown by municipality (or provider), and its own breakdowns add up to them.
pub async fn report(db: &Db, r: &Request) -> Result<Report, sqlx::Error> {
    let t = r.threshold;
    let first = first_month(db).await?.unwrap_or(r.now);
    let years = statistics::years(first, r.now);
    let mut region: BTreeMap<Measure, Timeline> = BTreeMap::new();
    for m in Measure::ALL {
        let c = counts(db, Breakdown::Month, *m, Scope::Region).await?;
        region.insert(*m, timelines(&c, years.clone(), None, t).0);
    }
    let own: BTreeMap<Measure, Timeline> = match r.scope {
        Scope::Region => region.clone(),
        Scope::Municipality(o) | Scope::Provider(o) => {
            let by = if matches!(r.scope, Scope::Municipality(_)) {
                Breakdown::Municipality
            } else {
                Breakdown::Provider
            };
            let code: String = sqlx::query_scalar("SELECT code FROM organisations WHERE id = $1")
                .bind(o)
                .fetch_optional(db)
                .await?
                .unwrap_or_default();
            let mut own = BTreeMap::new();
            for m in by.measures() {
                let c = counts(db, by, *m, Scope::Region).await?;
                let (_, mut units) = timelines(&c, years.clone(), Some(&region[m]), t);
                own.insert(*m, units.remove(&code).unwrap_or_default());
            }
            own
        }
    };
    let inside = |by: Breakdown, m: Measure| {
        let years = years.clone();
        let own = &own;
        async move {
            let c = counts(db, by, m, r.scope).await?;
            Ok::<_, sqlx::Error>(timelines(&c, years, own.get(&m), t).1)
        }
    };
    let mut per = BTreeMap::new();
    for m in r.by.measures().iter().filter(|m| own.contains_key(m)) {
        let units = if r.by == Breakdown::Month {
            BTreeMap::new()
        } else {
            inside(r.by, *m).await?
        };
        per.insert(*m, (own[m].clone(), units));
    }
    let table = statistics::table(r.by, &per, r.period, t);
    let first_step = *own.keys().next().unwrap_or(&Measure::Started);
    let languages = inside(Breakdown::Language, first_step)
        .await?
        .into_iter()
        .map(|(tag, l)| (tag, l.figure(r.period, t)))
        .collect();
    let concluded = inside(Breakdown::Framework, Measure::Concluded).await?;
    let outcome_counts = outcomes(db, r.scope).await?;
    let outcomes = statistics::outcomes(&outcome_counts, &concluded, years, r.period, t);
    let mut durations = Vec::new();
    for step in Step::ALL {
        durations.push((
            *step,
            statistics::duration(&days(db, *step, r.period, r.scope).await?, t),
        ));
    }
    Ok(Report {
        period: r.period,
        threshold: t,
        table,
        region: Measure::ALL
            .iter()
            .map(|m| (*m, region[m].figure(r.period, t)))
            .collect(),
        durations,
        outcomes,
        languages,
    })
}

#[cfg(test)]
mod tests;
