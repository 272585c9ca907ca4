//! `kartla i18n status`: where each interface language stands.
use super::CmdResult;
use crate::config::Config;
use clap::Subcommand;
use kartla_app::i18n::sources::{standing, Review};
use kartla_app::i18n::Locale;

#[derive(Subcommand)]
pub enum I18nCommand {
    /// Per language: TAG, NAME, OFFERED, MESSAGES, MISSING, OVERRIDDEN, UNREVIEWED, REVIEW
    /// (tab-separated, with a header line); then what the installation's folder of messages
    /// (`KARTLA_LOCALES_DIR`) has that cannot be used, as FILE:LINE: PROBLEM.
    Status,
}

pub async fn run(cfg: &Config, cmd: I18nCommand) -> CmdResult {
    match cmd {
        I18nCommand::Status => {
            let problems = cfg.use_locales();
            println!("TAG\tNAME\tOFFERED\tMESSAGES\tMISSING\tOVERRIDDEN\tUNREVIEWED\tREVIEW");
            for l in Locale::every() {
                let s = standing(l);
                let review = match s.review {
                    Review::Original => "original",
                    Review::Reviewed => "reviewed",
                    Review::Unreviewed => "not reviewed",
                };
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{review}",
                    l.tag(),
                    l.language().english_name,
                    if l.language().offered { "yes" } else { "no" },
                    s.messages,
                    s.missing,
                    s.overridden,
                    s.unreviewed,
                );
            }
            for p in &problems {
                println!("{p}");
            }
            if problems.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "{} problems in KARTLA_LOCALES_DIR (the built-in messages are used instead)",
                    problems.len()
                ))
            }
        }
    }
}
