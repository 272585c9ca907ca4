//! Demo data: a region (Region Norrbotten (demo): its office, three municipalities, two
//! providers), six frameworks written for Kartla (three courses, three occupations, in Swedish
//! and English, one also in Arabic), people with every role (some with two), and handed-in
//! mappings from two municipalities. Made only by `kartla demo` or `kartla serve --demo`;
//! running it again changes nothing.
use super::{open_db, CmdResult};
use crate::config::Config;
use crate::import::{kartla, SourceFile};
use kartla_app::db::organisations::{self, Details, NotAdded, NotGiven};
use kartla_app::db::{frameworks, mappings, users, Db};
use kartla_app::domain::{
    AnswerText, FrameworkContent, FrameworkKind, OrgCode, OrgKind, Rating, Role, Transition, UserId,
};
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

/// The organisations: (kind, code, name, contact e-mail, the municipalities it serves).
const ORGANISATIONS: [(OrgKind, &str, &str, &str, &[&str]); 6] = [
    (
        OrgKind::Region,
        "NB",
        "Region Norrbotten (demo)",
        "validering@demo.kartla.se",
        &[],
    ),
    (
        OrgKind::Municipality,
        "LULEA",
        "Luleå kommun (demo)",
        "vuxenutbildning.lulea@demo.kartla.se",
        &[],
    ),
    (
        OrgKind::Municipality,
        "PITEA",
        "Piteå kommun (demo)",
        "vuxenutbildning.pitea@demo.kartla.se",
        &[],
    ),
    (
        OrgKind::Municipality,
        "BODEN",
        "Bodens kommun (demo)",
        "vuxenutbildning.boden@demo.kartla.se",
        &[],
    ),
    (
        OrgKind::Provider,
        "NORDVAL",
        "Nordvalidering (demo)",
        "kontakt.nordval@demo.kartla.se",
        &["LULEA", "PITEA"],
    ),
    (
        OrgKind::Provider,
        "FHS-NORR",
        "Folkhögskolan i Norr (demo)",
        "kontakt.fhs@demo.kartla.se",
        &["BODEN"],
    ),
];

/// Who maintains the demo frameworks: the courses the region's office, the occupations the
/// industry validation provider.
fn maintainer(kind: FrameworkKind) -> &'static str {
    match kind {
        FrameworkKind::Course => "NB",
        FrameworkKind::Occupation => "NORDVAL",
    }
}

/// Roles and the codes of the organisations they are held in.
type Held = &'static [(Role, &'static str)];

/// The people: e-mail, name, and every role they hold where. The first two are participants
/// with a handed-in mapping each (against the framework named), from two municipalities.
const ACCOUNTS: [(&str, &str, Held); 9] = [
    (
        "deltagare@demo.kartla.se",
        "Amal Hassan",
        &[(Role::Participant, "LULEA")],
    ),
    (
        "deltagare.pitea@demo.kartla.se",
        "Yonas Tesfay",
        &[(Role::Participant, "PITEA")],
    ),
    (
        "validerare@demo.kartla.se",
        "Vera Lind",
        &[(Role::Validator, "NORDVAL")],
    ),
    (
        "validerare.boden@demo.kartla.se",
        "Nils Öberg",
        &[(Role::Validator, "FHS-NORR")],
    ),
    (
        "vagledare@demo.kartla.se",
        "Sami Niemi",
        &[(Role::Counsellor, "LULEA"), (Role::Coordinator, "LULEA")],
    ),
    (
        "handlaggare@demo.kartla.se",
        "Hanna Lundqvist",
        &[(Role::Coordinator, "PITEA")],
    ),
    (
        "larare@demo.kartla.se",
        "Leila Karimi",
        &[(Role::Validator, "PITEA"), (Role::Counsellor, "BODEN")],
    ),
    (
        "kommunadmin@demo.kartla.se",
        "Oskar Pettersson",
        &[(Role::OrgAdmin, "LULEA")],
    ),
    (
        "admin@demo.kartla.se",
        "Alva Berg",
        &[(Role::InstallationAdmin, "NB"), (Role::OrgAdmin, "NB")],
    ),
];

