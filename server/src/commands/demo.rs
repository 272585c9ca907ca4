//! Demo data: a region (Region Norrbotten (demo): its office, three municipalities, two
//! providers), six frameworks written for Kartla (three courses, three occupations, in Swedish
//! and English, one also in Arabic), people with every role (some with two), and handed-in
//! mappings from two municipalities; a counsellor with three connected participants, one with a
//! guidance session's note and a study plan. Made only by `kartla demo` or `kartla serve --demo`;
//! running it again changes nothing.
mod guidance;
mod history;
mod own_language;

use super::{open_db, CmdResult};
use crate::config::Config;
use crate::import::{kartla, SourceFile};
use kartla_app::db::organisations::{self, Details, NotAdded, NotGiven};
use kartla_app::db::{cases, directory, frameworks, mappings, users, Db};
use kartla_app::domain::case::{
    Concluding, FrameworkOutcome, JudgementInput, Method, NextStep, Outcome, Target, Verdict,
};
use kartla_app::domain::{
    AnswerText, FrameworkContent, FrameworkKind, OrgCode, OrgKind, Rating, Role, UserId,
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

/// The people: e-mail, name, and every role they hold where: participants from three
/// municipalities, a coordinator and a validator for each organisation that assesses, a
/// counsellor, administrators.
const ACCOUNTS: [(&str, &str, Held); 15] = [
    (
        "deltagare@demo.kartla.se",
        "Amal Hassan",
        &[(Role::Participant, "LULEA")],
    ),
    (
        "deltagare.lulea2@demo.kartla.se",
        "Hodan Abdi",
        &[(Role::Participant, "LULEA")],
    ),
    (
        "deltagare.lulea3@demo.kartla.se",
        "Oksana Melnyk",
        &[(Role::Participant, "LULEA")],
    ),
    (
        "deltagare.pitea@demo.kartla.se",
        "Yonas Tesfay",
        &[(Role::Participant, "PITEA")],
    ),
    (
        "deltagare.boden@demo.kartla.se",
        "Daniel Mehari",
        &[(Role::Participant, "BODEN")],
    ),
    (
        "validerare@demo.kartla.se",
        "Vera Lind",
        &[(Role::Validator, "NORDVAL")],
    ),
    (
        "validerare.lulea@demo.kartla.se",
        "Maria Johansson",
        &[(Role::Validator, "LULEA")],
    ),
    (
        "samordnare@demo.kartla.se",
        "Petra Holm",
        &[
            (Role::Coordinator, "NORDVAL"),
            (Role::Coordinator, "FHS-NORR"),
        ],
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
        "uppfoljning@demo.kartla.se",
        "Ingrid Sundberg",
        &[(Role::Coordinator, "NB")],
    ),
    (
        "admin@demo.kartla.se",
        "Alva Berg",
        &[(Role::InstallationAdmin, "NB"), (Role::OrgAdmin, "NB")],
    ),
];

/// Who is in the directory of who assesses what: e-mail, organisation, framework codes,
/// languages, methods, whether they consented to be shown publicly, the e-mail they publish.
type Listing = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [Method],
    bool,
    &'static str,
);

const DIRECTORY: [Listing; 4] = [
    (
        "validerare@demo.kartla.se",
        "NORDVAL",
        &["DEMO-LAGER1", "DEMO-BUSS1", "DEMO-KOCK1"],
        &["sv", "en", "ar"],
        &[
            Method::Interview,
            Method::PracticalTest,
            Method::WorkplaceObservation,
        ],
        true,
        "vera.lind@demo.kartla.se",
    ),
    (
        "validerare.boden@demo.kartla.se",
        "FHS-NORR",
        &["DEMO-KOCK1", "DEMO-BUSS1"],
        &["sv", "fi"],
        &[Method::Interview, Method::PracticalTest],
        true,
        "",
    ),
    (
        "larare@demo.kartla.se",
        "PITEA",
        &["DEMO-DIG01", "DEMO-OMV01", "DEMO-SVA01"],
        &["sv", "fa", "en"],
        &[
            Method::Documents,
            Method::Interview,
            Method::TheoreticalTest,
        ],
        true,
        "leila.karimi@demo.kartla.se",
    ),
    (
        "validerare.lulea@demo.kartla.se",
        "LULEA",
        &["DEMO-DIG01", "DEMO-OMV01", "DEMO-SVA01"],
        &["sv", "en"],
        &[Method::Documents, Method::Interview, Method::PracticalTest],
        false,
        "",
    ),
];

/// How far a demo case has come.
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    New,
    Checking,
    Returned,
    Assigned,
    PartlyJudged,
    Concluded,
}

