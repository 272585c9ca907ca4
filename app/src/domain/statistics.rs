//! Follow-up statistics for the region (issue 18): how many mappings reached each step, broken
//! down by municipality, provider, framework, month or interface language, how long the steps
//! took and with what outcome — never a figure that could point at a person.
//!
//! Figures are safe across the filters too, not only within one table. Every count is a sum of
//! fixed pieces: the months and the calendar years of the installation's history, the same
//! whatever period is asked for. Each unit's months add up to its years, the units add up to
//! the region (or, for one organisation's own breakdown, to that organisation), and all of it
//! is suppressed as one system ([`Cells`]): a small count is "fewer than N", and where it could
//! be worked out from a year, a total or a neighbour, more are hidden. A chosen period is
//! shown only when every piece of it is shown (whole years by their year, the rest by month),
//! so subtracting one period from another, or a municipality from the region, gives back only
//! what is published anyway. A closed year never changes, so neither do its figures.
//! Pure: the database gives counts per unit and month, this decides what may be shown.

use super::case::{named, Outcome};
use super::disclosure::{Cells, Shown, Threshold};
use super::time::Month;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

named!(
    /// What is counted: mappings that reached a step in the period, each once (a mapping
    /// returned twice counts once, in the month it was first returned).
    Measure {
        Started = "started",
        HandedIn = "handed_in",
        Returned = "returned",
        Assigned = "assigned",
        Concluded = "concluded",
    }
);

impl Measure {
    const PREFIX: &'static str = "stats-measure";
}

named!(
    /// How the figures are broken down.
    Breakdown {
        Municipality = "municipality",
        Provider = "provider",
        Framework = "framework",
        Month = "month",
        Language = "language",
    }
);

impl Breakdown {
    const PREFIX: &'static str = "stats-by";

    /// What can be counted per unit: a provider is chosen when the mapping is handed in, so
    /// mappings started have none yet.
    pub fn measures(self) -> &'static [Measure] {
        match self {
            Breakdown::Provider => &Measure::ALL[1..],
            _ => Measure::ALL,
        }
    }
}

named!(
    /// The stretches whose length is followed, in days.
    Step {
        /// Started → handed in: how long people take to map.
        Mapping = "mapping",
        /// Handed in → assigned to a validator.
        Waiting = "waiting",
        /// Assigned → concluded.
        Assessing = "assessing",
        /// Started → concluded: the whole way.
        Whole = "whole",
    }
);

impl Step {
    const PREFIX: &'static str = "stats-step";
}

/// Whole months, from and to inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: Month,
    pub to: Month,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the period ends ({to}) before it starts ({from})")]
pub struct BackwardPeriod {
    pub from: Month,
    pub to: Month,
}

impl Period {
    pub fn new(from: Month, to: Month) -> Result<Self, BackwardPeriod> {
        if to < from {
            Err(BackwardPeriod { from, to })
        } else {
            Ok(Period { from, to })
        }
    }

    /// The calendar year of `m` up to and including `m`.
    pub fn year_to(m: Month) -> Self {
        Period {
            from: Month {
                year: m.year,
                month: 1,
            },
            to: m,
        }
    }

    pub fn months(self) -> impl Iterator<Item = Month> {
        (self.from.index()..=self.to.index()).filter_map(Month::from_index)
    }
}

/// Counts of one measure per unit (a municipality's code, a framework's, a language's tag;
/// empty for none) and month.
pub type Counts<K> = BTreeMap<(K, Month), u64>;

/// One unit's counts as published: each month's and each calendar year's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub months: BTreeMap<Month, Shown>,
    pub years: BTreeMap<u16, Shown>,
}

impl Timeline {
    /// The figure for `period`: whole calendar years by their year's count, the rest month by
    /// month; a count only when every piece is one. Months before the history began, or after
    /// now, hold nobody (and nobody is "fewer than N" too).
    pub fn figure(&self, period: Period, t: Threshold) -> Shown {
        let mut pieces = Vec::new();
        let mut i = period.from.index();
        while i <= period.to.index() {
            let Some(m) = Month::from_index(i) else {
                break;
            };
            if m.month == 1 && i + 11 <= period.to.index() {
                pieces.extend(self.years.get(&m.year).copied());
                i += 12;
            } else {
                pieces.extend(self.months.get(&m).copied());
                i += 1;
            }
        }
        match pieces.as_slice() {
            [] => Shown::FewerThan(t.get()),
            [one] => *one,
            _ => pieces
                .iter()
                .map(|p| p.count())
                .sum::<Option<u64>>()
                .map_or(Shown::Hidden, Shown::Count),
        }
    }
}

