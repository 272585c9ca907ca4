//! The evidence page's server functions. Uploads and downloads are plain routes (multipart in,
//! files out) in the server crate; both check access there as these check it here.
use crate::error::AppError;
use crate::view_model::{EvidenceView, PortfolioView};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Everything the evidence page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidencePageData {
    pub items: Vec<EvidenceView>,
    /// The owner's experiences, to tick which ones a new file belongs to.
    pub experiences: Vec<PortfolioView>,
    /// What the upload form held when the last upload was refused.
    pub draft_title: String,
    pub draft_experiences: Vec<i64>,
}

#[server(prefix = "/api", endpoint = "evidence_page")]
pub async fn evidence_page() -> Result<EvidencePageData, AppError> {
    use crate::db::{evidence, experiences};
    let user = crate::access::require_own(
        crate::domain::policy::Kind::Evidence,
        crate::domain::policy::Action::View,
    )
    .await?;
    let st = crate::auth::state()?;
    let items = evidence::list(&st.db, user.id)
        .await?
        .iter()
        .map(EvidenceView::from)
        .collect();
    let experiences = experiences::list(&st.db, user.id)
        .await?
        .into_iter()
        .map(|r| PortfolioView {
            id: r.id,
            role: r.experience.role,
            place: r.experience.place,
            start: r.experience.start.to_string(),
            end: r.experience.end.map(|m| m.to_string()).unwrap_or_default(),
        })
        .collect();
    let draft = evidence::draft(&st.db, user.id).await?.unwrap_or_default();
    Ok(EvidencePageData {
        items,
        experiences,
        draft_title: draft.title,
        draft_experiences: draft.experiences,
    })
}

/// Delete one of the signed-in person's files; anyone else's is "not found".
#[server(prefix = "/api", endpoint = "delete_evidence")]
pub async fn delete_evidence(id: i64) -> Result<(), AppError> {
    let user = crate::access::require_own(
        crate::domain::policy::Kind::Evidence,
        crate::domain::policy::Action::Delete,
    )
    .await?;
    let st = crate::auth::state()?;
    if !crate::db::evidence::delete(&st.db, user.id, id).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/evidence?deleted=1");
    Ok(())
}
