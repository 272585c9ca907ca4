//! The merit portfolio: what a person has done — work, education, training, volunteering —
//! where, when and with what tasks. Answers can later point to the experiences they draw on.
use crate::error::{AppError, FieldError};
use serde::{Deserialize, Serialize};

pub const MAX_SHORT: usize = 200;
pub const MAX_TASKS: usize = 5000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExperienceKind {
    Work,
    Education,
    Training,
    Volunteering,
    Other,
}

impl ExperienceKind {
    pub const ALL: [ExperienceKind; 5] = [
        ExperienceKind::Work,
        ExperienceKind::Education,
        ExperienceKind::Training,
        ExperienceKind::Volunteering,
        ExperienceKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ExperienceKind::Work => "work",
            ExperienceKind::Education => "education",
            ExperienceKind::Training => "training",
            ExperienceKind::Volunteering => "volunteering",
            ExperienceKind::Other => "other",
        }
    }
    /// Whether a certificate draft (intygsunderlag) is offered: someone can confirm this kind
    /// (an employer, a placement supervisor, an organisation). Schooling has its own diplomas.
    pub fn certificate_offered(self) -> bool {
        matches!(
            self,
            ExperienceKind::Work | ExperienceKind::Training | ExperienceKind::Volunteering
        )
    }

    pub fn label_key(self) -> &'static str {
        match self {
            ExperienceKind::Work => "experience-kind-work",
            ExperienceKind::Education => "experience-kind-education",
            ExperienceKind::Training => "experience-kind-training",
            ExperienceKind::Volunteering => "experience-kind-volunteering",
            ExperienceKind::Other => "experience-kind-other",
        }
    }
}

impl std::str::FromStr for ExperienceKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown experience kind `{s}`"))
    }
}

pub use super::time::Month;

/// One experience as the person wrote it, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Experience {
    pub kind: ExperienceKind,
    /// Job title, programme or course, or what the person did.
    pub role: String,
    /// Employer, school or organisation, and place.
    pub place: String,
    pub country: String,
    pub start: Month,
    /// `None` while it goes on.
    pub end: Option<Month>,
    pub tasks: String,
}

/// The form as posted: plain strings, checked into an [`Experience`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExperienceInput {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub end: String,
    #[serde(default)]
    pub tasks: String,
}

impl From<&Experience> for ExperienceInput {
    /// A stored experience as the form shows it.
    fn from(e: &Experience) -> Self {
        Self {
            kind: e.kind.as_str().to_owned(),
            role: e.role.clone(),
            place: e.place.clone(),
            country: e.country.clone(),
            start: e.start.to_string(),
            end: e.end.map(|m| m.to_string()).unwrap_or_default(),
            tasks: e.tasks.clone(),
        }
    }
}

impl ExperienceInput {
    pub fn check(&self) -> Result<Experience, AppError> {
        let mut errors = vec![];
        let mut err = |field: &str, code: &str| {
            errors.push(FieldError {
                field: field.into(),
                code: code.into(),
            })
        };
        let kind = self.kind.parse::<ExperienceKind>().ok();
        if kind.is_none() {
            err("kind", "required");
        }
        let short = |v: &str| v.trim().to_owned();
        let (role, place, country) = (short(&self.role), short(&self.place), short(&self.country));
        if role.is_empty() {
            err("role", "required");
        }
        for (field, v) in [("role", &role), ("place", &place), ("country", &country)] {
            if v.chars().count() > MAX_SHORT {
                err(field, "too-long");
            }
        }
        let start = Month::parse(&self.start);
        if self.start.trim().is_empty() {
            err("start", "required");
        } else if start.is_none() {
            err("start", "invalid-month");
        }
        let end = if self.end.trim().is_empty() {
            None
        } else {
            match Month::parse(&self.end) {
                Some(e) if start.is_some_and(|s| e < s) => {
                    err("end", "end-before-start");
                    None
                }
                Some(e) => Some(e),
                None => {
                    err("end", "invalid-month");
                    None
                }
            }
        };
        let tasks = self.tasks.replace("\r\n", "\n").trim().to_owned();
        if tasks.chars().count() > MAX_TASKS {
            err("tasks", "too-long");
        }
        match (kind, start) {
            (Some(kind), Some(start)) if errors.is_empty() => Ok(Experience {
                kind,
                role,
                place,
                country,
                start,
                end,
                tasks,
            }),
            _ => Err(AppError::Validation(errors)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ExperienceInput {
        ExperienceInput {
            kind: "work".into(),
            role: " Lagerarbetare ".into(),
            place: "ICA Lager, Göteborg".into(),
            country: "Sverige".into(),
            start: "2018-3".into(),
            end: "".into(),
            tasks: "Plock\r\noch pack".into(),
        }
    }

    #[test]
    fn a_good_experience_is_tidied() {
        let e = input().check().unwrap();
        assert_eq!(e.role, "Lagerarbetare");
        assert_eq!(e.start.to_string(), "2018-03");
        assert_eq!(e.end, None);
        assert_eq!(e.tasks, "Plock\noch pack");
    }

    #[test]
    fn every_problem_is_named() {
        let bad = ExperienceInput {
            kind: "war".into(),
            role: " ".into(),
            start: "2018-13".into(),
            end: "soon".into(),
            tasks: "x".repeat(MAX_TASKS + 1),
            ..Default::default()
        };
        let Err(AppError::Validation(errors)) = bad.check() else {
            panic!("accepted");
        };
        let fields: Vec<_> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert_eq!(
            fields,
            [
                ("kind", "required"),
                ("role", "required"),
                ("start", "invalid-month"),
                ("end", "invalid-month"),
                ("tasks", "too-long")
            ]
        );
    }

    #[test]
    fn an_end_before_the_start_is_refused() {
        let mut i = input();
        i.end = "2017-12".into();
        let Err(AppError::Validation(errors)) = i.check() else {
            panic!("accepted");
        };
        assert_eq!(errors[0].code, "end-before-start");
    }

    #[test]
    fn months_parse_and_order() {
        assert!(Month::parse("1899-01").is_none());
        assert!(Month::parse("2020-00").is_none());
        assert!(Month::parse("2020").is_none());
        assert!(Month::parse("2020-02").unwrap() < Month::parse("2020-11").unwrap());
    }
}
