use super::*;

fn t() -> Threshold {
    Threshold::default()
}

fn m(year: u16, month: u8) -> Month {
    Month { year, month }
}

/// Counts from (unit, year, month, n).
fn counts(rows: &[(&str, u16, u8, u64)]) -> Counts<String> {
    rows.iter()
        .map(|(k, y, mo, n)| ((k.to_string(), m(*y, *mo)), *n))
        .collect()
}

/// A span of whole calendar years.
fn years(y: std::ops::RangeInclusive<u16>) -> Span {
    Span::new(m(*y.start(), 1), m(*y.end(), 12))
}

/// Every period of whole months within `span`.
fn periods(span: Span) -> Vec<Period> {
    let months = span.months();
    let mut all = Vec::new();
    for (i, from) in months.iter().enumerate() {
        for to in &months[i..] {
            all.push(Period {
                from: *from,
                to: *to,
            });
        }
    }
    all
}

/// Linear algebra modulo a large prime: whether a combination of unknown counts is pinned by
/// published equations (a sum of unknowns equals a shown figure). Over the rationals the rank
/// of small 0/1 systems is the same but for primes dividing a minor; 2^61 − 1 divides none here.
struct Equations {
    rows: Vec<Vec<u64>>,
    pivots: Vec<usize>,
}

const P: u64 = (1 << 61) - 1;

fn mul(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % P as u128) as u64
}

fn inv(a: u64) -> u64 {
    // Fermat: a^(P−2).
    let (mut base, mut e, mut r) = (a, P - 2, 1u64);
    while e > 0 {
        if e & 1 == 1 {
            r = mul(r, base);
        }
        base = mul(base, base);
        e >>= 1;
    }
    r
}

impl Equations {
    fn new() -> Self {
        Equations {
            rows: Vec::new(),
            pivots: Vec::new(),
        }
    }

    /// Reduce `v` by what is known; what remains.
    fn reduce(&self, mut v: Vec<u64>) -> Vec<u64> {
        for (row, &p) in self.rows.iter().zip(&self.pivots) {
            if v[p] != 0 {
                let f = v[p];
                for (x, r) in v.iter_mut().zip(row) {
                    *x = (*x + P - mul(f, *r)) % P;
                }
            }
        }
        v
    }

    fn add(&mut self, v: Vec<u64>) {
        let mut v = self.reduce(v);
        let Some(p) = v.iter().position(|x| *x != 0) else {
            return;
        };
        let f = inv(v[p]);
        for x in v.iter_mut() {
            *x = mul(*x, f);
        }
        for row in self.rows.iter_mut() {
            if row[p] != 0 {
                let g = row[p];
                for (x, y) in row.iter_mut().zip(&v) {
                    *x = (*x + P - mul(g, *y)) % P;
                }
            }
        }
        self.rows.push(v);
        self.pivots.push(p);
    }

    fn pinned(&self, v: Vec<u64>) -> bool {
        self.reduce(v).iter().all(|x| *x == 0)
    }
}

