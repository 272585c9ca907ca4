//! Lists of cases: an organisation's queue, a validator's own, a person's.
use crate::db::{Db, Json};
use crate::domain::{
    CaseId, CaseState, Day, LocalizedText, MappingId, OrganisationId, Timestamp, UserId,
};

/// One line of a list of cases.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseSummary {
    pub id: CaseId,
    pub mapping: MappingId,
    pub person: String,
    pub state: CaseState,
    pub organisation: OrganisationId,
    pub organisation_code: String,
    pub assignee: Option<UserId>,
    pub assignee_name: String,
    pub framework_codes: Vec<String>,
    pub framework_titles: Vec<LocalizedText>,
    pub created_at: Timestamp,
    /// When it entered its state: how long it has waited.
    pub state_since: Timestamp,
    /// The deadline of the list of additions the person has not answered yet.
    pub deadline: Option<Day>,
}

impl CaseSummary {
    /// Whole days it has waited in its state, on `today`.
    pub fn waiting_days(&self, now: Timestamp) -> i64 {
        Day::of(self.state_since).days_until(Day::of(now)).max(0)
    }

    /// Whether the person is past the deadline of the additions asked of them.
    pub fn overdue(&self, today: Day) -> bool {
        self.state == CaseState::Returned && self.deadline.is_some_and(|d| d < today)
    }
}

#[derive(sqlx::FromRow)]
struct Row {
    id: CaseId,
    mapping_id: MappingId,
    person: String,
    state: CaseState,
    organisation_id: OrganisationId,
    organisation_code: String,
    assignee_id: Option<UserId>,
    assignee_name: Option<String>,
    created_at: Timestamp,
    state_since: Timestamp,
    deadline: Option<i64>,
    code: String,
    title: Json<LocalizedText>,
}

macro_rules! case_select {
    ($rest:literal) => {
        concat!(
            "SELECT c.id, c.mapping_id, p.name AS person, c.state, c.organisation_id,
                    o.code AS organisation_code, c.assignee_id, a.name AS assignee_name,
                    c.created_at, c.state_since,
                    (SELECT MAX(r.deadline) FROM addition_requests r WHERE r.case_id = c.id
                       AND r.sent_at IS NOT NULL AND r.answered_at IS NULL) AS deadline,
                    f.code, f.title
             FROM cases c JOIN mappings m ON m.id = c.mapping_id
             JOIN users p ON p.id = m.owner_id
             JOIN organisations o ON o.id = c.organisation_id
             LEFT JOIN users a ON a.id = c.assignee_id
             JOIN mapping_frameworks mf ON mf.mapping_id = c.mapping_id
             JOIN frameworks f ON f.id = mf.framework_id ",
            $rest
        )
    };
}

fn fold(rows: Vec<Row>) -> Vec<CaseSummary> {
    let mut out: Vec<CaseSummary> = vec![];
    for r in rows {
        match out.last_mut() {
            Some(last) if last.id == r.id => {
                last.framework_codes.push(r.code);
                last.framework_titles.push(r.title.0);
            }
            _ => out.push(CaseSummary {
                id: r.id,
                mapping: r.mapping_id,
                person: r.person,
                state: r.state,
                organisation: r.organisation_id,
                organisation_code: r.organisation_code,
                assignee: r.assignee_id,
                assignee_name: r.assignee_name.unwrap_or_default(),
                framework_codes: vec![r.code],
                framework_titles: vec![r.title.0],
                created_at: r.created_at,
                state_since: r.state_since,
                deadline: r.deadline.map(Day::from_number),
            }),
        }
    }
    out
}

/// Waiting for staff first (longest waiting first), then with the person, then concluded.
fn in_queue_order(mut cases: Vec<CaseSummary>) -> Vec<CaseSummary> {
    cases.sort_by_key(|c| {
        let group = match c.state {
            CaseState::New | CaseState::Checking | CaseState::Assigned => 0,
            CaseState::Returned => 1,
            CaseState::Concluded => 2,
        };
        let since = if group == 2 {
            -c.state_since.micros()
        } else {
            c.state_since.micros()
        };
        (group, since, c.id)
    });
    cases
}

/// The cases of these organisations (every one's when `None`): a coordinator's queue, the
/// command line's list.
pub async fn queue(
    db: &Db,
    organisations: Option<&[OrganisationId]>,
) -> Result<Vec<CaseSummary>, sqlx::Error> {
    let mut all = vec![];
    match organisations {
        None => {
            let rows = sqlx::query_as(case_select!("ORDER BY c.id, mf.position"))
                .fetch_all(db)
                .await?;
            all = fold(rows);
        }
        Some(orgs) => {
            for org in orgs {
                let rows = sqlx::query_as(case_select!(
                    "WHERE c.organisation_id = $1 ORDER BY c.id, mf.position"
                ))
                .bind(org)
                .fetch_all(db)
                .await?;
                all.extend(fold(rows));
            }
        }
    }
    Ok(in_queue_order(all))
}

/// The cases assigned to `validator` in these organisations.
pub async fn assigned_to(
    db: &Db,
    validator: UserId,
    organisations: &[OrganisationId],
) -> Result<Vec<CaseSummary>, sqlx::Error> {
    let rows = sqlx::query_as(case_select!(
        "WHERE c.assignee_id = $1 ORDER BY c.id, mf.position"
    ))
    .bind(validator)
    .fetch_all(db)
    .await?;
    let mut cases = fold(rows);
    cases.retain(|c| organisations.contains(&c.organisation));
    Ok(in_queue_order(cases))
}

/// A person's own cases.
pub async fn of_owner(db: &Db, owner: UserId) -> Result<Vec<CaseSummary>, sqlx::Error> {
    let rows = sqlx::query_as(case_select!(
        "WHERE m.owner_id = $1 ORDER BY c.id, mf.position"
    ))
    .bind(owner)
    .fetch_all(db)
    .await?;
    Ok(fold(rows))
}
