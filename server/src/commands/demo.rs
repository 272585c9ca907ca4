//! Demo data: two frameworks written for Kartla, four accounts, one submitted mapping. Made
//! only by `kartla demo` or `kartla serve --demo`; running it again changes nothing.
use super::{open_db, CmdResult};
use crate::config::Config;
use kartla_app::db::{frameworks, frameworks::NewFramework, mappings, users, Db};
use kartla_app::domain::{AnswerText, Rating, Role, Transition};
use kartla_app::i18n::Locale;

pub const PASSWORD: &str = "kartla-demo";

const FRAMEWORKS: [&str; 2] = [
    include_str!("../../demo/course-omvardnad.json"),
    include_str!("../../demo/occupation-lager.json"),
];

const ACCOUNTS: [(&str, &str, Role); 4] = [
    ("deltagare@demo.kartla.se", "Amal Hassan", Role::Participant),
    ("validerare@demo.kartla.se", "Vera Lind", Role::Validator),
    ("vagledare@demo.kartla.se", "Sami Niemi", Role::Counsellor),
    ("admin@demo.kartla.se", "Alva Berg", Role::Admin),
];

pub async fn run(cfg: &Config) -> CmdResult {
    let db = open_db(cfg).await?;
    seed(&db).await?;
    println!("demo data is in place; every demo account has the password {PASSWORD}");
    Ok(())
}

pub fn demo_frameworks() -> Result<Vec<NewFramework>, String> {
    FRAMEWORKS
        .iter()
        .map(|src| serde_json::from_str(src).map_err(|e| format!("demo framework: {e}")))
        .collect()
}

pub async fn seed(db: &Db) -> CmdResult {
    let err = |e: sqlx::Error| e.to_string();
    let mut framework_ids = vec![];
    for f in demo_frameworks()? {
        framework_ids.push(frameworks::insert(db, &f).await.map_err(err)?.0);
    }
    let hash = kartla_app::auth::hash_password(PASSWORD.to_owned())
        .await
        .map_err(|_| "could not hash".to_owned())?;
    for (email, name, role) in ACCOUNTS {
        users::create(db, email, name, &hash, role, Locale::Sv)
            .await
            .map_err(err)?;
    }
    let Some(participant) = users::find_by_email(db, ACCOUNTS[0].0).await.map_err(err)? else {
        return Err("demo participant missing".into());
    };
    // One submitted mapping against the occupation, once.
    if !mappings::list_for_owner(db, participant.id)
        .await
        .map_err(err)?
        .is_empty()
    {
        return Ok(());
    }
    let Some(&occupation) = framework_ids.get(1) else {
        return Err("demo occupation missing".into());
    };
    let m = mappings::start(db, participant.id, occupation)
        .await
        .map_err(err)?;
    let Some(record) = mappings::load(db, m).await.map_err(err)? else {
        return Err("demo mapping missing".into());
    };
    let mut answers = vec![];
    for (i, c) in record.criteria().enumerate() {
        let (rating, text) = match i % 4 {
            0 => (Rating::Independently, "Jag arbetade fyra år på ett lager i Göteborg med plock, packning och inleverans. Jag använde handscanner och truck varje dag."),
            1 => (Rating::CanTeach, "عملت خمس سنوات في مستودع في حلب. كنت مسؤولاً عن تدريب العمال الجدد على الجرد والسلامة."),
            2 => (Rating::WithSupport, "Jag har gjort det några gånger med en kollega. Jag behöver mer övning på egen hand."),
            _ => (Rating::NoExperience, ""),
        };
        let text = AnswerText::parse(text).map_err(|e| e.to_string())?;
        answers.push((c.id, Some(rating), text));
    }
    mappings::save_answers(db, m, &answers).await.map_err(err)?;
    mappings::transition(db, m, participant.id, Transition::Submit, "")
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_frameworks_have_15_to_25_criteria_in_swedish_and_english() {
        for f in demo_frameworks().unwrap() {
            let criteria: Vec<_> = f.sections.iter().flat_map(|s| &s.criteria).collect();
            assert!(
                (15..=25).contains(&criteria.len()),
                "{} has {}",
                f.code,
                criteria.len()
            );
            for c in criteria {
                assert!(
                    c.text.languages().any(|l| l == "en"),
                    "{} {} lacks English",
                    f.code,
                    c.code
                );
            }
        }
    }

    #[tokio::test]
    async fn seeding_twice_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let db = kartla_app::db::open(&format!("sqlite://{}", dir.path().join("d.db").display()))
            .await
            .unwrap();
        seed(&db).await.unwrap();
        seed(&db).await.unwrap();
        let all = mappings::list_all(&db).await.unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].status, kartla_app::domain::MappingStatus::Submitted);
        assert_eq!(frameworks::list_current(&db).await.unwrap().len(), 2);
    }
}
