//! The one access policy: who may do what to which record. Every server function and route
//! asks [`decide`] (one record) or [`scope`] (a list) and acts on the answer; none decides on
//! its own.
//!
//! The rules are [`table`]: for each kind of record, one row per role and one column per
//! action. Its shape is fixed by the number of roles and actions, so a new role, action or kind
//! does not compile until every cell has an answer. `docs/access-policy.md` is the same table
//! for people to read; a test keeps the two equal.
use super::{Actor, Membership, OrganisationId, Role, UserId};

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown kind of record `{s}`"))
    }
}

/// The kinds of record access is decided for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Mapping,
    Evidence,
    Experience,
    ProfilePdf,
    CertificateDraft,
    FrameworkDraft,
    Import,
    Organisation,
    Membership,
    AuditEntry,
    Case,
    Judgement,
    AdditionRequest,
    Statement,
    DirectoryEntry,
    Share,
    GuidanceSession,
    DirectWrite,
    Proposal,
    GuidanceNote,
    StudyPlan,
    ShareInvitation,
    Answer,
    Statistics,
}

impl Kind {
    pub const ALL: [Kind; 24] = [
        Kind::Mapping,
        Kind::Evidence,
        Kind::Experience,
        Kind::ProfilePdf,
        Kind::CertificateDraft,
        Kind::FrameworkDraft,
        Kind::Import,
        Kind::Organisation,
        Kind::Membership,
        Kind::AuditEntry,
        Kind::Case,
        Kind::Judgement,
        Kind::AdditionRequest,
        Kind::Statement,
        Kind::DirectoryEntry,
        Kind::Share,
        Kind::GuidanceSession,
        Kind::DirectWrite,
        Kind::Proposal,
        Kind::GuidanceNote,
        Kind::StudyPlan,
        Kind::ShareInvitation,
        Kind::Answer,
        Kind::Statistics,
    ];

    /// The name a kind is stored by (the access log's `what`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Mapping => "mapping",
            Kind::Evidence => "evidence",
            Kind::Experience => "experience",
            Kind::ProfilePdf => "profile_pdf",
            Kind::CertificateDraft => "certificate_draft",
            Kind::FrameworkDraft => "framework_draft",
            Kind::Import => "import",
            Kind::Organisation => "organisation",
            Kind::Membership => "membership",
            Kind::AuditEntry => "audit_entry",
            Kind::Case => "case",
            Kind::Judgement => "judgement",
            Kind::AdditionRequest => "addition_request",
            Kind::Statement => "statement",
            Kind::DirectoryEntry => "directory_entry",
            Kind::Share => "share",
            Kind::GuidanceSession => "guidance_session",
            Kind::DirectWrite => "direct_write",
            Kind::Proposal => "proposal",
            Kind::GuidanceNote => "guidance_note",
            Kind::StudyPlan => "study_plan",
            Kind::ShareInvitation => "share_invitation",
            Kind::Answer => "answer",
            Kind::Statistics => "statistics",
        }
    }

    /// Whether someone other than the person opening a record of this kind is written in the
    /// person's access log ("who has seen my information"): their mapping (with the portfolio
    /// it draws on), their profile, an evidence file, their case and its statement.
    pub fn logged(self) -> bool {
        matches!(
            self,
            Kind::Mapping | Kind::ProfilePdf | Kind::Evidence | Kind::Case | Kind::Statement
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Mapping => "mapping",
            Kind::Evidence => "evidence file",
            Kind::Experience => "experience (portfolio)",
            Kind::ProfilePdf => "profile PDF",
            Kind::CertificateDraft => "certificate draft",
            Kind::FrameworkDraft => "framework draft",
            Kind::Import => "import",
            Kind::Organisation => "organisation",
            Kind::Membership => "membership",
            Kind::AuditEntry => "access log entry",
            Kind::Case => "case",
            Kind::Judgement => "judgement",
            Kind::AdditionRequest => "request for additions",
            Kind::Statement => "statement PDF",
            Kind::DirectoryEntry => "directory entry",
            Kind::Share => "share with a counsellor",
            Kind::GuidanceSession => "guidance session",
            Kind::DirectWrite => "counsellor writing directly",
            Kind::Proposal => "proposed change to an answer",
            Kind::GuidanceNote => "guidance note",
            Kind::StudyPlan => "individual study plan",
            Kind::ShareInvitation => "invitation to connect with a counsellor",
            Kind::Answer => "answer in a mapping",
            Kind::Statistics => "follow-up statistics of an organisation",
        }
    }
}

