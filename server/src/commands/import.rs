//! `kartla import --format F PATH… [--occupation URI]… [--dry-run]`.
use super::{open_db, CmdResult};
use crate::config::Config;
use crate::import::{self, Options};
use kartla_app::db::frameworks::{self, Planned};
use kartla_app::domain::ImportFormat;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Args)]
pub struct ImportArgs {
    /// skolverket, esco, jobtech, moodle or kartla.
    #[arg(long, value_parser = |s: &str| s.parse::<ImportFormat>())]
    format: ImportFormat,
    /// Files, or folders whose files are read (ESCO: the folder of CSV files).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// ESCO: import only this occupation (a concept URI); repeat for more.
    #[arg(long = "occupation")]
    occupations: Vec<String>,
    /// Check the files and say what would change, without writing anything.
    #[arg(long)]
    dry_run: bool,
}

/// Frameworks listed one per line up to this many; above it, only the totals.
const LIST_UP_TO: usize = 50;

fn describe(p: Planned) -> String {
    match p {
        Planned::New => "new, version 1".to_owned(),
        Planned::NewVersion { version } => format!("changed, new version {version}"),
        Planned::Unchanged { version } => format!("unchanged, version {version}"),
        Planned::DraftInTheWay { version } => {
            format!(
                "blocked: a draft (version {version}) is being edited; publish or discard it first"
            )
        }
    }
}

pub async fn run(cfg: &Config, args: ImportArgs) -> CmdResult {
    let started = Instant::now();
    let files = import::read_paths(&args.paths).map_err(report)?;
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    eprintln!(
        "reading {} file(s), {:.1} MB, as {}…",
        files.len(),
        bytes as f64 / 1e6,
        args.format.as_str()
    );
    let opts = Options {
        occupations: args.occupations,
    };
    let format = args.format;
    // Parsing is CPU work: keep it off the async threads.
    let contents = tokio::task::spawn_blocking(move || import::parse(format, &files, &opts))
        .await
        .map_err(|e| e.to_string())?
        .map_err(report)?;
    let parsed = started.elapsed();
    let criteria: usize = contents.iter().map(|c| c.criteria().count()).sum();
    eprintln!(
        "read {} framework(s) with {criteria} criteria in {:.2} s",
        contents.len(),
        parsed.as_secs_f64()
    );
    let db = open_db(cfg).await?;
    let plans = if args.dry_run {
        frameworks::plan(&db, &contents)
            .await
            .map_err(|e| e.to_string())?
    } else {
        let mut progress = Progress::new();
        let result = frameworks::import(&db, &contents, format.as_str(), &mut |d, n| {
            progress.tick(d, n)
        })
        .await;
        progress.done();
        result.map_err(|e| e.to_string())?
    };
    if contents.len() <= LIST_UP_TO {
        for (c, p) in contents.iter().zip(&plans) {
            println!("{}\t{}", c.code, describe(*p));
        }
    }
    let count = |f: fn(&Planned) -> bool| plans.iter().filter(|p| f(p)).count();
    let new = count(|p| matches!(p, Planned::New));
    let changed = count(|p| matches!(p, Planned::NewVersion { .. }));
    let same = count(|p| matches!(p, Planned::Unchanged { .. }));
    let blocked = count(|p| matches!(p, Planned::DraftInTheWay { .. }));
    let verb = if args.dry_run { "would be" } else { "were" };
    eprintln!(
        "{new} new and {changed} changed framework(s) {verb} written, {same} unchanged{}; {:.2} s in all{}",
        if blocked > 0 {
            format!(", {blocked} blocked by drafts")
        } else {
            String::new()
        },
        started.elapsed().as_secs_f64(),
        if args.dry_run { " (dry run: nothing written)" } else { "" }
    );
    if blocked > 0 {
        return Err("drafts are in the way; nothing was written".into());
    }
    Ok(())
}

fn report(errors: Vec<kartla_app::domain::ImportError>) -> String {
    for e in &errors {
        eprintln!("{e}");
    }
    format!("{} problem(s) found; nothing was written", errors.len())
}

/// Progress on standard error: a line rewritten in place on a terminal, a line per tenth
/// otherwise.
struct Progress {
    tty: bool,
    last_tenth: usize,
    shown: bool,
}

impl Progress {
    fn new() -> Self {
        Self {
            tty: std::io::stderr().is_terminal(),
            last_tenth: 0,
            shown: false,
        }
    }
    fn tick(&mut self, done: usize, total: usize) {
        if total < 20 {
            return;
        }
        let tenth = done * 10 / total;
        if self.tty {
            if done.is_multiple_of(50) || done == total {
                eprint!("\rwriting {done}/{total}");
                let _ = std::io::stderr().flush();
                self.shown = true;
            }
        } else if tenth > self.last_tenth {
            eprintln!("writing {done}/{total}");
        }
        self.last_tenth = tenth;
    }
    fn done(&self) {
        if self.shown {
            eprintln!();
        }
    }
}
