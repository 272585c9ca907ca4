//! The individual study plan of a mapping: read and written by its person and by a counsellor
//! it is shared with, filled from the gap analysis, every change recorded; printed as a PDF at
//! `/mappings/{id}/study-plan.pdf`.
use crate::domain::study_plan::PlanInput;
use crate::domain::{FrameworkId, MappingId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A course in the plan (or to choose from), in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseLine {
    pub framework: FrameworkId,
    pub code: String,
    pub title: String,
    pub points: u32,
}

/// A recorded change, as said to the reader: the message and its arguments' values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeLine {
    pub who: String,
    pub at: crate::domain::Timestamp,
    pub key: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyPlanView {
    pub mapping: MappingId,
    pub person: String,
    pub mapping_title: String,
    pub goal: String,
    /// Percent of full time.
    pub pace: u8,
    pub start: Option<String>,
    pub courses: Vec<CourseLine>,
    pub total_points: u32,
    /// Courses of the mapping not yet fully met (the gap analysis), not planned yet.
    pub suggested: Vec<CourseLine>,
    /// Every course of the catalogue, to add.
    pub catalogue: Vec<CourseLine>,
    pub history: Vec<ChangeLine>,
    pub editable: bool,
    /// The plan as the form shows it (JSON), posted back so that two people's changes made
    /// at once are merged instead of the later overwriting the earlier.
    pub base: String,
}

/// Points a course is planned with when the catalogue does not say (a common course size).
pub const DEFAULT_POINTS: u32 = 100;

/// The plan and what it is made of, when `user` may read it.
#[cfg(feature = "ssr")]
pub async fn load(
    db: &crate::db::Db,
    published: &crate::db::frameworks::Published,
    user: &crate::db::users::UserRow,
    mapping: MappingId,
    lang: &str,
) -> Result<StudyPlanView, AppError> {
    use crate::db::{cases, frameworks, study_plans};
    use crate::domain::policy::{Action, Kind};
    use crate::domain::study_plan::{suggested, Change};
    use crate::domain::FrameworkKind;
    if crate::domain::policy::scope(&user.actor(), Kind::StudyPlan, Action::View).is_empty() {
        return Err(AppError::Forbidden);
    }
    let (owner, _) = crate::db::mappings::owner_and_status(db, mapping)
        .await?
        .ok_or(AppError::NotFound)?;
    let record = crate::access::Record::mapping(db, user, Kind::StudyPlan, mapping, owner).await?;
    crate::access::check_person(db, user, Action::View, record.clone()).await?;
    let editable = crate::access::check_person(db, user, Action::Edit, record)
        .await
        .is_ok();
    let mapping_record = crate::db::mappings::load_with(db, published, mapping)
        .await?
        .ok_or(AppError::NotFound)?;
    let (assessed, judgements) = cases::assessed(db, published, mapping_record.clone()).await?;
    let plan = study_plans::load(db, mapping).await?.unwrap_or_default();
    let courses_of_catalogue: Vec<_> = frameworks::list_current(db)
        .await?
        .into_iter()
        .filter(|f| f.kind == FrameworkKind::Course)
        .collect();
    let title_of = |id: FrameworkId| -> (String, String) {
        courses_of_catalogue
            .iter()
            .find(|f| f.id == id)
            .map(|f| (f.code.clone(), f.title.resolve(lang).0.to_owned()))
            .or_else(|| {
                mapping_record
                    .frameworks
                    .iter()
                    .find(|f| f.id == id)
                    .map(|f| (f.code.clone(), f.title.resolve(lang).0.to_owned()))
            })
            .unwrap_or_else(|| (id.to_string(), String::new()))
    };
    let line = |id: FrameworkId, points: u32| {
        let (code, title) = title_of(id);
        CourseLine {
            framework: id,
            code,
            title,
            points,
        }
    };
    let gaps = crate::domain::gaps::analyse(&assessed, &judgements);
    let history = study_plans::history(db, mapping)
        .await?
        .into_iter()
        .map(|r| {
            let (key, value) = match r.change.0 {
                Change::Goal => ("plan-change-goal", String::new()),
                Change::Pace(p) => ("plan-change-pace", p.percent().to_string()),
                Change::Start(d) => (
                    "plan-change-start",
                    d.map(|d| d.to_string()).unwrap_or_else(|| "–".into()),
                ),
                Change::Added(f) => ("plan-change-added", title_of(f).1),
                Change::Removed(f) => ("plan-change-removed", title_of(f).1),
                Change::Points(f, p) => ("plan-change-points", format!("{} {p}", title_of(f).1)),
                Change::Order => ("plan-change-order", String::new()),
            };
            ChangeLine {
                who: r.author_name,
                at: r.at,
                key: key.into(),
                value,
            }
        })
        .collect();
    Ok(StudyPlanView {
        mapping,
        person: mapping_record.person.name.clone(),
        mapping_title: mapping_record
            .frameworks
            .iter()
            .map(|f| f.title.resolve(lang).0.to_owned())
            .collect::<Vec<_>>()
            .join(", "),
        goal: plan.goal.clone(),
        pace: plan.pace.percent(),
        start: plan.start.map(|d| d.to_string()),
        courses: plan
            .courses
            .iter()
            .map(|c| line(c.framework, c.points))
            .collect(),
        total_points: plan.total_points(),
        suggested: suggested(&gaps, &plan)
            .into_iter()
            .map(|f| line(f, DEFAULT_POINTS))
            .collect(),
        catalogue: courses_of_catalogue
            .iter()
            .map(|f| line(f.id, DEFAULT_POINTS))
            .collect(),
        history,
        editable,
        base: serde_json::to_string(&plan).unwrap_or_default(),
    })
}

#[server(prefix = "/api", endpoint = "get_study_plan")]
pub async fn get_study_plan(mapping_id: MappingId) -> Result<StudyPlanView, AppError> {
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    load(&st.db, &st.published, &user, mapping_id, lang.tag()).await
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavePlanInput {
    pub mapping_id: MappingId,
    #[serde(default)]
    pub plan: PlanInput,
    /// The plan the form was filled from (see [`StudyPlanView::base`]).
    #[serde(default)]
    pub base: String,
}

/// Save the plan as the form says; every field that is wrong is named, nothing is saved then.
#[server(prefix = "/api", endpoint = "save_study_plan")]
pub async fn save_study_plan(input: SavePlanInput) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let plan = input.plan.parse().map_err(|wrong| {
        AppError::Validation(
            wrong
                .into_iter()
                .map(|(field, code)| crate::error::FieldError {
                    field,
                    code: code.into(),
                })
                .collect(),
        )
    })?;
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    if crate::domain::policy::scope(&user.actor(), Kind::StudyPlan, Action::Edit).is_empty() {
        return Err(AppError::Forbidden);
    }
    let (owner, _) = crate::db::mappings::owner_and_status(&st.db, input.mapping_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record =
        crate::access::Record::mapping(&st.db, &user, Kind::StudyPlan, input.mapping_id, owner)
            .await?;
    crate::access::check_person(&st.db, &user, Action::Edit, record).await?;
    // Only courses of the catalogue.
    let courses: Vec<FrameworkId> = crate::db::frameworks::list_current(&st.db)
        .await?
        .into_iter()
        .filter(|f| f.kind == crate::domain::FrameworkKind::Course)
        .map(|f| f.id)
        .collect();
    if let Some(i) = plan
        .courses
        .iter()
        .position(|c| !courses.contains(&c.framework))
    {
        return Err(AppError::field(format!("course-{i}"), "unknown-framework"));
    }
    // A base that does not read is no base: the plan is saved as posted.
    let base: Option<crate::domain::study_plan::StudyPlan> = serde_json::from_str(&input.base).ok();
    crate::db::study_plans::save(&st.db, input.mapping_id, user.id, base.as_ref(), &plan).await?;
    leptos_axum::redirect(&format!(
        "/mappings/{}/study-plan?saved=1",
        input.mapping_id
    ));
    Ok(())
}
