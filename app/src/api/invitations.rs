//! Invitations: an organisation's administrator invites someone, by e-mail address, to hold a
//! role in it. The invitation is a one-time link valid for seven days, mailed when the
//! installation has an SMTP server and otherwise shown to the administrator to pass on. The
//! person opens it and accepts: signed in to their account when they have one, else by making
//! one with the invited address.
use crate::domain::{OrganisationId, Role};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The roles an administrator invites people to (a participant registers themselves).
pub const INVITED_ROLES: [Role; 5] = [
    Role::Counsellor,
    Role::Coordinator,
    Role::Validator,
    Role::OrgAdmin,
    Role::InstallationAdmin,
];

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InviteInput {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub role: String,
}

/// The link of an invitation or a password link, as it is mailed or shown: the installation's
/// address and the path.
#[cfg(feature = "ssr")]
pub fn link(st: &crate::state::AppState, path: &str) -> String {
    let headers = use_context::<axum::http::request::Parts>()
        .map(|p| p.headers)
        .unwrap_or_default();
    format!("{}{path}", st.public_base(&headers))
}

/// The cookie that carries a link just made to the administrators' page, for a few minutes,
/// instead of the address bar (whence it would reach history and proxies' logs).
pub const MADE_LINK_COOKIE: &str = "kartla_made_link";

/// Keep `path` (`/invite/…`, `/reset-password/…`) for the administrators' page to show.
#[cfg(feature = "ssr")]
pub fn keep_made_link(st: &crate::state::AppState, path: &str) -> Result<(), AppError> {
    let res = use_context::<leptos_axum::ResponseOptions>().ok_or(AppError::Internal)?;
    if let Some(c) =
        crate::auth::set_cookie(MADE_LINK_COOKIE, path, 5 * 60, st.secure_cookies, true)
    {
        res.append_header(axum::http::header::SET_COOKIE, c);
    }
    Ok(())
}

/// Invite someone to a role in an organisation.
#[server(prefix = "/api", endpoint = "invite")]
pub async fn invite(input: InviteInput) -> Result<(), AppError> {
    use crate::db::{invitations, organisations};
    use crate::domain::policy::{Action, Facts, Kind};
    use crate::error::FieldError;
    use validator::ValidateEmail;
    // Whose roles invite anyone at all, before anything of the input is looked at.
    let (user, _) = crate::access::require_reach(Kind::Membership, Action::Create).await?;
    let st = crate::auth::state()?;
    let mut errors = vec![];
    let mut err = |field: &str, code: &str| {
        errors.push(FieldError {
            field: field.into(),
            code: code.into(),
        })
    };
    let email = input.email.trim();
    if email.is_empty() {
        err("email", "required");
    } else if email.len() > 254 || !email.validate_email() {
        err("email", "invalid-email");
    }
    let org = match input.organisation.parse::<OrganisationId>() {
        Ok(id) => organisations::find(&st.db, id).await?,
        Err(_) => None,
    };
    if org.is_none() {
        err("organisation", "required");
    }
    let role = input
        .role
        .parse::<Role>()
        .ok()
        .filter(|r| INVITED_ROLES.contains(r));
    match (role, &org) {
        (None, _) => err("role", "required"),
        (Some(r), Some(o)) if r.fits(o.kind).is_err() => err("role", "role-misfit"),
        _ => {}
    }
    let (Some(org), Some(role), true) = (org, role, errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let facts = Facts {
        organisation: Some(org.id),
        ..Facts::default()
    };
    crate::access::check(&user, Kind::Membership, Action::Create, &facts)?;
    // Only an installation administrator makes another: an organisation's administrator of the
    // region's office does not raise anyone above themselves.
    if role == Role::InstallationAdmin && !user.has(Role::InstallationAdmin) {
        return Err(AppError::Forbidden);
    }
    // Each invitation counts, so that no account sends mail without end.
    let keys = crate::throttle::Keys::for_request(&st, "invite", &user.email);
    keys.refuse_if_exceeded(&st.db).await?;
    keys.note(&st.db).await?;
    let email = crate::db::users::normalize_email(email);
    let token = invitations::create(&st.db, &email, org.id, role, user.id).await?;
    let url = link(&st, &format!("/invite/{token}"));
    let sent = match &st.mailer {
        Some(mailer) => {
            let (subject, body) = {
                let locale = crate::auth::request_locale();
                let role_key = role.message_key();
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("org", org.name.clone());
                args.set(
                    "role",
                    crate::i18n::translate_plain(locale, &role_key, None),
                );
                args.set("inviter", user.name.clone());
                args.set("link", url);
                args.set("days", 7);
                crate::mail::compose(locale, "mail-invite", &args)
            };
            mailer.send(&email, subject, body).await.is_ok()
        }
        None => false,
    };
    if sent {
        leptos_axum::redirect("/admin/people?saved=invited-sent");
    } else {
        // No mail (or it failed): the administrator passes the link on. The page shows it for a
        // few minutes; the database keeps only its hash.
        keep_made_link(&st, &format!("/invite/{token}"))?;
        let why = if st.mailer.is_some() {
            "not-sent"
        } else {
            "invited"
        };
        leptos_axum::redirect(&format!("/admin/people?saved={why}#made-link"));
    }
    Ok(())
}

/// Withdraw an invitation not yet accepted.
#[server(prefix = "/api", endpoint = "withdraw_invitation")]
pub async fn withdraw_invitation(id: i64, organisation: OrganisationId) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Facts, Kind};
    let user = crate::auth::require_user().await?;
    let facts = Facts {
        organisation: Some(organisation),
        ..Facts::default()
    };
    crate::access::check(&user, Kind::Membership, Action::Delete, &facts)?;
    let st = crate::auth::state()?;
    let may_installation_admin = user.has(Role::InstallationAdmin);
    if !crate::db::invitations::withdraw(&st.db, id, organisation, may_installation_admin).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/admin/people?saved=withdrawn");
    Ok(())
}

