//! `kartla users add`: accounts for validators, counsellors and administrators.
use super::{open_db, CmdResult};
use crate::config::Config;
use clap::Subcommand;
use kartla_app::api::RegisterInput;
use kartla_app::db::users;
use kartla_app::domain::Role;
use kartla_app::i18n::Locale;
use std::io::Read;

#[derive(Subcommand)]
pub enum UsersCommand {
    /// Add an account; the password is read from standard input.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: Role,
        /// The name shown to others; the part of the e-mail before @ when left out.
        #[arg(long)]
        name: Option<String>,
        #[arg(long, default_value = "sv")]
        lang: String,
    },
}

pub async fn run(cfg: &Config, cmd: UsersCommand) -> CmdResult {
    let UsersCommand::Add {
        email,
        role,
        name,
        lang,
    } = cmd;
    let mut password = String::new();
    std::io::stdin()
        .read_to_string(&mut password)
        .map_err(|e| format!("could not read the password: {e}"))?;
    let password = password.trim_end_matches(['\n', '\r']).to_owned();
    let name = name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
    let locale =
        Locale::parse(&lang).ok_or_else(|| format!("unknown language `{lang}`; use sv or en"))?;
    let input = RegisterInput {
        name: name.clone(),
        email: email.clone(),
        password: password.clone(),
        locale: lang,
    };
    if let Err(e) = input.check() {
        let problems: Vec<String> = e
            .field_errors()
            .iter()
            .map(|f| format!("{} {}", f.field, f.code))
            .collect();
        return Err(format!("not added: {}", problems.join(", ")));
    }
    let db = open_db(cfg).await?;
    let hash = kartla_app::auth::hash_password(password)
        .await
        .map_err(|_| "could not hash the password".to_owned())?;
    match users::create(&db, &email, name.trim(), &hash, role, locale)
        .await
        .map_err(|e| e.to_string())?
    {
        Some(id) => {
            println!("added user {id} as {}", role.as_str());
            Ok(())
        }
        None => Err("an account with that e-mail address exists already".to_owned()),
    }
}
