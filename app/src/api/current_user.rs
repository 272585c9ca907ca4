//! Who is signed in, for the header and role-dependent pages.
use crate::domain::Role;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionUser {
    pub name: String,
    pub role: Role,
}

#[server(prefix = "/api", endpoint = "current_user")]
pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
    Ok(crate::auth::current_user().await?.map(|u| SessionUser {
        name: u.name,
        role: u.role,
    }))
}
