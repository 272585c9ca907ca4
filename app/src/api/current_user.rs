//! Who is signed in, for the header and role-dependent pages.
use crate::domain::Role;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionUser {
    pub name: String,
    /// Every role the person holds somewhere, each once.
    pub roles: Vec<Role>,
    /// How long the session lasts unused, for the timeout warning.
    #[serde(default)]
    pub idle_seconds: u64,
}

#[server(prefix = "/api", endpoint = "current_user")]
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    Ok(crate::auth::current_user().await?.map(|u| SessionUser {
        roles: u.roles(),
        name: u.name,
        idle_seconds: crate::db::sessions::IDLE.as_secs(),
    }))
}

/// Keep the session going: being asked is use. `false` when there is no session any more.
#[server(prefix = "/api", endpoint = "extend_session")]
pub async fn extend_session() -> Result<bool, AppError> {
    Ok(crate::auth::current_user().await?.is_some())
}
