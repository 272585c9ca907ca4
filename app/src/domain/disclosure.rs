//! Figures that count people, made safe to publish (issue 18, follow-up statistics): a count
//! below the installation's threshold is shown as "fewer than N" (primary suppression), and
//! where such a count could be worked out from a shown total and the other shown counts, more
//! counts are hidden beside it (secondary suppression) until what can be worked out is no
//! smaller than the threshold. Pure: the statistics page, the CSV, the PDF report and the
//! command line all show what this decides.

use serde::{Deserialize, Serialize};

/// The smallest count shown as it is. Set by the installation; never below 3, 5 unless said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Threshold(u64);

impl Default for Threshold {
    fn default() -> Self {
        Threshold(5)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the threshold for figures about people is at least {min}")]
pub struct ThresholdTooLow {
    pub min: u64,
}

impl Threshold {
    pub const MIN: u64 = 3;

    pub fn new(n: u64) -> Result<Self, ThresholdTooLow> {
        if n < Self::MIN {
            Err(ThresholdTooLow { min: Self::MIN })
        } else {
            Ok(Threshold(n))
        }
    }

    pub fn get(self) -> u64 {
        self.0
    }
}

/// A count as it may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shown {
    Count(u64),
    /// Below the threshold: "fewer than N".
    FewerThan(u64),
    /// Not small itself, hidden so that a small one beside it cannot be worked out.
    Hidden,
}

/// As tables of data write it: the count, `<N` below the threshold, `..` where hidden (the
/// sign Statistics Sweden uses for a figure that cannot be published).
impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shown::Count(n) => write!(f, "{n}"),
            Shown::FewerThan(n) => write!(f, "<{n}"),
            Shown::Hidden => f.write_str(".."),
        }
    }
}

impl Shown {
    pub fn count(self) -> Option<u64> {
        match self {
            Shown::Count(n) => Some(n),
            _ => None,
        }
    }
}

/// Counts tied together by lines (each a set of parts that add up to a total), as a table's
/// rows and columns are, or a year's months and the year. A count may sit in several lines;
/// what is hidden is hidden in all of them. Some counts may be fixed from outside: already
/// hidden, or already published (so hiding them would protect nothing).
#[derive(Debug, Clone, Default)]
pub struct Cells {
    values: Vec<u64>,
    lines: Vec<(Vec<usize>, usize)>,
    fixed: Vec<Option<bool>>,
}

impl Cells {
    /// A count; returns its index.
    pub fn add(&mut self, n: u64) -> usize {
        self.values.push(n);
        self.fixed.push(None);
        self.values.len() - 1
    }

    pub fn value(&self, i: usize) -> u64 {
        self.values[i]
    }

    /// The counts at `parts` add up to the one at `total`.
    pub fn tie(&mut self, parts: Vec<usize>, total: usize) {
        debug_assert_eq!(
            parts.iter().map(|i| self.values[*i]).sum::<u64>(),
            self.values[total]
        );
        self.lines.push((parts, total));
    }

    /// The count at `i` is hidden (`true`) or published (`false`) elsewhere already.
    pub fn fix(&mut self, i: usize, hidden: bool) {
        self.fixed[i] = Some(hidden);
    }

    /// Each count as it may be published.
    pub fn publish(&self, t: Threshold) -> Vec<Shown> {
        let small: Vec<bool> = self.values.iter().map(|n| *n < t.get()).collect();
        let mut hidden: Vec<bool> = small
            .iter()
            .zip(&self.fixed)
            .map(|(s, f)| *s || *f == Some(true))
            .collect();
        // Each round only ever hides more, so this ends.
        loop {
            let mut changed = false;
            for (parts, total) in &self.lines {
                changed |= self.complete(parts, *total, &small, &mut hidden, t);
            }
            if !changed {
                break;
            }
        }
        self.values
            .iter()
            .zip(small.iter().zip(&hidden))
            .map(|(n, (small, hidden))| match (small, hidden) {
                (true, _) => Shown::FewerThan(t.get()),
                (false, true) => Shown::Hidden,
                _ => Shown::Count(*n),
            })
            .collect()
    }

