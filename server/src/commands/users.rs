//! `kartla users`: accounts and the roles they hold.
use super::{open_db, CmdResult};
use crate::config::Config;
use clap::Subcommand;
use kartla_app::api::RegisterInput;
use kartla_app::db::organisations::{self, NotGiven};
use kartla_app::db::users;
use kartla_app::domain::{OrgCode, Role};
use kartla_app::i18n::Locale;
use std::io::Read;

#[derive(Subcommand)]
pub enum UsersCommand {
    /// Give a person a role in an organisation, adding their account first if there is none
    /// (its password is then read from standard input). Run it again for another role.
    Add {
        #[arg(long)]
        email: String,
        /// participant, counsellor, coordinator, validator, org_admin or installation_admin.
        #[arg(long)]
        role: Role,
        /// The organisation's code (`kartla orgs list`).
        #[arg(long)]
        org: OrgCode,
        /// The name shown to others; the part of the e-mail before @ when left out.
        #[arg(long)]
        name: Option<String>,
        /// The interface language (see `kartla i18n status`).
        #[arg(long, default_value_t = Locale::BASE)]
        lang: Locale,
    },
    /// List the accounts: `EMAIL<TAB>ROLE@ORG,…`.
    List,
    /// Print a one-time link (an hour) with which the person chooses a new password, for an
    /// installation that sends no mail: hand it to them in a way only they can read.
    PasswordLink {
        #[arg(long)]
        email: String,
    },
}

pub async fn run(cfg: &Config, cmd: UsersCommand) -> CmdResult {
    match cmd {
        UsersCommand::Add {
            email,
            role,
            org,
            name,
            lang,
        } => add(cfg, email, role, org, name, lang).await,
        UsersCommand::List => {
            let db = open_db(cfg).await?;
            for u in users::list(&db).await.map_err(|e| e.to_string())? {
                let held: Vec<String> = u
                    .memberships
                    .iter()
                    .map(|m| format!("{}@{}", m.role.as_str(), m.code))
                    .collect();
                println!("{}\t{}", u.email, held.join(","));
            }
            Ok(())
        }
        UsersCommand::PasswordLink { email } => {
            let db = open_db(cfg).await?;
            let made = kartla_app::db::password_resets::create(&db, &email)
                .await
                .map_err(|e| e.to_string())?
                .ok_or_else(|| "there is no account with that e-mail address".to_owned())?;
            let base = cfg
                .public_url
                .as_deref()
                .unwrap_or("")
                .trim_end_matches('/');
            println!("{base}/reset-password/{}", made.token);
            Ok(())
        }
    }
}

async fn add(
    cfg: &Config,
    email: String,
    role: Role,
    org: OrgCode,
    name: Option<String>,
    lang: Locale,
) -> CmdResult {
    let db = open_db(cfg).await?;
    let sql = |e: sqlx::Error| e.to_string();
    let org = organisations::find_by_code(&db, &org)
        .await
        .map_err(sql)?
        .ok_or_else(|| format!("there is no organisation {org}; see kartla orgs list"))?;
    if let Err(p) = role.fits(org.kind) {
        return Err(format!("not added: {p}"));
    }
    let user = match users::find_by_email(&db, &email).await.map_err(sql)? {
        Some(u) => u.id,
        None => {
            let mut password = String::new();
            std::io::stdin()
                .read_to_string(&mut password)
                .map_err(|e| format!("could not read the password: {e}"))?;
            let password = password.trim_end_matches(['\n', '\r']).to_owned();
            let name =
                name.unwrap_or_else(|| email.split('@').next().unwrap_or_default().to_owned());
            let locale = lang;
            let input = RegisterInput {
                name: name.clone(),
                email: email.clone(),
                password: password.clone(),
                locale: lang.tag().to_owned(),
                municipality: String::new(),
            };
            if let Err(e) = input.check_account() {
                let problems: Vec<String> = e
                    .field_errors()
                    .iter()
                    .map(|f| format!("{} {}", f.field, f.code))
                    .collect();
                return Err(format!("not added: {}", problems.join(", ")));
            }
            let hash = kartla_app::auth::hash_password(password)
                .await
                .map_err(|_| "could not hash the password".to_owned())?;
            let id = users::create(&db, &email, name.trim(), &hash, locale)
                .await
                .map_err(sql)?
                .ok_or("an account with that e-mail address was added meanwhile; run it again")?;
            println!("added user {id}");
            id
        }
    };
    match organisations::give(&db, user, org.id, role)
        .await
        .map_err(sql)?
    {
        Ok(()) => {
            println!("{email} is {}@{}", role.as_str(), org.code);
            Ok(())
        }
        Err(NotGiven::HeldAlready) => {
            println!("{email} is {}@{} already", role.as_str(), org.code);
            Ok(())
        }
        Err(NotGiven::HasHome) => Err(format!(
            "not given: {email} has a home municipality already (a participant has one)"
        )),
        Err(NotGiven::Misfit(p)) => Err(format!("not given: {p}")),
        Err(NotGiven::NoSuchOrganisation) => Err("the organisation was removed meanwhile".into()),
    }
}
