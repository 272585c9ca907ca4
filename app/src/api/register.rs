//! Participants create their own account.
use crate::error::{AppError, FieldError};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterInput {
    pub name: String,
    pub email: String,
    pub password: String,
    #[serde(default)]
    pub locale: String,
}

pub const MIN_PASSWORD: usize = 10;
pub const MAX_PASSWORD: usize = 200;
pub const MAX_NAME: usize = 200;

impl RegisterInput {
    /// The checks the browser may run before sending; the server runs them again.
    pub fn check(&self) -> Result<(), AppError> {
        use validator::ValidateEmail;
        let mut errors = vec![];
        let mut err = |field: &str, code: &str| {
            errors.push(FieldError {
                field: field.into(),
                code: code.into(),
            })
        };
        let name = self.name.trim();
        if name.is_empty() {
            err("name", "required");
        } else if name.chars().count() > MAX_NAME {
            err("name", "too-long");
        }
        let email = self.email.trim();
        if email.is_empty() {
            err("email", "required");
        } else if email.len() > 254 || !email.validate_email() {
            err("email", "invalid-email");
        }
        let pw = self.password.chars().count();
        if pw < MIN_PASSWORD {
            err("password", "too-short");
        } else if pw > MAX_PASSWORD {
            err("password", "too-long");
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(errors))
        }
    }
}

#[server(prefix = "/api", endpoint = "register")]
pub async fn register(input: RegisterInput) -> Result<(), AppError> {
    use crate::auth;
    use crate::db;
    use crate::domain::Role;
    use crate::i18n::Locale;
    input.check()?;
    let st = auth::state()?;
    let locale = Locale::parse(&input.locale).unwrap_or_else(auth::request_locale);
    let hash = auth::hash_password(input.password).await?;
    let uid = db::users::create(
        &st.db,
        &input.email,
        input.name.trim(),
        &hash,
        Role::Participant,
        locale,
    )
    .await?
    .ok_or_else(|| AppError::Conflict("email-taken".into()))?;
    let token = db::sessions::create(&st.db, uid).await?;
    super::sign_in::start_session(&st, &token, locale)?;
    leptos_axum::redirect("/mappings");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, email: &str, pw: &str) -> RegisterInput {
        RegisterInput {
            name: name.into(),
            email: email.into(),
            password: pw.into(),
            locale: "sv".into(),
        }
    }

    #[test]
    fn a_good_registration_passes() {
        assert_eq!(
            input("Amal", "amal@example.se", "långt lösenord").check(),
            Ok(())
        );
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let e = input(" ", "not-an-email", "short").check().unwrap_err();
        let fields: Vec<_> = e
            .field_errors()
            .iter()
            .map(|f| (f.field.as_str(), f.code.as_str()))
            .collect();
        assert_eq!(
            fields,
            [
                ("name", "required"),
                ("email", "invalid-email"),
                ("password", "too-short")
            ]
        );
    }
}
