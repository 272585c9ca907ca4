//! `kartla stats [--from DATE] [--to DATE] [--by …] [--org CODE] [--format tsv|csv]`: the
//! follow-up statistics as a table, each figure as the statistics page shows it: a count,
//! `<N` below the installation's threshold, `..` where hidden so that a small one cannot be
//! worked out.
use super::{open_db, CmdResult};
use crate::config::Config;
use kartla_app::db::{organisations, stats};
use kartla_app::domain::statistics::{Breakdown, Period};
use kartla_app::domain::{Day, Month, OrgCode};

#[derive(clap::Args)]
pub struct StatsArgs {
    /// The first day counted (YYYY-MM-DD or YYYY-MM); the period runs in whole months, from
    /// the month this day is in. Default: January of this year.
    #[arg(long)]
    from: Option<String>,
    /// The last day counted, to the end of its month. Default: this month.
    #[arg(long)]
    to: Option<String>,
    /// One row per municipality, provider, framework, month or interface language.
    #[arg(long, default_value = "municipality")]
    by: String,
    /// Only this organisation's own figures (a municipality's or a provider's code), with the
    /// region's totals below them.
    #[arg(long)]
    org: Option<String>,
    /// tsv (the default) or csv.
    #[arg(long, default_value = "tsv")]
    format: String,
}

/// The month a `YYYY-MM-DD` or `YYYY-MM` falls in.
fn month(s: &str) -> Result<Month, String> {
    if let Ok(day) = s.parse::<Day>() {
        return Ok(Month::of(day));
    }
    Month::parse(s).ok_or_else(|| format!("not a date (YYYY-MM-DD or YYYY-MM): {s:?}"))
}

/// One line of fields, tab- or comma-separated, as the download's CSV writes them.
fn line(fields: &[String], csv: bool) -> String {
    if csv {
        fields
            .iter()
            .map(|f| crate::documents::stats::csv_field(f))
            .collect::<Vec<_>>()
            .join(",")
    } else {
        fields.join("\t")
    }
}

pub async fn run(cfg: &Config, args: StatsArgs) -> CmdResult {
    let threshold = cfg.stats_threshold()?;
    let by: Breakdown = args.by.parse().map_err(|_| {
        format!(
            "--by {}: expected municipality, provider, framework, month or language",
            args.by
        )
    })?;
    let csv = match args.format.as_str() {
        "tsv" => false,
        "csv" => true,
        other => return Err(format!("--format {other}: expected tsv or csv")),
    };
    let now = Month::of(Day::of(kartla_app::db::now()));
    let to = args.to.as_deref().map(month).transpose()?.unwrap_or(now);
    let from = match args.from.as_deref() {
        Some(s) => month(s)?,
        None => Period::year_to(to).from,
    };
    let period = Period::new(from, to).map_err(|e| e.to_string())?;
    let db = open_db(cfg).await?;
    let err = |e: sqlx::Error| e.to_string();
    let scope = match args.org {
        None => stats::Scope::Region,
        Some(code) => {
            let code = OrgCode::parse(&code)?;
            let org = organisations::find_by_code(&db, &code)
                .await
                .map_err(err)?
                .ok_or_else(|| format!("no organisation {code}"))?;
            stats::Scope::of(&org)
        }
    };
    let request = stats::Request {
        scope,
        by,
        period,
        threshold,
        now,
    };
    let report = stats::report(&db, &request).await.map_err(err)?;
    let table = &report.table;
    let mut head = vec![by.as_str().to_owned()];
    head.extend(table.measures.iter().map(|m| m.as_str().to_owned()));
    println!("{}", line(&head, csv));
    for row in &table.rows {
        let mut fields = vec![row.unit.clone()];
        fields.extend(row.figures.iter().map(|s| s.to_string()));
        println!("{}", line(&fields, csv));
    }
    let mut total = vec!["TOTAL".to_owned()];
    total.extend(table.total.iter().map(|s| s.to_string()));
    println!("{}", line(&total, csv));
    if scope != stats::Scope::Region {
        let mut region = vec!["REGION".to_owned()];
        region.extend(
            table
                .measures
                .iter()
                .map(|m| report.region_figure(*m).to_string()),
        );
        println!("{}", line(&region, csv));
    }
    eprintln!(
        "kartla stats: {} to {} (whole months); counts below {} are shown as <{}, '..' is hidden beside one",
        period.from,
        period.to,
        threshold.get(),
        threshold.get()
    );
    Ok(())
}
