//! What the pages show of a case: the version handed in (as a [`MappingView`]), what changed
//! since the one before, the judgements, the requests for additions, the conclusion and the
//! trail, and what the reader may do. Built on the server, resolved into the reader's
//! language where words come from the catalogue.
use crate::domain::case::{
    AdditionRequest, Conclusion, Event, Judgement, Outcome, Target, VersionChanges,
};
use crate::domain::{
    CaseId, CaseState, CriterionId, Day, FrameworkId, MappingId, Timestamp, UserId,
};
use crate::view_model::MappingView;
use serde::{Deserialize, Serialize};

/// What the reader may do to the case (each the access policy's answer, and the state's).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRights {
    /// The person whose case it is.
    pub owner: bool,
    /// Take, assign (a coordinator of its organisation).
    pub coordinate: bool,
    /// Judge, hand back, conclude (the validator it is assigned to).
    pub assess: bool,
    /// Build and send a list of additions.
    pub request: bool,
}

/// One case as a page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseView {
    pub id: CaseId,
    pub mapping: MappingId,
    pub state: CaseState,
    pub organisation: String,
    pub assignee: Option<UserId>,
    pub assignee_name: String,
    pub created_at: Timestamp,
    pub state_since: Timestamp,
    pub today: Day,
    /// The version shown, and the last one handed in.
    pub version: i64,
    pub latest: i64,
    pub versions: Vec<(i64, Timestamp)>,
    /// The version shown: the answers, goal, portfolio and evidence as handed in.
    pub answers: MappingView,
    /// What changed since the version before the one shown.
    pub changes: Option<VersionChanges>,
    /// Every judgement, in the order made.
    pub judgements: Vec<Judgement>,
    pub requests: Vec<AdditionRequest>,
    pub conclusion: Option<Conclusion>,
    /// Per framework of the version: the outcome the standing judgements point to.
    pub suggested: Vec<(FrameworkId, Outcome)>,
    pub trail: Vec<Event>,
    /// Who the case can be assigned to: the organisation's validators listed for its
    /// frameworks (only for its coordinators).
    pub validators: Vec<(UserId, String)>,
    pub may: CaseRights,
    /// What the reader typed into this case's forms that could not be saved yet: (form,
    /// input as JSON), to give back.
    pub kept: Vec<(String, String)>,
}

impl CaseView {
    /// The judgement that stands for a criterion, and the ones before it (oldest first).
    pub fn judged(&self, c: CriterionId) -> (Option<&Judgement>, Vec<&Judgement>) {
        let mut all: Vec<&Judgement> = self
            .judgements
            .iter()
            .filter(|j| j.criterion == c)
            .collect();
        let current = all.pop();
        (current, all)
    }

    /// What the reader typed into form `form` of this case that was refused, if anything.
    pub fn kept<T: serde::de::DeserializeOwned>(&self, form: &str) -> Option<T> {
        let key = format!("case-{}-{form}", self.id);
        self.kept
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, json)| serde_json::from_str(json).ok())
    }

    /// The criteria of the version not judged yet.
    pub fn not_judged(&self) -> Vec<CriterionId> {
        self.answers
            .criteria()
            .filter(|c| !self.judgements.iter().any(|j| j.criterion == c.id))
            .map(|c| c.id)
            .collect()
    }

    /// The list of additions being built (not sent yet).
    pub fn draft(&self) -> Option<&AdditionRequest> {
        self.requests.iter().find(|r| r.sent_at.is_none())
    }

    /// The list sent that the person has not answered yet.
    pub fn open_request(&self) -> Option<&AdditionRequest> {
        self.requests
            .iter()
            .find(|r| r.sent_at.is_some() && r.answered_at.is_none())
    }

    /// Whether staff may build a list now.
    pub fn may_request_now(&self) -> bool {
        self.may.request && matches!(self.state, CaseState::Checking | CaseState::Assigned)
    }

    /// The criterion's code, for naming it in lists.
    pub fn code_of(&self, c: CriterionId) -> String {
        self.answers
            .criteria()
            .find(|k| k.id == c)
            .map(|k| k.code.clone())
            .unwrap_or_default()
    }

    /// What a requested item is about, in the reader's language.
    pub fn target_label(&self, t: Target, i18n: crate::i18n::I18n) -> String {
        match t {
            Target::Case => i18n.t("target-case"),
            Target::Criterion(c) => {
                let text = self
                    .answers
                    .criteria()
                    .find(|k| k.id == c)
                    .map(|k| format!("{} {}", i18n.isolate(&k.code), k.text))
                    .unwrap_or_default();
                i18n.t_with("target-criterion", &[("criterion", text.into())])
            }
            Target::Experience(e) => {
                let label = self
                    .answers
                    .portfolio
                    .iter()
                    .find(|p| p.id == e)
                    .map(|p| p.label(i18n))
                    .unwrap_or_default();
                i18n.t_with("target-experience", &[("experience", label.into())])
            }
            Target::Evidence(n) => {
                let label = self
                    .answers
                    .evidence
                    .iter()
                    .find(|v| v.number == n)
                    .map(|v| v.label(i18n))
                    .unwrap_or_else(|| n.to_string());
                i18n.t_with("target-evidence", &[("evidence", label.into())])
            }
        }
    }

    /// Every target a requested item can have in the version shown: the case, each
    /// criterion, each experience and piece of evidence.
    pub fn targets(&self) -> Vec<Target> {
        let mut out = vec![Target::Case];
        out.extend(self.answers.criteria().map(|c| Target::Criterion(c.id)));
        out.extend(
            self.answers
                .portfolio
                .iter()
                .map(|p| Target::Experience(p.id)),
        );
        out.extend(
            self.answers
                .evidence
                .iter()
                .map(|e| Target::Evidence(e.number)),
        );
        out
    }
}

/// One line of a queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseLine {
    pub id: CaseId,
    pub person: String,
    pub state: CaseState,
    pub organisation: String,
    pub assignee: String,
    pub frameworks: String,
    pub created_at: Timestamp,
    pub waiting_days: i64,
    pub deadline: Option<Day>,
    pub overdue: bool,
}

/// A coordinator's and a validator's queues.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Queues {
    /// The cases of the organisations the reader coordinates for; `None` when they coordinate
    /// for none.
    pub organisation: Option<Vec<CaseLine>>,
    /// The cases assigned to the reader; `None` when they are no validator.
    pub assigned: Option<Vec<CaseLine>>,
}
