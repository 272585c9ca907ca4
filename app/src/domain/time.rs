//! Moments as Kartla keeps them: whole microseconds since 1970-01-01 UTC. Stored as an integer
//! on both database engines, so times sort and compare as numbers; written and read as RFC 3339
//! text ("2026-11-30T19:59:58.123456Z") in exports and on the wire.
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::time::Duration;

const MICROS_PER_SECOND: i64 = 1_000_000;
const SECONDS_PER_DAY: i64 = 86_400;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    pub const fn from_micros(micros: i64) -> Self {
        Self(micros)
    }

    pub const fn micros(self) -> i64 {
        self.0
    }

    /// The moment now, from the system clock (the server's; the browser has no use for it).
    #[cfg(feature = "ssr")]
    pub fn now() -> Self {
        let since = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Self(i64::try_from(since.as_micros()).unwrap_or(i64::MAX))
    }

    pub fn plus(self, d: Duration) -> Self {
        Self(
            self.0
                .saturating_add(i64::try_from(d.as_micros()).unwrap_or(i64::MAX)),
        )
    }

    pub fn minus(self, d: Duration) -> Self {
        Self(
            self.0
                .saturating_sub(i64::try_from(d.as_micros()).unwrap_or(i64::MAX)),
        )
    }

    /// The time of day in UTC, "HH:MM UTC".
    pub fn time_utc(self) -> String {
        let seconds = self
            .0
            .div_euclid(MICROS_PER_SECOND)
            .rem_euclid(SECONDS_PER_DAY);
        format!("{:02}:{:02} UTC", seconds / 3600, seconds % 3600 / 60)
    }

    /// The calendar date in UTC, "YYYY-MM-DD".
    pub fn date(self) -> String {
        let (y, m, d) = civil_from_days(self.0.div_euclid(MICROS_PER_SECOND * SECONDS_PER_DAY));
        format!("{y:04}-{m:02}-{d:02}")
    }
}

/// Year, month and day of a day number (days since 1970-01-01), proleptic Gregorian.
/// Howard Hinnant's `civil_from_days`.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The day number of a date; the inverse of [`civil_from_days`].
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = self.0.div_euclid(MICROS_PER_SECOND);
        let micros = self.0.rem_euclid(MICROS_PER_SECOND);
        let (y, m, d) = civil_from_days(secs.div_euclid(SECONDS_PER_DAY));
        let s = secs.rem_euclid(SECONDS_PER_DAY);
        write!(
            f,
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{micros:06}Z",
            s / 3600,
            s / 60 % 60,
            s % 60
        )
    }
}

/// A calendar day (a deadline), as its number of days since 1970-01-01; written "YYYY-MM-DD".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i64);

impl Day {
    pub const fn from_number(days: i64) -> Self {
        Self(days)
    }

    pub const fn number(self) -> i64 {
        self.0
    }

    /// The day (UTC) a moment falls on.
    pub fn of(t: Timestamp) -> Self {
        Self(t.0.div_euclid(MICROS_PER_SECOND * SECONDS_PER_DAY))
    }

    pub fn plus_days(self, n: i64) -> Self {
        Self(self.0.saturating_add(n))
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        later.0 - self.0
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.0);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// Why a text is not a day.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date (YYYY-MM-DD): {0:?}")]
pub struct BadDay(String);

impl std::str::FromStr for Day {
    type Err = BadDay;

