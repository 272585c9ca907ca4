//! `kartla catalogue list|export`.
use super::{open_db, CmdResult};
use crate::config::Config;
use crate::import::kartla;
use clap::Subcommand;
use kartla_app::db::frameworks;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum CatalogueCommand {
    /// One line per framework version: CODE, KIND, VERSION, TITLE, STATUS (tab-separated).
    List,
    /// A framework in Kartla's own format (the newest published version unless --version).
    Export {
        code: String,
        #[arg(long)]
        version: Option<i64>,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

pub async fn run(cfg: &Config, cmd: CatalogueCommand) -> CmdResult {
    let db = open_db(cfg).await?;
    let err = |e: sqlx::Error| e.to_string();
    match cmd {
        CatalogueCommand::List => {
            for f in frameworks::list_versions(&db).await.map_err(err)? {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    f.code,
                    f.kind.as_str(),
                    f.version,
                    f.title.swedish().replace(['\t', '\n'], " "),
                    f.status.as_str()
                );
            }
            Ok(())
        }
        CatalogueCommand::Export { code, version, out } => {
            let id = match version {
                Some(v) => frameworks::version_id(&db, &code, v).await.map_err(err)?,
                None => frameworks::current_id(&db, &code).await.map_err(err)?,
            }
            .ok_or_else(|| match version {
                Some(v) => format!("{code} has no version {v}"),
                None => format!("{code} has no published version"),
            })?;
            let f = frameworks::load_many(&db, &[id])
                .await
                .map_err(err)?
                .into_iter()
                .next()
                .ok_or_else(|| format!("{code} has no published version"))?;
            let text = kartla::write(&f.content());
            match out {
                Some(path) => std::fs::write(&path, text)
                    .map_err(|e| format!("cannot write {}: {e}", path.display())),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
    }
}
