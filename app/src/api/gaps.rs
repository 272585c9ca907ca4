//! The gap analysis of one mapping, for its person: per framework what they master, partly
//! master and what remains, and what the same knowledge covers of other courses and
//! occupations in the catalogue.
use crate::domain::gaps::{Coverage, FrameworkGap};
use crate::domain::MappingId;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GapView {
    pub frameworks: Vec<FrameworkGap>,
    /// The frameworks most covered first; at most [`MAX_COVERAGE`].
    pub coverage: Vec<Coverage>,
}

/// How many other frameworks the overview lists.
pub const MAX_COVERAGE: usize = 8;

#[server(prefix = "/api", endpoint = "gap_analysis")]
pub async fn gap_analysis(mapping_id: MappingId) -> Result<GapView, AppError> {
    use crate::db::{cases, frameworks};
    use crate::domain::gaps::{analyse, coverage};
    let (_, record) =
        super::visible_mapping(mapping_id, crate::domain::policy::Action::View).await?;
    let st = crate::auth::state()?;
    // Handed in: what was handed in last, with the validator's judgements of it.
    let (record, judgements) = cases::assessed(&st.db, &st.published, record).await?;
    let ids: Vec<_> = frameworks::list_current(&st.db)
        .await?
        .into_iter()
        .map(|f| f.id)
        .collect();
    let mut conn = st.db.acquire().await?;
    let catalogue: Vec<_> = st
        .published
        .get(&mut conn, &ids)
        .await?
        .iter()
        .map(|f| crate::domain::Framework::clone(f))
        .collect();
    let mut covered = coverage(&record, &judgements, &catalogue);
    covered.truncate(MAX_COVERAGE);
    Ok(GapView {
        frameworks: analyse(&record, &judgements),
        coverage: covered,
    })
}