    /// "YYYY-MM-DD", a real day of a year from 1900 to 9999.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadDay(s.chars().take(20).collect());
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<i64, BadDay> {
            let part = &b[r];
            if !part.iter().all(u8::is_ascii_digit) {
                return Err(bad());
            }
            Ok(part.iter().fold(0, |n, c| n * 10 + i64::from(c - b'0')))
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if y < 1900 || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m as u32) {
            return Err(bad());
        }
        Ok(Self(days_from_civil(y, m as u32, d as u32)))
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A month as `YYYY-MM`, the precision people remember their past in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Month {
    pub year: u16,
    pub month: u8,
}

impl Month {
    /// `2019-04`, and also `2019-4`; the year between 1900 and 2100.
    pub fn parse(s: &str) -> Option<Self> {
        let (y, m) = s.trim().split_once('-')?;
        let year: u16 = y.parse().ok()?;
        let month: u8 = m.parse().ok()?;
        ((1900..=2100).contains(&year) && (1..=12).contains(&month)).then_some(Self { year, month })
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl TryFrom<String> for Month {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Month::parse(&s).ok_or_else(|| format!("not a month: `{s}`"))
    }
}

impl From<Month> for String {
    fn from(m: Month) -> Self {
        m.to_string()
    }
}

impl Month {
    /// Months since January of year 0: consecutive months are consecutive numbers.
    pub fn index(self) -> i32 {
        i32::from(self.year) * 12 + i32::from(self.month) - 1
    }

    /// The month of an [`index`](Self::index), when its year is one a month may have.
    pub fn from_index(i: i32) -> Option<Self> {
        let year = u16::try_from(i.div_euclid(12)).ok()?;
        let month = u8::try_from(i.rem_euclid(12) + 1).ok()?;
        (1900..=2100)
            .contains(&year)
            .then_some(Month { year, month })
    }

    /// The month a day (UTC) falls in.
    pub fn of(day: Day) -> Self {
        let (y, m, _) = civil_from_days(day.number());
        Month {
            year: u16::try_from(y.clamp(1900, 2100)).unwrap_or(1900),
            month: m as u8,
        }
    }

    pub fn first_day(self) -> Day {
        Day(days_from_civil(
            i64::from(self.year),
            u32::from(self.month),
            1,
        ))
    }

    pub fn last_day(self) -> Day {
        let (y, m) = (i64::from(self.year), u32::from(self.month));
        Day(days_from_civil(y, m, 1) + days_in_month(y, m) - 1)
    }
}

/// Why a text is not an RFC 3339 moment.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an RFC 3339 time: {0:?}")]
pub struct BadTimestamp(String);

impl std::str::FromStr for Timestamp {
    type Err = BadTimestamp;

    /// RFC 3339 with any number of fraction digits (the first six count) and `Z` or an offset.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadTimestamp(s.chars().take(40).collect());
        let b = s.as_bytes();
        let num = |from: usize, len: usize| -> Result<i64, BadTimestamp> {
            let part = b.get(from..from + len).ok_or_else(bad)?;
            if !part.iter().all(u8::is_ascii_digit) {
                return Err(bad());
            }
            Ok(part.iter().fold(0, |n, c| n * 10 + i64::from(c - b'0')))
        };
        let sep = |at: usize, allowed: &[u8]| b.get(at).is_some_and(|c| allowed.contains(c));
        if !(sep(4, b"-") && sep(7, b"-") && sep(10, b"Tt ") && sep(13, b":") && sep(16, b":")) {
            return Err(bad());
        }
        let (y, mo, d) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
        let (h, mi, sec) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
        let month_ok = (1..=12).contains(&mo);
        if !month_ok || d < 1 || d > days_in_month(y, mo as u32) || h > 23 || mi > 59 || sec > 60 {
            return Err(bad());
        }
        let mut at = 19;
        let mut micros = 0;
        if b.get(at) == Some(&b'.') {
            at += 1;
            let digits = b[at..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits == 0 {
                return Err(bad());
            }
            for i in 0..6 {
                micros = micros * 10 + if i < digits { num(at + i, 1)? } else { 0 };
            }
            at += digits;
        }
        let offset = match &b[at..] {
            b"Z" | b"z" => 0,
            [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
                let minutes = num(at + 1, 2)? * 60 + num(at + 4, 2)?;
                if *sign == b'+' {
                    minutes
                } else {
                    -minutes
                }
            }
            _ => return Err(bad()),
        };
        let days = days_from_civil(y, mo as u32, d as u32);
        let secs = days * SECONDS_PER_DAY + h * 3600 + mi * 60 + sec.min(59) - offset * 60;
        Ok(Self(secs * MICROS_PER_SECOND + micros))
    }
}

fn days_in_month(y: i64, m: u32) -> i64 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn the_epoch_and_a_known_moment_read_and_write_back() {
        assert_eq!(t("1970-01-01T00:00:00Z").micros(), 0);
        let m = t("2026-11-30T19:59:58.123456Z");
        assert_eq!(m.micros(), 1_796_068_798_123_456);
        assert_eq!(m.to_string(), "2026-11-30T19:59:58.123456Z");
        assert_eq!(m.date(), "2026-11-30");
    }

