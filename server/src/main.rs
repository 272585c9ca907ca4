//! `kartla`: the server and its command line.
#![recursion_limit = "256"]
mod assets;
mod commands;
mod config;
mod import;
mod routes;

use clap::{Parser, Subcommand};
use kartla::documents;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "kartla",
    version,
    about = "Kartla – competence mapping for validation"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve Kartla over HTTP (the default).
    Serve {
        /// Seed the demo data first.
        #[arg(long)]
        demo: bool,
    },
    /// Create the database if need be and bring its schema up to date.
    Migrate,
    /// Write a consistent copy of a SQLite installation while it serves (PostgreSQL: use
    /// pg_dump).
    Backup {
        /// The new file to write (it must not exist).
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Seed demo frameworks, accounts and one submitted mapping; safe to run twice.
    Demo,
    /// Who opened a person's information: `WHEN<TAB>WHO<TAB>ROLE@ORG<TAB>WHAT`, newest first.
    Audit {
        /// The person's e-mail address.
        #[arg(long)]
        person: String,
    },
    /// The region's organisations: `kartla orgs add|list|serve`.
    Orgs {
        #[command(subcommand)]
        command: commands::orgs::OrgsCommand,
    },
    /// Accounts and their roles: `kartla users add|list`.
    Users {
        #[command(subcommand)]
        command: commands::users::UsersCommand,
    },
    /// Import frameworks: `--format skolverket|esco|jobtech|moodle|kartla PATH…`.
    Import(commands::import::ImportArgs),
    /// Look at the criteria catalogue and export frameworks.
    Catalogue {
        #[command(subcommand)]
        command: commands::catalogue::CatalogueCommand,
    },
    /// Render a competence profile from `kartla mappings export` JSON, without a database.
    Render {
        /// The exported mapping (JSON).
        #[arg(long)]
        export: std::path::PathBuf,
        #[command(flatten)]
        print: commands::mappings::PrintArgs,
        /// Where to write the PDF.
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Look at mappings.
    Mappings {
        #[command(subcommand)]
        command: commands::mappings::MappingsCommand,
    },
    /// The interface languages: `kartla i18n status`.
    I18n {
        #[command(subcommand)]
        command: commands::i18n::I18nCommand,
    },
    /// Follow-up statistics, safe to publish: one row per unit of `--by`, a column per step.
    Stats(commands::stats::StatsArgs),
    /// Cases (handed-in mappings being assessed): `kartla cases list|statement`.
    Cases {
        #[command(subcommand)]
        command: commands::cases::CasesCommand,
    },
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        // PostgreSQL's notices ("relation … already exists, skipping" at every start) are not
        // news.
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx::postgres::notice=warn"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("kartla: could not start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let cfg = config::Config::from_env();
    // The installation's own messages are taken before anything is translated (`i18n status`
    // reads and reports them itself).
    if !matches!(cli.command, Some(Command::I18n { .. })) {
        cfg.use_locales();
    }
    let result = runtime.block_on(async move {
        match cli.command.unwrap_or(Command::Serve { demo: false }) {
            Command::Serve { demo } => commands::serve::run(&cfg, demo).await,
            Command::Migrate => commands::open_db(&cfg)
                .await
                .map(|_| println!("database is up to date")),
            Command::Backup { out } => commands::backup(&cfg, &out).await,
            Command::Demo => commands::demo::run(&cfg).await,
            Command::Audit { person } => commands::audit::run(&cfg, &person).await,
            Command::Orgs { command } => commands::orgs::run(&cfg, command).await,
            Command::Users { command } => commands::users::run(&cfg, command).await,
            Command::Import(args) => commands::import::run(&cfg, args).await,
            Command::Catalogue { command } => commands::catalogue::run(&cfg, command).await,
            Command::Mappings { command } => commands::mappings::run(&cfg, command).await,
            Command::Cases { command } => commands::cases::run(&cfg, command).await,
            Command::Stats(args) => commands::stats::run(&cfg, args).await,
            Command::I18n { command } => commands::i18n::run(&cfg, command).await,
            Command::Render { export, print, out } => {
                commands::mappings::render(&export, &print, &out).await
            }
        }
    });
    // Dropping the runtime would wait for every blocking task; the one that may still run
    // after the last request (writing the compressed copies of a fresh WebAssembly build, for
    // minutes on a debug build) is abandoned instead: it writes under a temporary name, so the
    // next start finds the copies stale and writes them again.
    runtime.shutdown_timeout(std::time::Duration::from_secs(5));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kartla: {e}");
            ExitCode::FAILURE
        }
    }
}
