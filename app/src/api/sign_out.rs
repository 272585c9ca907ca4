//! Signing out ends the session on the server, not only in the browser.
use crate::error::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::auth::{self, set_cookie, SESSION_COOKIE};
    use axum::http::header::SET_COOKIE;
    let st = auth::state()?;
    if let Some(token) = auth::session_token() {
        crate::db::sessions::delete(&st.db, &token).await?;
    }
    let res = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
    if let Some(c) = set_cookie(SESSION_COOKIE, "", 0, st.secure_cookies, true) {
        res.append_header(SET_COOKIE, c);
    }
    leptos_axum::redirect("/");
    Ok(())
}