    #[test]
    fn texts_of_any_precision_order_as_the_moments_do() {
        // As text, "…:58Z" sorts after "…:58.5Z"; as moments it is earlier.
        let whole = t("2026-11-30T19:59:58Z");
        let half = t("2026-11-30T19:59:58.5Z");
        let nanos = t("2026-11-30T19:59:58.500000999Z");
        assert!(whole < half);
        assert_eq!(half, nanos, "beyond microseconds does not count");
        assert_eq!(half.micros() - whole.micros(), 500_000);
    }

    #[test]
    fn an_offset_is_turned_into_utc() {
        assert_eq!(t("2026-12-01T01:30:00+02:00"), t("2026-11-30T23:30:00Z"));
        assert_eq!(t("2026-11-30T23:30:00-01:00").date(), "2026-12-01");
    }

    #[test]
    fn dates_round_trip_across_leap_years_and_before_1970() {
        for s in [
            "2024-02-29T12:00:00.000001Z",
            "2000-03-01T00:00:00.000000Z",
            "1969-12-31T23:59:59.999999Z",
            "1900-01-01T00:00:00.000000Z",
        ] {
            assert_eq!(t(s).to_string(), s);
        }
    }

    #[test]
    fn broken_texts_are_refused() {
        for s in [
            "",
            "2026-11-30",
            "2026-13-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-11-30T24:00:00Z",
            "2026-11-30T19:59:58",
            "2026-11-30T19:59:58.Z",
            "2026-11-30T19:59:58Zjunk",
            "２０２６-11-30T19:59:58Z",
        ] {
            assert!(s.parse::<Timestamp>().is_err(), "{s} was accepted");
        }
    }

    #[test]
    fn serde_uses_the_text() {
        let m = t("2026-11-30T19:59:58.5Z");
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, "\"2026-11-30T19:59:58.500000Z\"");
        assert_eq!(serde_json::from_str::<Timestamp>(&json).unwrap(), m);
        assert!(serde_json::from_str::<Timestamp>("\"gisteren\"").is_err());
    }

    #[test]
    fn days_read_and_write_back_and_refuse_what_is_no_day() {
        let d: Day = "2026-12-01".parse().unwrap();
        assert_eq!(d.to_string(), "2026-12-01");
        assert_eq!(Day::of(t("2026-12-01T23:59:59Z")), d);
        assert_eq!(d.plus_days(31).to_string(), "2027-01-01");
        assert_eq!(d.days_until("2026-11-30".parse().unwrap()), -1);
        assert_eq!(
            "2024-02-29"
                .parse::<Day>()
                .unwrap()
                .plus_days(1)
                .to_string(),
            "2024-03-01"
        );
        for s in [
            "",
            "2026-2-01",
            "2026-02-30",
            "1899-12-31",
            "2026-13-01",
            "2026/12/01",
            "２０２６-12-01",
        ] {
            assert!(s.parse::<Day>().is_err(), "{s} was accepted");
        }
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2026-12-01\"");
    }

    #[test]
    fn durations_move_a_moment() {
        let m = t("2026-11-30T23:00:00Z");
        assert_eq!(m.plus(Duration::from_secs(3600)).date(), "2026-12-01");
        assert_eq!(t("2026-11-30T23:30:59.9Z").time_utc(), "23:30 UTC");
        assert_eq!(t("1969-12-31T23:59:00Z").time_utc(), "23:59 UTC");
        assert_eq!(m.minus(Duration::from_secs(86_400)).date(), "2026-11-29");
    }
}
