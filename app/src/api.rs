//! Server functions, one a file, each taking one input struct and checking on the server who
//! may do what. Forms post to them directly, so every one works without JavaScript.
pub mod access_log;
pub mod account;
pub mod admin_catalogue;
pub mod admin_people;
pub mod apply_import;
pub mod case;
pub mod case_moves;
pub mod catalogue_framework;
pub mod catalogue_list;
pub mod current_user;
pub mod directory;
pub mod discard_draft;
pub mod edit_framework;
pub mod evidence;
pub mod experiences;
pub mod gaps;
pub mod get_draft;
pub mod get_import;
pub mod get_mapping;
pub mod get_section;
pub mod guidance;
pub mod invitations;
pub mod list_frameworks;
pub mod list_my_mappings;
pub mod new_framework;
pub mod password_reset;
pub mod register;
pub mod save_answer;
pub mod save_draft;
pub mod save_goal;
pub mod save_section;
pub mod shares;
pub mod sign_in;
pub mod sign_out;
pub mod start_mapping;
pub mod statistics;
pub mod study_plan;
pub mod submit_mapping;
pub mod verify_print;

pub use admin_catalogue::admin_catalogue;
pub use catalogue_framework::catalogue_framework;
pub use catalogue_list::catalogue_list;
pub use current_user::{current_user, extend_session, SessionUser};
pub use evidence::{evidence_page, EvidencePageData};
pub use experiences::{experience_form, list_experiences, ExperienceFormData, ExperienceView};
pub use get_draft::{get_draft, DraftView};
pub use get_import::get_import;
pub use get_mapping::get_mapping;
pub use get_section::get_section;
pub use list_frameworks::{list_frameworks, FrameworkChoice, FrameworkChoices};
pub use list_my_mappings::{list_my_mappings, MappingListItem};
pub use register::{municipalities, register, MunicipalityChoice, RegisterInput};
pub use save_answer::{save_answer, SaveAnswerInput, SaveOutcome};
pub use save_section::{save_section, AnswerInput, SaveSectionInput};
pub use sign_in::{sign_in, SignInInput};
pub use sign_out::sign_out;
pub use start_mapping::{start_mapping, StartMappingInput};
pub use submit_mapping::{submit_mapping, SubmitInput};
pub use verify_print::verify_print;

/// The value the "not relevant for me" choice posts in the rating radio group.
pub const NOT_RELEVANT: u8 = 0;

/// One posted answer in domain types: the rating (none when unrated or not relevant), whether
/// it is "not relevant for me", and the text.
pub type ParsedAnswer = (
    Option<crate::domain::Rating>,
    bool,
    crate::domain::AnswerText,
);

/// Parse one posted answer into domain types, naming the field when it is wrong.
pub fn parse_answer(
    criterion: crate::domain::CriterionId,
    rating: Option<u8>,
    text: &str,
) -> Result<ParsedAnswer, crate::error::FieldError> {
    use crate::domain::{AnswerText, Rating};
    use crate::error::FieldError;
    let not_relevant = rating == Some(NOT_RELEVANT);
    let rating = rating
        .filter(|r| *r != NOT_RELEVANT)
        .map(Rating::try_from)
        .transpose()
        .map_err(|_| FieldError {
            field: format!("rating-{criterion}"),
            code: "invalid-rating".into(),
        })?;
    let text = AnswerText::parse(text).map_err(|_| FieldError {
        field: format!("answer-{criterion}"),
        code: "too-long".into(),
    })?;
    Ok((rating, not_relevant, text))
}

#[cfg(feature = "ssr")]
/// Load a mapping that the signed-in user may do `action` to, as the access policy decides.
/// Someone whose roles do not reach it learns only that there is no such mapping.
pub async fn visible_mapping(
    id: crate::domain::MappingId,
    action: crate::domain::policy::Action,
) -> Result<(crate::db::users::UserRow, crate::domain::MappingRecord), crate::error::AppError> {
    visible_as(id, crate::domain::policy::Kind::Mapping, action).await
}

/// The same, asking the policy about `kind` of the mapping (its answers, say).
#[cfg(feature = "ssr")]
pub async fn visible_as(
    id: crate::domain::MappingId,
    kind: crate::domain::policy::Kind,
    action: crate::domain::policy::Action,
) -> Result<(crate::db::users::UserRow, crate::domain::MappingRecord), crate::error::AppError> {
    use crate::error::AppError;
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    // Who may see it is decided before anything else of the mapping is read.
    let (owner, status) = crate::db::mappings::owner_and_status(&st.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record = crate::access::Record::mapping(&st.db, &user, kind, id, owner).await?;
    crate::access::check_person(&st.db, &user, action, record).await?;
    let record = crate::db::mappings::load_with(&st.db, &st.published, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // It may have changed hands or status in between.
    if (record.person.id, record.status) != (owner, status) {
        return Err(AppError::NotFound);
    }
    Ok((user, record))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CriterionId;

    #[test]
    fn a_rating_out_of_range_names_its_field() {
        let e = parse_answer(CriterionId(4), Some(9), "").unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.code.as_str()),
            ("rating-4", "invalid-rating")
        );
    }

    #[test]
    fn zero_means_not_relevant_and_carries_no_rating() {
        let (rating, not_relevant, _) = parse_answer(CriterionId(4), Some(0), "").unwrap();
        assert_eq!((rating, not_relevant), (None, true));
        let (rating, not_relevant, _) = parse_answer(CriterionId(4), Some(2), "").unwrap();
        assert_eq!(
            (rating, not_relevant),
            (Some(crate::domain::Rating::SomeExperience), false)
        );
    }

    #[test]
    fn an_oversized_text_names_its_field() {
        let long = "x".repeat(crate::domain::mapping::MAX_ANSWER_CHARS + 1);
        let e = parse_answer(CriterionId(4), Some(3), &long).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.code.as_str()),
            ("answer-4", "too-long")
        );
    }
}
