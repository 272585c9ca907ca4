//! `kartla cases list|statement`.
use super::{open_db, CmdResult};
use crate::config::Config;
use crate::documents::{self, statement};
use clap::Subcommand;
use kartla_app::db::{cases, frameworks::Published, organisations};
use kartla_app::domain::verification::Document;
use kartla_app::domain::{CaseId, OrgCode};
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum CasesCommand {
    /// One line per case: ID, STATE, ORG, ASSIGNEE, FRAMEWORK CODES, WAITING DAYS
    /// (tab-separated); waiting the longest first.
    List {
        /// Only the cases of this organisation (its code).
        #[arg(long)]
        org: Option<String>,
    },
    /// Write a concluded case's statement as PDF, with its own verification code.
    Statement {
        id: i64,
        #[command(flatten)]
        print: super::mappings::PrintArgs,
        #[arg(long)]
        out: PathBuf,
    },
}

pub async fn run(cfg: &Config, cmd: CasesCommand) -> CmdResult {
    let db = open_db(cfg).await?;
    let err = |e: sqlx::Error| e.to_string();
    match cmd {
        CasesCommand::List { org } => {
            let only = match org {
                None => None,
                Some(code) => {
                    let code = OrgCode::parse(&code)?;
                    let found = organisations::find_by_code(&db, &code)
                        .await
                        .map_err(err)?
                        .ok_or_else(|| format!("no organisation {code}"))?;
                    Some(vec![found.id])
                }
            };
            let now = kartla_app::db::now();
            for c in cases::queue(&db, only.as_deref()).await.map_err(err)? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    c.id,
                    c.state.as_str(),
                    c.organisation_code,
                    c.assignee_name,
                    c.framework_codes.join(","),
                    c.waiting_days(now)
                );
            }
            Ok(())
        }
        CasesCommand::Statement { id, print, out } => {
            let print = print.print()?;
            let head = cases::head(&db, CaseId(id))
                .await
                .map_err(err)?
                .ok_or_else(|| format!("no case {id}"))?;
            let published = Published::default();
            let s = statement::load(&db, &published, &head)
                .await
                .map_err(|_| format!("case {id} is not concluded"))?;
            let about = documents::About::of(&s.record, Document::Statement);
            let bytes = documents::issue(&db, &cfg.public_base(), about, print, |print| {
                statement::render_async(s, print)
            })
            .await
            .map_err(|_| "rendering failed".to_owned())?;
            std::fs::write(&out, bytes)
                .map_err(|e| format!("could not write {}: {e}", out.display()))?;
            println!("wrote {}", out.display());
            Ok(())
        }
    }
}
