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
use super::OrgKind;
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

/// Of the organisations whose figures one person may read (their own), the kind whose figures
/// they see: the region office's (the region's) if they hold the right there, else their
/// municipalities', else their providers'. Another organisation's own breakdowns beside the
/// region's, or a municipality's by provider beside a provider's by municipality, are the
/// same people counted in two tables suppressed apart: one could be subtracted from the other.
/// Two municipalities' (or two providers') own figures share nothing but the region's totals.
pub fn side_by_side(held: &[OrgKind]) -> OrgKind {
    [OrgKind::Region, OrgKind::Municipality, OrgKind::Provider]
        .into_iter()
        .find(|k| held.contains(k))
        .unwrap_or(OrgKind::Region)
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

/// The months a history has: from the first month anyone started a mapping to now. Months
/// before it and after it hold nobody, and anyone can know so: they are no part of any figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub first: Month,
    pub now: Month,
}

impl Span {
    pub fn new(first: Month, now: Month) -> Self {
        Span {
            first: first.min(now),
            now,
        }
    }

    pub fn months(self) -> Vec<Month> {
        (self.first.index()..=self.now.index())
            .filter_map(Month::from_index)
            .collect()
    }
}

/// One unit's counts as published: each month's and each calendar year's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub months: BTreeMap<Month, Shown>,
    pub years: BTreeMap<u16, Shown>,
}

impl Timeline {
    /// A unit nobody was counted in: every month and year "fewer than N".
    pub fn nobody(span: Span, t: Threshold) -> Self {
        let months: BTreeMap<Month, Shown> = span
            .months()
            .into_iter()
            .map(|m| (m, Shown::FewerThan(t.get())))
            .collect();
        let years = months
            .keys()
            .map(|m| (m.year, Shown::FewerThan(t.get())))
            .collect();
        Timeline { months, years }
    }

