//! `kartla audit --person EMAIL`: who opened a person's information, newest first.
use super::{open_db, CmdResult};
use crate::config::Config;
use kartla_app::db::{access_log, users};

pub async fn run(cfg: &Config, person: &str) -> CmdResult {
    let db = open_db(cfg).await?;
    let sql = |e: sqlx::Error| e.to_string();
    let person = users::find_by_email(&db, person)
        .await
        .map_err(sql)?
        .ok_or_else(|| format!("there is no account {person}"))?;
    for e in access_log::for_person(&db, person.id).await.map_err(sql)? {
        println!(
            "{}\t{}\t{}@{}\t{} {}",
            e.at,
            e.reader_email,
            e.role.as_str(),
            e.organisation_code.unwrap_or_default(),
            e.what.as_str(),
            e.record_id
        );
    }
    Ok(())
}
