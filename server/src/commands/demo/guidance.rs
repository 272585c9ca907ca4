//! Demo guidance: the demo counsellor (Sami Niemi, Luleå) with three connected participants:
//! Amal Hassan shares everything, Hodan Abdi one mapping, on which they have had a guidance
//! session with a note and drawn up a study plan, and Oksana Melnyk connected with a code.
use super::{account, begin};
use crate::commands::CmdResult;
use kartla_app::db::{frameworks, guidance, mappings, share_invitations, shares, study_plans, Db};
use kartla_app::domain::study_plan::{Pace, PlannedCourse, StudyPlan};
use kartla_app::domain::{AnswerText, Rating};

pub async fn seed(db: &Db) -> CmdResult {
    let err = |e: sqlx::Error| e.to_string();
    let sami = account(db, "vagledare@demo.kartla.se").await?;
    let amal = account(db, "deltagare@demo.kartla.se").await?;
    let hodan = account(db, "deltagare.lulea2@demo.kartla.se").await?;
    let oksana = account(db, "deltagare.lulea3@demo.kartla.se").await?;
    // Running the demo again changes nothing.
    if !mappings::list_for_owner(db, hodan)
        .await
        .map_err(err)?
        .is_empty()
    {
        return Ok(());
    }
    shares::share(db, amal, sami, None)
        .await
        .map_err(err)?
        .map_err(|e| format!("demo sharing: {e:?}"))?;
    let course = |code: &'static str| async move {
        frameworks::current_id(db, code)
            .await
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("demo framework {code} missing"))
    };
    // Hodan: a mapping against the care course, half answered, shared with Sami.
    let omv = course("DEMO-OMV01").await?;
    let (m, record) = begin(db, hodan, omv, "Bli undersköterska inom hemtjänsten").await?;
    let mut answers = vec![];
    for (i, c) in record.criteria().enumerate().take(8) {
        let (rating, text) = match i % 3 {
            0 => (
                Rating::Independently,
                "Jag har arbetat två år som personlig assistent i Luleå.",
            ),
            1 => (
                Rating::WithSupport,
                "Jag har gjort det med en kollega bredvid mig.",
            ),
            _ => (
                Rating::SomeExperience,
                "Jag har sett det göras på min praktik.",
            ),
        };
        let text = AnswerText::parse(text).map_err(|e| e.to_string())?;
        answers.push(mappings::AnswerWrite::new(c.id, Some(rating), text));
    }
    mappings::save_answers(db, m, &answers, &[])
        .await
        .map_err(err)?;
    shares::share(db, hodan, sami, Some(m))
        .await
        .map_err(err)?
        .map_err(|e| format!("demo sharing: {e:?}"))?;
    // Their guidance session, over: where each was, a proposal taken, a note.
    let session = guidance::start(db, m, sami).await.map_err(err)?;
    guidance::be_at(db, session, sami, 1).await.map_err(err)?;
    guidance::be_at(db, session, hodan, 1).await.map_err(err)?;
    let note = kartla_app::domain::guidance::parse_note(
        "Hodan vill arbeta i hemtjänsten. Vi gick igenom avsnitt 1 och 2: bemötande och hygien \
         sitter, förflyttning behöver hon öva. Nästa steg: Omvårdnad – grunder på halvfart från \
         januari, och svenska parallellt.",
    )
    .map_err(|e| e.to_string())?;
    guidance::add_note(db, m, Some(session), sami, &note)
        .await
        .map_err(err)?;
    guidance::end(db, session, sami).await.map_err(err)?;
    let plan = StudyPlan {
        goal: "Undersköterska inom hemtjänsten i Luleå".into(),
        pace: Pace::parse("50").ok_or("pace")?,
        start: "2027-01-18".parse().ok(),
        courses: vec![
            PlannedCourse {
                framework: omv,
                points: 200,
            },
            PlannedCourse {
                framework: course("DEMO-SVA01").await?,
                points: 100,
            },
        ],
    };
    study_plans::save(db, m, sami, None, &plan)
        .await
        .map_err(err)?;
    // Oksana: connected with a code Sami gave her; a mapping of her own just started.
    let dig = course("DEMO-DIG01").await?;
    mappings::start(db, oksana, dig).await.map_err(err)?;
    let code = share_invitations::create(db, sami).await.map_err(err)?;
    share_invitations::accept(db, oksana, &code)
        .await
        .map_err(err)?
        .map_err(|e| format!("demo invitation: {e:?}"))?;
    Ok(())
}