/// Publish `data` for every period, as someone would who asks for all of them, and check that
/// no count of fewer than N people (of any period, any municipality, or the region) can be
/// worked out by adding and subtracting the figures that are shown. (A hidden figure that is
/// not small may be: a year less its shown months is a large number, and gives nobody away.)
fn nothing_hidden_can_be_worked_out(data: &Counts<String>, span: Span) {
    let months = span.months();
    let mut units: Vec<String> = data.keys().map(|(k, _)| k.clone()).collect();
    units.dedup();
    let var = |u: usize, m: &Month| u * months.len() + months.iter().position(|x| x == m).unwrap();
    let width = units.len() * months.len();
    let indicator = |unit: Option<usize>, p: Period| {
        let mut v = vec![0u64; width];
        for (u, _) in units.iter().enumerate() {
            if unit.is_none_or(|x| x == u) {
                for mo in p.months() {
                    v[var(u, &mo)] = 1;
                }
            }
        }
        v
    };
    let (region, lines) = timelines(data, span, None, t());
    let mut known = Equations::new();
    let mut secret = Vec::new();
    let mut shown = 0;
    for p in periods(span) {
        for (u, unit) in units.iter().enumerate() {
            let figure = lines[unit].figure(p, t());
            let v = indicator(Some(u), p);
            let truth: u64 = p
                .months()
                .map(|mo| data.get(&(unit.clone(), mo)).copied().unwrap_or(0))
                .sum();
            match figure {
                Shown::Count(n) => {
                    assert_eq!(n, truth, "{unit} {p:?}");
                    known.add(v);
                    shown += 1;
                }
                // What must stay unknown: how many, when they are fewer than N (and not none).
                _ if truth > 0 && truth < t().get() => secret.push((format!("{unit} {p:?}"), v)),
                _ => {}
            }
        }
        // Together, what a period does not show of its units: small, it must stay unknown.
        let hidden: Vec<usize> = (0..units.len())
            .filter(|u| lines[&units[*u]].figure(p, t()).count().is_none())
            .collect();
        let together: u64 = hidden
            .iter()
            .flat_map(|u| p.months().map(move |mo| (*u, mo)))
            .map(|(u, mo)| data.get(&(units[u].clone(), mo)).copied().unwrap_or(0))
            .sum();
        if together > 0 && together < t().get() {
            let mut v = vec![0u64; width];
            for u in &hidden {
                for mo in p.months() {
                    v[var(*u, &mo)] = 1;
                }
            }
            secret.push((format!("the hidden units of {p:?} together"), v));
        }
        let v = indicator(None, p);
        let truth: u64 = data
            .iter()
            .filter(|((_, mo), _)| p.months().any(|x| x == *mo))
            .map(|(_, n)| n)
            .sum();
        match region.figure(p, t()) {
            Shown::Count(_) => known.add(v),
            _ if truth > 0 && truth < t().get() => secret.push((format!("region {p:?}"), v)),
            _ => {}
        }
    }
    assert!(shown > 0, "something is shown");
    for (what, v) in secret {
        assert!(
            !known.pinned(v),
            "{what} can be worked out from what is shown"
        );
    }
}

#[test]
fn no_period_can_be_subtracted_from_another_to_give_a_small_count_away() {
    // Three municipalities over two years. Arjeplog has a few a month; Luleå many, with one
    // quiet month; Boden some, with a quiet year end.
    let mut rows = Vec::new();
    for month in 1..=12u8 {
        rows.push(("ARJEPLOG", 2024, month, u64::from(month % 3)));
        rows.push(("ARJEPLOG", 2025, month, u64::from(month % 2)));
        rows.push((
            "LULEA",
            2024,
            month,
            if month == 7 { 2 } else { 20 + u64::from(month) },
        ));
        rows.push(("LULEA", 2025, month, 31));
        rows.push(("BODEN", 2024, month, 6 + u64::from(month % 4)));
        rows.push(("BODEN", 2025, month, if month > 9 { 1 } else { 8 }));
    }
    let data = counts(&rows);
    nothing_hidden_can_be_worked_out(&data, years(2024..=2025));
    let (region, lines) = timelines(&data, years(2024..=2025), None, t());
    // Luleå's July is small; the year is still shown, and so is the region's.
    let july = Period::new(m(2024, 7), m(2024, 7)).unwrap();
    assert_eq!(lines["LULEA"].figure(july, t()), Shown::FewerThan(5));
    let year = Period::new(m(2024, 1), m(2024, 12)).unwrap();
    assert!(lines["LULEA"].figure(year, t()).count().is_some());
    assert!(region.figure(year, t()).count().is_some());
    // June to July would be June's count plus a small one: not shown.
    let june_july = Period::new(m(2024, 6), m(2024, 7)).unwrap();
    assert_eq!(lines["LULEA"].figure(june_july, t()), Shown::Hidden);
    // Arjeplog's years are its own: 12 and 6 are shown, its months are not.
    assert_eq!(lines["ARJEPLOG"].figure(year, t()), Shown::Count(12));
}

