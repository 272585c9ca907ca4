//! Signing in with e-mail and password.
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SignInInput {
    pub email: String,
    pub password: String,
    /// Where to go once signed in (a path on this site), else the person's start page.
    #[serde(default)]
    pub next: String,
}

/// Set the session and language cookies on the response being built.
#[cfg(feature = "ssr")]
pub fn start_session(
    st: &crate::state::AppState,
    token: &str,
    locale: crate::i18n::Locale,
) -> Result<(), AppError> {
    use crate::auth::{set_cookie, SESSION_COOKIE};
    use axum::http::header::SET_COOKIE;
    let res = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
    let life = crate::db::sessions::ABSOLUTE.as_secs();
    if let Some(c) = set_cookie(SESSION_COOKIE, token, life, st.secure_cookies, true) {
        res.append_header(SET_COOKIE, c);
    }
    if let Some(c) = set_cookie(
        crate::i18n::COOKIE_NAME,
        locale.tag(),
        60 * 60 * 24 * 365,
        st.secure_cookies,
        false,
    ) {
        res.append_header(SET_COOKIE, c);
    }
    Ok(())
}

#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(input: SignInInput) -> Result<(), AppError> {
    use crate::auth;
    use crate::db;
    use crate::domain::Role;
    if input.email.len() > 254 || input.password.len() > 1024 {
        return Err(AppError::SignInFailed);
    }
    let st = auth::state()?;
    let keys = crate::throttle::Keys::for_request(&st, "sign-in", &input.email);
    keys.refuse_if_exceeded(&st.db).await?;
    let found = db::users::find_for_sign_in(&st.db, &input.email).await?;
    let (user, hash) = match found {
        Some((u, h)) => (Some(u), Some(h)),
        None => (None, None),
    };
    // One hash either way (against a stand-in when the address is unknown), so that a known
    // and an unknown address take the same time and get the same words.
    let right = auth::verify_password(input.password, hash).await;
    let user = match user {
        Some(u) if right => u,
        _ => {
            keys.note(&st.db).await?;
            return Err(AppError::SignInFailed);
        }
    };
    keys.succeeded(&st.db).await?;
    let token = db::sessions::create(&st.db, user.id).await?;
    start_session(&st, &token, user.locale)?;
    let start = Role::start_pages(&user.roles());
    let target = auth::own_path(&input.next)
        .filter(|p| *p != "/")
        .or(start.first().map(|(href, _)| *href))
        .unwrap_or("/");
    leptos_axum::redirect(target);
    Ok(())
}