    /// The figure for `period`: a calendar year by its year's count where the period holds
    /// all of the year's months the history has, the rest month by month; a count only when
    /// every piece is one.
    pub fn figure(&self, period: Period, t: Threshold) -> Shown {
        let mut pieces = Vec::new();
        let mut months = self
            .months
            .keys()
            .filter(|m| period.from <= **m && **m <= period.to)
            .peekable();
        while let Some(m) = months.next() {
            let whole = |year: u16| {
                let of_year = Month { year, month: 1 }..=Month { year, month: 12 };
                let mut known = self.months.range(of_year).map(|(m, _)| m);
                let first = known.next();
                let last = known.next_back().or(first);
                first.is_some_and(|f| period.from <= *f) && last.is_some_and(|l| *l <= period.to)
            };
            if whole(m.year) {
                pieces.extend(self.years.get(&m.year).copied());
                while months.peek().is_some_and(|n| n.year == m.year) {
                    months.next();
                }
            } else {
                pieces.extend(self.months.get(m).copied());
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

/// A unit's months and years as cells: months add up to their year.
struct Line {
    months: Vec<usize>,
    years: Vec<usize>,
}

impl Line {
    fn add(cells: &mut Cells, span: &[Month], years: &[u16], n: impl Fn(&Month) -> u64) -> Self {
        let months: Vec<usize> = span.iter().map(|m| cells.add(n(m))).collect();
        let years = years
            .iter()
            .map(|y| {
                let parts: Vec<usize> = span
                    .iter()
                    .zip(&months)
                    .filter(|(m, _)| m.year == *y)
                    .map(|(_, i)| *i)
                    .collect();
                let sum = parts.iter().map(|i| cells.value(*i)).sum();
                let year = cells.add(sum);
                cells.tie(parts, year);
                year
            })
            .collect();
        Line { months, years }
    }

    /// Fixed as `fixed` was published.
    fn fix(&self, cells: &mut Cells, span: &[Month], years: &[u16], fixed: &Timeline) {
        let hidden = |s: Option<&Shown>| s.is_none_or(|s| s.count().is_none());
        for (m, i) in span.iter().zip(&self.months) {
            cells.fix(*i, hidden(fixed.months.get(m)));
        }
        for (y, i) in years.iter().zip(&self.years) {
            cells.fix(*i, hidden(fixed.years.get(y)));
        }
    }

    fn shown(&self, shown: &[Shown], span: &[Month], years: &[u16]) -> Timeline {
        Timeline {
            months: span
                .iter()
                .zip(&self.months)
                .map(|(m, i)| (*m, shown[*i]))
                .collect(),
            years: years
                .iter()
                .zip(&self.years)
                .map(|(y, i)| (*y, shown[*i]))
                .collect(),
        }
    }
}

/// Publish the timelines of units that fall into groups (the frameworks of one municipality,
/// the outcomes of one framework): each unit's months add up to its years, and the units of a
/// group add up to the group's total, month by month and year by year. A group's total is fixed
/// as it was published already where `fixed` has it; otherwise it is decided here with its
/// units. Returns the groups' totals and the units' timelines.
pub fn grouped<K: Ord + Clone, G: Ord + Clone>(
    counts: &Counts<K>,
    span: Span,
    group: impl Fn(&K) -> G,
    fixed: &BTreeMap<G, Timeline>,
    t: Threshold,
) -> (BTreeMap<G, Timeline>, BTreeMap<K, Timeline>) {
    let months = span.months();
    let mut years: Vec<u16> = months.iter().map(|m| m.year).collect();
    years.dedup();
    let mut units: Vec<K> = counts.keys().map(|(k, _)| k.clone()).collect();
    units.dedup();
    let at = |k: &K, m: &Month| counts.get(&(k.clone(), *m)).copied().unwrap_or(0);
    let mut groups: BTreeMap<G, Vec<K>> = BTreeMap::new();
    for k in &units {
        groups.entry(group(k)).or_default().push(k.clone());
    }
    for g in fixed.keys() {
        groups.entry(g.clone()).or_default();
    }
    let mut cells = Cells::default();
    let mut totals = Vec::new();
    let mut lines = Vec::new();
    for (g, members) in &groups {
        let total = Line::add(&mut cells, &months, &years, |m| {
            members.iter().map(|k| at(k, m)).sum()
        });
        if let Some(f) = fixed.get(g) {
            total.fix(&mut cells, &months, &years, f);
        }
        let member_lines: Vec<Line> = members
            .iter()
            .map(|k| Line::add(&mut cells, &months, &years, |m| at(k, m)))
            .collect();
        for (i, cell) in total.months.iter().enumerate() {
            cells.tie(member_lines.iter().map(|l| l.months[i]).collect(), *cell);
        }
        for (i, cell) in total.years.iter().enumerate() {
            cells.tie(member_lines.iter().map(|l| l.years[i]).collect(), *cell);
        }
        totals.push((g.clone(), total));
        lines.extend(members.iter().cloned().zip(member_lines));
    }
    let shown = cells.publish(t);
    let totals = totals
        .into_iter()
        .map(|(g, l)| {
            let published = fixed
                .get(&g)
                .cloned()
                .unwrap_or_else(|| l.shown(&shown, &months, &years));
            (g, published)
        })
        .collect();
    let units = lines
        .into_iter()
        .map(|(k, l)| (k, l.shown(&shown, &months, &years)))
        .collect();
    (totals, units)
}

/// Publish the timelines of every unit of one breakdown of one measure, and of their total:
/// one group, whose total is fixed when it was published already (the region's, the same for
/// every breakdown; an organisation's own, for its own breakdowns).
pub fn timelines<K: Ord + Clone>(
    counts: &Counts<K>,
    span: Span,
    total: Option<&Timeline>,
    t: Threshold,
) -> (Timeline, BTreeMap<K, Timeline>) {
    let fixed: BTreeMap<(), Timeline> = total.map(|f| ((), f.clone())).into_iter().collect();
    let (mut totals, units) = grouped(counts, span, |_| (), &fixed, t);
    (totals.remove(&()).unwrap_or_default(), units)
}

/// How long a step took: how many took it (per number of days).
pub type Days = BTreeMap<i64, u64>;

/// A step's length as published: how many took it in the period (the same figure as the step's
/// count, so nothing new can be subtracted from it), and the median and the 90th percentile in
/// days, the median only over N or more people and the 90th percentile only over twice as many
/// (over fewer it is one person's own length, or nearly).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duration {
    pub people: Shown,
    pub median: Option<i64>,
    pub p90: Option<i64>,
}

pub fn duration(days: &Days, people: Shown, t: Threshold) -> Duration {
    let n: u64 = days.values().sum();
    let at = |q: u64| {
        // Nearest rank: the smallest length that at least q % of them took or less.
        let rank = (n * q).div_ceil(100).max(1);
        let mut seen = 0;
        days.iter().find_map(|(d, k)| {
            seen += k;
            (seen >= rank).then_some(*d)
        })
    };
    Duration {
        people,
        median: if n >= t.get() { at(50) } else { None },
        p90: if n >= 2 * t.get() { at(90) } else { None },
    }
}

/// The step whose count says how many took a timed stretch: the one it ends with.
pub fn end_of(step: Step) -> Measure {
    match step {
        Step::Mapping => Measure::HandedIn,
        Step::Waiting => Measure::Assigned,
        Step::Assessing | Step::Whole => Measure::Concluded,
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

/// Each framework's outcomes in `period`: the outcomes of a framework add up to its concluded
/// count month by month and year by year (fixed as the breakdown by framework published it),
/// so that no period, and no subtraction of periods, gives a small one away.
pub fn outcomes(
    counts: &Counts<(String, Outcome)>,
    concluded: &BTreeMap<String, Timeline>,
    span: Span,
    period: Period,
    t: Threshold,
) -> Vec<OutcomeRow> {
    let (_, lines) = grouped(counts, span, |(f, _)| f.clone(), concluded, t);
    concluded
        .iter()
        .map(|(framework, timeline)| OutcomeRow {
            framework: framework.clone(),
            outcomes: Outcome::ALL
                .iter()
                .map(|o| {
                    lines
                        .get(&(framework.clone(), *o))
                        .map_or(Shown::FewerThan(t.get()), |l| l.figure(period, t))
                })
                .collect(),
            concluded: timeline.figure(period, t),
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
        // The period's months that the history has (a period of centuries lists no more).
        let known = |m: &Month| {
            measures
                .first()
                .is_some_and(|first| per_measure[first].0.months.contains_key(m))
        };
        period
            .months()
            .filter(known)
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

impl Report {
    /// The region's figure for `m` (hidden when it has none).
    pub fn region_figure(&self, m: Measure) -> Shown {
        self.region
            .iter()
            .find(|(r, _)| *r == m)
            .map_or(Shown::Hidden, |(_, s)| *s)
    }
}

#[cfg(test)]
mod tests;