#[test]
fn a_small_municipality_beside_two_large_ones_is_not_the_region_less_the_others() {
    // One municipality's whole year is 3: the region's year less the other two would give it,
    // so one of those is hidden for that year as well.
    let mut rows = Vec::new();
    for month in 1..=12u8 {
        rows.push(("JOKKMOKK", 2025, month, u64::from(month == 4) * 3));
        rows.push(("KIRUNA", 2025, month, 9));
        rows.push(("GALLIVARE", 2025, month, 7));
    }
    let data = counts(&rows);
    nothing_hidden_can_be_worked_out(&data, years(2025..=2025));
    let (region, lines) = timelines(&data, years(2025..=2025), None, t());
    let year = Period::new(m(2025, 1), m(2025, 12)).unwrap();
    assert_eq!(region.figure(year, t()), Shown::Count(3 + 108 + 84));
    assert_eq!(lines["JOKKMOKK"].figure(year, t()), Shown::FewerThan(5));
    let shown = [&lines["KIRUNA"], &lines["GALLIVARE"]]
        .iter()
        .filter(|l| l.figure(year, t()).count().is_some())
        .count();
    assert_eq!(shown, 1);
}

#[test]
fn an_organisations_own_breakdown_keeps_its_total_as_published() {
    // A municipality's figures by framework, inside its own total: the total's timeline is
    // fixed (published in the breakdown by municipality), the frameworks hide around it.
    let own = counts(&[
        ("CARE", 2025, 3, 12),
        ("CARE", 2025, 4, 9),
        ("WAREHOUSE", 2025, 3, 2),
        ("WAREHOUSE", 2025, 4, 7),
    ]);
    let total_counts = counts(&[("OWN", 2025, 3, 14), ("OWN", 2025, 4, 16)]);
    let (_, totals) = timelines(&total_counts, years(2025..=2025), None, t());
    let fixed = &totals["OWN"];
    let (total, lines) = timelines(&own, years(2025..=2025), Some(fixed), t());
    assert_eq!(&total, fixed);
    let march = Period::new(m(2025, 3), m(2025, 3)).unwrap();
    assert_eq!(total.figure(march, t()), Shown::Count(14));
    assert_eq!(lines["WAREHOUSE"].figure(march, t()), Shown::FewerThan(5));
    // 14 − 12 would give it: care's March is hidden too.
    assert_eq!(lines["CARE"].figure(march, t()), Shown::Hidden);
}

#[test]
fn medians_of_fewer_than_the_threshold_are_not_shown() {
    let days: Days = [(3, 1), (10, 2), (40, 1)].into_iter().collect();
    let d = duration(&days, Shown::FewerThan(5), t());
    assert_eq!(
        (d.people, d.median, d.p90),
        (Shown::FewerThan(5), None, None)
    );
    let days: Days = [(3, 1), (10, 2), (12, 1), (40, 1), (90, 5)]
        .into_iter()
        .collect();
    let d = duration(&days, Shown::Count(10), t());
    // Ten people: the 5th took 40 days, the 9th 90.
    assert_eq!(
        (d.people, d.median, d.p90),
        (Shown::Count(10), Some(40), Some(90))
    );
    // Six: a median, but the 90th percentile would be the longest one's own length.
    let days: Days = [(3, 1), (10, 2), (12, 1), (40, 2)].into_iter().collect();
    let d = duration(&days, Shown::Count(6), t());
    assert_eq!((d.median, d.p90), (Some(10), None));
}

