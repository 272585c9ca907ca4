//! Saving one answer as it changes, for the autosave with JavaScript.
use crate::domain::{CriterionId, MappingId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveAnswerInput {
    pub mapping_id: MappingId,
    pub criterion_id: CriterionId,
    /// 1–5, or [`super::NOT_RELEVANT`]; none while unrated.
    #[serde(default)]
    pub rating: Option<u8>,
    #[serde(default)]
    pub text: String,
    /// The experiences the answer draws on (ids from the owner's merit portfolio).
    #[serde(default)]
    pub experiences: Vec<i64>,
    /// The evidence the answer points to (ids of the owner's evidence).
    #[serde(default)]
    pub evidence: Vec<i64>,
    /// "No evidence" (saknas).
    #[serde(default)]
    pub evidence_missing: bool,
    /// The fingerprint of the answer this change started from, so that a change made in
    /// another tab or on another device since is not silently overwritten.
    #[serde(default)]
    pub base: Option<String>,
}

/// What became of a save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SaveOutcome {
    /// Saved; the fingerprint to start the next change from.
    Saved { fingerprint: String },
    /// Not saved: the answer was changed elsewhere after `base`. This is what is stored now.
    ChangedElsewhere {
        fingerprint: String,
        rating: Option<u8>,
        text: String,
    },
}

#[server(prefix = "/api", endpoint = "save_answer")]
pub async fn save_answer(input: SaveAnswerInput) -> Result<SaveOutcome, AppError> {
    use crate::db::mappings::{self, AnswerWrite, Links};
    use crate::domain::KeptReason;
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    // Someone else's mapping looks the same as no mapping at all.
    let (owner, _) = mappings::owner_and_status(&st.db, input.mapping_id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The person, or a counsellor they let write in a guidance session.
    let record = crate::access::Record::mapping(
        &st.db,
        &user,
        crate::domain::policy::Kind::Answer,
        input.mapping_id,
        owner,
    )
    .await?;
    crate::access::check_person(&st.db, &user, crate::domain::policy::Action::Edit, record).await?;
    let own = user.id == owner;
    if !mappings::has_criterion(&st.db, input.mapping_id, input.criterion_id).await? {
        return Err(AppError::field(
            format!("criterion-{}", input.criterion_id),
            "unknown-criterion",
        ));
    }
    let (rating, not_relevant, text) =
        match super::parse_answer(input.criterion_id, input.rating, &input.text) {
            Ok(parsed) => parsed,
            Err(e) => {
                // Kept, so that the text survives even if the page is closed before it is
                // shortened.
                // (Only the person's own: a counsellor's text never takes the place of theirs.)
                if e.code == "too-long" && own {
                    mappings::keep_rejected(
                        &st.db,
                        input.mapping_id,
                        KeptReason::TooLong,
                        &[(input.criterion_id, input.text)],
                    )
                    .await?;
                }
                return Err(AppError::Validation(vec![e]));
            }
        };
    let write = AnswerWrite {
        criterion: input.criterion_id,
        rating,
        not_relevant,
        text,
        // What the person's file holds is theirs to change.
        evidence_missing: own.then_some(input.evidence_missing),
        base: input.base,
        by_owner: own,
    };
    let fingerprint = crate::domain::fingerprint(rating, not_relevant, write.text.as_str());
    let links = [Links {
        criterion: input.criterion_id,
        experiences: input.experiences,
        evidence: input.evidence,
    }];
    let links: &[Links] = if own { &links } else { &[] };
    let saved = mappings::save_answers(
        &st.db,
        input.mapping_id,
        std::slice::from_ref(&write),
        links,
    )
    .await?
    .ok_or_else(|| AppError::Conflict("not-editable".into()))?;
    if saved.conflicts.is_empty() {
        // Open guidance sessions on the mapping record who wrote, and their pages hear it.
        for session in
            crate::db::guidance::wrote(&st.db, input.mapping_id, user.id, input.criterion_id)
                .await?
        {
            st.live.announce(&st.db, session).await;
        }
    }
    Ok(match saved.conflicts.into_iter().next() {
        None => SaveOutcome::Saved { fingerprint },
        Some(stored) => SaveOutcome::ChangedElsewhere {
            fingerprint: stored.fingerprint(),
            rating: if stored.not_relevant {
                Some(super::NOT_RELEVANT)
            } else {
                stored.rating.map(crate::domain::Rating::value)
            },
            text: stored.text.as_str().to_owned(),
        },
    })
}