/// The calendar years a history covers: from the first month anyone started to now.
pub fn years(first: Month, now: Month) -> std::ops::RangeInclusive<u16> {
    first.year.min(now.year)..=now.year
}

/// Every month of `years`.
fn months_of(years: &std::ops::RangeInclusive<u16>) -> Vec<Month> {
    years
        .clone()
        .flat_map(|year| (1..=12).map(move |month| Month { year, month }))
        .collect()
}

/// Publish the timelines of every unit of one breakdown of one measure, and of their total.
/// The total's timeline is fixed when it was published already (the region's, the same for
/// every breakdown; an organisation's own, for its own breakdowns); otherwise it is decided
/// here with the units.
pub fn timelines<K: Ord + Clone>(
    counts: &Counts<K>,
    years: std::ops::RangeInclusive<u16>,
    total: Option<&Timeline>,
    t: Threshold,
) -> (Timeline, BTreeMap<K, Timeline>) {
    let months = months_of(&years);
    let mut units: Vec<K> = counts.keys().map(|(k, _)| k.clone()).collect();
    units.dedup();
    let at = |k: &K, m: &Month| counts.get(&(k.clone(), *m)).copied().unwrap_or(0);
    let mut cells = Cells::default();
    // The total: months and years.
    let sum_month: Vec<u64> = months
        .iter()
        .map(|m| units.iter().map(|k| at(k, m)).sum())
        .collect();
    let total_months: Vec<usize> = sum_month.iter().map(|n| cells.add(*n)).collect();
    let total_years: Vec<usize> = years
        .clone()
        .enumerate()
        .map(|(y, _)| cells.add(sum_month[y * 12..y * 12 + 12].iter().sum()))
        .collect();
    for (y, year) in total_years.iter().enumerate() {
        cells.tie(total_months[y * 12..y * 12 + 12].to_vec(), *year);
    }
    if let Some(fixed) = total {
        let hidden = |s: Option<&Shown>| s.is_none_or(|s| s.count().is_none());
        for (m, i) in months.iter().zip(&total_months) {
            cells.fix(*i, hidden(fixed.months.get(m)));
        }
        for (year, i) in years.clone().zip(&total_years) {
            cells.fix(*i, hidden(fixed.years.get(&year)));
        }
    }
    // Each unit: its months add up to its years; units add up to the total, month by month
    // and year by year.
    let mut unit_cells = Vec::new();
    for k in &units {
        let ms: Vec<usize> = months.iter().map(|m| cells.add(at(k, m))).collect();
        let ys: Vec<usize> = (0..total_years.len())
            .map(|y| {
                let sum = months[y * 12..y * 12 + 12].iter().map(|m| at(k, m)).sum();
                let year = cells.add(sum);
                cells.tie(ms[y * 12..y * 12 + 12].to_vec(), year);
                year
            })
            .collect();
        unit_cells.push((ms, ys));
    }
    for (m, total) in total_months.iter().enumerate() {
        cells.tie(unit_cells.iter().map(|(ms, _)| ms[m]).collect(), *total);
    }
    for (y, total) in total_years.iter().enumerate() {
        cells.tie(unit_cells.iter().map(|(_, ys)| ys[y]).collect(), *total);
    }
    let shown = cells.publish(t);
    let timeline = |ms: &[usize], ys: &[usize]| Timeline {
        months: months
            .iter()
            .zip(ms)
            .map(|(m, i)| (*m, shown[*i]))
            .collect(),
        years: years.clone().zip(ys).map(|(y, i)| (y, shown[*i])).collect(),
    };
    let total = total
        .cloned()
        .unwrap_or_else(|| timeline(&total_months, &total_years));
    let units = units
        .into_iter()
        .zip(&unit_cells)
        .map(|(k, (ms, ys))| (k, timeline(ms, ys)))
        .collect();
    (total, units)
}

/// How long a step took: how many took it (per number of days).
pub type Days = BTreeMap<i64, u64>;

/// A step's length as published: the median and the 90th percentile, in days, only when at
/// least the threshold's number of people took it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duration {
    pub people: Shown,
    pub median: Option<i64>,
    pub p90: Option<i64>,
}

pub fn duration(days: &Days, t: Threshold) -> Duration {
    let n: u64 = days.values().sum();
    let people = if n < t.get() {
        Shown::FewerThan(t.get())
    } else {
        Shown::Count(n)
    };
    let at = |q: u64| {
        // Nearest rank: the smallest length that at least q % of them took or less.
        let rank = (n * q).div_ceil(100).max(1);
        let mut seen = 0;
        days.iter().find_map(|(d, k)| {
            seen += k;
            (seen >= rank).then_some(*d)
        })
    };
    let shown = people.count().is_some();
    Duration {
        people,
        median: if shown { at(50) } else { None },
        p90: if shown { at(90) } else { None },
    }
}

