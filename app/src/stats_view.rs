//! What the follow-up statistics page, its CSV and its PDF report show: the figures of one
//! organisation (the region office's are the region's) for the filters asked, each as it may
//! be published, with the names of the units in the reader's language.
use crate::domain::statistics::{Breakdown, Period, Report};
use crate::error::FieldError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The page's filters as typed (`?from=2025-01&to=2025-12&by=framework&org=LULEA`), kept to
/// show back when one cannot be used.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatsQuery {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub by: String,
    #[serde(default)]
    pub org: String,
}

impl StatsQuery {
    /// The same filters as a query string, for the downloads.
    pub fn query_string(&self) -> String {
        let pairs = [
            ("from", &self.from),
            ("to", &self.to),
            ("by", &self.by),
            ("org", &self.org),
        ];
        pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| {
                let v: String = v
                    .bytes()
                    .map(|b| {
                        if b.is_ascii_alphanumeric() || b == b'-' {
                            (b as char).to_string()
                        } else {
                            format!("%{b:02X}")
                        }
                    })
                    .collect();
                format!("{k}={v}")
            })
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// An organisation whose figures the reader may see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub code: String,
    pub name: String,
    /// The region's coordinating office: its figures are the whole region's.
    pub region: bool,
}

/// What the page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatsView {
    /// The filters as typed.
    pub query: StatsQuery,
    /// The filters that could not be used (the figures are for the default in their place).
    pub problems: Vec<FieldError>,
    pub period: Period,
    pub by: Breakdown,
    /// Whose figures these are.
    pub org: Choice,
    /// The region's name, for its totals.
    pub region: String,
    /// The organisations the reader may choose between (their own).
    pub choices: Vec<Choice>,
    pub report: Report,
    /// The units' names: organisations' and frameworks' (in the reader's language when the
    /// catalogue has it); languages are named by the page, months are months.
    pub names: BTreeMap<String, String>,
    /// The frameworks whose names are the Swedish original, not the reader's language.
    pub swedish: Vec<String>,
}

#[cfg(feature = "ssr")]
pub use server::load;

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::db::users::UserRow;
    use crate::db::{self, organisations, stats, Db};
    use crate::domain::disclosure::Threshold;
    use crate::domain::policy::{self, Action, Facts, Kind};
    use crate::domain::{Day, Month, OrgKind};
    use crate::error::AppError;
    use crate::i18n::Locale;

    /// The figures `q` asks for, as `user` may see them.
    pub async fn load(
        db: &Db,
        user: &UserRow,
        q: &StatsQuery,
        threshold: Threshold,
        lang: Locale,
    ) -> Result<StatsView, AppError> {
        let scope = policy::scope(&user.actor(), Kind::Statistics, Action::View);
        if scope.is_empty() {
            return Err(AppError::Forbidden);
        }
        let mut problems = Vec::new();
        let mut problem = |field: &str, code: &str| {
            problems.push(FieldError {
                field: field.to_owned(),
                code: code.to_owned(),
            })
        };
        // Whole months: `YYYY-MM` (what a month field sends), this year so far unless said.
        let now = Month::of(Day::of(db::now()));
        let mut month = |field: &str, text: &str| {
            if text.trim().is_empty() {
                return None;
            }
            let m = Month::parse(text);
            if m.is_none() {
                problem(field, "stats-month");
            }
            m
        };
        let to = month("to", &q.to).unwrap_or(now);
        let from = month("from", &q.from).unwrap_or(Period::year_to(to).from);
        let period = match Period::new(from, to) {
            Ok(p) => p,
            Err(_) => {
                problem("to", "stats-backward");
                Period::year_to(to)
            }
        };
        let by = if q.by.trim().is_empty() {
            None
        } else {
            let by = q.by.parse::<Breakdown>().ok();
            if by.is_none() {
                problem("by", "stats-by");
            }
            by
        };
        // The organisations the reader holds the right in, as far as their figures may be seen
        // side by side; the one asked for, or the first.
        let all = organisations::list(db).await?;
        let held: Vec<OrgKind> = all
            .iter()
            .filter(|o| scope.all || scope.organisations.contains(&o.id))
            .map(|o| o.kind)
            .collect();
        let side_by_side = crate::domain::statistics::side_by_side(&held);
        let choices: Vec<_> = all
            .iter()
            .filter(|o| scope.all || scope.organisations.contains(&o.id))
            .filter(|o| o.kind == side_by_side)
            .collect();
        let chosen = if q.org.trim().is_empty() {
            choices
                .iter()
                .find(|o| o.kind == OrgKind::Region)
                .or(choices.first())
                .copied()
                .ok_or(AppError::Forbidden)?
        } else {
            let found = all
                .iter()
                .find(|o| o.code.as_str().eq_ignore_ascii_case(q.org.trim()))
                .ok_or(AppError::NotFound)?;
            let facts = Facts {
                organisation: Some(found.id),
                ..Facts::default()
            };
            crate::access::check(user, Kind::Statistics, Action::View, &facts)?;
            if found.kind != side_by_side {
                return Err(AppError::NotFound);
            }
            found
        };
        // The region by municipality; an organisation's own by course and occupation.
        let by = by.unwrap_or(if chosen.kind == OrgKind::Region {
            Breakdown::Municipality
        } else {
            Breakdown::Framework
        });
        let request = stats::Request {
            scope: stats::Scope::of(chosen),
            by,
            period,
            threshold,
            now,
        };
        let report = stats::report(db, &request).await?;
        // Names: organisations by code, frameworks by code in the reader's language.
        let mut names: BTreeMap<String, String> = all
            .iter()
            .map(|o| (o.code.as_str().to_owned(), o.name.clone()))
            .collect();
        let mut swedish = Vec::new();
        for f in db::frameworks::list_current(db).await? {
            let (title, fallback) = f.title.resolve(lang.tag());
            if fallback {
                swedish.push(f.code.clone());
            }
            names.insert(f.code, title.to_owned());
        }
        let choice = |o: &crate::domain::Organisation| Choice {
            code: o.code.as_str().to_owned(),
            name: o.name.clone(),
            region: o.kind == OrgKind::Region,
        };
        Ok(StatsView {
            query: q.clone(),
            problems,
            period,
            by,
            org: choice(chosen),
            region: all
                .iter()
                .find(|o| o.kind == OrgKind::Region)
                .map(|o| o.name.clone())
                .unwrap_or_default(),
            choices: choices.iter().map(|o| choice(o)).collect(),
            report,
            names,
            swedish,
        })
    }
}
