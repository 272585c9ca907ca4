//! Demo data: six frameworks written for Kartla (three courses, three occupations, in Swedish
//! and English, one also in Arabic), four accounts, one submitted mapping. Made only by
//! `kartla demo` or `kartla serve --demo`; running it again changes nothing.
use super::{open_db, CmdResult};
use crate::config::Config;
use crate::import::{kartla, SourceFile};
use kartla_app::db::{frameworks, mappings, users, Db};
use kartla_app::domain::{AnswerText, FrameworkContent, Rating, Role, Transition};
use kartla_app::i18n::Locale;

pub const PASSWORD: &str = "kartla-demo";

const FRAMEWORKS: [(&str, &str); 6] = [
    (
        "course-omvardnad.toml",
        include_str!("../../demo/course-omvardnad.toml"),
    ),
    (
        "course-svenska.toml",
        include_str!("../../demo/course-svenska.toml"),
    ),
    (
        "course-digital.toml",
        include_str!("../../demo/course-digital.toml"),
    ),
    (
        "occupation-lager.toml",
        include_str!("../../demo/occupation-lager.toml"),
    ),
    (
        "occupation-kock.toml",
        include_str!("../../demo/occupation-kock.toml"),
    ),
    (
        "occupation-buss.toml",
        include_str!("../../demo/occupation-buss.toml"),
    ),
];

/// The occupation the demo participant's mapping is against.
const DEMO_MAPPING_CODE: &str = "DEMO-LAGER1";

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

pub fn demo_frameworks() -> Result<Vec<FrameworkContent>, String> {
    let files: Vec<SourceFile> = FRAMEWORKS
        .iter()
        .map(|(name, text)| SourceFile {
            name: (*name).to_owned(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    kartla::read(&files)
        .map(|found| found.into_iter().map(|(c, _)| c).collect())
        .map_err(|e| {
            e.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        })
}

pub async fn seed(db: &Db) -> CmdResult {
    let err = |e: sqlx::Error| e.to_string();
    frameworks::import(db, &demo_frameworks()?, "demo", &mut |_, _| {})
        .await
        .map_err(|e| e.to_string())?;
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
    let Some(occupation) = frameworks::current_id(db, DEMO_MAPPING_CODE)
        .await
        .map_err(err)?
    else {
        return Err("demo occupation missing".into());
    };
    let m = mappings::start(db, participant.id, occupation)
        .await
        .map_err(err)?;
    let goal = kartla_app::domain::Goal::parse("Arbeta som lagermedarbetare i Göteborg")
        .map_err(|e| e.to_string())?;
    mappings::set_goal(db, m, &goal).await.map_err(err)?;
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
        answers.push(mappings::AnswerWrite::new(c.id, Some(rating), text));
    }
    mappings::save_answers(db, m, &answers, &[])
        .await
        .map_err(err)?;
    mappings::transition(db, m, participant.id, Transition::Submit, "")
        .await
        .map_err(|e| e.to_string())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_catalogue_has_three_courses_and_three_occupations_in_two_languages() {
        use kartla_app::domain::FrameworkKind;
        let all = demo_frameworks().unwrap();
        for kind in [FrameworkKind::Course, FrameworkKind::Occupation] {
            assert_eq!(all.iter().filter(|f| f.kind == kind).count(), 3);
        }
        for f in &all {
            assert!(f.problems().is_empty(), "{}: {:?}", f.code, f.problems());
            assert!(f.criteria().count() >= 8, "{} is too small", f.code);
            let langs = f.complete_languages();
            assert!(langs.contains(&"en".to_owned()), "{} lacks English", f.code);
        }
        assert!(all
            .iter()
            .any(|f| f.complete_languages().contains(&"ar".to_owned())));
        assert!(all
            .iter()
            .any(|f| f.criteria().any(|c| !c.guidance.is_empty())));
    }

    async fn seeding_twice_changes_nothing(engine: kartla_app::db::Engine) {
        let t = kartla_app::db::testing::fresh(engine).await;
        let db = t.db.clone();
        seed(&db).await.unwrap();
        seed(&db).await.unwrap();
        let all = mappings::list_all(&db).await.unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].status, kartla_app::domain::MappingStatus::Submitted);
        assert_eq!(frameworks::list_current(&db).await.unwrap().len(), 6);
        assert_eq!(frameworks::list_versions(&db).await.unwrap().len(), 6);
    }

    #[tokio::test]
    async fn seeding_twice_changes_nothing_on_sqlite() {
        seeding_twice_changes_nothing(kartla_app::db::Engine::Sqlite).await;
    }

    #[tokio::test]
    async fn seeding_twice_changes_nothing_on_postgres() {
        seeding_twice_changes_nothing(kartla_app::db::Engine::Postgres).await;
    }
}
