//! Who may see a mapping: one rule, used by every server function and route.
use super::{MappingStatus, Role, UserId};

/// The owner always; a validator once the mapping has been handed in; nobody else.
pub fn may_view_mapping(viewer: UserId, role: Role, owner: UserId, status: MappingStatus) -> bool {
    viewer == owner || (role == Role::Validator && status.visible_to_validators())
}

/// Evidence files: the owner always; a validator once the owner has handed in a mapping (the
/// evidence belongs to the person's portfolio, which every mapping of theirs draws on);
/// nobody else.
pub fn may_view_evidence(viewer: UserId, role: Role, owner: UserId, handed_in: bool) -> bool {
    viewer == owner || (role == Role::Validator && handed_in)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_for_the_owner_and_validators_of_handed_in_work() {
        assert!(may_view_evidence(OWNER, Role::Participant, OWNER, false));
        assert!(!may_view_evidence(OTHER, Role::Participant, OWNER, true));
        assert!(!may_view_evidence(OTHER, Role::Validator, OWNER, false));
        assert!(may_view_evidence(OTHER, Role::Validator, OWNER, true));
        assert!(!may_view_evidence(OTHER, Role::Counsellor, OWNER, true));
        assert!(!may_view_evidence(OTHER, Role::Admin, OWNER, true));
    }

    const OWNER: UserId = UserId(1);
    const OTHER: UserId = UserId(2);

    #[test]
    fn the_owner_sees_their_mapping_in_every_state() {
        for s in [
            MappingStatus::Draft,
            MappingStatus::Submitted,
            MappingStatus::Reviewed,
        ] {
            assert!(may_view_mapping(OWNER, Role::Participant, OWNER, s));
        }
    }

    #[test]
    fn another_participant_never_sees_it() {
        assert!(!may_view_mapping(
            OTHER,
            Role::Participant,
            OWNER,
            MappingStatus::Submitted
        ));
    }

    #[test]
    fn a_validator_sees_it_only_once_submitted() {
        assert!(!may_view_mapping(
            OTHER,
            Role::Validator,
            OWNER,
            MappingStatus::Draft
        ));
        assert!(may_view_mapping(
            OTHER,
            Role::Validator,
            OWNER,
            MappingStatus::Submitted
        ));
    }

    #[test]
    fn counsellors_and_admins_do_not_see_mappings_yet() {
        assert!(!may_view_mapping(
            OTHER,
            Role::Counsellor,
            OWNER,
            MappingStatus::Submitted
        ));
        assert!(!may_view_mapping(
            OTHER,
            Role::Admin,
            OWNER,
            MappingStatus::Reviewed
        ));
    }
}
