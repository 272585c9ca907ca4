//! The follow-up statistics page's figures.
use crate::error::AppError;
use crate::stats_view::{StatsQuery, StatsView};
use leptos::prelude::*;

/// The figures the filters ask for, of an organisation whose statistics the reader may see
/// (their own; the region office's are the region's).
#[server(prefix = "/api", endpoint = "statistics")]
pub async fn statistics(query: StatsQuery) -> Result<StatsView, AppError> {
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    crate::stats_view::load(&st.db, &user, &query, st.stats_threshold, lang).await
}
