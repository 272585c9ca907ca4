//! The participant hands the mapping in for assessment: it becomes a case of the organisation
//! responsible for it (the first time), or goes back to its staff after additions.
use crate::domain::{MappingId, OrganisationId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmitInput {
    pub mapping_id: MappingId,
    /// The provider chosen, when several assess the occupation.
    #[serde(default)]
    pub provider: String,
}

/// Where a mapping goes when handed in, shown before handing it in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandInTo {
    /// The organisation it goes to (its case's, once it has one); none until the person
    /// chooses, or when they have no home municipality.
    pub goes_to: Option<String>,
    /// The providers to choose between, with the one chosen.
    pub choices: Vec<(OrganisationId, String)>,
    pub chosen: Option<OrganisationId>,
    /// The person has no home municipality to hand it in to.
    pub no_home: bool,
}

#[server(prefix = "/api", endpoint = "hand_in_target")]
pub async fn hand_in_target(mapping_id: MappingId) -> Result<HandInTo, AppError> {
    use crate::db::{cases, organisations};
    use crate::domain::case::RouteProblem;
    let _ = super::visible_mapping(mapping_id, crate::domain::policy::Action::HandIn).await?;
    let st = crate::auth::state()?;
    let name = |id: OrganisationId| {
        let db = st.db.clone();
        async move {
            Ok::<_, AppError>(
                organisations::find(&db, id)
                    .await?
                    .map(|o| o.name)
                    .unwrap_or_default(),
            )
        }
    };
    if let Some(case) = cases::of_mapping(&st.db, mapping_id).await? {
        return Ok(HandInTo {
            goes_to: Some(name(case.organisation_id).await?),
            choices: vec![],
            chosen: None,
            no_home: false,
        });
    }
    let d = cases::destination(&st.db, &st.published, mapping_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut choices = vec![];
    if d.providers.len() > 1 {
        for p in &d.providers {
            choices.push((*p, name(*p).await?));
        }
    }
    Ok(HandInTo {
        goes_to: match d.route {
            Ok(org) => Some(name(org).await?),
            Err(_) => None,
        },
        choices,
        chosen: d.chosen,
        no_home: d.route == Err(RouteProblem::NoHome),
    })
}

#[server(prefix = "/api", endpoint = "submit_mapping")]
pub async fn submit_mapping(input: SubmitInput) -> Result<(), AppError> {
    use crate::db::cases::{self, CaseError};
    use crate::domain::case::RouteProblem;
    use crate::domain::mapping::Incomplete;
    use crate::error::FieldError;
    let provider = match input.provider.trim() {
        "" => None,
        p => Some(
            p.parse::<OrganisationId>()
                .map_err(|_| AppError::field("provider", "invalid"))?,
        ),
    };
    let (user, record) =
        super::visible_mapping(input.mapping_id, crate::domain::policy::Action::HandIn).await?;
    if !record.status.editable_by_owner() {
        return Err(AppError::Conflict("already-submitted".into()));
    }
    let missing = record.missing_for_submission();
    if !missing.is_empty() {
        return Err(AppError::Validation(
            missing
                .into_iter()
                .map(|m| match m {
                    Incomplete::NotRated(c) => FieldError {
                        field: format!("criterion-{c}"),
                        code: "not-rated".into(),
                    },
                    Incomplete::NoDescription(c) => FieldError {
                        field: format!("criterion-{c}"),
                        code: "no-description".into(),
                    },
                })
                .collect(),
        ));
    }
    let st = crate::auth::state()?;
    if provider.is_some() {
        // Only a provider the person could choose is kept; handing in checks it again.
        let d = cases::destination(&st.db, &st.published, input.mapping_id)
            .await?
            .ok_or(AppError::NotFound)?;
        if !provider.is_some_and(|p| d.providers.contains(&p)) {
            return Err(AppError::field("provider", "invalid"));
        }
        cases::choose_provider(&st.db, input.mapping_id, provider).await?;
    }
    match cases::hand_in(&st.db, &st.published, input.mapping_id, user.id).await {
        Ok(_) => {}
        Err(CaseError::Illegal(_)) => return Err(AppError::Conflict("already-submitted".into())),
        Err(CaseError::NotFound) => return Err(AppError::NotFound),
        Err(CaseError::Route(RouteProblem::NoHome)) => {
            return Err(AppError::Conflict("no-home".into()))
        }
        Err(CaseError::Route(_)) => return Err(AppError::field("provider", "required")),
        Err(CaseError::Db(e)) => return Err(e.into()),
        Err(CaseError::NotListed | CaseError::Refused(_)) => return Err(AppError::Internal),
    }
    leptos_axum::redirect(&format!("/mappings/{}", input.mapping_id));
    Ok(())
}
