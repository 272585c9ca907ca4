//! The follow-up statistics' own table, `stats_mappings`: one row per mapping ever started,
//! brought up to date in the transaction of every step it follows ([`refresh`]), and read as
//! counts per unit and month ([`counts`]), lengths of steps ([`days`]) and outcomes
//! ([`outcomes`]). What may be shown of them is decided by [`crate::domain::statistics`].
use crate::db::{dialect, Db};
use crate::domain::case::Outcome;
use crate::domain::disclosure::Shown;
use crate::domain::disclosure::Threshold;
use crate::domain::statistics::{
    self, timelines, Breakdown, Counts, Days, Measure, Period, Report, Span, Step, Timeline,
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
/// step was reached, the outcome for its framework; and the counts it is in with it.
pub async fn refresh(conn: &mut AnyConnection, mapping: MappingId) -> Result<(), sqlx::Error> {
    write(conn, mapping, true).await
}

/// The counts a row is in: one per scope (the region, its municipality, its provider), per
/// breakdown, per step reached (in the month reached); its outcome; and how long each timed
/// stretch took (in the month it ended).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
struct Fact {
    municipality_id: Option<i64>,
    provider_id: Option<i64>,
    framework: String,
    locale: String,
    started_day: i64,
    started_month: i64,
    handed_in_day: Option<i64>,
    handed_in_month: Option<i64>,
    returned_month: Option<i64>,
    assigned_day: Option<i64>,
    assigned_month: Option<i64>,
    concluded_day: Option<i64>,
    concluded_month: Option<i64>,
    outcome: Option<String>,
}

const FACT: &str = "SELECT municipality_id, provider_id, framework, locale, started_day, \
    started_month, handed_in_day, handed_in_month, returned_month, assigned_day, assigned_month, \
    concluded_day, concluded_month, outcome FROM stats_mappings";

/// A count's place: scope, breakdown, measure (or step), unit, month.
type Key = (String, &'static str, &'static str, String, i64);

impl Fact {
    fn month(&self, m: Measure) -> Option<i64> {
        match m {
            Measure::Started => Some(self.started_month),
            Measure::HandedIn => self.handed_in_month,
            Measure::Returned => self.returned_month,
            Measure::Assigned => self.assigned_month,
            Measure::Concluded => self.concluded_month,
        }
    }

    fn day(&self, m: Measure) -> Option<i64> {
        match m {
            Measure::Started => Some(self.started_day),
            Measure::HandedIn => self.handed_in_day,
            Measure::Assigned => self.assigned_day,
            Measure::Concluded => self.concluded_day,
            Measure::Returned => None,
        }
    }

    /// Every count this row is in (what [`rebuild_counts`] counts in SQL, the same).
    fn keys(&self) -> Vec<Key> {
        let text = |id: Option<i64>| id.map(|i| i.to_string()).unwrap_or_default();
        let mut scopes = vec![(String::new(), true)];
        if let Some(m) = self.municipality_id {
            scopes.push((format!("m:{m}"), true));
        }
        if let Some(p) = self.provider_id {
            // A provider's own figures begin when a mapping is handed in to it.
            scopes.push((format!("p:{p}"), false));
        }
        let mut keys = Vec::new();
        for (scope, counts_started) in &scopes {
            for m in Measure::ALL {
                let Some(month) = self.month(*m) else {
                    continue;
                };
                if *m == Measure::Started && !counts_started {
                    continue;
                }
                let mut units = vec![
                    (dimension(Breakdown::Month), String::new()),
                    (
                        dimension(Breakdown::Municipality),
                        text(self.municipality_id),
                    ),
                    (dimension(Breakdown::Framework), self.framework.clone()),
                    (dimension(Breakdown::Language), self.locale.clone()),
                ];
                if *m != Measure::Started {
                    units.push((dimension(Breakdown::Provider), text(self.provider_id)));
                }
                for (d, unit) in units {
                    keys.push((scope.clone(), d, m.as_str(), unit, month));
                }
            }
            if let (Some(o), Some(month)) = (&self.outcome, self.concluded_month) {
                let unit = format!("{}|{o}", self.framework);
                keys.push((
                    scope.clone(),
                    OUTCOME,
                    Measure::Concluded.as_str(),
                    unit,
                    month,
                ));
            }
            for step in Step::ALL {
                let (from, to) = stretch(*step);
                // A clock set back cannot make a step take less than nothing.
                if let (Some(a), Some(b), Some(month)) =
                    (self.day(from), self.day(to), self.month(to))
                {
                    if b < a {
                        continue;
                    }
                    keys.push((
                        scope.clone(),
                        DAYS,
                        step.as_str(),
                        (b - a).to_string(),
                        month,
                    ));
                }
            }
        }
        keys
    }
}

const OUTCOME: &str = "outcome";
const DAYS: &str = "days";

fn dimension(by: Breakdown) -> &'static str {
    by.as_str()
}

