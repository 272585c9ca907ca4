//! Demo participants who use Kartla in their own language: Hiba Alkhalil in Arabic (Luleå,
//! the care course) and Selam Tekle in Tigrinya (Piteå, the warehouse occupation), each with a
//! mapping in progress answered in that language. Who they are and what they wrote is data,
//! in `demo/answers-*.toml`.
use crate::commands::CmdResult;
use kartla_app::db::organisations::{self, NotGiven};
use kartla_app::db::{frameworks, mappings, users, Db};
use kartla_app::domain::{AnswerText, OrgCode, Rating, Role};
use kartla_app::i18n::Locale;
use serde::Deserialize;

const PEOPLE: [(&str, &str); 2] = [
    (
        "answers-ar.toml",
        include_str!("../../../demo/answers-ar.toml"),
    ),
    (
        "answers-ti.toml",
        include_str!("../../../demo/answers-ti.toml"),
    ),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Person {
    email: String,
    name: String,
    locale: String,
    municipality: String,
    framework: String,
    goal: String,
    answers: Vec<Answer>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Answer {
    criterion: String,
    rating: String,
    text: String,
}

fn rating(name: &str) -> Result<Rating, String> {
    Rating::ALL
        .into_iter()
        .find(|r| {
            r.label_key()
                .trim_start_matches("rating-")
                .replace('-', "_")
                == name
        })
        .ok_or_else(|| format!("`{name}` is not a rating"))
}

fn people() -> Result<Vec<Person>, String> {
    PEOPLE
        .iter()
        .map(|(file, text)| toml::from_str(text).map_err(|e| format!("{file}: {e}")))
        .collect()
}

/// The e-mail addresses of these accounts, for the demo's own checks.
#[cfg(test)]
pub fn emails() -> Result<Vec<String>, String> {
    Ok(people()?.into_iter().map(|p| p.email).collect())
}

pub async fn seed(db: &Db, password_hash: &str) -> CmdResult {
    let err = |e: sqlx::Error| e.to_string();
    for p in people()? {
        let locale = Locale::from_tag(&p.locale).ok_or(format!("no language {}", p.locale))?;
        let id = match users::find_by_email(db, &p.email).await.map_err(err)? {
            Some(u) => u.id,
            None => users::create(db, &p.email, &p.name, password_hash, locale)
                .await
                .map_err(err)?
                .ok_or("a demo account was added meanwhile")?,
        };
        let home = organisations::find_by_code(db, &OrgCode::parse(&p.municipality)?)
            .await
            .map_err(err)?
            .ok_or_else(|| format!("demo organisation {} missing", p.municipality))?;
        match organisations::give(db, id, home.id, Role::Participant)
            .await
            .map_err(err)?
        {
            Ok(()) | Err(NotGiven::HeldAlready) | Err(NotGiven::HasHome) => {}
            Err(e) => return Err(format!("demo participant {}: {e:?}", p.email)),
        }
        // Running the demo again changes nothing.
        if !mappings::list_for_owner(db, id)
            .await
            .map_err(err)?
            .is_empty()
        {
            continue;
        }
        let framework = frameworks::current_id(db, &p.framework)
            .await
            .map_err(err)?
            .ok_or_else(|| format!("demo framework {} missing", p.framework))?;
        let (m, record) = super::begin(db, id, framework, &p.goal).await?;
        let mut answers = vec![];
        for a in &p.answers {
            let criterion = record
                .criteria()
                .find(|c| c.code == a.criterion)
                .ok_or_else(|| format!("{}: no criterion {}", p.email, a.criterion))?;
            let text = AnswerText::parse(&a.text).map_err(|e| e.to_string())?;
            answers.push(mappings::AnswerWrite::new(
                criterion.id,
                Some(rating(&a.rating)?),
                text,
            ));
        }
        mappings::save_answers(db, m, &answers, &[])
            .await
            .map_err(err)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_people_read_and_every_rating_is_known() {
        let people = people().unwrap();
        assert_eq!(people.len(), 2);
        for p in &people {
            assert!(Locale::from_tag(&p.locale).is_some());
            assert!(p.answers.len() >= 8, "{}", p.email);
            for a in &p.answers {
                rating(&a.rating).unwrap();
            }
        }
        assert_eq!(rating("can_teach"), Ok(Rating::CanTeach));
        assert!(rating("great").is_err());
    }
}