/// One framework's outcomes in the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeRow {
    pub framework: String,
    /// Fully, partly and not met, in [`Outcome::ALL`]'s order.
    pub outcomes: Vec<Shown>,
    /// Concluded in the period: the same figure as in the breakdown by framework.
    pub concluded: Shown,
}

/// Each framework's outcomes in `period`, from the outcomes' own timelines and the frameworks'
/// concluded ones (already published): where the concluded figure less the shown outcomes
/// would give a hidden one away, another is hidden beside it.
pub fn outcomes(
    counts: &Counts<(String, Outcome)>,
    concluded: &BTreeMap<String, Timeline>,
    years: std::ops::RangeInclusive<u16>,
    period: Period,
    t: Threshold,
) -> Vec<OutcomeRow> {
    let (_, lines) = timelines(counts, years, None, t);
    concluded
        .iter()
        .map(|(framework, timeline)| {
            let total = timeline.figure(period, t);
            let mut cells = Cells::default();
            let parts: Vec<(usize, Shown)> = Outcome::ALL
                .iter()
                .map(|o| {
                    let key = (framework.clone(), *o);
                    let n = period
                        .months()
                        .map(|m| counts.get(&(key.clone(), m)).copied().unwrap_or(0))
                        .sum();
                    let shown = lines
                        .get(&key)
                        .map_or(Shown::FewerThan(t.get()), |l| l.figure(period, t));
                    let i = cells.add(n);
                    if shown.count().is_none() {
                        cells.fix(i, true);
                    }
                    (i, shown)
                })
                .collect();
            let sum = parts.iter().map(|(i, _)| cells.value(*i)).sum();
            let whole = cells.add(sum);
            cells.fix(whole, total.count().is_none());
            cells.tie(parts.iter().map(|(i, _)| *i).collect(), whole);
            let shown = cells.publish(t);
            OutcomeRow {
                framework: framework.clone(),
                outcomes: parts
                    .iter()
                    .map(|(i, before)| match before {
                        Shown::Count(_) => shown[*i],
                        other => *other,
                    })
                    .collect(),
                concluded: total,
            }
        })
        .collect()
}

/// One row of a breakdown: the unit and its figure for each measure the breakdown counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub unit: String,
    pub figures: Vec<Shown>,
}

/// A breakdown for a period as published: its rows and the total (the region's, or the
/// organisation's own), measure by measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub breakdown: Breakdown,
    pub measures: Vec<Measure>,
    pub rows: Vec<Row>,
    pub total: Vec<Shown>,
}

/// The breakdown `by` for `period`: from each measure's timelines, units in the counts' order
/// (months, for the breakdown by month, in the period's).
pub fn table(
    by: Breakdown,
    per_measure: &BTreeMap<Measure, (Timeline, BTreeMap<String, Timeline>)>,
    period: Period,
    t: Threshold,
) -> Table {
    let measures: Vec<Measure> = by
        .measures()
        .iter()
        .copied()
        .filter(|m| per_measure.contains_key(m))
        .collect();
    let total = measures
        .iter()
        .map(|m| per_measure[m].0.figure(period, t))
        .collect();
    let rows = if by == Breakdown::Month {
        period
            .months()
            .map(|month| Row {
                unit: month.to_string(),
                figures: measures
                    .iter()
                    .map(|m| {
                        per_measure[m].0.figure(
                            Period {
                                from: month,
                                to: month,
                            },
                            t,
                        )
                    })
                    .collect(),
            })
            .collect()
    } else {
        let mut units: Vec<&String> = per_measure
            .values()
            .flat_map(|(_, units)| units.keys())
            .collect();
        units.sort();
        units.dedup();
        units
            .into_iter()
            .map(|unit| Row {
                unit: unit.clone(),
                figures: measures
                    .iter()
                    .map(|m| {
                        per_measure[m]
                            .1
                            .get(unit)
                            .map_or(Shown::FewerThan(t.get()), |l| l.figure(period, t))
                    })
                    .collect(),
            })
            .collect()
    };
    Table {
        breakdown: by,
        measures,
        rows,
        total,
    }
}

/// Everything published for one organisation (or the region) and period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub period: Period,
    pub threshold: Threshold,
    /// The breakdown asked for, inside the organisation's own figures.
    pub table: Table,
    /// The region's totals, measure by measure (for the region itself, the table's total).
    pub region: Vec<(Measure, Shown)>,
    pub durations: Vec<(Step, Duration)>,
    pub outcomes: Vec<OutcomeRow>,
    /// The interface languages of the people counted at the first step the figures count.
    pub languages: Vec<(String, Shown)>,
}

#[cfg(test)]
mod tests;
