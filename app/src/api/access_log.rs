//! "Who has seen my information": the signed-in person's own access log.
use crate::domain::{Role, Timestamp};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One time someone opened the person's information.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeenByItem {
    pub at: Timestamp,
    pub reader: String,
    pub role: Role,
    /// The organisation the reader acted for.
    pub organisation: String,
    /// What was opened: `mapping`, `profile_pdf` or `evidence`.
    pub what: String,
    /// Which one: the mapping's or the evidence file's id.
    pub record: i64,
}

#[server(prefix = "/api", endpoint = "my_access_log")]
pub async fn my_access_log() -> Result<Vec<SeenByItem>, AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::access::require_own(Kind::AuditEntry, Action::View).await?;
    let st = crate::auth::state()?;
    Ok(crate::db::access_log::for_person(&st.db, user.id)
        .await?
        .into_iter()
        .map(|e| SeenByItem {
            at: e.at,
            reader: e.reader_name,
            role: e.role,
            organisation: e.organisation_name.unwrap_or_default(),
            what: e.what.as_str().to_owned(),
            record: e.record_id,
        })
        .collect())
}
