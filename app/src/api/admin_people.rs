//! Administering organisations and their people: an organisation's administrators see and end
//! the roles held in it; the installation's administrators do so for every organisation and
//! add organisations.
use crate::domain::{OrgKind, OrganisationId, Role, UserId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberView {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrganisationPeople {
    pub id: OrganisationId,
    pub kind: OrgKind,
    pub code: String,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub staff: Vec<MemberView>,
    /// The person may change the name and contact details.
    pub may_edit: bool,
    /// For a provider, when the person may change it: the municipalities it serves.
    pub serves: Option<Vec<OrganisationId>>,
    /// The person may invite people to this organisation.
    pub may_invite: bool,
    /// Invitations not yet accepted.
    pub pending: Vec<PendingView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PendingView {
    pub id: i64,
    pub email: String,
    pub role: Role,
    /// When it runs out, as `YYYY-MM-DD`.
    pub expires: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeopleView {
    /// The person may add organisations (an installation administrator).
    pub may_add: bool,
    pub organisations: Vec<OrganisationPeople>,
    /// The roles the person may invite people to.
    pub invited_roles: Vec<Role>,
    /// The start of the links of invitations (`https://kartla.example.se`).
    pub link_base: String,
    /// The region's municipalities, for the boxes of the municipalities a provider serves.
    pub municipalities: Vec<(OrganisationId, String)>,
    /// The person may make links to set a new password for their organisations' people.
    pub may_make_password_links: bool,
    /// A link the person made in the last minutes and did not have mailed, to pass on.
    pub made_link: Option<String>,
}

#[server(prefix = "/api", endpoint = "admin_people")]
pub async fn admin_people() -> Result<PeopleView, AppError> {
    use crate::db::organisations;
    use crate::domain::policy::{self, Action, Kind};
    // Only the memberships the policy reaches beyond the person's own: their organisations,
    // or all of them.
    let (user, scope) = crate::access::require_reach(Kind::Membership, Action::View).await?;
    let st = crate::auth::state()?;
    let staff = organisations::staff(&st.db).await?;
    let pending = crate::db::invitations::pending(&st.db).await?;
    let serves = organisations::serves(&st.db).await?;
    let actor = user.actor();
    let edits_all = policy::scope(&actor, Kind::Organisation, Action::Edit).all;
    let mut municipalities = vec![];
    let mut out = vec![];
    for o in organisations::list(&st.db).await? {
        if o.kind == OrgKind::Municipality {
            municipalities.push((o.id, o.name.clone()));
        }
        if !scope.all && !scope.organisations.contains(&o.id) {
            continue;
        }
        let staff = staff
            .iter()
            .filter(|m| m.organisation_id == o.id)
            .map(|m| MemberView {
                user_id: m.user_id,
                name: m.name.clone(),
                email: m.email.clone(),
                role: m.role,
            })
            .collect();
        let facts = policy::Facts {
            organisation: Some(o.id),
            ..policy::Facts::default()
        };
        let may_invite = policy::decide(&actor, Kind::Membership, Action::Create, &facts)
            == policy::Decision::Allow;
        let may_edit = policy::decide(&actor, Kind::Organisation, Action::Edit, &facts)
            == policy::Decision::Allow;
        let served = (edits_all && o.kind == OrgKind::Provider).then(|| {
            serves
                .iter()
                .filter(|(p, _)| *p == o.id)
                .map(|(_, m)| *m)
                .collect()
        });
        let pending = pending
            .iter()
            .filter(|p| p.organisation_id == o.id)
            .map(|p| PendingView {
                id: p.id,
                email: p.email.clone(),
                role: p.role,
                expires: p.expires_at.date(),
            })
            .collect();
        out.push(OrganisationPeople {
            id: o.id,
            kind: o.kind,
            code: o.code.to_string(),
            name: o.name,
            email: o.email,
            phone: o.phone,
            staff,
            may_edit,
            serves: served,
            may_invite,
            pending,
        });
    }
    let may_add = policy::scope(&actor, Kind::Organisation, Action::Create).all;
    let invited_roles = super::invitations::INVITED_ROLES
        .into_iter()
        .filter(|r| *r != Role::InstallationAdmin || actor.has(Role::InstallationAdmin))
        .collect();
    Ok(PeopleView {
        may_add,
        organisations: out,
        invited_roles,
        link_base: super::invitations::link(&st, ""),
        municipalities,
        made_link: use_context::<axum::http::request::Parts>()
            .and_then(|p| {
                crate::auth::cookie_value(&p.headers, super::invitations::MADE_LINK_COOKIE)
            })
            .and_then(|path| {
                let token = path
                    .strip_prefix("/invite/")
                    .or_else(|| path.strip_prefix("/reset-password/"))?;
                crate::db::secret::looks_like_token(token).then(|| path.clone())
            })
            .map(|path| super::invitations::link(&st, &path)),
        may_make_password_links: policy::scope(&actor, Kind::Membership, Action::Edit)
            .reaches_organisations(),
    })
}

/// End a role a person holds in an organisation.
#[server(prefix = "/api", endpoint = "end_membership")]
pub async fn end_membership(
    user_id: UserId,
    organisation: OrganisationId,
    role: Role,
) -> Result<(), AppError> {
    use crate::domain::policy::Action;
    administers(Action::Delete, organisation, role).await?;
    let st = crate::auth::state()?;
    if !crate::db::organisations::end(&st.db, user_id, organisation, role).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/admin/people?saved=ended");
    Ok(())
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OrganisationInput {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
}

/// Add an organisation to the region.
#[server(prefix = "/api", endpoint = "add_organisation")]
pub async fn add_organisation(input: OrganisationInput) -> Result<(), AppError> {
    use crate::db::organisations::{self, NotAdded};
    use crate::domain::policy::{Action, Kind};
    use crate::domain::OrgCode;
    use crate::error::FieldError;
    crate::access::require_all(Kind::Organisation, Action::Create).await?;
    let mut errors = vec![];
    let kind = input.kind.parse::<OrgKind>().ok();
    if kind.is_none() {
        errors.push(FieldError {
            field: "kind".into(),
            code: "required".into(),
        });
    }
    let code = OrgCode::parse(&input.code).ok();
    if code.is_none() {
        errors.push(FieldError {
            field: "code".into(),
            code: "bad-org-code".into(),
        });
    }
    let details = checked_details(&input.name, &input.email, &input.phone, &mut errors);
    let (Some(kind), Some(code), true) = (kind, code, errors.is_empty()) else {
        return Err(AppError::Validation(errors));
    };
    let st = crate::auth::state()?;
    match organisations::add(&st.db, kind, &code, &details).await? {
        Ok(_) => {}
        Err(NotAdded::CodeTaken) => return Err(AppError::field("code", "code-taken")),
        Err(NotAdded::RegionExists) => return Err(AppError::field("kind", "region-exists")),
    }
    leptos_axum::redirect("/admin/people?saved=added");
    Ok(())
}

/// An organisation's name and contact details, checked: every problem is added to `errors`.
#[cfg(feature = "ssr")]
fn checked_details(
    name: &str,
    email: &str,
    phone: &str,
    errors: &mut Vec<crate::error::FieldError>,
) -> crate::db::organisations::Details {
    let name = name.trim();
    if name.is_empty() {
        errors.push(crate::error::FieldError {
            field: "name".into(),
            code: "required".into(),
        });
    }
    if name.chars().any(char::is_control) {
        errors.push(crate::error::FieldError {
            field: "name".into(),
            code: "control-characters".into(),
        });
    }
    if name.chars().count() > 200 {
        errors.push(crate::error::FieldError {
            field: "name".into(),
            code: "too-long".into(),
        });
    }
    let (email, phone) = checked_contact(email, phone, errors);
    crate::db::organisations::Details {
        name: name.to_owned(),
        email,
        phone,
    }
}

/// A contact e-mail address and telephone number as typed, trimmed, or what is wrong with
/// them (fields `email` and `phone`): no control characters, not too long, an address that
/// is one. Both may be empty.
#[cfg(feature = "ssr")]
pub(crate) fn checked_contact(
    email: &str,
    phone: &str,
    errors: &mut Vec<crate::error::FieldError>,
) -> (String, String) {
    use validator::ValidateEmail;
    let mut err = |field: &str, code: &str| {
        errors.push(crate::error::FieldError {
            field: field.into(),
            code: code.into(),
        })
    };
    let (email, phone) = (email.trim(), phone.trim());
    for (field, value, max) in [("email", email, 254), ("phone", phone, 40)] {
        if value.chars().any(char::is_control) {
            err(field, "control-characters");
        }
        if value.chars().count() > max {
            err(field, "too-long");
        }
    }
    if !email.is_empty() && email.len() <= 254 && !email.validate_email() {
        err("email", "invalid-email");
    }
    (email.to_owned(), phone.to_owned())
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EditOrganisationInput {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    /// The municipalities a provider serves, by id, each ticked box as `serves[ID]=on`.
    #[serde(default)]
    pub serves: std::collections::BTreeMap<String, String>,
    /// Set when the form showed the boxes, so that none ticked means "none".
    #[serde(default)]
    pub serves_shown: String,
}

/// Change an organisation's name and contact details (its administrators and the
/// installation's), and which municipalities a provider serves (the installation's
/// administrators only: it decides whose files the provider's validators see).
#[server(prefix = "/api", endpoint = "edit_organisation")]
pub async fn edit_organisation(input: EditOrganisationInput) -> Result<(), AppError> {
    use crate::db::organisations;
    use crate::domain::policy::{self, Action, Facts, Kind};
    let user = crate::auth::require_user().await?;
    let id: OrganisationId = input.id.parse().map_err(|_| AppError::NotFound)?;
    let facts = Facts {
        organisation: Some(id),
        ..Facts::default()
    };
    crate::access::check(&user, Kind::Organisation, Action::Edit, &facts)?;
    let st = crate::auth::state()?;
    let org = organisations::find(&st.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = vec![];
    let details = checked_details(&input.name, &input.email, &input.phone, &mut errors);
    let serves: Option<Vec<OrganisationId>> = (!input.serves_shown.is_empty())
        .then(|| input.serves.keys().filter_map(|k| k.parse().ok()).collect());
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    if let Some(serves) = &serves {
        if org.kind != OrgKind::Provider
            || !policy::scope(&user.actor(), Kind::Organisation, Action::Edit).all
        {
            return Err(AppError::Forbidden);
        }
        organisations::set_serves(&st.db, id, serves).await?;
    }
    organisations::update(&st.db, id, &details).await?;
    leptos_axum::redirect("/admin/people?saved=org-changed");
    Ok(())
}

/// Only an installation administrator gives, changes or ends that role: an organisation's
/// administrator of the region's office does not act above themselves.
#[cfg(feature = "ssr")]
pub fn above_themselves(user: &crate::db::users::UserRow, role: Role) -> Result<(), AppError> {
    if role == Role::InstallationAdmin && !user.has(Role::InstallationAdmin) {
        return Err(AppError::Forbidden);
    }
    Ok(())
}

/// The signed-in person, when they may do `action` (end, change) to a `role` held in
/// `organisation`. The organisation's rule decides, never a person's rule for their own
/// membership (which lets a participant move home): nobody changes their own role by being its
/// holder. A participant's membership is their home, theirs to move: an administrator neither
/// ends nor changes it (the person would lose their own mappings, or hold a role unasked).
#[cfg(feature = "ssr")]
async fn administers(
    action: crate::domain::policy::Action,
    organisation: OrganisationId,
    role: Role,
) -> Result<crate::db::users::UserRow, AppError> {
    use crate::domain::policy::{Facts, Kind};
    let user = crate::auth::require_user().await?;
    let facts = Facts {
        organisation: Some(organisation),
        ..Facts::default()
    };
    crate::access::check(&user, Kind::Membership, action, &facts)?;
    if role == Role::Participant {
        return Err(AppError::Forbidden);
    }
    above_themselves(&user, role)?;
    Ok(user)
}

/// Change a role a person holds in an organisation to another.
#[server(prefix = "/api", endpoint = "change_role")]
pub async fn change_role(
    user_id: UserId,
    organisation: OrganisationId,
    role: Role,
    new_role: String,
) -> Result<(), AppError> {
    use crate::db::organisations;
    use crate::domain::policy::Action;
    let user = administers(Action::Edit, organisation, role).await?;
    let new_role = new_role
        .parse::<Role>()
        .ok()
        .filter(|r| super::invitations::INVITED_ROLES.contains(r))
        .ok_or_else(|| AppError::field("new_role", "required"))?;
    above_themselves(&user, new_role)?;
    let st = crate::auth::state()?;
    let org = organisations::find(&st.db, organisation)
        .await?
        .ok_or(AppError::NotFound)?;
    if new_role.fits(org.kind).is_err() {
        return Err(AppError::field("new_role", "role-misfit"));
    }
    if !organisations::change(&st.db, user_id, organisation, role, new_role).await? {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/admin/people?saved=changed");
    Ok(())
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PasswordLinkInput {
    #[serde(default)]
    pub email: String,
}

/// Make a link to set a new password for someone of the administrator's organisations (every
/// role the person holds is in one of them; the installation's administrators: anyone), to pass
/// on when the installation sends no mail.
#[server(prefix = "/api", endpoint = "password_link_for")]
pub async fn password_link_for(input: PasswordLinkInput) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let (user, scope) = crate::access::require_reach(Kind::Membership, Action::Edit).await?;
    let st = crate::auth::state()?;
    let email = input.email.trim();
    if email.is_empty() {
        return Err(AppError::field("email", "required"));
    }
    let person = crate::db::users::find_by_email(&st.db, email).await?;
    // Someone outside the administrator's organisations is answered like an unknown address.
    // Never a participant: their account opens their own files, which administrators do not
    // read. (They use "forgot password" by mail.)
    let theirs = person.filter(|p| {
        !p.memberships.is_empty()
            && !p.has(Role::Participant)
            && (scope.all
                || p.memberships
                    .iter()
                    .all(|m| scope.organisations.contains(&m.organisation)))
            && (!p.has(Role::InstallationAdmin) || user.has(Role::InstallationAdmin))
    });
    let Some(person) = theirs else {
        return Err(AppError::field("email", "not-your-person"));
    };
    let token = crate::db::password_resets::create_for(&st.db, person.id).await?;
    super::invitations::keep_made_link(&st, &format!("/reset-password/{token}"))?;
    leptos_axum::redirect("/admin/people?saved=reset-link#made-link");
    Ok(())
}
