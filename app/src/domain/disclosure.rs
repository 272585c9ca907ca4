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

impl Shown {
    pub fn count(self) -> Option<u64> {
        match self {
            Shown::Count(n) => Some(n),
            _ => None,
        }
    }
}

/// A breakdown: counts per part (municipalities, months …) that add up to a total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub parts: Vec<u64>,
    pub total: u64,
}

/// A line as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownLine {
    pub parts: Vec<Shown>,
    pub total: Shown,
}

/// What one line hides: primary (small) and secondary (hidden beside them) parts, and whether
/// the total goes too.
#[derive(Debug, Clone, Default)]
struct Hiding {
    small: Vec<bool>,
    hidden: Vec<bool>,
    total: bool,
}

impl Hiding {
    fn of(line: &Line, t: Threshold) -> Self {
        let small: Vec<bool> = line.parts.iter().map(|n| *n < t.get()).collect();
        Hiding {
            hidden: small.clone(),
            small,
            total: line.total < t.get(),
        }
    }

    /// Hide more parts until the hidden ones cannot be told apart: with the total shown, what
    /// is hidden adds up to the total less the shown parts. That sum must not be small, no part
    /// may be hidden alone, and no hidden part may be pinned to one value by it (three "fewer
    /// than 3" that add up to 6 are 2 each).
    fn complete(&mut self, line: &Line, t: Threshold) -> bool {
        let mut changed = false;
        if self.total {
            // Every part is below a small total; nothing can be worked out that is not
            // already "fewer than N".
            for h in &mut self.hidden {
                changed |= !*h;
                *h = true;
            }
            return changed;
        }
        while !self.safe(line, t) {
            // The smallest part still shown goes too; with none left, the total.
            let next = (0..line.parts.len())
                .filter(|i| !self.hidden[*i])
                .min_by_key(|i| (line.parts[*i], *i));
            match next {
                Some(i) => self.hidden[i] = true,
                None => {
                    self.total = true;
                    return true;
                }
            }
            changed = true;
        }
        changed
    }

    /// Whether the hidden parts of a line with its total shown give nothing small away.
    fn safe(&self, line: &Line, t: Threshold) -> bool {
        let hidden: Vec<usize> = (0..line.parts.len()).filter(|i| self.hidden[*i]).collect();
        let sum: u64 = hidden.iter().map(|i| line.parts[*i]).sum();
        // Nothing hidden, or only zeros: there is nobody to tell apart.
        if sum == 0 {
            return true;
        }
        if hidden.len() < 2 || sum < t.get() {
            return false;
        }
        // What each hidden part can be: at most N − 1 if small, anything if hidden beside one.
        let most = |i: usize| {
            if self.small[i] {
                t.get() - 1
            } else {
                u64::MAX / 4
            }
        };
        let all: u64 = hidden.iter().map(|i| most(*i)).sum();
        hidden.iter().all(|i| {
            let low = sum.saturating_sub(all - most(*i));
            let high = most(*i).min(sum);
            low < high
        })
    }

    fn shown(&self, line: &Line, t: Threshold) -> ShownLine {
        let one = |n: u64, small: bool, hidden: bool| match (small, hidden) {
            (true, _) => Shown::FewerThan(t.get()),
            (false, true) => Shown::Hidden,
            _ => Shown::Count(n),
        };
        ShownLine {
            parts: line
                .parts
                .iter()
                .enumerate()
                .map(|(i, n)| one(*n, self.small[i], self.hidden[i]))
                .collect(),
            total: one(line.total, line.total < t.get(), self.total),
        }
    }
}

/// One breakdown with its total, safe to publish.
pub fn line(line: &Line, t: Threshold) -> ShownLine {
    let mut h = Hiding::of(line, t);
    h.complete(line, t);
    h.shown(line, t)
}

/// A table whose rows and columns both add up (municipality × month, say): each row is a
/// line to the row's total, each column a line to the column's total. Hiding in one may call
/// for more in the other, so both are completed in turn until neither hides more.
pub fn table(rows: &[Line], t: Threshold) -> Vec<ShownLine> {
    let width = rows.first().map_or(0, |r| r.parts.len());
    let columns: Vec<Line> = (0..width)
        .map(|c| Line {
            parts: rows
                .iter()
                .map(|r| r.parts.get(c).copied().unwrap_or(0))
                .collect(),
            total: rows
                .iter()
                .map(|r| r.parts.get(c).copied().unwrap_or(0))
                .sum(),
        })
        .collect();
    let mut by_row: Vec<Hiding> = rows.iter().map(|r| Hiding::of(r, t)).collect();
    let mut by_col: Vec<Hiding> = columns.iter().map(|c| Hiding::of(c, t)).collect();
    // Each round only ever hides more, so this ends.
    loop {
        let mut changed = false;
        for (r, row) in rows.iter().enumerate() {
            for (c, column) in by_col.iter().enumerate() {
                by_row[r].hidden[c] |= column.hidden[r];
            }
            changed |= by_row[r].complete(row, t);
        }
        for (c, column) in columns.iter().enumerate() {
            for (r, h) in by_row.iter().enumerate() {
                by_col[c].hidden[r] |= h.hidden[c];
            }
            changed |= by_col[c].complete(column, t);
        }
        if !changed {
            break;
        }
    }
    rows.iter()
        .zip(&by_row)
        .map(|(row, h)| h.shown(row, t))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let shown = super::line(line, t);
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
        let shown = table(&rows, t());
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
    }
}
