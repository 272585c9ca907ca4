//! "Who has seen my information": the signed-in person's own access log, and the
//! administrators' search of it (an organisation's administrator sees what their
//! organisation's people opened; the installation's administrators everything).
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

#[cfg(feature = "ssr")]
fn item(e: crate::db::access_log::Entry, with_email: bool) -> SeenByItem {
    SeenByItem {
        at: e.at,
        reader: if with_email {
            format!("{} ({})", e.reader_name, e.reader_email)
        } else {
            e.reader_name
        },
        role: e.role,
        organisation: e.organisation_name.unwrap_or_default(),
        what: e.what.as_str().to_owned(),
        record: e.record_id,
    }
}

#[server(prefix = "/api", endpoint = "my_access_log")]
pub async fn my_access_log() -> Result<Vec<SeenByItem>, AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::access::require_own(Kind::AuditEntry, Action::View).await?;
    let st = crate::auth::state()?;
    Ok(crate::db::access_log::for_person(&st.db, user.id)
        .await?
        .into_iter()
        .map(|e| item(e, false))
        .collect())
}

/// What an administrator's search found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResult {
    /// No account has the address searched for.
    pub unknown: bool,
    pub entries: Vec<SeenByItem>,
}

/// Who opened the information of the person with the e-mail address `person`: as far as the
/// policy lets the administrator see (their organisations' readers, or everyone's).
#[server(prefix = "/api", endpoint = "search_access_log")]
pub async fn search_access_log(person: String) -> Result<SearchResult, AppError> {
    use crate::domain::policy::{Action, Kind};
    let (_, scope) = crate::access::require_reach(Kind::AuditEntry, Action::View).await?;
    if person.len() > 254 {
        return Err(AppError::field("person", "invalid-email"));
    }
    let st = crate::auth::state()?;
    let Some(found) = crate::db::users::find_by_email(&st.db, &person).await? else {
        return Ok(SearchResult {
            unknown: !person.trim().is_empty(),
            entries: vec![],
        });
    };
    let entries = crate::db::access_log::for_person(&st.db, found.id)
        .await?
        .into_iter()
        .filter(|e| {
            scope.all
                || e.organisation_id
                    .is_some_and(|o| scope.organisations.contains(&o))
        })
        .map(|e| item(e, true))
        .collect();
    Ok(SearchResult {
        unknown: false,
        entries,
    })
}