/// The handed-in mappings: whose, against which framework, with what goal, and how far its
/// case has come (one in each stage).
const MAPPINGS: [(&str, &str, &str, Stage); 6] = [
    (
        "deltagare@demo.kartla.se",
        "DEMO-LAGER1",
        "Arbeta som lagermedarbetare i Göteborg",
        Stage::PartlyJudged,
    ),
    (
        "deltagare.pitea@demo.kartla.se",
        "DEMO-DIG01",
        "Läsa vidare till undersköterska på Komvux",
        Stage::New,
    ),
    (
        "deltagare@demo.kartla.se",
        "DEMO-SVA01",
        "Klara svenska för yrkesutbildning",
        Stage::Returned,
    ),
    (
        "deltagare.pitea@demo.kartla.se",
        "DEMO-OMV01",
        "Bli undersköterska",
        Stage::Checking,
    ),
    (
        "deltagare.boden@demo.kartla.se",
        "DEMO-KOCK1",
        "Få jobb som kock i Boden",
        Stage::Concluded,
    ),
    (
        "deltagare.pitea@demo.kartla.se",
        "DEMO-BUSS1",
        "Köra buss i linjetrafik",
        Stage::Assigned,
    ),
];

/// Who moves the demo cases of an organisation: its coordinator and its validator.
fn staff_of(org: &str) -> (&'static str, &'static str) {
    match org {
        "LULEA" => (
            "vagledare@demo.kartla.se",
            "validerare.lulea@demo.kartla.se",
        ),
        "PITEA" => ("handlaggare@demo.kartla.se", "larare@demo.kartla.se"),
        "FHS-NORR" => (
            "samordnare@demo.kartla.se",
            "validerare.boden@demo.kartla.se",
        ),
        _ => ("samordnare@demo.kartla.se", "validerare@demo.kartla.se"),
    }
}

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
            None => users::create(db, email, name, &hash, Locale::BASE)
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
    for (email, c, frameworks, languages, methods, listed, public_email) in DIRECTORY {
        let user = account(db, email).await?;
        let org = org(c).await?.id;
        let what = directory::Assesses {
            frameworks: frameworks.iter().map(|f| f.to_string()).collect(),
            languages: languages.iter().map(|l| l.to_string()).collect(),
            methods: methods.to_vec(),
        };
        directory::set_assesses(db, user, org, &what)
            .await
            .map_err(err)?;
        let shown = directory::Publication {
            listed,
            public_email: public_email.to_owned(),
            public_phone: String::new(),
        };
        directory::set_publication(db, user, org, &shown)
            .await
            .map_err(err)?;
    }
    for (email, framework, goal, stage) in MAPPINGS {
        let person = account(db, email).await?;
        hand_in(db, person, framework, goal, stage).await?;
    }
    guidance::seed(db).await?;
    own_language::seed(db, &hash).await?;
    history::seed(db).await?;
    Ok(())
}

async fn account(db: &Db, email: &str) -> Result<UserId, String> {
    users::find_by_email(db, email)
        .await
        .map_err(|e| e.to_string())?
        .map(|u| u.id)
        .ok_or_else(|| format!("demo account {email} missing"))
}

/// A new mapping of `person` against `framework` with its goal, and the mapping as it then
/// stands.
async fn begin(
    db: &Db,
    person: UserId,
    framework: kartla_app::domain::FrameworkId,
    goal: &str,
) -> Result<
    (
        kartla_app::domain::MappingId,
        kartla_app::domain::MappingRecord,
    ),
    String,
> {
    let err = |e: sqlx::Error| e.to_string();
    let m = mappings::start(db, person, framework).await.map_err(err)?;
    let goal = kartla_app::domain::Goal::parse(goal).map_err(|e| e.to_string())?;
    mappings::set_goal(db, m, &goal).await.map_err(err)?;
    let record = mappings::load(db, m)
        .await
        .map_err(err)?
        .ok_or("demo mapping missing")?;
    Ok((m, record))
}