    /// Hide more of one line until its hidden parts cannot be told apart: with the total
    /// shown, what is hidden adds up to the total less the shown parts. That sum must not be
    /// small, no part may be hidden alone, and no hidden part may be pinned to one value by it
    /// (three "fewer than 3" that add up to 6 are 2 each). A hidden total must not be the sum
    /// of shown parts.
    fn complete(
        &self,
        parts: &[usize],
        total: usize,
        small: &[bool],
        hidden: &mut [bool],
        t: Threshold,
    ) -> bool {
        let free = |i: usize, hidden: &[bool]| !hidden[i] && self.fixed[i] != Some(false);
        let mut changed = false;
        if hidden[total] {
            if small[total] {
                // Every part is below a small total: nothing can be worked out that is not
                // already "fewer than N".
                for i in parts {
                    changed |= !hidden[*i];
                    hidden[*i] = true;
                }
            } else if parts.iter().all(|i| !hidden[*i]) {
                // The shown parts would give the hidden total away: the smallest goes too.
                if let Some(i) = parts
                    .iter()
                    .copied()
                    .filter(|i| free(*i, hidden))
                    .min_by_key(|i| (self.values[*i], *i))
                {
                    hidden[i] = true;
                    changed = true;
                }
            }
            return changed;
        }
        while !self.safe(parts, small, hidden, t) {
            // The smallest part still shown goes too; with none left, the total.
            let next = parts
                .iter()
                .copied()
                .filter(|i| free(*i, hidden))
                .min_by_key(|i| (self.values[*i], *i));
            match next {
                Some(i) => hidden[i] = true,
                None if self.fixed[total] != Some(false) => {
                    hidden[total] = true;
                    // The parts under a total hidden now must not give it away either.
                    self.complete(parts, total, small, hidden, t);
                    return true;
                }
                // Everything here is published elsewhere already: nothing left to hide.
                None => return changed,
            }
            changed = true;
        }
        changed
    }

