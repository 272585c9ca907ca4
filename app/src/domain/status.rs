//! Where a mapping stands for its person: a draft, handed in (submitted), back with them for
//! additions (returned), or concluded (reviewed). Its case ([`super::case`]) moves it.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MappingStatus {
    Draft,
    Submitted,
    Returned,
    Reviewed,
}

impl MappingStatus {
    /// Whether the participant may change answers in this state.
    pub fn editable_by_owner(self) -> bool {
        matches!(self, MappingStatus::Draft | MappingStatus::Returned)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MappingStatus::Draft => "draft",
            MappingStatus::Submitted => "submitted",
            MappingStatus::Returned => "returned",
            MappingStatus::Reviewed => "reviewed",
        }
    }

    pub fn label_key(self) -> &'static str {
        match self {
            MappingStatus::Draft => "status-draft",
            MappingStatus::Submitted => "status-submitted",
            MappingStatus::Returned => "status-returned",
            MappingStatus::Reviewed => "status-reviewed",
        }
    }
}

impl std::str::FromStr for MappingStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "draft" => Ok(MappingStatus::Draft),
            "submitted" => Ok(MappingStatus::Submitted),
            "returned" => Ok(MappingStatus::Returned),
            "reviewed" => Ok(MappingStatus::Reviewed),
            other => Err(format!("unknown mapping status `{other}`")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MappingStatus::*;
    use super::*;

    #[test]
    fn only_drafts_and_returned_mappings_are_editable() {
        assert!(Draft.editable_by_owner());
        assert!(Returned.editable_by_owner());
        assert!(!Submitted.editable_by_owner());
        assert!(!Reviewed.editable_by_owner());
    }

    #[test]
    fn status_names_round_trip() {
        for s in [Draft, Submitted, Returned, Reviewed] {
            assert_eq!(s.as_str().parse::<MappingStatus>(), Ok(s));
        }
    }
}
