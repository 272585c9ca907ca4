//! Three years and more of the demo region's past for the follow-up statistics, up to last
//! month: about three hundred mappings a year, anonymous (rows of the statistics alone, as a mapping leaves when its
//! person's account is gone), so that the follow-up page has figures to show beside the
//! handful of live demo cases. Made the same every time (a fixed seed), once.
use kartla_app::db::{organisations, Db};
use kartla_app::domain::{Day, Month, OrgCode, OrganisationId};

/// (municipality, mappings a month, the provider its occupations go to).
const MUNICIPALITIES: [(&str, u64, &str); 3] = [
    ("LULEA", 15, "NORDVAL"),
    ("PITEA", 6, "NORDVAL"),
    ("BODEN", 4, "FHS-NORR"),
];

/// The demo's frameworks, the occupations last, and how often each is chosen.
const FRAMEWORKS: [(&str, u64, bool); 6] = [
    ("DEMO-SVA01", 5, false),
    ("DEMO-OMV01", 4, false),
    ("DEMO-DIG01", 2, false),
    ("DEMO-LAGER1", 3, true),
    ("DEMO-KOCK1", 2, true),
    ("DEMO-BUSS1", 1, true),
];

const LANGUAGES: [(&str, u64); 8] = [
    ("sv", 10),
    ("ar", 5),
    ("ti", 3),
    ("so", 2),
    ("uk", 2),
    ("prs", 1),
    ("fa", 1),
    ("fi", 1),
];

/// A small deterministic generator (SplitMix64).
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number in `from..=to`.
    fn between(&mut self, from: i64, to: i64) -> i64 {
        from + (self.next() % (to - from + 1) as u64) as i64
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, weighted: &'a [(T, u64)]) -> &'a T {
        let total: u64 = weighted.iter().map(|(_, w)| w).sum();
        let mut at = self.next() % total.max(1);
        for (v, w) in weighted {
            if at < *w {
                return v;
            }
            at -= w;
        }
        &weighted[0].0
    }
}

/// One mapping's steps: the day each was first reached, if it was.
#[derive(Default)]
struct Steps {
    handed_in: Option<i64>,
    returned: Option<i64>,
    assigned: Option<i64>,
    concluded: Option<i64>,
}

fn walk(dice: &mut Dice, started: i64, before: i64) -> Steps {
    let mut s = Steps::default();
    let mut day = started + dice.between(3, 60);
    if !dice.chance(75) || day >= before {
        return s;
    }
    s.handed_in = Some(day);
    if dice.chance(20) {
        day += dice.between(2, 10);
        if day < before {
            s.returned = Some(day);
            day += dice.between(7, 30);
        }
    }
    day += dice.between(2, 25);
    if day >= before || !dice.chance(90) {
        return s;
    }
    s.assigned = Some(day);
    day += dice.between(5, 50);
    if day < before && dice.chance(92) {
        s.concluded = Some(day);
    }
    s
}

pub async fn seed(db: &Db) -> Result<(), String> {
    let err = |e: sqlx::Error| e.to_string();
    let made: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM stats_mappings WHERE mapping_id IS NULL")
            .fetch_one(db)
            .await
            .map_err(err)?;
    if made > 0 {
        return Ok(());
    }
    let id = |c: &'static str| async move {
        organisations::find_by_code(db, &OrgCode::parse(c)?)
            .await
            .map_err(err)?
            .map(|o| o.id)
            .ok_or_else(|| format!("demo organisation {c} missing"))
    };
    let today = Day::of(kartla_app::db::now());
    let now = Month::of(today);
    let before = now.first_day().number();
    let first = Month {
        year: now.year - 3,
        month: 1,
    };
    let mut dice = Dice(18);
    let frameworks: Vec<((&str, bool), u64)> =
        FRAMEWORKS.iter().map(|(c, w, o)| ((*c, *o), *w)).collect();
    let mut tx = db.begin().await.map_err(err)?;
    for i in first.index()..now.index() {
        let Some(m) = Month::from_index(i) else {
            continue;
        };
        {
            for (code, per_month, provider) in MUNICIPALITIES {
                let municipality: OrganisationId = id(code).await?;
                let provider: OrganisationId = id(provider).await?;
                let n = (per_month as i64 + dice.between(-2, 2)).max(0);
                for _ in 0..n {
                    let started = dice.between(m.first_day().number(), m.last_day().number());
                    let (framework, occupation) = *dice.pick(&frameworks);
                    let locale = *dice.pick(&LANGUAGES);
                    let s = walk(&mut dice, started, before);
                    let month_of = |d: Option<i64>| {
                        d.map(|d| i64::from(Month::of(Day::from_number(d)).index()))
                    };
                    let outcome = s.concluded.map(|_| {
                        *dice.pick(&[("fully_met", 6), ("partly_met", 3), ("not_met", 1)])
                    });
                    sqlx::query(
                        "INSERT INTO stats_mappings (municipality_id, provider_id, framework, locale,
                           started_day, started_month, handed_in_day, handed_in_month, returned_day,
                           returned_month, assigned_day, assigned_month, concluded_day,
                           concluded_month, outcome)
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
                    )
                    .bind(municipality)
                    .bind((occupation && s.handed_in.is_some()).then_some(provider))
                    .bind(framework)
                    .bind(locale)
                    .bind(started)
                    .bind(month_of(Some(started)))
                    .bind(s.handed_in)
                    .bind(month_of(s.handed_in))
                    .bind(s.returned)
                    .bind(month_of(s.returned))
                    .bind(s.assigned)
                    .bind(month_of(s.assigned))
                    .bind(s.concluded)
                    .bind(month_of(s.concluded))
                    .bind(outcome)
                    .execute(&mut *tx)
                    .await
                    .map_err(err)?;
                }
            }
        }
    }
    kartla_app::db::stats::rebuild_counts(&mut tx)
        .await
        .map_err(err)?;
    tx.commit().await.map_err(err)?;
    Ok(())
}