#[test]
fn outcomes_hide_beside_a_small_one_inside_the_concluded_figure() {
    let mut outcomes: Counts<(String, Outcome)> = BTreeMap::new();
    let mut concluded_counts: Counts<String> = BTreeMap::new();
    for (o, n) in [
        (Outcome::FullyMet, 9),
        (Outcome::PartlyMet, 6),
        (Outcome::NotMet, 2),
    ] {
        outcomes.insert((("CARE".to_string(), o), m(2025, 5)), n);
    }
    concluded_counts.insert(("CARE".to_string(), m(2025, 5)), 17);
    let (_, concluded) = timelines(&concluded_counts, years(2025..=2025), None, t());
    let may = Period::new(m(2025, 5), m(2025, 5)).unwrap();
    let rows = outcomes_in(&outcomes, &concluded, may);
    assert_eq!(rows[0].concluded, Shown::Count(17));
    assert_eq!(rows[0].outcomes[2], Shown::FewerThan(5));
    // 17 − 9 − 6 would give the 2: the partly met goes too.
    assert_eq!(rows[0].outcomes[1], Shown::Hidden);
    assert_eq!(rows[0].outcomes[0], Shown::Count(9));
}

fn outcomes_in(
    o: &Counts<(String, Outcome)>,
    c: &BTreeMap<String, Timeline>,
    p: Period,
) -> Vec<OutcomeRow> {
    outcomes(o, c, years(2025..=2025), p, t())
}

#[test]
fn a_breakdown_by_month_lists_the_periods_months_with_the_total() {
    let data = counts(&[
        ("A", 2025, 1, 10),
        ("A", 2025, 2, 11),
        ("B", 2025, 1, 8),
        ("B", 2025, 2, 9),
    ]);
    let per: BTreeMap<Measure, _> = [(
        Measure::Started,
        timelines(&data, years(2025..=2025), None, t()),
    )]
    .into_iter()
    .collect();
    let p = Period::new(m(2025, 1), m(2025, 2)).unwrap();
    let by_month = table(Breakdown::Month, &per, p, t());
    assert_eq!(by_month.rows.len(), 2);
    // A period of two centuries lists the history's months only (its year's twelve).
    let long = Period::new(m(1900, 1), m(2100, 12)).unwrap();
    assert_eq!(table(Breakdown::Month, &per, long, t()).rows.len(), 12);
    assert_eq!(by_month.rows[0].unit, "2025-01");
    assert_eq!(by_month.rows[0].figures, [Shown::Count(18)]);
    assert_eq!(by_month.total, [Shown::Count(38)]);
    let by_unit = table(Breakdown::Municipality, &per, p, t());
    assert_eq!(
        by_unit
            .rows
            .iter()
            .map(|r| r.unit.as_str())
            .collect::<Vec<_>>(),
        ["A", "B"]
    );
    assert_eq!(by_unit.rows[1].figures, [Shown::Count(17)]);
}

#[test]
fn months_that_have_not_come_are_known_to_hold_nobody() {
    // It is March: April to December hold nobody, as anyone knows. January's 4 and March's 4
    // hidden beside a shown year of 38 and February's 30 would be 4 each: February goes too.
    let data = counts(&[
        ("A", 2025, 1, 4),
        ("A", 2025, 2, 30),
        ("A", 2025, 3, 4),
        ("B", 2025, 2, 40),
    ]);
    let span = Span::new(m(2025, 1), m(2025, 3));
    let (_, lines) = timelines(&data, span, None, t());
    let year = Period::new(m(2025, 1), m(2025, 12)).unwrap();
    assert_eq!(lines["A"].figure(year, t()), Shown::Count(38));
    let feb = Period::new(m(2025, 2), m(2025, 2)).unwrap();
    assert_eq!(lines["A"].figure(feb, t()), Shown::Hidden);
    // The year so far is the year.
    let so_far = Period::new(m(2025, 1), m(2025, 3)).unwrap();
    assert_eq!(lines["A"].figure(so_far, t()), Shown::Count(38));
    nothing_hidden_can_be_worked_out(&data, span);
}

