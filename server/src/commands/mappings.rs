//! `kartla mappings list|export|gaps|profile`.
use super::{open_db, CmdResult};
use crate::config::Config;
use clap::Subcommand;
use kartla_app::db::{cases, frameworks::Published, mappings};
use kartla_app::domain::case::{AdditionRequest, Conclusion, Event, Judgement};
use kartla_app::domain::verification::Document;
use kartla_app::domain::MappingId;
use kartla_app::domain::{CaseState, MappingRecord, Timestamp};
use kartla_app::i18n::Locale;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum MappingsCommand {
    /// One line per mapping: ID, STATUS, FRAMEWORK CODES, UPDATED (tab-separated).
    List,
    /// The whole mapping as JSON on standard output, with its case (versions handed in,
    /// judgements, requests, conclusion, trail) once handed in.
    Export { id: i64 },
    /// The gap analysis, one line per framework of the mapping:
    /// FRAMEWORK, MET, PARTLY, REMAINING, VERDICT (tab-separated; counts of criteria, the
    /// verdict in LANG). A validator's judgement counts instead of the person's own rating.
    Gaps {
        id: i64,
        /// The language of the verdict: any interface language (see `kartla i18n status`).
        #[arg(long, default_value_t = Locale::BASE)]
        lang: Locale,
    },
    /// Write the PDF competence profile, with its own verification code and QR code (as the
    /// page's download has; the link goes to `KARTLA_PUBLIC_URL`).
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
    /// The language of the labels: any interface language (sv, en, ar, ti …; see `kartla i18n
    /// status`).
    #[arg(long, default_value_t = Locale::BASE)]
    pub lang: Locale,
    /// The criteria in two languages side by side: the person's (or LANG, e.g. `ar`) and
    /// Swedish.
    #[arg(long, num_args = 0..=1, default_missing_value = "", value_name = "LANG")]
    pub two_languages: Option<String>,
}

impl PrintArgs {
    pub fn print(&self) -> Result<crate::documents::Print, String> {
        let locale = self.lang;
        Ok(crate::documents::Print {
            two_languages: self.two_languages.is_some(),
            second: self.two_languages.clone().filter(|t| !t.is_empty()),
            ..crate::documents::Print::new(locale)
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
            let case = case_export(&db, record.id)
                .await
                .map_err(|e| e.to_string())?;
            let export = Export { record, case };
            let json = serde_json::to_string_pretty(&export).map_err(|e| e.to_string())?;
            println!("{json}");
            Ok(())
        }
        MappingsCommand::Gaps { id, lang: locale } => {
            use kartla_app::domain::gaps::{analyse, Level};
            let record = load(&db, id).await?;
            // Handed in: what was handed in last, with the judgements made of it.
            let (record, judgements) = cases::assessed(&db, &Published::default(), record)
                .await
                .map_err(|e| e.to_string())?;
            for g in analyse(&record, &judgements) {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    g.code,
                    g.count(Level::Masters),
                    g.count(Level::Partly),
                    g.remaining().len(),
                    kartla_app::i18n::translate_plain(locale, &g.verdict.label_key(), None)
                );
            }
            Ok(())
        }
        MappingsCommand::Profile { id, print, out } => {
            let print = print.print()?;
            let record = load(&db, id).await?;
            // Handed in: the profile of what was handed in, as the page gives it.
            let (record, judgements) = match cases::of_mapping(&db, record.id)
                .await
                .map_err(|e| e.to_string())?
                .filter(|_| !record.status.editable_by_owner())
            {
                Some(c) => (
                    cases::version(&db, &Published::default(), c.id, c.version)
                        .await
                        .map_err(|e| e.to_string())?
                        .unwrap_or(record),
                    cases::judgements(&db, c.id)
                        .await
                        .map_err(|e| e.to_string())?,
                ),
                None => (record, vec![]),
            };
            let about = crate::documents::About::of(&record, Document::Profile);
            let bytes = crate::documents::issue(&db, &cfg.public_base(), about, print, |print| {
                crate::documents::profile::render_async(record, judgements, print)
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

/// `kartla render`: the profile from an export file, with no database at all.
pub async fn render(
    export: &std::path::Path,
    print: &PrintArgs,
    out: &std::path::Path,
) -> CmdResult {
    let print = print.print()?;
    let json = std::fs::read_to_string(export)
        .map_err(|e| format!("could not read {}: {e}", export.display()))?;
    let exported: Exported = serde_json::from_str(&json)
        .map_err(|e| format!("{} is not a Kartla mapping export: {e}", export.display()))?;
    // Handed in: the validator's judgements count in the gap analysis, as from the database.
    let judgements = exported.case.map(|c| c.judgements).unwrap_or_default();
    let bytes = crate::documents::profile::render_async(exported.record, judgements, print)
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

/// What `kartla mappings export` writes: the mapping's own fields (what `kartla render`
/// reads), and its case once handed in.
#[derive(serde::Serialize)]
struct Export {
    #[serde(flatten)]
    record: MappingRecord,
    #[serde(skip_serializing_if = "Option::is_none")]
    case: Option<CaseExport>,
}

/// What `kartla render` reads of an export: the mapping, and the judgements of its case.
#[derive(serde::Deserialize)]
struct Exported {
    #[serde(flatten)]
    record: MappingRecord,
    #[serde(default)]
    case: Option<ExportedCase>,
}

#[derive(serde::Deserialize)]
struct ExportedCase {
    #[serde(default)]
    judgements: Vec<Judgement>,
}

#[derive(serde::Serialize)]
struct CaseExport {
    id: kartla_app::domain::CaseId,
    organisation: String,
    state: CaseState,
    assignee: Option<String>,
    handed_in: Timestamp,
    versions: Vec<VersionExport>,
    judgements: Vec<Judgement>,
    requests: Vec<AdditionRequest>,
    conclusion: Option<Conclusion>,
    trail: Vec<Event>,
}

#[derive(serde::Serialize)]
struct VersionExport {
    number: i64,
    handed_in_at: Timestamp,
    record: MappingRecord,
}

async fn case_export(
    db: &kartla_app::db::Db,
    mapping: MappingId,
) -> Result<Option<CaseExport>, sqlx::Error> {
    let Some(head) = cases::of_mapping(db, mapping).await? else {
        return Ok(None);
    };
    let published = Published::default();
    let mut versions = vec![];
    for (number, handed_in_at) in cases::versions(db, head.id).await? {
        if let Some(record) = cases::version(db, &published, head.id, number).await? {
            versions.push(VersionExport {
                number,
                handed_in_at,
                record,
            });
        }
    }
    let organisation = kartla_app::db::organisations::find(db, head.organisation_id)
        .await?
        .map(|o| o.code.to_string())
        .unwrap_or_default();
    let assignee = match head.assignee_id {
        Some(a) => kartla_app::db::users::find(db, a).await?.map(|u| u.name),
        None => None,
    };
    Ok(Some(CaseExport {
        id: head.id,
        organisation,
        state: head.state,
        assignee,
        handed_in: head.created_at,
        versions,
        judgements: cases::judgements(db, head.id).await?,
        requests: cases::requests(db, head.id).await?,
        conclusion: cases::conclusion(db, &published, head.id).await?,
        trail: cases::trail(db, head.id).await?,
    }))
}