/// What the invitation page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationView {
    pub email: String,
    pub organisation: String,
    pub role: Role,
    /// The invited address has an account: accepting is done signed in to it.
    pub has_account: bool,
    /// The address of the person signed in now, if anyone is.
    pub signed_in_as: Option<String>,
}

/// Throttle keys for a link: the link itself and the client's address.
#[cfg(feature = "ssr")]
fn link_keys(st: &crate::state::AppState, what: &str, token: &str) -> crate::throttle::Keys {
    crate::throttle::Keys::for_request(st, what, token)
}

/// The invitation behind a link; "not found" when it is unknown, used, expired or withdrawn.
#[server(prefix = "/api", endpoint = "invitation")]
pub async fn invitation(token: String) -> Result<InvitationView, AppError> {
    use crate::db::{invitations, secret};
    let st = crate::auth::state()?;
    let keys = link_keys(&st, "invitation", &token);
    keys.refuse_if_exceeded(&st.db).await?;
    let open = if secret::looks_like_token(&token) {
        invitations::open(&st.db, &token).await?
    } else {
        None
    };
    let Some(open) = open else {
        keys.note(&st.db).await?;
        return Err(AppError::NotFound);
    };
    let signed_in_as = crate::auth::current_user().await?.map(|u| u.email);
    Ok(InvitationView {
        email: open.email,
        organisation: open.organisation_name,
        role: open.role,
        has_account: open.has_account.0,
        signed_in_as,
    })
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AcceptInput {
    #[serde(default)]
    pub token: String,
    /// For a new account: the person's name and password.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub password: String,
}

/// Accept an invitation: signed in, the role is added to the account; otherwise an account is
/// made with the invited address, the name and the password given, and signed in.
#[server(prefix = "/api", endpoint = "accept_invitation")]
pub async fn accept_invitation(input: AcceptInput) -> Result<(), AppError> {
    let st = crate::auth::state()?;
    let keys = link_keys(&st, "invitation", &input.token);
    keys.refuse_if_exceeded(&st.db).await?;
    let done = accept_checked(&st, input).await;
    if matches!(done, Err(AppError::Conflict(ref c)) if c == "invitation-gone") {
        keys.note(&st.db).await?;
    }
    done
}

#[cfg(feature = "ssr")]
async fn accept_checked(st: &crate::state::AppState, input: AcceptInput) -> Result<(), AppError> {
    use crate::db::{invitations, secret};
    {
        let gone = || AppError::Conflict("invitation-gone".into());
        if !secret::looks_like_token(&input.token) {
            return Err(gone());
        }
        let role = match crate::auth::current_user().await? {
            Some(user) => {
                match invitations::accept(&st.db, &input.token, user.id, &user.email).await? {
                    Ok((_, role)) => role,
                    Err(invitations::NotAccepted::OtherPerson) => {
                        return Err(AppError::Conflict("invitation-other-person".into()))
                    }
                    Err(_) => return Err(gone()),
                }
            }
            None => {
                let check = super::register::RegisterInput {
                    name: input.name.clone(),
                    // The address is the invitation's; only its shape is checked here.
                    email: "invited@example.se".into(),
                    password: input.password.clone(),
                    ..Default::default()
                };
                check.check_account()?;
                let locale = crate::auth::request_locale();
                let hash = crate::auth::hash_password(input.password).await?;
                let made = invitations::accept_with_new_account(
                    &st.db,
                    &input.token,
                    input.name.trim(),
                    &hash,
                    locale,
                )
                .await?;
                let (id, role) = match made {
                    Ok(m) => m,
                    Err(invitations::NotAccepted::HasAccount) => {
                        return Err(AppError::Conflict("invitation-sign-in".into()))
                    }
                    Err(_) => return Err(gone()),
                };
                let token = crate::db::sessions::create(&st.db, id).await?;
                super::sign_in::start_session(st, &token, locale)?;
                role
            }
        };
        let start = Role::start_pages(&[role]);
        leptos_axum::redirect(start.first().map_or("/", |(href, _)| href));
        Ok(())
    }
}