#[test]
fn no_outcome_can_be_had_by_subtracting_periods() {
    // Care: January 8 fully met and 2 partly, February 9 and 6; the warehouse: 6 in January.
    let mut outcome_counts: Counts<(String, Outcome)> = BTreeMap::new();
    let mut concluded_counts: Counts<String> = BTreeMap::new();
    for (f, month, fully, partly) in [("CARE", 1, 8, 2), ("CARE", 2, 9, 6), ("STORE", 1, 6, 0)] {
        for (o, n) in [(Outcome::FullyMet, fully), (Outcome::PartlyMet, partly)] {
            if n > 0 {
                outcome_counts.insert(((f.to_string(), o), m(2025, month)), n);
            }
        }
        *concluded_counts
            .entry((f.to_string(), m(2025, month)))
            .or_default() += fully + partly;
    }
    let span = Span::new(m(2025, 1), m(2025, 2));
    let (_, concluded) = timelines(&concluded_counts, span, None, t());
    // Every figure of every period, as equations over (framework, outcome, month).
    let keys: Vec<(String, Outcome, Month)> = ["CARE", "STORE"]
        .iter()
        .flat_map(|f| {
            Outcome::ALL.iter().flat_map(move |o| {
                span.months()
                    .into_iter()
                    .map(move |mo| (f.to_string(), *o, mo))
            })
        })
        .collect();
    let truth = |k: &(String, Outcome, Month)| {
        outcome_counts
            .get(&((k.0.clone(), k.1), k.2))
            .copied()
            .unwrap_or(0)
    };
    let mut known = Equations::new();
    let mut secret = Vec::new();
    for p in periods(span) {
        for row in outcomes(&outcome_counts, &concluded, span, p, t()) {
            let vector = |o: Option<Outcome>| -> Vec<u64> {
                keys.iter()
                    .map(|k| {
                        u64::from(
                            k.0 == row.framework
                                && o.is_none_or(|o| k.1 == o)
                                && p.months().any(|x| x == k.2),
                        )
                    })
                    .collect()
            };
            if row.concluded.count().is_some() {
                known.add(vector(None));
            }
            // Together, the outcomes not shown: small, they must stay unknown.
            let hidden: Vec<Outcome> = Outcome::ALL
                .iter()
                .zip(&row.outcomes)
                .filter(|(_, s)| s.count().is_none())
                .map(|(o, _)| *o)
                .collect();
            let in_row = |k: &(String, Outcome, Month)| {
                k.0 == row.framework && hidden.contains(&k.1) && p.months().any(|x| x == k.2)
            };
            let together: u64 = keys.iter().filter(|k| in_row(k)).map(truth).sum();
            if together > 0 && together < 5 {
                secret.push((
                    format!("{}'s hidden outcomes in {p:?} together", row.framework),
                    keys.iter().map(|k| u64::from(in_row(k))).collect(),
                ));
            }
            for (o, s) in Outcome::ALL.iter().zip(&row.outcomes) {
                let n: u64 = keys
                    .iter()
                    .filter(|k| k.0 == row.framework && k.1 == *o && p.months().any(|x| x == k.2))
                    .map(truth)
                    .sum();
                match s {
                    Shown::Count(c) => {
                        assert_eq!(*c, n);
                        known.add(vector(Some(*o)));
                    }
                    _ if n > 0 && n < 5 => {
                        secret.push((format!("{} {o:?} {p:?}", row.framework), vector(Some(*o))))
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(!secret.is_empty());
    for (what, v) in secret {
        assert!(!known.pinned(v), "{what} can be worked out");
    }
}

#[test]
fn a_person_of_several_organisations_sees_the_widest_kind_only() {
    use crate::domain::OrgKind::{Municipality, Provider, Region};
    assert_eq!(side_by_side(&[Municipality, Region]), Region);
    assert_eq!(side_by_side(&[Provider, Municipality]), Municipality);
    assert_eq!(side_by_side(&[Provider, Provider]), Provider);
    assert_eq!(side_by_side(&[Municipality, Municipality]), Municipality);
}
