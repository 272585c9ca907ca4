//! A person's own account: their home municipality, their password, and signing out on every
//! device.
use super::register::MunicipalityChoice;
use crate::domain::OrganisationId;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// What the account page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccountView {
    pub name: String,
    pub email: String,
    /// The home municipality, for participants.
    pub home: Option<OrganisationId>,
    pub municipalities: Vec<MunicipalityChoice>,
}

#[server(prefix = "/api", endpoint = "account")]
pub async fn account() -> Result<AccountView, AppError> {
    let user = crate::auth::require_user().await?;
    let home = user.actor().home();
    let municipalities = if home.is_some() {
        super::register::municipalities().await?
    } else {
        vec![]
    };
    Ok(AccountView {
        name: user.name,
        email: user.email,
        home,
        municipalities,
    })
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HomeInput {
    #[serde(default)]
    pub municipality: String,
}

/// A participant moves their home to another of the region's municipalities.
#[server(prefix = "/api", endpoint = "change_home")]
pub async fn change_home(input: HomeInput) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::access::require_own(Kind::Membership, Action::Edit).await?;
    let st = crate::auth::state()?;
    let home: OrganisationId = input
        .municipality
        .parse()
        .map_err(|_| AppError::field("municipality", "required"))?;
    if !crate::db::organisations::set_home(&st.db, user.id, home).await? {
        return Err(AppError::field("municipality", "required"));
    }
    leptos_axum::redirect("/account?saved=home");
    Ok(())
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PasswordInput {
    #[serde(default)]
    pub current: String,
    #[serde(default)]
    pub new: String,
}

/// Change one's password: the current one first (counted like a sign-in), then the new one,
/// which ends every other session of the person.
#[server(prefix = "/api", endpoint = "change_password")]
pub async fn change_password(input: PasswordInput) -> Result<(), AppError> {
    use super::register::{MAX_PASSWORD, MIN_PASSWORD};
    use crate::auth;
    let user = auth::require_user().await?;
    let st = auth::state()?;
    let length = input.new.chars().count();
    if length < MIN_PASSWORD {
        return Err(AppError::field("new", "too-short"));
    }
    if length > MAX_PASSWORD || input.current.len() > 1024 {
        return Err(AppError::field("new", "too-long"));
    }
    let keys = crate::throttle::Keys::for_request(&st, "sign-in", &user.email);
    keys.refuse_if_exceeded(&st.db).await?;
    let stored = crate::db::users::find_for_sign_in(&st.db, &user.email)
        .await?
        .map(|(_, h)| h);
    if !auth::verify_password(input.current, stored).await {
        keys.note(&st.db).await?;
        return Err(AppError::field("current", "wrong-password"));
    }
    let hash = auth::hash_password(input.new).await?;
    crate::db::users::set_password(&st.db, user.id, &hash).await?;
    crate::db::sessions::delete_all_of(&st.db, user.id, auth::session_token().as_deref()).await?;
    leptos_axum::redirect("/account?saved=password");
    Ok(())
}

/// End every session of the person, this one included: a lost phone, a shared computer.
#[server(prefix = "/api", endpoint = "sign_out_everywhere")]
pub async fn sign_out_everywhere() -> Result<(), AppError> {
    use crate::auth::{self, set_cookie, SESSION_COOKIE};
    use axum::http::header::SET_COOKIE;
    let user = auth::require_user().await?;
    let st = auth::state()?;
    crate::db::sessions::delete_all_of(&st.db, user.id, None).await?;
    let res = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
    if let Some(c) = set_cookie(SESSION_COOKIE, "", 0, st.secure_cookies, true) {
        res.append_header(SET_COOKIE, c);
    }
    leptos_axum::redirect("/sign-in");
    Ok(())
}