/// A timed stretch: from the step, to the step.
fn stretch(step: Step) -> (Measure, Measure) {
    match step {
        Step::Mapping => (Measure::Started, Measure::HandedIn),
        Step::Waiting => (Measure::HandedIn, Measure::Assigned),
        Step::Assessing => (Measure::Assigned, Measure::Concluded),
        Step::Whole => (Measure::Started, Measure::Concluded),
    }
}

async fn fact(conn: &mut AnyConnection, mapping: MappingId) -> Result<Option<Fact>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{FACT} WHERE mapping_id = $1")))
        .bind(mapping)
        .fetch_optional(&mut *conn)
        .await
}

/// Write the mapping's row; with `counts`, move the counts from what it was to what it is.
async fn write(
    conn: &mut AnyConnection,
    mapping: MappingId,
    counts: bool,
) -> Result<(), sqlx::Error> {
    let before = if counts {
        fact(conn, mapping).await?
    } else {
        None
    };
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
           municipality_id = COALESCE(stats_mappings.municipality_id, excluded.municipality_id),
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
    if counts {
        let after = fact(conn, mapping).await?;
        move_counts(conn, before.as_ref(), after.as_ref()).await?;
    }
    Ok(())
}

/// Take a row out of the counts it was in and into those it is in now.
async fn move_counts(
    conn: &mut AnyConnection,
    before: Option<&Fact>,
    after: Option<&Fact>,
) -> Result<(), sqlx::Error> {
    if before == after {
        return Ok(());
    }
    let mut delta: BTreeMap<Key, i64> = BTreeMap::new();
    for k in before.map(Fact::keys).unwrap_or_default() {
        *delta.entry(k).or_default() -= 1;
    }
    for k in after.map(Fact::keys).unwrap_or_default() {
        *delta.entry(k).or_default() += 1;
    }
    // In the keys' order, so that two servers moving counts at once never wait on each other
    // in a circle.
    for ((scope, dimension, measure, unit, month), n) in delta.into_iter().filter(|(_, n)| *n != 0)
    {
        sqlx::query(
            "INSERT INTO stats_counts (scope, dimension, measure, unit, month, n)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (scope, dimension, measure, unit, month) DO UPDATE SET n = stats_counts.n + excluded.n",
        )
        .bind(scope)
        .bind(dimension)
        .bind(measure)
        .bind(unit)
        .bind(month)
        .bind(n)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Count every row again, in SQL (what [`Fact::keys`] counts row by row, the same): after
/// rows were written around the counts (mappings from before them, a generated history).
pub async fn rebuild_counts(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM stats_counts")
        .execute(&mut *conn)
        .await?;
    let scopes = [
        ("''", "1 = 1", true),
        (
            "'m:' || CAST(s.municipality_id AS TEXT)",
            "s.municipality_id IS NOT NULL",
            true,
        ),
        (
            "'p:' || CAST(s.provider_id AS TEXT)",
            "s.provider_id IS NOT NULL",
            false,
        ),
    ];
    let insert = "INSERT INTO stats_counts (scope, dimension, measure, unit, month, n)";
    for (scope, only, counts_started) in scopes {
        for m in Measure::ALL {
            if *m == Measure::Started && !counts_started {
                continue;
            }
            let col = column(*m);
            let mut units = vec![
                (Breakdown::Month, "''"),
                (
                    Breakdown::Municipality,
                    "COALESCE(CAST(s.municipality_id AS TEXT), '')",
                ),
                (Breakdown::Framework, "s.framework"),
                (Breakdown::Language, "s.locale"),
            ];
            if *m != Measure::Started {
                units.push((
                    Breakdown::Provider,
                    "COALESCE(CAST(s.provider_id AS TEXT), '')",
                ));
            }
            for (by, unit) in units {
                let sql = format!(
                    "{insert} SELECT {scope}, '{d}', '{measure}', {unit}, s.{col}_month, COUNT(*)
                     FROM stats_mappings s WHERE s.{col}_month IS NOT NULL AND {only}
                     GROUP BY 1, 4, 5",
                    d = dimension(by),
                    measure = m.as_str(),
                );
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut *conn)
                    .await?;
            }
        }
        let sql = format!(
            "{insert} SELECT {scope}, '{OUTCOME}', '{measure}', s.framework || '|' || s.outcome,
               s.concluded_month, COUNT(*) FROM stats_mappings s
             WHERE s.outcome IS NOT NULL AND s.concluded_month IS NOT NULL AND {only}
             GROUP BY 1, 4, 5",
            measure = Measure::Concluded.as_str(),
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&mut *conn)
            .await?;
        for step in Step::ALL {
            let (from, to) = stretch(*step);
            let (from, to) = (column(from), column(to));
            let sql = format!(
                "{insert} SELECT {scope}, '{DAYS}', '{step}', CAST(s.{to}_day - s.{from}_day AS TEXT),
                   s.{to}_month, COUNT(*) FROM stats_mappings s
                 WHERE s.{to}_day >= s.{from}_day AND {only}
                 GROUP BY 1, 4, 5",
                step = step.as_str(),
            );
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *conn)
                .await?;
        }
    }
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

/// Mappings from before the statistics (or written around them) get their rows, and then
/// everything is counted again; run when the database opens. Returns how many.
pub async fn adopt(db: &Db) -> Result<usize, sqlx::Error> {
    // Every start asks; as a rule every mapping has its row (a row keeps its link until its
    // mapping goes), which two counts tell without looking for each mapping's row.
    let (mappings, linked): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM mappings),
                (SELECT COUNT(*) FROM stats_mappings WHERE mapping_id IS NOT NULL)",
    )
    .fetch_one(db)
    .await?;
    if mappings == linked {
        return Ok(0);
    }
    let missing: Vec<MappingId> = sqlx::query_scalar(
        "SELECT m.id FROM mappings m WHERE NOT EXISTS
         (SELECT 1 FROM stats_mappings s WHERE s.mapping_id = m.id) ORDER BY m.id",
    )
    .fetch_all(db)
    .await?;
    if missing.is_empty() {
        return Ok(0);
    }
    for chunk in missing.chunks(500) {
        let mut tx = dialect::begin_write(db).await?;
        for m in chunk {
            write(&mut tx, *m, false).await?;
        }
        tx.commit().await?;
    }
    let mut tx = dialect::begin_write(db).await?;
    rebuild_counts(&mut tx).await?;
    tx.commit().await?;
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

