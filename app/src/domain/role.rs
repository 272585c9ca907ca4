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

    /// The Fluent key of the role's name (`role-org-admin`).
    pub fn message_key(self) -> String {
        format!("role-{}", self.as_str().replace('_', "-"))
    }
}

/// Where each role's work is: the pages and the menu entries (message keys) that lead there,
/// the first where the role starts; none yet for roles whose pages come with later work.
impl Role {
    pub fn pages(self) -> &'static [(&'static str, &'static str)] {
        const PEOPLE: (&str, &str) = ("/admin/people", "nav-admin-people");
        const CASES: (&str, &str) = ("/cases", "nav-cases");
        const STATS: (&str, &str) = ("/stats", "nav-stats");
        match self {
            Role::Participant => &[("/mappings", "nav-my-mappings")],
            Role::Validator => &[CASES],
            Role::Coordinator => &[CASES, STATS],
            Role::OrgAdmin => &[PEOPLE, STATS],
            Role::InstallationAdmin => &[("/admin/catalogue", "nav-admin-catalogue"), PEOPLE],
            Role::Counsellor => &[("/caseload", "nav-caseload")],
        }
    }

    /// The pages of every role in `roles`, once each: the widest work first (the first is
    /// where signing in leads), a person's own mappings last.
    pub fn start_pages(roles: &[Role]) -> Vec<(&'static str, &'static str)> {
        let mut pages: Vec<_> = Vec::new();
        for r in Role::ALL.into_iter().rev().filter(|r| roles.contains(r)) {
            for p in r.pages() {
                if !pages.contains(p) {
                    pages.push(*p);
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

    #[test]
    fn signing_in_leads_to_the_widest_work_and_every_page_is_listed_once() {
        let pages =
            Role::start_pages(&[Role::Participant, Role::OrgAdmin, Role::InstallationAdmin]);
        let hrefs: Vec<&str> = pages.iter().map(|(h, _)| *h).collect();
        assert_eq!(
            hrefs,
            ["/admin/catalogue", "/admin/people", "/stats", "/mappings"]
        );
        let counsels = Role::start_pages(&[Role::Counsellor, Role::Coordinator]);
        let hrefs: Vec<&str> = counsels.iter().map(|(h, _)| *h).collect();
        assert_eq!(hrefs, ["/cases", "/stats", "/caseload"]);
    }
}