/// One handed-in mapping of `person` against `framework`, once: answered in Swedish and
/// Arabic, with every kind of rating, its case taken as far as `stage`.
async fn hand_in(db: &Db, person: UserId, framework: &str, goal: &str, stage: Stage) -> CmdResult {
    let err = |e: sqlx::Error| e.to_string();
    let case_err = |e: cases::CaseError| e.to_string();
    if mappings::list_for_owner(db, person)
        .await
        .map_err(err)?
        .iter()
        .any(|m| m.framework_codes.iter().any(|c| c == framework))
    {
        return Ok(());
    }
    let Some(framework) = frameworks::current_id(db, framework).await.map_err(err)? else {
        return Err("demo framework missing".into());
    };
    let (m, record) = begin(db, person, framework, goal).await?;
    let mut answers = vec![];
    let mut verdicts = vec![];
    for (i, c) in record.criteria().enumerate() {
        let (rating, text) = match i % 4 {
            0 => (Rating::Independently, "Jag arbetade fyra år på ett lager i Göteborg med plock, packning och inleverans. Jag använde handscanner och truck varje dag."),
            1 => (Rating::CanTeach, "عملت خمس سنوات في مستودع في حلب. كنت مسؤولاً عن تدريب العمال الجدد على الجرد والسلامة."),
            2 => (Rating::WithSupport, "Jag har gjort det några gånger med en kollega. Jag behöver mer övning på egen hand."),
            _ => (Rating::NoExperience, ""),
        };
        let text = AnswerText::parse(text).map_err(|e| e.to_string())?;
        answers.push(mappings::AnswerWrite::new(c.id, Some(rating), text));
        let verdict = match i % 4 {
            0 | 1 => Verdict::Met,
            2 => Verdict::PartlyMet,
            _ => Verdict::NotMet,
        };
        verdicts.push((c.id, verdict));
    }
    mappings::save_answers(db, m, &answers, &[])
        .await
        .map_err(err)?;
    let published = frameworks::Published::default();
    let case = cases::hand_in(db, &published, m, person)
        .await
        .map_err(case_err)?;
    if stage == Stage::New {
        return Ok(());
    }
    let head = cases::head(db, case)
        .await
        .map_err(err)?
        .ok_or("demo case missing")?;
    let org = organisations::find(db, head.organisation_id)
        .await
        .map_err(err)?
        .ok_or("demo organisation missing")?;
    let (coordinator, validator) = staff_of(org.code.as_str());
    let (coordinator, validator) = (
        account(db, coordinator).await?,
        account(db, validator).await?,
    );
    if matches!(stage, Stage::Checking | Stage::Returned) {
        cases::take(db, case, coordinator).await.map_err(case_err)?;
    }
    if stage == Stage::Returned {
        let first = verdicts.first().map(|(c, _)| *c).ok_or("no criteria")?;
        for (target, missing, form) in [
            (
                Target::Criterion(first),
                "Ett intyg från arbetsgivaren som visar vilka arbetsuppgifter du hade och hur länge.",
                "PDF eller foto, på svenska eller översatt till svenska",
            ),
            (
                Target::Case,
                "Namn och telefonnummer till en referens som kan berätta om ditt arbete.",
                "Skriv det i beskrivningen under kriteriet",
            ),
        ] {
            cases::add_item(db, case, cases::Asking::Coordinator(coordinator), target, missing, form)
                .await
                .map_err(case_err)?;
        }
        let deadline = kartla_app::domain::Day::of(kartla_app::db::now()).plus_days(14);
        cases::send_request(db, case, cases::Asking::Coordinator(coordinator), deadline)
            .await
            .map_err(case_err)?;
        return Ok(());
    }
    if stage == Stage::Checking {
        return Ok(());
    }
    cases::assign(db, case, coordinator, validator)
        .await
        .map_err(case_err)?;
    let judged = match stage {
        Stage::PartlyJudged => verdicts.len() / 2,
        Stage::Concluded => verdicts.len(),
        _ => 0,
    };
    for (criterion, verdict) in verdicts.iter().take(judged) {
        let j = JudgementInput {
            criterion: *criterion,
            verdict: *verdict,
            methods: vec![Method::Interview, Method::PracticalTest],
            comment: "Bedömt vid intervju och praktiskt prov.".into(),
            reason: String::new(),
        };
        cases::judge(db, case, validator, &j)
            .await
            .map_err(case_err)?;
    }
    if stage == Stage::Concluded {
        let all: Vec<Verdict> = verdicts.iter().map(|(_, v)| *v).collect();
        let c = Concluding {
            outcomes: vec![FrameworkOutcome {
                framework,
                outcome: Outcome::suggested(&all),
                remaining: vec![],
            }],
            statement: "Daniel visar god yrkeskunskap i kökets vardag: mise en place, tillagning och hygien. Det som återstår är främst planering av menyer och kalkyl.".into(),
            next_steps: vec![NextStep::TopUpCourse, NextStep::WorkplaceAssessment],
            next_steps_text: "Kursen Menyplanering på Komvux i Boden, och en bedömning på arbetsplats efter den.".into(),
        };
        cases::conclude(db, &published, case, validator, &c)
            .await
            .map_err(case_err)?;
    }
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
        // The handed-in ones, the two drafts of the counsellor's participants, and the drafts
        // of the two who map in Arabic and Tigrinya.
        assert_eq!(all.len(), MAPPINGS.len() + 2 + 2);
        let sami = account(&db, "vagledare@demo.kartla.se").await.unwrap();
        let people: std::collections::BTreeSet<_> =
            kartla_app::db::shares::with_counsellor(&db, sami)
                .await
                .unwrap()
                .into_iter()
                .map(|s| s.owner)
                .collect();
        assert_eq!(
            people.len(),
            3,
            "a counsellor with three connected participants"
        );
        // A case in every stage.
        let states: std::collections::BTreeSet<_> = cases::queue(&db, None)
            .await
            .unwrap()
            .into_iter()
            .map(|c| c.state)
            .collect();
        assert_eq!(states.len(), kartla_app::domain::CaseState::ALL.len());
        assert_eq!(
            directory::public(&db, Some("DEMO-KOCK1"), None)
                .await
                .unwrap()
                .len(),
            2
        );
        assert_eq!(organisations::list(&db).await.unwrap().len(), 6);
        // Every role is held by someone, and someone holds two.
        let people = users::list(&db).await.unwrap();
        assert_eq!(
            people.len(),
            ACCOUNTS.len() + own_language::emails().unwrap().len()
        );
        let languages: std::collections::BTreeSet<_> =
            people.iter().map(|p| p.locale.tag()).collect();
        assert!(
            ["ar", "ti", "sv"].iter().all(|l| languages.contains(l)),
            "{languages:?}"
        );
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