/// What someone wants to do with a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    View,
    Create,
    Edit,
    Delete,
    /// Hand a mapping (or a returned case) in for assessment.
    HandIn,
    /// Judge a handed-in mapping (mark it reviewed, return it); assess a case (hand it back,
    /// conclude it).
    Assess,
}

impl Action {
    pub const ALL: [Action; 6] = [
        Action::View,
        Action::Create,
        Action::Edit,
        Action::Delete,
        Action::HandIn,
        Action::Assess,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Action::View => "view",
            Action::Create => "create",
            Action::Edit => "edit",
            Action::Delete => "delete",
            Action::HandIn => "hand in",
            Action::Assess => "assess",
        }
    }
}

/// When a role may act on a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Never.
    No,
    /// When the record is the person's own (it is about them).
    Own,
    /// When the record belongs to the organisation in which the role is held.
    OwnOrg,
    /// When the record belongs to a case of the organisation in which the role is held (for
    /// evidence and experiences: a case whose handed-in versions draw on it), and is not the
    /// person's own: nobody handles their own case.
    CaseOrg,
    /// The same, when the case is also assigned to the person.
    Assigned,
    /// When the record's person shares it with the person asking, a counsellor of the
    /// organisation the role is held in.
    Shared,
    /// The same, while a guidance session on the record is open in which the person lets the
    /// counsellor write directly.
    Writing,
    /// Always: every record of the kind.
    All,
}

impl Rule {
    pub fn name(self) -> &'static str {
        match self {
            Rule::No => "–",
            Rule::Own => "own",
            Rule::OwnOrg => "own organisation",
            Rule::CaseOrg => "case of own organisation",
            Rule::Assigned => "case assigned to them",
            Rule::Shared => "shared with them",
            Rule::Writing => "shared, writing in a session",
            Rule::All => "all",
        }
    }
}

/// One kind's rules: a row per role in the order of [`Role::ALL`], a column per action in the
/// order of [`Action::ALL`].
pub type Rows = [[Rule; Action::ALL.len()]; Role::ALL.len()];

use Rule::{All, Assigned, CaseOrg, No, Own, OwnOrg, Shared, Writing};

