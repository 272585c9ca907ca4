//! "Forgot password": a person asks for a link by e-mail address and gets the same answer
//! whether an account has that address or not; when one does and the installation sends mail,
//! a one-time link valid for an hour is mailed to it. The link sets a new password and ends
//! every session of the account.
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Whether this installation mails links (else people ask an administrator).
#[server(prefix = "/api", endpoint = "mail_available")]
pub async fn mail_available() -> Result<bool, AppError> {
    Ok(crate::auth::state()?.mailer.is_some())
}

/// How many password links one account gets by mail within an hour.
pub const MAILS_AN_HOUR: i64 = 3;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ForgotInput {
    #[serde(default)]
    pub email: String,
}

/// Ask for a link to set a new password.
#[server(prefix = "/api", endpoint = "forgot_password")]
pub async fn forgot_password(input: ForgotInput) -> Result<(), AppError> {
    use validator::ValidateEmail;
    let st = crate::auth::state()?;
    let email = input.email.trim().to_owned();
    if email.is_empty() {
        return Err(AppError::field("email", "required"));
    }
    if email.len() > 254 || !email.validate_email() {
        return Err(AppError::field("email", "invalid-email"));
    }
    // Every request counts, so that nobody floods an address with mail.
    let keys = crate::throttle::Keys::for_request(&st, "forgot", &email);
    keys.refuse_if_exceeded(&st.db).await?;
    keys.note(&st.db).await?;
    if let Some(mailer) = st.mailer.clone() {
        let db = st.db.clone();
        let url = super::invitations::link(&st, "/reset-password/");
        // Looking the address up and mailing happen after the answer, so a known and an
        // unknown address take the same time.
        tokio::spawn(async move {
            // At most a few links an hour reach one address, however often it is asked.
            match crate::db::password_resets::create_capped(&db, &email, MAILS_AN_HOUR).await {
                Ok(Some(made)) => {
                    let (subject, body) = {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("link", format!("{url}{}", made.token));
                        args.set("minutes", 60);
                        crate::mail::compose(made.locale, "mail-reset", &args)
                    };
                    let _ = mailer.send(&made.email, subject, body).await;
                }
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "a password link could not be made"),
            }
        });
    }
    leptos_axum::redirect("/forgot-password?saved=asked");
    Ok(())
}

/// Whether a password link still works; "not found" when it is unknown, used or expired.
#[server(prefix = "/api", endpoint = "password_link")]
pub async fn password_link(token: String) -> Result<(), AppError> {
    let st = crate::auth::state()?;
    let keys = crate::throttle::Keys::for_request(&st, "password-link", &token);
    keys.refuse_if_exceeded(&st.db).await?;
    let open = crate::db::secret::looks_like_token(&token)
        && crate::db::password_resets::is_open(&st.db, &token).await?;
    if !open {
        keys.note(&st.db).await?;
        return Err(AppError::NotFound);
    }
    Ok(())
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NewPasswordInput {
    #[serde(default)]
    pub token: String,
    #[serde(default)]
    pub password: String,
}

/// Set a new password through a link.
#[server(prefix = "/api", endpoint = "set_new_password")]
pub async fn set_new_password(input: NewPasswordInput) -> Result<(), AppError> {
    use super::register::{MAX_PASSWORD, MIN_PASSWORD};
    let st = crate::auth::state()?;
    let keys = crate::throttle::Keys::for_request(&st, "password-link", &input.token);
    keys.refuse_if_exceeded(&st.db).await?;
    let length = input.password.chars().count();
    if length < MIN_PASSWORD {
        return Err(AppError::field("password", "too-short"));
    }
    if length > MAX_PASSWORD {
        return Err(AppError::field("password", "too-long"));
    }
    let gone = AppError::Conflict("password-link-gone".into());
    if !crate::db::secret::looks_like_token(&input.token) {
        keys.note(&st.db).await?;
        return Err(gone);
    }
    let hash = crate::auth::hash_password(input.password).await?;
    if crate::db::password_resets::set_password(&st.db, &input.token, &hash)
        .await?
        .is_none()
    {
        keys.note(&st.db).await?;
        return Err(gone);
    }
    leptos_axum::redirect("/sign-in?saved=password");
    Ok(())
}