impl Scope {
    /// Whose figures an organisation's are: the region office's are the region's.
    pub fn of(org: &crate::domain::Organisation) -> Self {
        match org.kind {
            crate::domain::OrgKind::Region => Scope::Region,
            crate::domain::OrgKind::Municipality => Scope::Municipality(org.id),
            crate::domain::OrgKind::Provider => Scope::Provider(org.id),
        }
    }

    /// How the counts name the scope.
    fn key(self) -> String {
        match self {
            Scope::Region => String::new(),
            Scope::Municipality(o) => format!("m:{}", o.0),
            Scope::Provider(o) => format!("p:{}", o.0),
        }
    }
}

/// How many mappings reached the measure's step, per unit of the breakdown and month, in the
/// whole history: an organisation by its code, a framework by its code, a language by its tag.
pub async fn counts(
    db: &Db,
    by: Breakdown,
    measure: Measure,
    scope: Scope,
) -> Result<Counts<String>, sqlx::Error> {
    let organisations = matches!(by, Breakdown::Municipality | Breakdown::Provider);
    let sql = if organisations {
        "SELECT COALESCE(o.code, c.unit), c.month, c.n FROM stats_counts c
         LEFT JOIN organisations o ON CAST(o.id AS TEXT) = c.unit
         WHERE c.scope = $1 AND c.dimension = $2 AND c.measure = $3 AND c.n > 0"
    } else {
        "SELECT c.unit, c.month, c.n FROM stats_counts c
         WHERE c.scope = $1 AND c.dimension = $2 AND c.measure = $3 AND c.n > 0"
    };
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(sql)
        .bind(scope.key())
        .bind(dimension(by))
        .bind(measure.as_str())
        .fetch_all(db)
        .await?;
    Ok(by_month(rows.into_iter()))
}

