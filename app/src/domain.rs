//! The pure domain model: frameworks, mappings, answers and the rules that bind them. No I/O.
pub mod case;
pub mod catalogue;
pub mod disclosure;
pub mod draft;
pub mod evidence;
pub mod experience;
pub mod gaps;
pub mod guidance;
pub mod ids;
pub mod import;
pub mod language;
pub mod localized;
pub mod mapping;
pub mod organisation;
pub mod policy;
pub mod rating;
pub mod role;
pub mod statistics;
pub mod status;
pub mod study_plan;
pub mod time;
pub mod verification;

pub use case::{CaseId, CaseState};
pub use catalogue::{
    ContentProblem, ContentProblemKind, CriterionContent, ExternalRef, ExternalSystem,
    FrameworkContent, GradeStep, Planned, SectionContent, VersionStatus,
};
pub use draft::{DraftDoc, EditOp};
pub use evidence::{Evidence, MediaType};
pub use experience::{Experience, ExperienceInput, ExperienceKind, Month};
pub use guidance::SessionId;
pub use ids::{CriterionId, FrameworkId, MappingId, SectionId, UserId};
pub use import::{Expected, ImportError, ImportFormat, ImportProblem};
pub use localized::LocalizedText;
pub use mapping::{
    fingerprint, Answer, AnswerText, Criterion, EventKind, Framework, FrameworkKind, Goal,
    KeptReason, MappingEvent, MappingRecord, Person, PortfolioEntry, Section,
};
pub use organisation::{Actor, Membership, OrgCode, OrgKind, Organisation, OrganisationId};
pub use rating::Rating;
pub use role::Role;
pub use status::MappingStatus;
pub use time::{Day, Timestamp};
