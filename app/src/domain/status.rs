//! The life of a mapping: draft → submitted → returned → submitted → reviewed.
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MappingStatus {
    Draft,
    Submitted,
    Returned,
    Reviewed,
}

/// What someone does to a mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Transition {
    /// The participant hands the mapping in.
    Submit,
    /// A validator sends it back for additions.
    Return,
    /// A validator marks it reviewed.
    MarkReviewed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("cannot {transition:?} a mapping that is {from:?}")]
pub struct IllegalTransition {
    pub from: MappingStatus,
    pub transition: Transition,
}

impl MappingStatus {
    pub fn apply(self, t: Transition) -> Result<MappingStatus, IllegalTransition> {
        use MappingStatus::*;
        match (self, t) {
            (Draft | Returned, Transition::Submit) => Ok(Submitted),
            (Submitted, Transition::Return) => Ok(Returned),
            (Submitted, Transition::MarkReviewed) => Ok(Reviewed),
            (from, transition) => Err(IllegalTransition { from, transition }),
        }
    }

    /// Whether the participant may change answers in this state.
    pub fn editable_by_owner(self) -> bool {
        matches!(self, MappingStatus::Draft | MappingStatus::Returned)
    }

    /// Whether validators see the mapping at all: drafts stay private to their owner.
    pub fn visible_to_validators(self) -> bool {
        self != MappingStatus::Draft
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
    use super::Transition::*;
    use super::*;

    #[test]
    fn the_whole_happy_path_is_allowed() {
        let s = Draft.apply(Submit).unwrap();
        let s = s.apply(Return).unwrap();
        assert_eq!(s, Returned);
        let s = s.apply(Submit).unwrap();
        assert_eq!(s.apply(MarkReviewed), Ok(Reviewed));
    }

    #[test]
    fn a_submitted_mapping_cannot_be_submitted_twice() {
        assert_eq!(
            Submitted.apply(Submit),
            Err(IllegalTransition {
                from: Submitted,
                transition: Submit
            })
        );
    }

    #[test]
    fn a_draft_cannot_be_reviewed_or_returned() {
        assert!(Draft.apply(MarkReviewed).is_err());
        assert!(Draft.apply(Return).is_err());
    }

    #[test]
    fn a_reviewed_mapping_is_final() {
        for t in [Submit, Return, MarkReviewed] {
            assert!(Reviewed.apply(t).is_err());
        }
    }

    #[test]
    fn only_drafts_and_returned_mappings_are_editable() {
        assert!(Draft.editable_by_owner());
        assert!(Returned.editable_by_owner());
        assert!(!Submitted.editable_by_owner());
        assert!(!Reviewed.editable_by_owner());
    }

    #[test]
    fn drafts_are_hidden_from_validators() {
        assert!(!Draft.visible_to_validators());
        assert!(Submitted.visible_to_validators());
    }

    #[test]
    fn status_names_round_trip() {
        for s in [Draft, Submitted, Returned, Reviewed] {
            assert_eq!(s.as_str().parse::<MappingStatus>(), Ok(s));
        }
    }
}
