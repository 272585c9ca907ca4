//! The statistics on both engines from crafted rows: counts read back per unit and month, and
//! reports for the region and for one municipality that hide what they must.
use super::*;
use crate::db::db_test;
use crate::domain::disclosure::Shown;

async fn org(db: &Db, kind: &str, code: &str) -> OrganisationId {
    sqlx::query_scalar(
        "INSERT INTO organisations (kind, code, name, created_at) VALUES ($1, $2, $2, 0) RETURNING id",
    )
    .bind(kind)
    .bind(code)
    .fetch_one(db)
    .await
    .unwrap()
}

/// `n` mappings of `framework` in `municipality`, started on `day` in `locale`, handed in
/// and concluded `later` days after, fully met.
async fn rows(
    db: &Db,
    n: usize,
    municipality: OrganisationId,
    framework: &str,
    locale: &str,
    day: &str,
    later: i64,
) {
    let d: Day = day.parse().unwrap();
    let month = |d: i64| i64::from(Month::of(Day::from_number(d)).index());
    let (start, end) = (d.number(), d.number() + later);
    for _ in 0..n {
        sqlx::query(
            "INSERT INTO stats_mappings (municipality_id, framework, locale, started_day,
               started_month, handed_in_day, handed_in_month, concluded_day, concluded_month, outcome)
             VALUES ($1, $2, $3, $4, $5, $4, $5, $6, $7, $8)",
        )
        .bind(municipality)
        .bind(framework)
        .bind(locale)
        .bind(start)
        .bind(month(start))
        .bind(end)
        .bind(month(end))
        .bind(Outcome::FullyMet)
        .execute(db)
        .await
        .unwrap();
    }
}

fn m(s: &str) -> Month {
    Month::parse(s).unwrap()
}

db_test!(
    async fn a_small_municipality_is_fewer_than_n_and_cannot_be_had_from_the_region(t) {
        let db = &t.db;
        let tiny = org(db, "municipality", "ARJEPLOG").await;
        let big = org(db, "municipality", "LULEA").await;
        let mid = org(db, "municipality", "BODEN").await;
        rows(db, 2, tiny, "CARE", "ar", "2025-03-04", 20).await;
        rows(db, 30, big, "CARE", "sv", "2025-03-10", 10).await;
        rows(db, 9, big, "STORE", "ti", "2025-04-10", 40).await;
        rows(db, 8, mid, "STORE", "sv", "2025-05-10", 30).await;
        let mut conn = db.acquire().await.unwrap();
        rebuild_counts(&mut conn).await.unwrap();
        drop(conn);
        let counts = counts(db, Breakdown::Municipality, Measure::Started, Scope::Region)
            .await
            .unwrap();
        assert_eq!(counts[&("ARJEPLOG".to_string(), m("2025-03"))], 2);
        assert_eq!(counts[&("LULEA".to_string(), m("2025-04"))], 9);
        let year = Period::new(m("2025-01"), m("2025-12")).unwrap();
        let request = Request {
            scope: Scope::Region,
            by: Breakdown::Municipality,
            period: year,
            threshold: Threshold::default(),
            now: m("2025-12"),
        };
        let r = report(db, &request).await.unwrap();
        let row = |unit: &str| {
            r.table.rows.iter().find(|r| r.unit == unit).unwrap().figures[0]
        };
        assert_eq!(r.table.total[0], Shown::Count(49));
        assert_eq!(row("ARJEPLOG"), Shown::FewerThan(5));
        // 49 − 39 − 8 would give Arjeplog's 2: Boden's 8 is hidden beside it.
        assert_eq!(row("LULEA"), Shown::Count(39));
        assert_eq!(row("BODEN"), Shown::Hidden);
        // Medians over 49 people; the whole way: 2 × 20, 30 × 10, 9 × 40, 8 × 30 days.
        let whole = r.durations.iter().find(|(s, _)| *s == Step::Whole).unwrap().1;
        assert_eq!((whole.median, whole.p90), (Some(10), Some(40)));
        // Languages: Arabic is two people.
        let lang = |tag: &str| r.languages.iter().find(|(l, _)| l == tag).unwrap().1;
        assert_eq!(lang("sv"), Shown::Count(38));
        assert_eq!(lang("ar"), Shown::FewerThan(5));
        assert!(lang("ti").count().is_none(), "9 beside a hidden 2 in 49");
        // Outcomes: every one fully met.
        let care = r.outcomes.iter().find(|o| o.framework == "CARE").unwrap();
        assert_eq!(care.concluded, Shown::Count(32));
        assert_eq!(care.outcomes[0], Shown::Count(32));

        // Arjeplog's own figures: fewer than 5 whatever the breakdown, the region's beside.
        let own = Request {
            scope: Scope::Municipality(tiny),
            by: Breakdown::Framework,
            ..request
        };
        let r = report(db, &own).await.unwrap();
        assert_eq!(r.table.total[0], Shown::FewerThan(5));
        assert_eq!(r.table.rows.len(), 1);
        assert_eq!(r.table.rows[0].figures[0], Shown::FewerThan(5));
        assert_eq!(r.region[0], (Measure::Started, Shown::Count(49)));
        let whole = r.durations.iter().find(|(s, _)| *s == Step::Whole).unwrap().1;
        assert_eq!((whole.median, whole.p90), (None, None));
        // Luleå's own breakdown by month: April's 9, and March's 30 hidden, since the
        // region's March (32) less it would give Arjeplog's 2. Nor does March to April give it.
        let months = Request {
            scope: Scope::Municipality(big),
            by: Breakdown::Month,
            period: Period::new(m("2025-03"), m("2025-04")).unwrap(),
            ..request
        };
        let r = report(db, &months).await.unwrap();
        let figures: Vec<Shown> = r.table.rows.iter().map(|r| r.figures[0]).collect();
        assert_eq!(figures, [Shown::Hidden, Shown::Count(9)]);
        assert_eq!(r.table.total[0], Shown::Hidden);
    }
);