/// The rules. Columns: view, create, edit, delete, hand in, assess. Rows: participant,
/// counsellor, coordinator, validator, organisation administrator, installation administrator.
pub fn table(kind: Kind) -> &'static Rows {
    match kind {
        // A mapping is its person's while they work on it. What they hand in becomes a case
        // (below), and staff read the versions handed in there, never the live mapping.
        // A counsellor reads the mappings a person shares with them; administrators never read
        // personal data.
        Kind::Mapping => &[
            [Own, Own, Own, Own, Own, No],
            [Shared, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // An evidence file: its person's; the staff of a case whose handed-in versions hold
        // it (its organisation's coordinators, the validator it is assigned to).
        Kind::Evidence => &[
            [Own, Own, Own, Own, No, No],
            [No, No, No, No, No, No],
            [CaseOrg, No, No, No, No, No],
            [Assigned, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // The portfolio: its person's. Staff read the experiences a case draws on in the
        // version handed in.
        Kind::Experience => &[
            [Own, Own, Own, Own, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // The profile: the person's of their mapping as it is (and a counsellor's it is shared
        // with); staff get the case's version.
        Kind::ProfilePdf => &[
            [Own, Own, No, No, No, No],
            [Shared, No, No, No, No, No],
            [CaseOrg, No, No, No, No, No],
            [Assigned, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // A draft of a certificate for a former employer to check: the person's own paper.
        Kind::CertificateDraft => &[
            [Own, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // The shared catalogue is the installation's.
        Kind::FrameworkDraft | Kind::Import => &[
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [All, All, All, All, No, No],
        ],
        // Names and contact details are for everyone who is signed in.
        Kind::Organisation => &[
            [All, No, No, No, No, No],
            [All, No, No, No, No, No],
            [All, No, No, No, No, No],
            [All, No, No, No, No, No],
            [All, No, OwnOrg, No, No, No],
            [All, All, All, All, No, No],
        ],
        // A participant moves their own home (their participant membership).
        Kind::Membership => &[
            [Own, No, Own, No, No, No],
            [Own, No, No, No, No, No],
            [Own, No, No, No, No, No],
            [Own, No, No, No, No, No],
            [OwnOrg, OwnOrg, OwnOrg, OwnOrg, No, No],
            [All, All, All, All, No, No],
        ],
        // Who looked at a person's information: the person; an organisation's administrator
        // for what their organisation's people opened; the installation's for all.
        Kind::AuditEntry => &[
            [Own, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [OwnOrg, No, No, No, No, No],
            [All, No, No, No, No, No],
        ],
        // A handed-in mapping as its organisation assesses it: the person hands it in (again),
        // its organisation's coordinators take and assign it, the validator it is assigned to
        // assesses it (hands it back, concludes). Nobody deletes one.
        Kind::Case => &[
            [Own, Own, No, No, Own, No],
            [No, No, No, No, No, No],
            [CaseOrg, No, CaseOrg, No, No, No],
            [Assigned, No, No, No, No, Assigned],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // Judgements of criteria: made by the validator the case is assigned to, kept as a
        // history nobody deletes.
        Kind::Judgement => &[
            [Own, No, No, No, No, No],
            [No, No, No, No, No, No],
            [CaseOrg, No, No, No, No, No],
            [Assigned, Assigned, Assigned, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // Requests for additions: built by the coordinator or the validator (an item can be
        // taken out before the list is sent); only the person marks items done.
        Kind::AdditionRequest => &[
            [Own, No, Own, No, No, No],
            [No, No, No, No, No, No],
            [CaseOrg, CaseOrg, No, CaseOrg, No, No],
            [Assigned, Assigned, No, Assigned, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // The statement (utlåtande) as PDF: the person's, and the case's staff.
        Kind::Statement => &[
            [Own, No, No, No, No, No],
            [No, No, No, No, No, No],
            [CaseOrg, No, No, No, No, No],
            [Assigned, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // The directory of who assesses what: read by all (it is public); an organisation's
        // administrators keep their people's entries; each person decides whether they are
        // shown and with which contact details.
        Kind::DirectoryEntry => &[
            [All, No, No, No, No, No],
            [All, No, Own, No, No, No],
            [All, No, Own, No, No, No],
            [All, No, Own, No, No, No],
            [All, OwnOrg, OwnOrg, OwnOrg, No, No],
            [All, All, All, All, No, No],
        ],
        // Sharing with a counsellor: the person's alone to make and withdraw; the counsellor
        // sees what is shared with them.
        Kind::Share => &[
            [Own, Own, No, Own, No, No],
            [Shared, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // A guidance session on a shared mapping: the counsellor starts it (create) and either
        // of the two ends it (edit); both take part (view).
        Kind::GuidanceSession => &[
            [Own, No, Own, No, No, No],
            [Shared, Shared, Shared, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // Letting the counsellor write in one's answers directly for a session: the person's
        // alone to give and take back.
        Kind::DirectWrite => &[
            [Own, Own, Own, Own, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // A change to an answer the counsellor proposes; the person decides (edit: accept or
        // reject).
        Kind::Proposal => &[
            [Own, No, Own, No, No, No],
            [Shared, Shared, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // Notes about a person's mapping: written by a counsellor it is shared with, read by
        // the person (no hidden notes); kept as written.
        Kind::GuidanceNote => &[
            [Own, No, No, No, No, No],
            [Shared, Shared, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // The answers in a mapping (the choice and the text): the person's, and a counsellor's
        // while a guidance session lets them write directly. The rest of the mapping (its
        // goal, its links to the person's file) stays the person's.
        Kind::Answer => &[
            [Own, No, Own, No, No, No],
            [Shared, No, Writing, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // Follow-up statistics (counts that never point at a person): an organisation's
        // coordinators and administrators read its own, with the region's totals; the region
        // office's own are the whole region's, broken down by municipality, provider and the
        // rest. Nobody else; nobody reads another organisation's own breakdowns (beside the
        // region's, they could be subtracted from them).
        Kind::Statistics => &[
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [OwnOrg, No, No, No, No, No],
            [No, No, No, No, No, No],
            [OwnOrg, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // A counsellor's invitation for a participant to connect with them: theirs to make
        // and see. (Accepting one is the participant's share.)
        Kind::ShareInvitation => &[
            [No, No, No, No, No, No],
            [Own, Own, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
        // The individual study plan: drawn up together by the person and a counsellor the
        // mapping is shared with; nobody deletes it (changes are recorded).
        Kind::StudyPlan => &[
            [Own, Own, Own, No, No, No],
            [Shared, Shared, Shared, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
            [No, No, No, No, No, No],
        ],
    }
}

/// The rule for one role, kind and action.
pub fn rule(role: Role, kind: Kind, action: Action) -> Rule {
    let row = Role::ALL.iter().position(|r| *r == role).unwrap_or(0);
    let col = Action::ALL.iter().position(|a| *a == action).unwrap_or(0);
    table(kind)[row][col]
}

/// What is known of the record asked about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// The person the record is about (a mapping's, evidence's or experience's owner, a
    /// membership's member, the person an access log entry is about).
    pub person: Option<UserId>,
    /// The organisation the record belongs to (a membership's, an organisation itself, the
    /// organisation an access log entry's reader acted for).
    pub organisation: Option<OrganisationId>,
    /// The cases the record belongs to: a case itself (and its judgements, requests,
    /// statement), a mapping's case, the cases whose handed-in versions draw on an experience
    /// or a piece of evidence.
    pub cases: Vec<CaseFacts>,
    /// The counsellors the record's person shares it with.
    pub shares: Vec<ShareFacts>,
    /// The counsellors an open guidance session on the record lets write directly.
    pub writers: Vec<UserId>,
}

/// A counsellor a record is shared with, and the organisation they counsel for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareFacts {
    pub counsellor: UserId,
    pub organisation: OrganisationId,
}

/// What the policy needs to know of a case: whose organisation's it is, and whom it is
/// assigned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseFacts {
    pub organisation: OrganisationId,
    pub assignee: Option<UserId>,
}

/// The answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// The person's roles open such records, but not this one: it is as if it did not exist.
    NotFound,
    /// None of the person's roles opens this page.
    Forbidden,
}

/// Whether the record is about the person asking.
fn about_themself(actor: &Actor, facts: &Facts) -> bool {
    actor.id.is_some() && facts.person == actor.id
}

fn holds(rule: Rule, actor: &Actor, m: &Membership, facts: &Facts) -> bool {
    match rule {
        Rule::No => false,
        Rule::Own => actor.id.is_some() && facts.person == actor.id,
        Rule::OwnOrg => facts.organisation == Some(m.organisation),
        // Nobody assesses or handles their own case, whatever roles they hold.
        Rule::CaseOrg => {
            !about_themself(actor, facts)
                && facts.cases.iter().any(|c| c.organisation == m.organisation)
        }
        Rule::Assigned => {
            !about_themself(actor, facts)
                && facts.cases.iter().any(|c| {
                    c.organisation == m.organisation && actor.id.is_some() && c.assignee == actor.id
                })
        }
        Rule::Shared => facts
            .shares
            .iter()
            .any(|s| actor.id == Some(s.counsellor) && s.organisation == m.organisation),
        Rule::Writing => {
            holds(Rule::Shared, actor, m, facts)
                && actor.id.is_some_and(|a| facts.writers.contains(&a))
        }
        Rule::All => true,
    }
}

/// May `actor` do `action` to the record of `kind` that `facts` describe?
pub fn decide(actor: &Actor, kind: Kind, action: Action, facts: &Facts) -> Decision {
    match grant(actor, kind, action, facts) {
        Ok(_) => Decision::Allow,
        Err(refused) => refused,
    }
}

/// The membership that allows `actor` to do `action` to the record (the first that does, in
/// the order they are held), or the refusal ([`Decision::NotFound`] or
/// [`Decision::Forbidden`]).
pub fn grant<'a>(
    actor: &'a Actor,
    kind: Kind,
    action: Action,
    facts: &Facts,
) -> Result<&'a Membership, Decision> {
    let mut opens = false;
    for m in &actor.memberships {
        let r = rule(m.role, kind, action);
        if r == Rule::No {
            continue;
        }
        opens = true;
        if holds(r, actor, m, facts) {
            return Ok(m);
        }
    }
    Err(if opens {
        Decision::NotFound
    } else {
        Decision::Forbidden
    })
}

/// Which records of a kind a person may act on, for lists.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Every record.
    pub all: bool,
    /// The person's own records.
    pub own: bool,
    /// Records belonging to these organisations.
    pub organisations: Vec<OrganisationId>,
    /// Records of cases of these organisations.
    pub cases_of: Vec<OrganisationId>,
    /// Records of cases of these organisations assigned to the person.
    pub assigned_in: Vec<OrganisationId>,
    /// Records shared with the person, a counsellor of these organisations.
    pub shared_in: Vec<OrganisationId>,
}

impl Scope {
    pub fn is_empty(&self) -> bool {
        !self.all
            && !self.own
            && self.organisations.is_empty()
            && self.cases_of.is_empty()
            && self.assigned_in.is_empty()
            && self.shared_in.is_empty()
    }

    /// Whether it reaches records of whole organisations (theirs, or every one), beyond the
    /// person's own: what an administration page needs.
    pub fn reaches_organisations(&self) -> bool {
        self.all || !self.organisations.is_empty()
    }
}

/// The records of `kind` that `actor` may do `action` to; an empty scope when none of their
/// roles opens such records.
pub fn scope(actor: &Actor, kind: Kind, action: Action) -> Scope {
    let mut s = Scope::default();
    for m in &actor.memberships {
        match rule(m.role, kind, action) {
            Rule::No => {}
            Rule::Own => s.own = actor.id.is_some(),
            Rule::OwnOrg => s.organisations.push(m.organisation),
            Rule::CaseOrg => s.cases_of.push(m.organisation),
            Rule::Assigned => s.assigned_in.push(m.organisation),
            Rule::Shared | Rule::Writing => s.shared_in.push(m.organisation),
            Rule::All => s.all = true,
        }
    }
    for list in [&mut s.cases_of, &mut s.assigned_in, &mut s.shared_in] {
        list.sort();
        list.dedup();
    }
    s.organisations.sort();
    s.organisations.dedup();
    s
}

/// The table as Markdown, one section per kind: what `docs/access-policy.md` holds.
pub fn markdown() -> String {
    let role_name = |r: Role| match r {
        Role::Participant => "participant",
        Role::Counsellor => "counsellor",
        Role::Coordinator => "coordinator",
        Role::Validator => "validator",
        Role::OrgAdmin => "organisation administrator",
        Role::InstallationAdmin => "installation administrator",
    };
    let mut out = String::from(
        "# Who may do what: Kartla's access policy\n\n\
         Generated from `app/src/domain/policy.rs` (`cargo test` fails when the two differ; \
         `KARTLA_WRITE_POLICY=1 cargo test -p kartla-app policy` writes it again).\n\n\
         A person's roles come from their memberships: a role held in an organisation. A \
         request is allowed when one of the person's memberships allows it. Someone whose \
         roles open a kind of record but not this one gets *not found* (404), as if it did \
         not exist; someone none of whose roles opens it gets *forbidden* (403); someone not \
         signed in is sent to sign in.\n\n\
         - **own**: the record is about the person themself.\n\
         - **own organisation**: the record belongs to the organisation the role is held in.\n\
         - **case of own organisation**: the record belongs to a case of the organisation the \
         role is held in (evidence and experiences: a case whose handed-in versions draw on \
         them), and is not about the person themself: nobody handles their own case.\n\
         - **case assigned to them**: the same, and the case is assigned to the person.\n\
         - **shared with them**: the record's person shares it with the person, a counsellor \
         of the organisation the role is held in.\n\
         - **shared, writing in a session**: the same, while a guidance session on the record \
         is open in which the person lets the counsellor write directly.\n\
         - **all**: every record of the kind.\n",
    );
    for kind in Kind::ALL {
        out.push_str(&format!("\n## {}\n\n| role |", kind.name()));
        for a in Action::ALL {
            out.push_str(&format!(" {} |", a.name()));
        }
        out.push_str("\n| --- |");
        for _ in Action::ALL {
            out.push_str(" --- |");
        }
        out.push('\n');
        for role in Role::ALL {
            out.push_str(&format!("| {} |", role_name(role)));
            for a in Action::ALL {
                out.push_str(&format!(" {} |", rule(role, kind, a).name()));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{OrgCode, OrgKind};

    const ME: UserId = UserId(1);
    const SOMEONE: UserId = UserId(2);
    const MY_ORG: OrganisationId = OrganisationId(10);
    const OTHER_ORG: OrganisationId = OrganisationId(20);

    fn holding(role: Role, org: OrganisationId) -> Actor {
        Actor {
            id: Some(ME),
            memberships: vec![Membership {
                organisation: org,
                kind: if role == Role::InstallationAdmin {
                    OrgKind::Region
                } else {
                    OrgKind::Municipality
                },
                code: OrgCode::parse("ORG").unwrap(),
                role,
            }],
        }
    }

    /// The relations a record can have to the person asking.
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Relation {
        /// About the person themself, in their own organisation (their case assigned to
        /// someone else).
        Mine,
        /// Someone else's, handed in, in (or served by) the person's organisation, its case
        /// assigned to the person.
        SameOrganisation,
        /// The same, its case assigned to someone else.
        SameOrganisationOtherAssignee,
        /// The same, not handed in (no case).
        SameOrganisationNotHandedIn,
        /// Someone else's, handed in, of another organisation (its case there assigned to the
        /// person, as after they left it).
        OtherOrganisation,
    }

    const RELATIONS: [Relation; 5] = [
        Relation::Mine,
        Relation::SameOrganisation,
        Relation::SameOrganisationOtherAssignee,
        Relation::SameOrganisationNotHandedIn,
        Relation::OtherOrganisation,
    ];

    fn facts(rel: Relation) -> Facts {
        let (person, org, handed_in, assignee) = match rel {
            Relation::Mine => (ME, MY_ORG, true, SOMEONE),
            Relation::SameOrganisation => (SOMEONE, MY_ORG, true, ME),
            Relation::SameOrganisationOtherAssignee => (SOMEONE, MY_ORG, true, SOMEONE),
            Relation::SameOrganisationNotHandedIn => (SOMEONE, MY_ORG, false, ME),
            Relation::OtherOrganisation => (SOMEONE, OTHER_ORG, true, ME),
        };
        Facts {
            person: Some(person),
            organisation: Some(org),
            cases: if handed_in {
                vec![CaseFacts {
                    organisation: org,
                    assignee: Some(assignee),
                }]
            } else {
                vec![]
            },
            // Shared with the person asking only where the case is theirs too.
            shares: if rel == Relation::SameOrganisation {
                vec![ShareFacts {
                    counsellor: ME,
                    organisation: org,
                }]
            } else {
                vec![]
            },
            // Writing directly only in the relation it is shared in; see the tests below for
            // sharing without writing and writing without sharing.
            writers: if rel == Relation::SameOrganisation {
                vec![ME]
            } else {
                vec![]
            },
        }
    }

    /// What a rule means for each relation, written out case by case rather than through
    /// [`holds`].
    fn expected(rule: Rule, rel: Relation) -> Decision {
        use Decision::*;
        use Relation::*;
        match (rule, rel) {
            (Rule::No, _) => Forbidden,
            (Rule::All, _) => Allow,
            (Rule::Own, Mine) => Allow,
            (Rule::Own, _) => NotFound,
            (Rule::OwnOrg, OtherOrganisation) => NotFound,
            (Rule::OwnOrg, _) => Allow,
            (Rule::CaseOrg, SameOrganisation | SameOrganisationOtherAssignee) => Allow,
            (Rule::CaseOrg, Mine | SameOrganisationNotHandedIn | OtherOrganisation) => NotFound,
            (Rule::Assigned, SameOrganisation) => Allow,
            (Rule::Assigned, _) => NotFound,
            (Rule::Shared | Rule::Writing, SameOrganisation) => Allow,
            (Rule::Shared | Rule::Writing, _) => NotFound,
        }
    }

    #[test]
    fn statistics_are_the_organisations_own_and_the_region_offices_are_the_regions() {
        let of = |org: OrganisationId| Facts {
            organisation: Some(org),
            ..Facts::default()
        };
        let in_region = |role: Role| Actor {
            id: Some(ME),
            memberships: vec![Membership {
                organisation: MY_ORG,
                kind: OrgKind::Region,
                code: OrgCode::parse("NB").unwrap(),
                role,
            }],
        };
        for role in [Role::Coordinator, Role::OrgAdmin] {
            // A municipality's staff: their own figures, not a neighbour's.
            let local = holding(role, MY_ORG);
            assert_eq!(
                decide(&local, Kind::Statistics, Action::View, &of(MY_ORG)),
                Decision::Allow
            );
            assert_eq!(
                decide(&local, Kind::Statistics, Action::View, &of(OTHER_ORG)),
                Decision::NotFound
            );
            let s = scope(&local, Kind::Statistics, Action::View);
            assert!(!s.all && s.organisations == [MY_ORG]);
            // The region office: the region's (its own), not a municipality's own breakdowns.
            let office = in_region(role);
            assert_eq!(
                decide(&office, Kind::Statistics, Action::View, &of(MY_ORG)),
                Decision::Allow
            );
            assert_eq!(
                decide(&office, Kind::Statistics, Action::View, &of(OTHER_ORG)),
                Decision::NotFound
            );
        }
        // Nobody else, not even in the region office; and nobody changes a figure.
        for role in [
            Role::Participant,
            Role::Counsellor,
            Role::Validator,
            Role::InstallationAdmin,
        ] {
            assert_eq!(
                decide(
                    &in_region(role),
                    Kind::Statistics,
                    Action::View,
                    &of(MY_ORG)
                ),
                Decision::Forbidden,
                "{role:?}"
            );
        }
        for role in Role::ALL {
            for action in &Action::ALL[1..] {
                assert_eq!(rule(role, Kind::Statistics, *action), Rule::No);
            }
        }
    }

    #[test]
    fn a_counsellor_writes_in_answers_only_when_shared_and_let_to_write() {
        let me = holding(Role::Counsellor, MY_ORG);
        let shared = vec![ShareFacts {
            counsellor: ME,
            organisation: MY_ORG,
        }];
        let at = |shares: Vec<ShareFacts>, writers: Vec<UserId>| Facts {
            person: Some(SOMEONE),
            shares,
            writers,
            ..Facts::default()
        };
        let edit = |f: &Facts| decide(&me, Kind::Answer, Action::Edit, f);
        assert_eq!(edit(&at(shared.clone(), vec![ME])), Decision::Allow);
        assert_eq!(
            edit(&at(shared.clone(), vec![])),
            Decision::NotFound,
            "proposals only"
        );
        assert_eq!(
            edit(&at(shared, vec![SOMEONE])),
            Decision::NotFound,
            "someone else's session"
        );
        assert_eq!(
            edit(&at(vec![], vec![ME])),
            Decision::NotFound,
            "the sharing was withdrawn"
        );
    }

    #[test]
    fn the_whole_matrix_answers_as_the_table_says() {
        let mut cases = 0;
        for kind in Kind::ALL {
            for action in Action::ALL {
                for rel in RELATIONS {
                    // No role at all (signed in, no membership; or not signed in).
                    for nobody in [
                        Actor::default(),
                        Actor {
                            id: Some(ME),
                            memberships: vec![],
                        },
                    ] {
                        assert_eq!(
                            decide(&nobody, kind, action, &facts(rel)),
                            Decision::Forbidden
                        );
                        cases += 1;
                    }
                    for role in Role::ALL {
                        let actor = holding(role, MY_ORG);
                        let got = decide(&actor, kind, action, &facts(rel));
                        let want = expected(rule(role, kind, action), rel);
                        assert_eq!(got, want, "{role:?} {action:?} {kind:?} ({rel:?})");
                        cases += 1;
                    }
                }
            }
        }
        assert_eq!(
            cases,
            Kind::ALL.len() * Action::ALL.len() * RELATIONS.len() * 8
        );
        eprintln!("{cases} cases");
    }

    #[test]
    fn the_promises_the_product_makes() {
        let mine = facts(Relation::Mine);
        let theirs = facts(Relation::SameOrganisation);
        let colleagues = facts(Relation::SameOrganisationOtherAssignee);
        let elsewhere = facts(Relation::OtherOrganisation);
        let draft = facts(Relation::SameOrganisationNotHandedIn);
        let validator = holding(Role::Validator, MY_ORG);
        let coordinator = holding(Role::Coordinator, MY_ORG);
        // A validator sees the cases assigned to them, and the evidence those cases hold;
        // nothing of a colleague's case, another organisation's, or a draft.
        for kind in [
            Kind::Case,
            Kind::Evidence,
            Kind::ProfilePdf,
            Kind::Statement,
        ] {
            assert_eq!(
                decide(&validator, kind, Action::View, &theirs),
                Decision::Allow
            );
            for other in [&colleagues, &elsewhere, &draft] {
                assert_eq!(
                    decide(&validator, kind, Action::View, other),
                    Decision::NotFound
                );
            }
        }
        // The coordinators see every case of their organisation, and assign it; only the
        // validator it is assigned to judges and concludes.
        assert_eq!(
            decide(&coordinator, Kind::Case, Action::View, &colleagues),
            Decision::Allow
        );
        assert_eq!(
            decide(&coordinator, Kind::Case, Action::Edit, &colleagues),
            Decision::Allow
        );
        assert_eq!(
            decide(&coordinator, Kind::Case, Action::View, &elsewhere),
            Decision::NotFound
        );
        assert_eq!(
            decide(&coordinator, Kind::Judgement, Action::Create, &theirs),
            Decision::Forbidden
        );
        assert_eq!(
            decide(&validator, Kind::Case, Action::Assess, &colleagues),
            Decision::NotFound
        );
        assert_eq!(
            decide(&validator, Kind::Case, Action::Edit, &theirs),
            Decision::Forbidden
        );
        // Staff read cases, never the live mapping, and never change a person's answers.
        for staff in [&validator, &coordinator] {
            assert_eq!(
                decide(staff, Kind::Mapping, Action::View, &theirs),
                Decision::Forbidden
            );
            assert_eq!(
                decide(staff, Kind::Mapping, Action::Edit, &theirs),
                Decision::Forbidden
            );
        }
        // Staff never handle their own case, even in their own organisation.
        let mut own_case = facts(Relation::Mine);
        own_case.cases[0].assignee = Some(ME);
        for staff in [&validator, &coordinator] {
            assert_eq!(
                decide(staff, Kind::Case, Action::View, &own_case),
                Decision::NotFound
            );
        }
        // Nobody deletes a case or a judgement.
        for role in Role::ALL {
            for kind in [Kind::Case, Kind::Judgement] {
                assert_eq!(
                    rule(role, kind, Action::Delete),
                    Rule::No,
                    "{role:?} {kind:?}"
                );
            }
        }
        // Administrators manage; they do not read people's files.
        for admin in [Role::OrgAdmin, Role::InstallationAdmin] {
            let a = holding(admin, MY_ORG);
            for kind in [
                Kind::Mapping,
                Kind::Evidence,
                Kind::Experience,
                Kind::ProfilePdf,
                Kind::Case,
                Kind::Statement,
            ] {
                assert_eq!(decide(&a, kind, Action::View, &theirs), Decision::Forbidden);
            }
        }
        // Only the person hands in their own mapping, and hands a case in again.
        let p = holding(Role::Participant, MY_ORG);
        assert_eq!(
            decide(&p, Kind::Mapping, Action::HandIn, &mine),
            Decision::Allow
        );
        assert_eq!(
            decide(&p, Kind::Case, Action::HandIn, &mine),
            Decision::Allow
        );
        assert_eq!(
            decide(&p, Kind::Case, Action::View, &theirs),
            Decision::NotFound
        );
        // Two roles: the one that allows wins, in whichever order they are held.
        let mut both = holding(Role::Counsellor, OTHER_ORG);
        both.memberships
            .extend(holding(Role::Validator, MY_ORG).memberships);
        assert_eq!(
            decide(&both, Kind::Case, Action::View, &theirs),
            Decision::Allow
        );
        both.memberships.reverse();
        assert_eq!(
            decide(&both, Kind::Case, Action::View, &theirs),
            Decision::Allow
        );
        // The role in the other organisation does not carry over.
        assert_eq!(
            decide(&both, Kind::Case, Action::View, &elsewhere),
            Decision::NotFound
        );
    }

    #[test]
    fn a_list_is_scoped_by_the_same_rules() {
        let mut actor = holding(Role::Validator, MY_ORG);
        actor
            .memberships
            .extend(holding(Role::Participant, OTHER_ORG).memberships);
        let s = scope(&actor, Kind::Case, Action::View);
        assert!(s.own && !s.all);
        assert_eq!(s.assigned_in, [MY_ORG]);
        assert!(s.cases_of.is_empty());
        let c = scope(
            &holding(Role::Coordinator, MY_ORG),
            Kind::Case,
            Action::View,
        );
        assert_eq!(c.cases_of, [MY_ORG]);
        assert!(scope(&Actor::default(), Kind::Mapping, Action::View).is_empty());
        assert!(
            scope(
                &holding(Role::InstallationAdmin, MY_ORG),
                Kind::Import,
                Action::View
            )
            .all
        );
    }

    #[test]
    fn every_kind_round_trips_through_its_name() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>(), Ok(k));
        }
        let logged: Vec<Kind> = Kind::ALL.into_iter().filter(|k| k.logged()).collect();
        assert_eq!(
            logged,
            [
                Kind::Mapping,
                Kind::Evidence,
                Kind::ProfilePdf,
                Kind::Case,
                Kind::Statement
            ]
        );
    }

    #[test]
    fn the_readable_table_is_the_table() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/access-policy.md");
        let now = markdown();
        if std::env::var_os("KARTLA_WRITE_POLICY").is_some() {
            std::fs::write(&path, &now).unwrap();
        }
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            written == now,
            "docs/access-policy.md differs from the policy: run KARTLA_WRITE_POLICY=1 cargo test -p kartla-app policy"
        );
    }
}