    /// Whether the hidden parts of a line with its total shown give nothing small away.
    fn safe(&self, parts: &[usize], small: &[bool], hidden: &[bool], t: Threshold) -> bool {
        let gone: Vec<usize> = parts.iter().copied().filter(|i| hidden[*i]).collect();
        let sum: u64 = gone.iter().map(|i| self.values[*i]).sum();
        // Nothing hidden, or only zeros: there is nobody to tell apart.
        if sum == 0 {
            return true;
        }
        if gone.len() < 2 || sum < t.get() {
            return false;
        }
        // What each hidden part can be: at most N − 1 if small, anything if hidden beside one.
        let most = |i: usize| if small[i] { t.get() - 1 } else { u64::MAX / 4 };
        // What the others can add up to at most: anything when one of them is not small.
        let large = gone.iter().filter(|i| !small[**i]).count();
        let small_most: u64 = gone.iter().filter(|i| small[**i]).map(|i| most(*i)).sum();
        gone.iter().all(|i| {
            let others = if large > usize::from(!small[*i]) {
                u64::MAX / 4
            } else {
                small_most - if small[*i] { most(*i) } else { 0 }
            };
            let low = sum.saturating_sub(others);
            let high = most(*i).min(sum);
            low < high
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A single line and a table with both margins, as [`Cells`] is used for them; the
    // statistics tie their own lines.
    /// A breakdown: counts per part (municipalities, months …) that add up to a total.
    #[derive(Debug, Clone, PartialEq, Eq)]
    struct Line {
        pub parts: Vec<u64>,
        pub total: u64,
    }

    /// A line as published.
    #[derive(Debug, Clone, PartialEq, Eq)]
    struct ShownLine {
        pub parts: Vec<Shown>,
        pub total: Shown,
    }

    /// One breakdown with its total, safe to publish.
    fn line(line: &Line, t: Threshold) -> ShownLine {
        let mut cells = Cells::default();
        let parts: Vec<usize> = line.parts.iter().map(|n| cells.add(*n)).collect();
        let total = cells.add(line.total);
        cells.tie(parts, total);
        let mut shown = cells.publish(t);
        let total = shown.pop().unwrap_or(Shown::Hidden);
        ShownLine {
            parts: shown,
            total,
        }
    }

    /// A table whose rows and columns both add up (municipality × month, say): each row is a
    /// line to the row's total, each column a line to the column's total, and the row totals a
    /// line to the whole, as the column totals are. Returns the rows, then the column totals as
    /// one more line whose total is the whole.
    fn table(rows: &[Line], t: Threshold) -> Vec<ShownLine> {
        let width = rows.first().map_or(0, |r| r.parts.len());
        let mut cells = Cells::default();
        let grid: Vec<(Vec<usize>, usize)> = rows
            .iter()
            .map(|r| {
                let parts: Vec<usize> = (0..width)
                    .map(|c| cells.add(r.parts.get(c).copied().unwrap_or(0)))
                    .collect();
                (parts, cells.add(r.total))
            })
            .collect();
        let columns: Vec<usize> = (0..width)
            .map(|c| cells.add(grid.iter().map(|(p, _)| cells.values[p[c]]).sum()))
            .collect();
        let whole = cells.add(rows.iter().map(|r| r.total).sum());
        for (parts, total) in &grid {
            cells.tie(parts.clone(), *total);
        }
        for (c, total) in columns.iter().enumerate() {
            cells.tie(grid.iter().map(|(p, _)| p[c]).collect(), *total);
        }
        cells.tie(grid.iter().map(|(_, t)| *t).collect(), whole);
        cells.tie(columns.clone(), whole);
        let shown = cells.publish(t);
        let of = |parts: &[usize], total: usize| ShownLine {
            parts: parts.iter().map(|i| shown[*i]).collect(),
            total: shown[total],
        };
        grid.iter()
            .map(|(p, t)| of(p, *t))
            .chain(std::iter::once(of(&columns, whole)))
            .collect()
    }

    fn t() -> Threshold {
        Threshold::default()
    }

    fn l(parts: &[u64]) -> Line {
        Line {
            parts: parts.to_vec(),
            total: parts.iter().sum(),
        }
    }

    /// What someone can work out of a published line about each hidden part: the least and the
    /// most it can be, given the total (when shown), the shown parts, and that a "fewer than N"
    /// part is below N.
    fn ranges(shown: &ShownLine) -> Vec<Option<(u64, u64)>> {
        let known: u64 = shown.parts.iter().filter_map(|s| s.count()).sum();
        let top = |s: &Shown| match s {
            Shown::FewerThan(n) => n - 1,
            _ => u64::MAX / 4,
        };
        shown
            .parts
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if s.count().is_some() {
                    return None;
                }
                let Some(total) = shown.total.count() else {
                    return Some((0, top(s)));
                };
                let rest = total - known;
                let others_max: u64 = shown
                    .parts
                    .iter()
                    .enumerate()
                    .filter(|(j, o)| *j != i && o.count().is_none())
                    .map(|(_, o)| top(o))
                    .sum();
                Some((rest.saturating_sub(others_max), rest.min(top(s))))
            })
            .collect()
    }

    /// No hidden part can be pinned to one value, and none that is small can be bounded to
    /// fewer than two values.
    fn assert_safe(line: &Line, t: Threshold) {
        let shown = self::line(line, t);
        let hidden: u64 = line
            .parts
            .iter()
            .zip(&shown.parts)
            .filter(|(_, s)| s.count().is_none())
            .map(|(n, _)| n)
            .sum();
        if hidden == 0 {
            // Only zeros hidden: nobody to tell apart.
            return;
        }
        for (i, r) in ranges(&shown).into_iter().enumerate() {
            if let Some((lo, hi)) = r {
                assert!(lo < hi, "part {i} of {line:?} is {lo} exactly: {shown:?}");
            }
        }
    }

    #[test]
    fn the_threshold_is_never_below_three() {
        assert!(Threshold::new(2).is_err());
        assert_eq!(Threshold::new(3).map(Threshold::get), Ok(3));
        assert_eq!(Threshold::default().get(), 5);
    }

    #[test]
    fn small_counts_are_fewer_than_the_threshold_and_large_ones_shown() {
        let s = line(&l(&[12, 30, 7]), t());
        assert_eq!(
            s.parts,
            [Shown::Count(12), Shown::Count(30), Shown::Count(7)]
        );
        assert_eq!(s.total, Shown::Count(49));
        let s = line(&l(&[0, 1, 2]), t());
        assert!(s.parts.iter().all(|p| *p == Shown::FewerThan(5)));
        assert_eq!(s.total, Shown::FewerThan(5));
    }

    #[test]
    fn one_small_count_beside_a_total_takes_the_smallest_other_with_it() {
        // 49 − 30 − 12 would give the 2.
        let s = line(&l(&[2, 30, 12, 17]), t());
        assert_eq!(
            s.parts,
            [
                Shown::FewerThan(5),
                Shown::Count(30),
                Shown::Hidden,
                Shown::Count(17)
            ]
        );
        assert_eq!(s.total, Shown::Count(61));
        assert_safe(&l(&[2, 30, 12, 17]), t());
    }

    #[test]
    fn two_small_counts_whose_sum_is_small_take_a_third() {
        // 1 and 2 hidden alone: the total less the rest says they are 3 together.
        let data = l(&[1, 2, 40, 9]);
        let s = line(&data, t());
        assert_eq!(s.parts[3], Shown::Hidden);
        assert_eq!(s.parts[2], Shown::Count(40));
        assert_safe(&data, t());
    }

    #[test]
    fn a_line_with_one_part_hides_its_total_when_the_part_is_small() {
        let s = line(&l(&[3]), t());
        assert_eq!(
            (s.parts[0], s.total),
            (Shown::FewerThan(5), Shown::FewerThan(5))
        );
        // With every other part small too, the total goes.
        let s = line(
            &Line {
                parts: vec![2, 2],
                total: 4,
            },
            t(),
        );
        assert_eq!(s.total, Shown::FewerThan(5));
    }

    #[test]
    fn no_crafted_line_gives_a_hidden_count_away() {
        // Every line of up to four parts of 0..=12, at thresholds 3 and 5.
        for th in [3, 5] {
            let t = Threshold::new(th).unwrap();
            for a in 0..=12u64 {
                for b in 0..=12u64 {
                    for c in [0u64, 1, 4, 6, 12] {
                        for d in [0u64, 2, 5, 9] {
                            assert_safe(&l(&[a, b, c, d]), t);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_table_hides_along_rows_and_columns_alike() {
        // Municipalities × months: the 1 in Boden's March is small; its row and its column
        // must each hide a second count, and those must hide in their own lines in turn.
        let rows = vec![l(&[20, 14, 9]), l(&[11, 8, 1]), l(&[30, 25, 17])];
        let mut shown = table(&rows, t());
        let margin = shown.pop().unwrap();
        assert_eq!(margin.total, Shown::Count(135));
        // Rows are safe.
        for (row, s) in rows.iter().zip(&shown) {
            for r in ranges(s).into_iter().flatten() {
                assert!(r.0 < r.1, "{row:?}: {s:?}");
            }
        }
        // Columns are safe, read from the same published cells.
        for c in 0..3 {
            let column = ShownLine {
                parts: shown.iter().map(|s| s.parts[c]).collect(),
                total: Shown::Count(rows.iter().map(|r| r.parts[c]).sum()),
            };
            for r in ranges(&column).into_iter().flatten() {
                assert!(r.0 < r.1, "column {c}: {column:?}");
            }
        }
        assert_eq!(shown[1].parts[2], Shown::FewerThan(5));
        // The row totals add up to the whole as well.
        let totals = ShownLine {
            parts: shown.iter().map(|s| s.total).collect(),
            total: margin.total,
        };
        for r in ranges(&totals).into_iter().flatten() {
            assert!(r.0 < r.1, "{totals:?}");
        }
    }

    #[test]
    fn a_small_row_total_takes_a_second_row_total_with_it() {
        // Three municipalities over two months; Jokkmokk's whole period is 3. The column of row
        // totals to the region's whole must hide a second one, and the rows below them too.
        let rows = vec![l(&[1, 2]), l(&[40, 33]), l(&[6, 9])];
        let mut shown = table(&rows, t());
        let margin = shown.pop().unwrap();
        assert_eq!(shown[0].total, Shown::FewerThan(5));
        let totals = ShownLine {
            parts: shown.iter().map(|s| s.total).collect(),
            total: margin.total,
        };
        assert_eq!(totals.parts[2], Shown::Hidden);
        for r in ranges(&totals).into_iter().flatten() {
            assert!(r.0 < r.1, "{totals:?}");
        }
        // A hidden row total is not the sum of its shown parts.
        assert!(
            shown[2].parts.iter().any(|p| p.count().is_none()),
            "{shown:?}"
        );
    }

    #[test]
    fn counts_fixed_elsewhere_are_kept_as_they_were_published() {
        // A year (published as 17) and its months: March is small; the year cannot be hidden,
        // so the months hide among themselves.
        let mut cells = Cells::default();
        let months: Vec<usize> = [6, 8, 3].iter().map(|n| cells.add(*n)).collect();
        let year = cells.add(17);
        cells.tie(months.clone(), year);
        cells.fix(year, false);
        let shown = cells.publish(t());
        assert_eq!(shown[year], Shown::Count(17));
        assert_eq!(shown[0], Shown::Hidden);
        assert_eq!(shown[2], Shown::FewerThan(5));
        // A year hidden elsewhere (beside a small one) is not given away by its months.
        let mut cells = Cells::default();
        let months: Vec<usize> = [6, 8, 7].iter().map(|n| cells.add(*n)).collect();
        let year = cells.add(21);
        cells.tie(months, year);
        cells.fix(year, true);
        let shown = cells.publish(t());
        assert_eq!(shown[year], Shown::Hidden);
        assert_eq!(shown.iter().filter(|s| s.count().is_none()).count(), 2);
    }
}
