//! `kartla mappings list|export|profile`.
use super::{open_db, CmdResult};
use crate::config::Config;
use clap::Subcommand;
use kartla_app::db::mappings;
use kartla_app::domain::MappingId;
use kartla_app::i18n::Locale;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum MappingsCommand {
    /// One line per mapping: ID, STATUS, FRAMEWORK CODES, UPDATED (tab-separated).
    List,
    /// The whole mapping as JSON on standard output.
    Export { id: i64 },
    /// Write the PDF competence profile.
    Profile {
        id: i64,
        #[command(flatten)]
        print: PrintArgs,
        #[arg(long)]
        out: PathBuf,
    },
}

/// How to print a profile, on the command line.
#[derive(clap::Args)]
pub struct PrintArgs {
    /// The language of the labels: sv or en.
    #[arg(long, default_value = "sv")]
    pub lang: String,
    /// The criteria in two languages side by side: the person's (or LANG, e.g. `ar`) and
    /// Swedish.
    #[arg(long, num_args = 0..=1, default_missing_value = "", value_name = "LANG")]
    pub two_languages: Option<String>,
}

impl PrintArgs {
    fn print(&self) -> Result<crate::documents::profile::Print, String> {
        let lang = &self.lang;
        let locale = Locale::parse(lang)
            .ok_or_else(|| format!("unknown language `{lang}`; use sv or en"))?;
        Ok(crate::documents::profile::Print {
            two_languages: self.two_languages.is_some(),
            second: self.two_languages.clone().filter(|t| !t.is_empty()),
            ..crate::documents::profile::Print::new(locale)
        })
    }
}

pub async fn run(cfg: &Config, cmd: MappingsCommand) -> CmdResult {
    let db = open_db(cfg).await?;
    match cmd {
        MappingsCommand::List => {
            for m in mappings::list_all(&db).await.map_err(|e| e.to_string())? {
                println!(
                    "{}\t{}\t{}\t{}",
                    m.id,
                    m.status.as_str(),
                    m.framework_codes.join(","),
                    m.updated_at
                );
            }
            Ok(())
        }
        MappingsCommand::Export { id } => {
            let record = load(&db, id).await?;
            let json = serde_json::to_string_pretty(&record).map_err(|e| e.to_string())?;
            println!("{json}");
            Ok(())
        }
        MappingsCommand::Profile { id, print, out } => {
            let print = print.print()?;
            let record = load(&db, id).await?;
            let bytes = crate::documents::profile::render_async(record, print)
                .await
                .map_err(|_| "rendering failed".to_owned())?;
            std::fs::write(&out, bytes)
                .map_err(|e| format!("could not write {}: {e}", out.display()))?;
            println!("wrote {}", out.display());
            Ok(())
        }
    }
}

/// `kartla render`: the profile from an export file, with no database at all.
pub async fn render(
    export: &std::path::Path,
    print: &PrintArgs,
    out: &std::path::Path,
) -> CmdResult {
    let print = print.print()?;
    let json = std::fs::read_to_string(export)
        .map_err(|e| format!("could not read {}: {e}", export.display()))?;
    let record: kartla_app::domain::MappingRecord = serde_json::from_str(&json)
        .map_err(|e| format!("{} is not a Kartla mapping export: {e}", export.display()))?;
    let bytes = crate::documents::profile::render_async(record, print)
        .await
        .map_err(|_| "rendering failed".to_owned())?;
    std::fs::write(out, bytes).map_err(|e| format!("could not write {}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(())
}

async fn load(
    db: &kartla_app::db::Db,
    id: i64,
) -> Result<kartla_app::domain::MappingRecord, String> {
    mappings::load(db, MappingId(id))
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no mapping {id}"))
}
