//! Who may see a mapping: one rule, used by every server function and route.
use super::{Actor, MappingStatus, Role, UserId};

/// The owner always; a validator once the mapping has been handed in; nobody else.
pub fn may_view_mapping(viewer: &Actor, owner: UserId, status: MappingStatus) -> bool {
    viewer.id == Some(owner) || (viewer.has(Role::Validator) && status.visible_to_validators())
}

/// Evidence files: the owner always; a validator once the owner has handed in a mapping (the
/// evidence belongs to the person's portfolio, which every mapping of theirs draws on);
/// nobody else.
pub fn may_view_evidence(viewer: &Actor, owner: UserId, handed_in: bool) -> bool {
    viewer.id == Some(owner) || (viewer.has(Role::Validator) && handed_in)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_for_the_owner_and_validators_of_handed_in_work() {
        assert!(may_view_evidence(
            &actor(OWNER, Role::Participant),
            OWNER,
            false
        ));
        assert!(!may_view_evidence(
            &actor(OTHER, Role::Participant),
            OWNER,
            true
        ));
        assert!(!may_view_evidence(
            &actor(OTHER, Role::Validator),
            OWNER,
            false
        ));
        assert!(may_view_evidence(
            &actor(OTHER, Role::Validator),
            OWNER,
            true
        ));
        assert!(!may_view_evidence(
            &actor(OTHER, Role::Counsellor),
            OWNER,
            true
        ));
        assert!(!may_view_evidence(
            &actor(OTHER, Role::InstallationAdmin),
            OWNER,
            true
        ));
    }

    const OWNER: UserId = UserId(1);

    fn actor(id: UserId, role: Role) -> Actor {
        use crate::domain::{Membership, OrgCode, OrgKind, OrganisationId};
        Actor {
            id: Some(id),
            memberships: vec![Membership {
                organisation: OrganisationId(1),
                kind: OrgKind::Municipality,
                code: OrgCode::parse("LULEA").unwrap(),
                role,
            }],
        }
    }
    const OTHER: UserId = UserId(2);

    #[test]
    fn the_owner_sees_their_mapping_in_every_state() {
        for s in [
            MappingStatus::Draft,
            MappingStatus::Submitted,
            MappingStatus::Reviewed,
        ] {
            assert!(may_view_mapping(&actor(OWNER, Role::Participant), OWNER, s));
        }
    }

    #[test]
    fn another_participant_never_sees_it() {
        assert!(!may_view_mapping(
            &actor(OTHER, Role::Participant),
            OWNER,
            MappingStatus::Submitted
        ));
    }

    #[test]
    fn a_validator_sees_it_only_once_submitted() {
        assert!(!may_view_mapping(
            &actor(OTHER, Role::Validator),
            OWNER,
            MappingStatus::Draft
        ));
        assert!(may_view_mapping(
            &actor(OTHER, Role::Validator),
            OWNER,
            MappingStatus::Submitted
        ));
    }

    #[test]
    fn counsellors_and_admins_do_not_see_mappings_yet() {
        assert!(!may_view_mapping(
            &actor(OTHER, Role::Counsellor),
            OWNER,
            MappingStatus::Submitted
        ));
        assert!(!may_view_mapping(
            &actor(OTHER, Role::InstallationAdmin),
            OWNER,
            MappingStatus::Reviewed
        ));
    }
}
