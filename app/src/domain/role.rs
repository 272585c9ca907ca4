//! The roles a person can hold. Each is held in an organisation, through a membership (see
//! [`super::organisation`]); one person can hold several.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Maps their own competences; held in their home municipality.
    Participant,
    /// Study and career counsellor (studie- och yrkesvägledare).
    Counsellor,
    /// Case handler (handläggare): receives handed-in cases and routes them.
    Coordinator,
    /// Assesses mappings against criteria.
    Validator,
    /// Administers one organisation: its people, its memberships, its frameworks.
    OrgAdmin,
    /// Administers the installation: its organisations and the shared catalogue.
    InstallationAdmin,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Participant,
        Role::Counsellor,
        Role::Coordinator,
        Role::Validator,
        Role::OrgAdmin,
        Role::InstallationAdmin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Participant => "participant",
            Role::Counsellor => "counsellor",
            Role::Coordinator => "coordinator",
            Role::Validator => "validator",
            Role::OrgAdmin => "org_admin",
            Role::InstallationAdmin => "installation_admin",
        }
    }
}

/// Where each role's work starts: the page and the menu entry (a message key) that leads
/// there; `None` for roles whose pages come with later work.
impl Role {
    pub fn start_page(self) -> Option<(&'static str, &'static str)> {
        match self {
            Role::Participant => Some(("/mappings", "nav-my-mappings")),
            Role::Validator => Some(("/review", "nav-review")),
            Role::InstallationAdmin => Some(("/admin/catalogue", "nav-admin-catalogue")),
            Role::Counsellor | Role::Coordinator | Role::OrgAdmin => None,
        }
    }

    /// The start pages of every role in `roles`, once each, in the order of [`Role::ALL`].
    pub fn start_pages(roles: &[Role]) -> Vec<(&'static str, &'static str)> {
        let mut pages: Vec<_> = Vec::new();
        for r in Role::ALL.into_iter().filter(|r| roles.contains(r)) {
            if let Some(p) = r.start_page() {
                if !pages.contains(&p) {
                    pages.push(p);
                }
            }
        }
        pages
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown role `{s}`; expected one of {}",
                    Role::ALL.map(Role::as_str).join(", ")
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>(), Ok(r));
        }
    }

    #[test]
    fn an_unknown_role_is_rejected() {
        assert!("root".parse::<Role>().is_err());
        assert!("admin".parse::<Role>().is_err());
    }
}
