//! Asking the access policy ([`crate::domain::policy`]) on the server: who is asking, and the
//! facts about the record that the decision needs, read from the database only when a rule
//! needs them. Every server function and route goes through here.
use crate::db::{self, users::UserRow, Db};
use crate::domain::policy::{self, Action, CaseFacts, Decision, Facts, Kind, Scope, ShareFacts};
use crate::domain::UserId;
use crate::error::AppError;

fn answer(d: Decision) -> Result<(), AppError> {
    match d {
        Decision::Allow => Ok(()),
        Decision::NotFound => Err(AppError::NotFound),
        Decision::Forbidden => Err(AppError::Forbidden),
    }
}

/// May `user` do `action` to the record of `kind` that `facts` describe (records that are not
/// about one person's file: memberships, organisations)?
pub fn check(user: &UserRow, kind: Kind, action: Action, facts: &Facts) -> Result<(), AppError> {
    answer(policy::decide(&user.actor(), kind, action, facts))
}

/// A record about a person: what it is, whose, which one, and the cases it belongs to (see
/// [`Facts::cases`](crate::domain::policy::Facts)).
#[derive(Debug, Clone)]
pub struct Record {
    pub kind: Kind,
    pub id: i64,
    pub person: UserId,
    pub cases: Vec<CaseFacts>,
    pub shares: Vec<ShareFacts>,
    /// The counsellors an open guidance session on the record lets write directly.
    pub writers: Vec<UserId>,
}

impl Record {
    /// A record of `person`'s that belongs to no case and is shared with nobody (their
    /// portfolio, a mapping they ask about themselves).
    pub fn of(kind: Kind, id: i64, person: UserId) -> Self {
        Self {
            kind,
            id,
            person,
            cases: vec![],
            shares: vec![],
            writers: vec![],
        }
    }

    /// `person`'s mapping `mapping` (or its profile), as `user` asks about it: with whom its
    /// person shares it, when the one asking is someone else.
    pub async fn mapping(
        db: &Db,
        user: &UserRow,
        kind: Kind,
        mapping: crate::domain::MappingId,
        person: UserId,
    ) -> Result<Self, AppError> {
        let mut record = Self::of(kind, mapping.0, person);
        if user.id != person {
            record.shares = db::shares::facts_of_mapping(db, person, mapping).await?;
            if kind == Kind::Answer {
                record.writers = db::guidance::writers(db, mapping).await?;
            }
        }
        Ok(record)
    }
}

/// May `user` do `action` to `record`? Someone other than the person who is let in to view it
/// is written in the person's access log first ([`Kind::logged`]); should that fail, they are
/// not let in.
pub async fn check_person(
    db: &Db,
    user: &UserRow,
    action: Action,
    record: Record,
) -> Result<(), AppError> {
    let actor = user.actor();
    let Record {
        kind,
        id,
        person,
        cases,
        shares,
        writers,
    } = record;
    let facts = Facts {
        person: Some(person),
        cases,
        shares,
        writers,
        ..Facts::default()
    };
    match policy::grant(&actor, kind, action, &facts) {
        Ok(m) => {
            if action == Action::View && kind.logged() && user.id != person {
                db::access_log::record(db, user.id, m, person, kind, id).await?;
            }
            Ok(())
        }
        Err(refused) => answer(refused),
    }
}

/// May `user` do `action` to their own records of `kind` (their portfolio, their evidence, a
/// new mapping of theirs)?
pub fn check_own(user: &UserRow, kind: Kind, action: Action) -> Result<(), AppError> {
    let facts = Facts {
        person: Some(user.id),
        ..Facts::default()
    };
    check(user, kind, action, &facts)
}

/// The signed-in person, when they may do `action` to their own records of `kind`.
pub async fn require_own(kind: Kind, action: Action) -> Result<UserRow, AppError> {
    let user = crate::auth::require_user().await?;
    check_own(&user, kind, action)?;
    Ok(user)
}

/// The signed-in person and the records of `kind` they may do `action` to, when there are any
/// (a list, a page of an administration); `Forbidden` when none of their roles opens them.
pub async fn require_scope(kind: Kind, action: Action) -> Result<(UserRow, Scope), AppError> {
    let user = crate::auth::require_user().await?;
    let scope = policy::scope(&user.actor(), kind, action);
    if scope.is_empty() {
        return Err(AppError::Forbidden);
    }
    Ok((user, scope))
}

/// The signed-in person and their scope, when it reaches records of whole organisations (an
/// administration page); `Forbidden` when it reaches at most their own.
pub async fn require_reach(kind: Kind, action: Action) -> Result<(UserRow, Scope), AppError> {
    let (user, scope) = require_scope(kind, action).await?;
    if !scope.reaches_organisations() {
        return Err(AppError::Forbidden);
    }
    Ok((user, scope))
}

/// The signed-in person, when they may do `action` to every record of `kind` (the catalogue's
/// administration: drafts and imports).
pub async fn require_all(kind: Kind, action: Action) -> Result<UserRow, AppError> {
    let (user, scope) = require_scope(kind, action).await?;
    if scope.all {
        Ok(user)
    } else {
        Err(AppError::Forbidden)
    }
}
