//! Reading cases: a coordinator's and a validator's queues, one case with everything on it.
use crate::case_view::{CaseView, Queues};
use crate::domain::CaseId;
use crate::error::AppError;
use leptos::prelude::*;

/// The signed-in person and the case `id`, when the access policy lets them do `action` to a
/// record of `kind` of it (for a view: written in the person's access log). Someone whose
/// roles do not reach it learns only that there is no such case.
#[cfg(feature = "ssr")]
pub async fn case_for(
    id: CaseId,
    kind: crate::domain::policy::Kind,
    action: crate::domain::policy::Action,
) -> Result<(crate::db::users::UserRow, crate::db::cases::CaseHead), AppError> {
    let user = crate::auth::require_user().await?;
    // Someone none of whose roles opens such records learns nothing, not even whether this
    // one exists.
    if crate::domain::policy::scope(&user.actor(), kind, action).is_empty() {
        return Err(AppError::Forbidden);
    }
    let st = crate::auth::state()?;
    let head = crate::db::cases::head(&st.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record = crate::access::Record {
        cases: head.facts().cases,
        ..crate::access::Record::of(kind, id.0, head.owner_id)
    };
    crate::access::check_person(&st.db, &user, action, record).await?;
    Ok((user, head))
}

/// Whether the policy lets `user` do `action` to a record of `kind` of the case.
#[cfg(feature = "ssr")]
pub fn may(
    user: &crate::db::users::UserRow,
    head: &crate::db::cases::CaseHead,
    kind: crate::domain::policy::Kind,
    action: crate::domain::policy::Action,
) -> bool {
    crate::domain::policy::decide(&user.actor(), kind, action, &head.facts())
        == crate::domain::policy::Decision::Allow
}

/// One case, showing handed-in version `version` (the last when not given).
#[server(prefix = "/api", endpoint = "get_case")]
pub async fn get_case(id: CaseId, version: Option<i64>) -> Result<CaseView, AppError> {
    use crate::case_view::CaseRights;
    use crate::db::{cases, directory, organisations, users};
    use crate::domain::case::{self, Outcome};
    use crate::domain::policy::{Action, Kind};
    let (user, head) = case_for(id, Kind::Case, Action::View).await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let versions = cases::versions(&st.db, id).await?;
    let shown = version
        .filter(|v| versions.iter().any(|(n, _)| n == v))
        .unwrap_or(head.version);
    let record = cases::version(&st.db, &st.published, id, shown)
        .await?
        .ok_or(AppError::NotFound)?;
    let changes = match shown {
        1 => None,
        n => cases::version(&st.db, &st.published, id, n - 1)
            .await?
            .map(|before| case::changes(&before, &record)),
    };
    let judgements = cases::judgements(&st.db, id).await?;
    let standing = case::current(&judgements);
    let suggested = record
        .frameworks
        .iter()
        .map(|f| {
            let verdicts: Vec<_> = f
                .criteria()
                .filter_map(|c| standing.get(&c.id).map(|j| j.verdict))
                .collect();
            (f.id, Outcome::suggested(&verdicts))
        })
        .collect();
    let may = CaseRights {
        owner: user.id == head.owner_id,
        coordinate: may(&user, &head, Kind::Case, Action::Edit),
        assess: may(&user, &head, Kind::Case, Action::Assess),
        request: may(&user, &head, Kind::AdditionRequest, Action::Create),
    };
    let validators = if may.coordinate {
        let codes: Vec<String> = record.frameworks.iter().map(|f| f.code.clone()).collect();
        let mut listed = directory::validators_for(&st.db, head.organisation_id, &codes).await?;
        // Nobody assesses their own case.
        listed.retain(|(v, _)| *v != head.owner_id);
        listed
    } else {
        vec![]
    };
    let organisation = organisations::find(&st.db, head.organisation_id)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let assignee_name = match head.assignee_id {
        Some(a) => users::find(&st.db, a)
            .await?
            .map(|u| u.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let conclusion = cases::conclusion(&st.db, &st.published, id).await?;
    let mut requests = cases::requests(&st.db, id).await?;
    // A list still being built is the staff's, not yet the person's.
    if !(may.coordinate || may.assess) {
        requests.retain(|r| r.sent_at.is_some());
    }
    let view = CaseView {
        id,
        mapping: head.mapping_id,
        state: head.state,
        organisation,
        assignee: head.assignee_id,
        assignee_name,
        created_at: head.created_at,
        state_since: head.state_since,
        today: crate::domain::Day::of(crate::db::now()),
        version: shown,
        latest: head.version,
        versions,
        answers: crate::view_model::MappingView::from_record(&record, lang.tag(), false),
        changes,
        judgements,
        requests,
        conclusion,
        suggested,
        trail: cases::trail(&st.db, id).await?,
        validators,
        may,
        kept: crate::db::kept::with_prefix(&st.db, user.id, &format!("case-{id}-")).await?,
    };
    Ok(view)
}

/// The cases of the organisations the reader coordinates for, and those assigned to them.
#[server(prefix = "/api", endpoint = "case_queue")]
pub async fn case_queue() -> Result<Queues, AppError> {
    use crate::case_view::CaseLine;
    use crate::db::cases::{self, CaseSummary};
    use crate::domain::policy::{Action, Kind};
    let (user, scope) = crate::access::require_scope(Kind::Case, Action::View).await?;
    if scope.cases_of.is_empty() && scope.assigned_in.is_empty() {
        return Err(AppError::Forbidden);
    }
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let now = crate::db::now();
    let today = crate::domain::Day::of(now);
    let line = |c: CaseSummary| CaseLine {
        id: c.id,
        waiting_days: c.waiting_days(now),
        overdue: c.overdue(today),
        person: c.person,
        state: c.state,
        organisation: c.organisation_code,
        assignee: c.assignee_name,
        frameworks: crate::domain::localized::joined(&c.framework_titles, lang.tag()),
        created_at: c.created_at,
        deadline: c.deadline,
    };
    let organisation = if scope.cases_of.is_empty() {
        None
    } else {
        let all = cases::queue(&st.db, Some(&scope.cases_of)).await?;
        Some(all.into_iter().map(line).collect())
    };
    let assigned = if scope.assigned_in.is_empty() {
        None
    } else {
        let mine = cases::assigned_to(&st.db, user.id, &scope.assigned_in).await?;
        Some(mine.into_iter().map(line).collect())
    };
    Ok(Queues {
        organisation,
        assigned,
    })
}