fn by_month<K: Ord>(rows: impl Iterator<Item = (K, i64, i64)>) -> Counts<K> {
    let mut out = Counts::new();
    for (k, m, n) in rows {
        let (Some(month), Ok(n)) = (
            i32::try_from(m).ok().and_then(Month::from_index),
            u64::try_from(n),
        ) else {
            continue;
        };
        *out.entry((k, month)).or_default() += n;
    }
    out
}

/// How many mappings reached each outcome, per framework and month concluded.
pub async fn outcomes(db: &Db, scope: Scope) -> Result<Counts<(String, Outcome)>, sqlx::Error> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT c.unit, c.month, c.n FROM stats_counts c
         WHERE c.scope = $1 AND c.dimension = $2 AND c.measure = $3 AND c.n > 0",
    )
    .bind(scope.key())
    .bind(OUTCOME)
    .bind(Measure::Concluded.as_str())
    .fetch_all(db)
    .await?;
    Ok(by_month(rows.into_iter().filter_map(|(unit, m, n)| {
        let (framework, outcome) = unit.rsplit_once('|')?;
        Some(((framework.to_owned(), outcome.parse().ok()?), m, n))
    })))
}

/// How many days a step took, for the mappings that finished it in `period`.
pub async fn days(db: &Db, step: Step, period: Period, scope: Scope) -> Result<Days, sqlx::Error> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT c.unit, CAST(SUM(c.n) AS BIGINT) FROM stats_counts c
         WHERE c.scope = $1 AND c.dimension = $2 AND c.measure = $3 AND c.month BETWEEN $4 AND $5
         GROUP BY c.unit",
    )
    .bind(scope.key())
    .bind(DAYS)
    .bind(step.as_str())
    .bind(i64::from(period.from.index()))
    .bind(i64::from(period.to.index()))
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(d, n)| Some((d.parse().ok()?, u64::try_from(n).ok().filter(|n| *n > 0)?)))
        .collect())
}

/// The first month anyone started a mapping in, if anyone did.
pub async fn first_month(db: &Db) -> Result<Option<Month>, sqlx::Error> {
    let first: Option<i64> = sqlx::query_scalar(
        "SELECT MIN(month) FROM stats_counts WHERE scope = '' AND dimension = $1 AND measure = $2 AND n > 0",
    )
    .bind(dimension(Breakdown::Month))
    .bind(Measure::Started.as_str())
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
    /// The month it is now: the history runs to it.
    pub now: Month,
}

/// The figures `r` asks for, as they may be published. The region's timelines come first and
/// are the same for every breakdown; an organisation's own are its row in the region's
/// breakdown by municipality (or provider), and its own breakdowns add up to them.
pub async fn report(db: &Db, r: &Request) -> Result<Report, sqlx::Error> {
    let t = r.threshold;
    let first = first_month(db).await?.unwrap_or(r.now);
    let span = Span::new(first, r.now);
    let mut region: BTreeMap<Measure, Timeline> = BTreeMap::new();
    for m in Measure::ALL {
        let c = counts(db, Breakdown::Month, *m, Scope::Region).await?;
        region.insert(*m, timelines(&c, span, None, t).0);
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
                let (_, mut units) = timelines(&c, span, Some(&region[m]), t);
                let nobody = || Timeline::nobody(span, t);
                own.insert(*m, units.remove(&code).unwrap_or_else(nobody));
            }
            own
        }
    };
    let inside = |by: Breakdown, m: Measure| {
        let own = &own;
        async move {
            let c = counts(db, by, m, r.scope).await?;
            Ok::<_, sqlx::Error>(timelines(&c, span, own.get(&m), t).1)
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
    let outcomes = statistics::outcomes(&outcome_counts, &concluded, span, r.period, t);
    // How many took a stretch is the count of the step it ends with, as published: the exact
    // number of lengths is never shown beside it.
    let mut durations = Vec::new();
    for step in Step::ALL {
        let people = own
            .get(&statistics::end_of(*step))
            .map_or(Shown::Hidden, |l| l.figure(r.period, t));
        let lengths = days(db, *step, r.period, r.scope).await?;
        durations.push((*step, statistics::duration(&lengths, people, t)));
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
