//! `kartla orgs`: the region's organisations.
use super::{open_db, CmdResult};
use crate::config::Config;
use clap::Subcommand;
use kartla_app::db::organisations::{self, Details, NotAdded};
use kartla_app::domain::{OrgCode, OrgKind};

#[derive(Subcommand)]
pub enum OrgsCommand {
    /// Add an organisation: the region's own office (one), a municipality or a provider.
    Add {
        #[arg(long)]
        kind: OrgKind,
        /// A short code: letters A-Z, digits and hyphens (`LULEA`, `NORD-VAL`).
        #[arg(long)]
        code: OrgCode,
        #[arg(long)]
        name: String,
        /// A contact e-mail address shown to the people it serves.
        #[arg(long, default_value = "")]
        email: String,
        #[arg(long, default_value = "")]
        phone: String,
    },
    /// List the organisations: `CODE<TAB>KIND<TAB>NAME`, the region first.
    List,
    /// Record that a provider serves a municipality (assesses for its residents).
    Serve {
        /// The provider's code.
        #[arg(long)]
        org: OrgCode,
        /// The municipality's code.
        #[arg(long)]
        municipality: OrgCode,
    },
}

pub async fn run(cfg: &Config, cmd: OrgsCommand) -> CmdResult {
    let db = open_db(cfg).await?;
    let sql = |e: sqlx::Error| e.to_string();
    match cmd {
        OrgsCommand::Add {
            kind,
            code,
            name,
            email,
            phone,
        } => {
            let name = name.trim().to_owned();
            if name.is_empty() {
                return Err("not added: the name is empty".into());
            }
            let details = Details { name, email, phone };
            match organisations::add(&db, kind, &code, &details)
                .await
                .map_err(sql)?
            {
                Ok(id) => {
                    println!("added organisation {id}: {code} ({})", kind.as_str());
                    Ok(())
                }
                Err(NotAdded::CodeTaken) => Err(format!("not added: the code {code} is taken")),
                Err(NotAdded::RegionExists) => {
                    Err("not added: this installation has its region already".into())
                }
            }
        }
        OrgsCommand::List => {
            for o in organisations::list(&db).await.map_err(sql)? {
                println!("{}\t{}\t{}", o.code, o.kind.as_str(), o.name);
            }
            Ok(())
        }
        OrgsCommand::Serve { org, municipality } => {
            let find = |code: OrgCode| {
                let db = db.clone();
                async move {
                    organisations::find_by_code(&db, &code)
                        .await
                        .map_err(|e| e.to_string())?
                        .ok_or_else(|| format!("there is no organisation {code}"))
                }
            };
            let (org, municipality) = (find(org).await?, find(municipality).await?);
            if !organisations::serve(&db, org.id, municipality.id)
                .await
                .map_err(sql)?
            {
                return Err(format!("{} is not a municipality", municipality.code));
            }
            println!("{} serves {}", org.code, municipality.code);
            Ok(())
        }
    }
}
