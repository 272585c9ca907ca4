//! Saving all answers of one section: the plain-form path, and "save and continue".
use crate::domain::{CriterionId, MappingId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerInput {
    pub criterion_id: CriterionId,
    #[serde(default)]
    pub rating: Option<u8>,
    #[serde(default)]
    pub text: String,
    /// Ticked experiences; none ticked means the answer draws on none.
    #[serde(default)]
    pub experiences: Vec<i64>,
    /// Ticked evidence.
    #[serde(default)]
    pub evidence: Vec<i64>,
    /// "No evidence" (saknas), ticked. A checkbox posts nothing when unticked.
    #[serde(default)]
    pub evidence_missing: Option<String>,
    /// The fingerprint of the answer as the page showed it (see `SaveAnswerInput::base`).
    #[serde(default)]
    pub base: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveSectionInput {
    pub mapping_id: MappingId,
    /// The section's number within the mapping (1-based).
    pub section: usize,
    #[serde(default)]
    pub answers: Vec<AnswerInput>,
    /// Saved from a guidance session's page, which it goes back to.
    #[serde(default)]
    pub session: Option<crate::domain::SessionId>,
}

#[server(prefix = "/api", endpoint = "save_section")]
pub async fn save_section(input: SaveSectionInput) -> Result<(), AppError> {
    use crate::error::FieldError;
    use crate::view_model::MappingView;
    let (user, record) = super::visible_as(
        input.mapping_id,
        crate::domain::policy::Kind::Answer,
        crate::domain::policy::Action::Edit,
    )
    .await?;
    // The person, or a counsellor they let write in a guidance session: the choice and the
    // text, never what the person's file holds.
    let own = user.id == record.person.id;
    let view = MappingView::from_record(&record, crate::i18n::Locale::BASE.tag(), true);
    let section = view.section(input.section).ok_or(AppError::NotFound)?;
    if !view.editable {
        return Err(AppError::Conflict("not-editable".into()));
    }
    // Valid answers are saved even when others are not, so nothing good is thrown away.
    use crate::db::mappings::{self, AnswerWrite, Links};
    use crate::domain::KeptReason;
    let mut good = vec![];
    let mut errors = vec![];
    let mut too_long = vec![];
    for a in &input.answers {
        if !section.criteria.iter().any(|c| c.id == a.criterion_id) {
            errors.push(FieldError {
                field: format!("criterion-{}", a.criterion_id),
                code: "unknown-criterion".into(),
            });
            continue;
        }
        match super::parse_answer(a.criterion_id, a.rating, &a.text) {
            Ok((rating, not_relevant, text)) => good.push(AnswerWrite {
                criterion: a.criterion_id,
                rating,
                not_relevant,
                text,
                evidence_missing: own.then_some(a.evidence_missing.is_some()),
                base: a.base.clone(),
                by_owner: own,
            }),
            Err(e) => {
                if e.code == "too-long" {
                    too_long.push((a.criterion_id, a.text.clone()));
                }
                errors.push(e)
            }
        }
    }
    let st = crate::auth::state()?;
    let links: Vec<_> = input
        .answers
        .iter()
        .filter(|a| section.criteria.iter().any(|c| c.id == a.criterion_id))
        .map(|a| Links {
            criterion: a.criterion_id,
            experiences: a.experiences.clone(),
            evidence: a.evidence.clone(),
        })
        .collect();
    let links = if own { links } else { vec![] };
    let saved = mappings::save_answers(&st.db, input.mapping_id, &good, &links)
        .await?
        .ok_or_else(|| AppError::Conflict("not-editable".into()))?;
    // Without JavaScript the page reloads after an error; keep what was typed so that the
    // person gets it back instead of losing it: text too long to save, and text that would
    // have overwritten a change made in another tab or on another device.
    // Only the person's own: a counsellor's text never takes the place of theirs.
    let too_long = if own { too_long } else { vec![] };
    mappings::keep_rejected(&st.db, input.mapping_id, KeptReason::TooLong, &too_long).await?;
    let mut changed_elsewhere = vec![];
    for stored in &saved.conflicts {
        if let Some(a) = good.iter().find(|a| a.criterion == stored.criterion_id) {
            changed_elsewhere.push((a.criterion, a.text.as_str().to_owned()));
            errors.push(FieldError {
                field: format!("answer-{}", a.criterion),
                code: "changed-elsewhere".into(),
            });
        }
    }
    if own {
        mappings::keep_rejected(
            &st.db,
            input.mapping_id,
            KeptReason::ChangedElsewhere,
            &changed_elsewhere,
        )
        .await?;
    }
    for a in good.iter().filter(|a| {
        !saved
            .conflicts
            .iter()
            .any(|c| c.criterion_id == a.criterion)
    }) {
        for session in
            crate::db::guidance::wrote(&st.db, input.mapping_id, user.id, a.criterion).await?
        {
            st.live.announce(&st.db, session).await;
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    if let Some(session) = input.session {
        leptos_axum::redirect(&format!(
            "{}&saved=1",
            super::guidance::SessionView::href(session, input.section)
        ));
        return Ok(());
    }
    let next = if input.section < view.section_count() {
        format!(
            "/mappings/{}/sections/{}",
            input.mapping_id,
            input.section + 1
        )
    } else {
        format!("/mappings/{}/check", input.mapping_id)
    };
    leptos_axum::redirect(&next);
    Ok(())
}
