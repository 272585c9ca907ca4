//! The subcommands of `kartla`.
pub mod audit;
pub mod cases;
pub mod catalogue;
pub mod demo;
pub mod i18n;
pub mod import;
pub mod mappings;
pub mod orgs;
pub mod serve;
pub mod stats;
pub mod users;

use crate::config::Config;
use kartla_app::db::{self, Db};

/// A command's failure, said in one line to the person at the terminal.
pub type CmdResult = Result<(), String>;

pub async fn open_db(cfg: &Config) -> Result<Db, String> {
    db::open(&cfg.database_url).await.map_err(|e| e.to_string())
}

/// `kartla backup --out FILE`.
pub async fn backup(cfg: &Config, out: &std::path::Path) -> CmdResult {
    let db = open_db(cfg).await?;
    db::dialect::backup(&db, out)
        .await
        .map_err(|e| e.to_string())?;
    println!("backed up to {}", out.display());
    Ok(())
}
