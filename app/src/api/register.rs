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
    /// The id of the person's home municipality, from the list [`municipalities`] gives.
    #[serde(default)]
    pub municipality: String,
}

pub const MIN_PASSWORD: usize = 12;
pub const MAX_PASSWORD: usize = 200;
pub const MAX_NAME: usize = 200;

impl RegisterInput {
    /// The checks the browser may run before sending; the server runs them again.
    pub fn check(&self) -> Result<(), AppError> {
        self.checked(true)
    }

    /// The checks of an account without a home municipality (staff added by the command
    /// line): name, e-mail address, password.
    pub fn check_account(&self) -> Result<(), AppError> {
        self.checked(false)
    }

    fn checked(&self, with_home: bool) -> Result<(), AppError> {
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
        if with_home && self.municipality.trim().is_empty() {
            err("municipality", "required");
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

/// A municipality a person can choose as their home.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityChoice {
    pub id: crate::domain::OrganisationId,
    pub name: String,
}

/// The region's municipalities, by name, for registration and for changing one's home.
#[server(prefix = "/api", endpoint = "municipalities")]
pub async fn municipalities() -> Result<Vec<MunicipalityChoice>, AppError> {
    use crate::domain::OrgKind;
    let st = crate::auth::state()?;
    let mut all: Vec<MunicipalityChoice> =
        crate::db::organisations::of_kind(&st.db, OrgKind::Municipality)
            .await?
            .into_iter()
            .map(|o| MunicipalityChoice {
                id: o.id,
                name: o.name,
            })
            .collect();
    all.sort_by_key(|m| m.name.to_lowercase());
    Ok(all)
}

#[server(prefix = "/api", endpoint = "register")]
pub async fn register(input: RegisterInput) -> Result<(), AppError> {
    let st = crate::auth::state()?;
    // Refused registrations count (an address that has an account, a bad form), so that
    // nobody probes which addresses have an account.
    let keys = crate::throttle::Keys::for_request(&st, "register", &input.email);
    keys.refuse_if_exceeded(&st.db).await?;
    let made = register_checked(&st, input).await;
    if made.is_err() {
        keys.note(&st.db).await?;
    }
    made
}

#[cfg(feature = "ssr")]
async fn register_checked(
    st: &crate::state::AppState,
    input: RegisterInput,
) -> Result<(), AppError> {
    use crate::auth;
    use crate::db;
    use crate::domain::{OrgKind, OrganisationId};
    use crate::i18n::Locale;
    input.check()?;
    let unknown_home = || {
        AppError::Validation(vec![FieldError {
            field: "municipality".into(),
            code: "required".into(),
        }])
    };
    let home: OrganisationId = input.municipality.parse().map_err(|_| unknown_home())?;
    match db::organisations::find(&st.db, home).await? {
        Some(o) if o.kind == OrgKind::Municipality => {}
        _ => return Err(unknown_home()),
    }
    let locale = Locale::parse(&input.locale).unwrap_or_else(auth::request_locale);
    let hash = auth::hash_password(input.password).await?;
    let uid =
        db::users::create_participant(&st.db, &input.email, input.name.trim(), &hash, locale, home)
            .await?
            .ok_or_else(|| AppError::Conflict("email-taken".into()))?;
    let token = db::sessions::create(&st.db, uid).await?;
    super::sign_in::start_session(st, &token, locale)?;
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
            municipality: "1".into(),
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
        let mut bad = input(" ", "not-an-email", "short");
        bad.municipality = " ".into();
        let e = bad.check().unwrap_err();
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
                ("municipality", "required"),
                ("password", "too-short")
            ]
        );
    }
}
