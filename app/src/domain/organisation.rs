//! The organisations an installation serves, and the memberships that give people their roles.
//!
//! An installation serves one region: the region's own coordinating office, its
//! municipalities (each offers mapping to its residents through its adult education), and the
//! providers that assess (education providers, industry validation providers, folk high
//! schools). A person's roles are their memberships: (person, organisation, role).
use super::{Role, UserId};
use serde::{Deserialize, Serialize};
use std::fmt;

super::ids::id_type!(OrganisationId);

/// What an organisation is to the region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OrgKind {
    /// The region's own coordinating office; one per installation.
    Region,
    /// A municipality: home of its residents, responsible for their mappings.
    Municipality,
    /// An education provider, an industry validation provider, a folk high school…
    Provider,
}

impl OrgKind {
    pub const ALL: [OrgKind; 3] = [OrgKind::Region, OrgKind::Municipality, OrgKind::Provider];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Region => "region",
            OrgKind::Municipality => "municipality",
            OrgKind::Provider => "provider",
        }
    }

    /// The message naming the kind (`org-kind-provider`).
    pub fn label_key(self) -> &'static str {
        match self {
            OrgKind::Region => "org-kind-region",
            OrgKind::Municipality => "org-kind-municipality",
            OrgKind::Provider => "org-kind-provider",
        }
    }
}

impl std::str::FromStr for OrgKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OrgKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown kind of organisation `{s}`; expected region, municipality or provider"
                )
            })
    }
}

/// An organisation's short code: what the command line, the access log and the tables name it
/// by (`NB`, `LULEA`, `PITEA-KOMVUX`). Upper-case letters A–Z, digits and hyphens, 2 to 24
/// characters, starting with a letter; lower case is raised.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OrgCode(String);

impl OrgCode {
    pub const MAX: usize = 24;

    pub fn parse(s: &str) -> Result<OrgCode, String> {
        let code = s.trim().to_ascii_uppercase();
        let fits = (2..=Self::MAX).contains(&code.len())
            && code.starts_with(|c: char| c.is_ascii_uppercase())
            && code
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-');
        if fits {
            Ok(OrgCode(code))
        } else {
            Err(format!(
                "`{s}` is not an organisation code: 2 to {} letters A-Z, digits or hyphens, starting with a letter",
                Self::MAX
            ))
        }
    }

    /// A code as stored, which passed [`OrgCode::parse`] when it was written.
    pub fn stored(s: String) -> OrgCode {
        OrgCode(s)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OrgCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for OrgCode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        OrgCode::parse(s)
    }
}

/// One organisation of the region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrganisationId,
    pub kind: OrgKind,
    pub code: OrgCode,
    pub name: String,
    /// Contact details shown to the people it serves; empty when not given.
    pub email: String,
    pub phone: String,
}

/// One role a person holds in one organisation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Membership {
    pub organisation: OrganisationId,
    pub kind: OrgKind,
    pub code: OrgCode,
    pub role: Role,
}

/// Why a role cannot be held in an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MembershipProblem {
    /// A participant's membership is their home municipality.
    ParticipantOutsideMunicipality,
    /// Installation administrators belong to the region's own office.
    InstallationAdminOutsideRegion,
}

impl fmt::Display for MembershipProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MembershipProblem::ParticipantOutsideMunicipality => {
                "a participant belongs to their home municipality"
            }
            MembershipProblem::InstallationAdminOutsideRegion => {
                "installation administrators belong to the region's own office"
            }
        })
    }
}

impl Role {
    /// Whether a person can hold this role in an organisation of `kind`.
    pub fn fits(self, kind: OrgKind) -> Result<(), MembershipProblem> {
        match (self, kind) {
            (Role::Participant, OrgKind::Municipality) => Ok(()),
            (Role::Participant, _) => Err(MembershipProblem::ParticipantOutsideMunicipality),
            (Role::InstallationAdmin, OrgKind::Region) => Ok(()),
            (Role::InstallationAdmin, _) => Err(MembershipProblem::InstallationAdminOutsideRegion),
            (
                Role::Counsellor | Role::Coordinator | Role::Validator | Role::OrgAdmin,
                OrgKind::Region | OrgKind::Municipality | OrgKind::Provider,
            ) => Ok(()),
        }
    }
}

/// The person acting, as every access decision sees them: who they are and every role they
/// hold where.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Actor {
    pub id: Option<UserId>,
    pub memberships: Vec<Membership>,
}

impl Actor {
    pub fn has(&self, role: Role) -> bool {
        self.memberships.iter().any(|m| m.role == role)
    }

    /// The organisations in which the person holds `role`.
    pub fn organisations_as(&self, role: Role) -> impl Iterator<Item = OrganisationId> + '_ {
        self.memberships
            .iter()
            .filter(move |m| m.role == role)
            .map(|m| m.organisation)
    }

    /// The person's home municipality, if they are a participant.
    pub fn home(&self) -> Option<OrganisationId> {
        self.organisations_as(Role::Participant).next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_raised_to_upper_case_and_checked() {
        assert_eq!(OrgCode::parse(" lulea ").unwrap().as_str(), "LULEA");
        assert_eq!(
            OrgCode::parse("PITEA-KOMVUX").unwrap().as_str(),
            "PITEA-KOMVUX"
        );
        for bad in ["", "L", "1LULEA", "LULEÅ", "A B", "-X", &"X".repeat(25)] {
            assert!(OrgCode::parse(bad).is_err(), "{bad:?} passed");
        }
    }

    #[test]
    fn every_kind_round_trips_through_its_name() {
        for k in OrgKind::ALL {
            assert_eq!(k.as_str().parse::<OrgKind>(), Ok(k));
        }
        assert!("county".parse::<OrgKind>().is_err());
    }

    #[test]
    fn participants_live_in_municipalities_and_installation_admins_in_the_region() {
        for role in Role::ALL {
            for kind in OrgKind::ALL {
                let expected = match role {
                    Role::Participant => kind == OrgKind::Municipality,
                    Role::InstallationAdmin => kind == OrgKind::Region,
                    _ => true,
                };
                assert_eq!(role.fits(kind).is_ok(), expected, "{role:?} in {kind:?}");
            }
        }
    }
}