/// The handed-in mappings: whose, against which framework, with what goal.
const MAPPINGS: [(&str, &str, &str); 2] = [
    (
        "deltagare@demo.kartla.se",
        "DEMO-LAGER1",
        "Arbeta som lagermedarbetare i Göteborg",
    ),
    (
        "deltagare.pitea@demo.kartla.se",
        "DEMO-DIG01",
        "Läsa vidare till undersköterska på Komvux",
    ),
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
    let code = |c: &str| OrgCode::parse(c);
    for (kind, c, name, email, _) in ORGANISATIONS {
        let details = Details {
            name: name.into(),
            email: email.into(),
            phone: String::new(),
        };
        match organisations::add(db, kind, &code(c)?, &details)
            .await
            .map_err(err)?
        {
            Ok(_) | Err(NotAdded::CodeTaken) => {}
            Err(NotAdded::RegionExists) => {
                return Err("this installation has another region; demo data needs its own".into())
            }
        }
    }
    let org = |c: &'static str| async move {
        organisations::find_by_code(db, &code(c)?)
            .await
            .map_err(err)?
            .ok_or_else(|| format!("demo organisation {c} missing"))
    };
    for (_, c, _, _, serves) in ORGANISATIONS {
        let provider = org(c).await?;
        for m in serves {
            organisations::serve(db, provider.id, org(m).await?.id)
                .await
                .map_err(err)?;
        }
    }
    let catalogue = demo_frameworks()?;
    frameworks::import(db, &catalogue, "demo", &mut |_, _| {})
        .await
        .map_err(|e| e.to_string())?;
    for f in &catalogue {
        organisations::maintain(db, &f.code, org(maintainer(f.kind)).await?.id)
            .await
            .map_err(err)?;
    }
    let hash = kartla_app::auth::hash_password(PASSWORD.to_owned())
        .await
        .map_err(|_| "could not hash".to_owned())?;
    for (email, name, roles) in ACCOUNTS {
        let id = match users::find_by_email(db, email).await.map_err(err)? {
            Some(u) => u.id,
            None => users::create(db, email, name, &hash, Locale::Sv)
                .await
                .map_err(err)?
                .ok_or("a demo account was added meanwhile")?,
        };
        for (role, c) in roles {
            match organisations::give(db, id, org(c).await?.id, *role)
                .await
                .map_err(err)?
            {
                Ok(()) | Err(NotGiven::HeldAlready) | Err(NotGiven::HasHome) => {}
                Err(e) => return Err(format!("demo role {role:?} at {c}: {e:?}")),
            }
        }
    }
    for (email, framework, goal) in MAPPINGS {
        let Some(person) = users::find_by_email(db, email).await.map_err(err)? else {
            return Err("demo participant missing".into());
        };
        hand_in(db, person.id, framework, goal).await?;
    }
    Ok(())
}

/// One handed-in mapping of `person` against `framework`, once: answered in Swedish and
/// Arabic, with every kind of rating.
async fn hand_in(db: &Db, person: UserId, framework: &str, goal: &str) -> CmdResult {
    let err = |e: sqlx::Error| e.to_string();
    if !mappings::list_for_owner(db, person)
        .await
        .map_err(err)?
        .is_empty()
    {
        return Ok(());
    }
    let Some(framework) = frameworks::current_id(db, framework).await.map_err(err)? else {
        return Err("demo framework missing".into());
    };
    let m = mappings::start(db, person, framework).await.map_err(err)?;
    let goal = kartla_app::domain::Goal::parse(goal).map_err(|e| e.to_string())?;
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
    mappings::transition(db, m, person, Transition::Submit, "")
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
        assert_eq!(all.len(), 2);
        assert!(all
            .iter()
            .all(|m| m.status == kartla_app::domain::MappingStatus::Submitted));
        assert_eq!(organisations::list(&db).await.unwrap().len(), 6);
        // Every role is held by someone, and someone holds two.
        let people = users::list(&db).await.unwrap();
        assert_eq!(people.len(), ACCOUNTS.len());
        for role in Role::ALL {
            assert!(people.iter().any(|p| p.has(role)), "nobody is {role:?}");
        }
        assert!(people.iter().any(|p| p.roles().len() == 2));
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
