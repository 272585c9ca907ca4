//! The roles a person can have in Kartla.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Participant,
    Validator,
    Counsellor,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Participant => "participant",
            Role::Validator => "validator",
            Role::Counsellor => "counsellor",
            Role::Admin => "admin",
        }
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "participant" => Ok(Role::Participant),
            "validator" => Ok(Role::Validator),
            "counsellor" => Ok(Role::Counsellor),
            "admin" => Ok(Role::Admin),
            other => Err(format!(
                "unknown role `{other}`; expected participant, validator, counsellor or admin"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for r in [
            Role::Participant,
            Role::Validator,
            Role::Counsellor,
            Role::Admin,
        ] {
            assert_eq!(r.as_str().parse::<Role>(), Ok(r));
        }
    }

    #[test]
    fn an_unknown_role_is_rejected() {
        assert!("root".parse::<Role>().is_err());
    }
}
