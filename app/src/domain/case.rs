//! A case: a handed-in mapping as an organisation assesses it. The coordinator (handläggare)
//! checks that it is complete and assigns it to a validator, who judges each criterion against
//! the evidence, may ask for additions, and concludes with a statement of what is met.
//!
//! What is here is pure: the states and the moves between them, the judgements and their
//! methods, the lists of requested additions, the conclusion and its rules, the routing of a
//! mapping to the organisation that is responsible for it, and what changed between two
//! handed-in versions. Who may make a move is the access policy's: each move names the action
//! it needs ([`Move::action`]).
use super::policy::{Action, Kind};
use super::{CriterionId, FrameworkKind, MappingRecord, OrganisationId, Rating};
use serde::{Deserialize, Serialize};

super::ids::id_type!(CaseId);

/// An enum of fixed names: how each is stored and which message names it.
macro_rules! named {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name it is stored and posted by.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The message naming it: the type's prefix and the stored name.
            pub fn label_key(self) -> String {
                format!("{}-{}", Self::PREFIX, self.as_str().replace('_', "-"))
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .iter()
                    .copied()
                    .find(|v| v.as_str() == s)
                    .ok_or_else(|| format!("unknown {} `{s}`", stringify!($name)))
            }
        }
    };
}
pub(crate) use named;

named!(
    /// Where a case stands.
    CaseState {
        /// Handed in, waiting for a coordinator.
        New = "new",
        /// A coordinator is checking that it is complete.
        Checking = "checking",
        /// Back with the person, with a list of additions to make.
        Returned = "returned",
        /// With a validator.
        Assigned = "assigned",
        /// Concluded with a statement.
        Concluded = "concluded",
    }
);

impl CaseState {
    const PREFIX: &'static str = "case-state";

    /// Whether the case waits for its organisation (not for the person, not done).
    pub fn with_staff(self) -> bool {
        matches!(
            self,
            CaseState::New | CaseState::Checking | CaseState::Assigned
        )
    }
}

named!(
    /// A step in a case's trail.
    EventKind {
        HandedIn = "handed_in",
        Taken = "taken",
        Assigned = "assigned",
        HandedBack = "handed_back",
        Returned = "returned",
        Judged = "judged",
        Rejudged = "rejudged",
        ItemDone = "item_done",
        ItemReopened = "item_reopened",
        Concluded = "concluded",
        /// A judgement changed after the conclusion moved a framework's outcome.
        OutcomeChanged = "outcome_changed",
    }
);

impl EventKind {
    const PREFIX: &'static str = "case-event";
}

/// One step of a case's trail: what, who (their name), when, and what it concerned (the
/// version handed in, the validator assigned, the criterion judged, the deadline).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    pub actor: String,
    pub detail: String,
    pub at: super::Timestamp,
}

/// What someone does to a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Move {
    /// A coordinator starts the completeness check.
    Take,
    /// A coordinator gives the case to a validator (or to another one).
    Assign,
    /// The coordinator (while checking) or the validator sends it back with a list of
    /// additions.
    Return,
    /// The person hands it in again after making the additions.
    HandInAgain,
    /// The validator gives it back to the coordinators.
    HandBack,
    /// The validator concludes it with a statement.
    Conclude,
}

impl Move {
    pub const ALL: [Move; 6] = [
        Move::Take,
        Move::Assign,
        Move::Return,
        Move::HandInAgain,
        Move::HandBack,
        Move::Conclude,
    ];

    /// What the access policy must allow for this move, on which kind of record: coordinators
    /// edit a case (take, assign), validators assess it (hand back, conclude), both ask for
    /// additions, the person hands in.
    pub fn action(self) -> (Kind, Action) {
        match self {
            Move::Take | Move::Assign => (Kind::Case, Action::Edit),
            Move::HandBack | Move::Conclude => (Kind::Case, Action::Assess),
            Move::Return => (Kind::AdditionRequest, Action::Create),
            Move::HandInAgain => (Kind::Case, Action::HandIn),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Move::Take => "take",
            Move::Assign => "assign",
            Move::Return => "return",
            Move::HandInAgain => "hand_in_again",
            Move::HandBack => "hand_back",
            Move::Conclude => "conclude",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("cannot {0:?} a case that is {1:?}")]
pub struct IllegalMove(pub Move, pub CaseState);

/// The state after `m`, for a case in `from` that is (`assigned`) or is not with a validator.
/// A case handed in again goes back to its validator if it had one, else to the coordinators.
pub fn apply(from: CaseState, m: Move, assigned: bool) -> Result<CaseState, IllegalMove> {
    use CaseState::*;
    match (from, m) {
        (New, Move::Take) => Ok(Checking),
        (New | Checking | Assigned, Move::Assign) => Ok(Assigned),
        (Checking | Assigned, Move::Return) => Ok(Returned),
        (Returned, Move::HandInAgain) => Ok(if assigned { Assigned } else { New }),
        (Assigned, Move::HandBack) => Ok(Checking),
        (Assigned, Move::Conclude) => Ok(Concluded),
        _ => Err(IllegalMove(m, from)),
    }
}

/// Whether a case keeps its validator through `m`.
pub fn keeps_validator(m: Move) -> bool {
    !matches!(m, Move::HandBack)
}

named!(
    /// A validator's judgement of one criterion.
    Verdict {
        Met = "met",
        PartlyMet = "partly_met",
        NotMet = "not_met",
        /// Not possible to judge yet: the criterion is left open.
        NotYet = "not_yet",
    }
);

impl Verdict {
    const PREFIX: &'static str = "verdict";
}

named!(
    /// How a validator came to a judgement.
    Method {
        Documents = "documents",
        Interview = "interview",
        PracticalTest = "practical_test",
        TheoreticalTest = "theoretical_test",
        WorkplaceObservation = "workplace_observation",
    }
);

impl Method {
    const PREFIX: &'static str = "method";
}

/// At most this many characters in a comment, a reason, a statement or a requested item.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Text staff write (a comment, a reason, a statement): trimmed, CRLF made LF, at most
/// [`MAX_NOTE_CHARS`] characters, no control characters but line breaks and tabs.
pub fn note(raw: &str) -> Result<String, NoteProblem> {
    let text = raw.replace("\r\n", "\n");
    let text = text.trim();
    if text.chars().count() > MAX_NOTE_CHARS {
        return Err(NoteProblem::TooLong);
    }
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(NoteProblem::Control);
    }
    Ok(text.to_owned())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NoteProblem {
    #[error("too long")]
    TooLong,
    #[error("control characters")]
    Control,
}

impl NoteProblem {
    /// The code a form's field error carries.
    pub fn code(self) -> &'static str {
        match self {
            NoteProblem::TooLong => "too-long",
            NoteProblem::Control => "invalid-characters",
        }
    }
}

/// A judgement as the validator posts it, checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JudgementInput {
    pub criterion: CriterionId,
    pub verdict: Verdict,
    pub methods: Vec<Method>,
    pub comment: String,
    /// Why a judgement is changed once the case is concluded; empty before.
    pub reason: String,
}

/// What is wrong with a judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum JudgementProblem {
    #[error("a judgement needs the method it was made by")]
    NoMethod,
    #[error("the comment: {0}")]
    Comment(NoteProblem),
    #[error("the reason: {0}")]
    Reason(NoteProblem),
    #[error("a concluded case's judgement changes only with a stated reason")]
    NoReason,
}

impl JudgementInput {
    /// Checked and tidied: methods sorted and once each, texts as [`note`] makes them. A
    /// judgement other than "not possible yet" names at least one method; once the case is
    /// concluded, a change states its reason.
    pub fn check(mut self, concluded: bool) -> Result<Self, Vec<JudgementProblem>> {
        let mut problems = vec![];
        self.methods.sort();
        self.methods.dedup();
        if self.methods.is_empty() && self.verdict != Verdict::NotYet {
            problems.push(JudgementProblem::NoMethod);
        }
        match note(&self.comment) {
            Ok(c) => self.comment = c,
            Err(e) => problems.push(JudgementProblem::Comment(e)),
        }
        match note(&self.reason) {
            Ok(r) if r.is_empty() && concluded => problems.push(JudgementProblem::NoReason),
            Ok(r) => self.reason = r,
            Err(e) => problems.push(JudgementProblem::Reason(e)),
        }
        if problems.is_empty() {
            Ok(self)
        } else {
            Err(problems)
        }
    }
}

/// A judgement as kept: who made it, when, and of which handed-in version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgement {
    pub criterion: CriterionId,
    pub verdict: Verdict,
    pub methods: Vec<Method>,
    pub comment: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    pub version: i64,
    pub by: String,
    pub at: super::Timestamp,
}

/// The judgement that stands for each criterion: the last one made (`history` in the order
/// made).
pub fn current(history: &[Judgement]) -> std::collections::BTreeMap<CriterionId, &Judgement> {
    history.iter().map(|j| (j.criterion, j)).collect()
}

named!(
    /// What a framework comes to, stated at the conclusion.
    Outcome {
        FullyMet = "fully_met",
        PartlyMet = "partly_met",
        NotMet = "not_met",
    }
);

impl Outcome {
    const PREFIX: &'static str = "outcome";

    /// Whether the validator may state this outcome for criteria judged so: fully met only
    /// when every one is met; partly met only when at least one is met or partly met, and not
    /// all are met; not met unless every one is met.
    pub fn fits(self, verdicts: &[Verdict]) -> bool {
        let all_met = !verdicts.is_empty() && verdicts.iter().all(|v| *v == Verdict::Met);
        let some = verdicts
            .iter()
            .any(|v| matches!(v, Verdict::Met | Verdict::PartlyMet));
        match self {
            Outcome::FullyMet => all_met,
            Outcome::PartlyMet => some && !all_met,
            Outcome::NotMet => !all_met,
        }
    }

    /// The outcome the judgements point to, offered first.
    pub fn suggested(verdicts: &[Verdict]) -> Outcome {
        [Outcome::FullyMet, Outcome::PartlyMet, Outcome::NotMet]
            .into_iter()
            .find(|o| o.fits(verdicts))
            .unwrap_or(Outcome::NotMet)
    }
}

named!(
    /// A recommended next step after the conclusion.
    NextStep {
        /// A course for what remains (kompletterande utbildning).
        TopUpCourse = "top_up_course",
        /// An exam for a grade (prövning).
        Exam = "exam",
        /// An assessment at a workplace.
        WorkplaceAssessment = "workplace_assessment",
        /// Guidance with a study and career counsellor.
        Guidance = "guidance",
    }
);

impl NextStep {
    const PREFIX: &'static str = "next-step";
}

/// One framework's outcome at the conclusion, with the criteria that remain (not met, partly
/// met or left open), in the framework's order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameworkOutcome {
    pub framework: super::FrameworkId,
    pub outcome: Outcome,
    pub remaining: Vec<CriterionId>,
}

/// The conclusion: per framework what is met, an overall statement, next steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conclusion {
    pub outcomes: Vec<FrameworkOutcome>,
    pub statement: String,
    pub next_steps: Vec<NextStep>,
    /// Next steps in the validator's words (a named course, where to take the exam).
    pub next_steps_text: String,
    pub by: String,
    pub at: super::Timestamp,
}

/// Why a case cannot be concluded as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConclusionProblem {
    #[error("criterion {0} has no judgement")]
    NotJudged(CriterionId),
    #[error("framework {0} has no outcome")]
    NoOutcome(super::FrameworkId),
    #[error("the outcome {1:?} does not fit the judgements of framework {0}")]
    DoesNotFit(super::FrameworkId, Outcome),
    #[error("the statement: {0}")]
    Statement(NoteProblem),
    #[error("the statement is empty")]
    NoStatement,
    #[error("the next steps: {0}")]
    NextSteps(NoteProblem),
}

/// What a validator concludes: per framework an outcome (the criteria that remain are
/// worked out from the judgements), the statement, next steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Concluding {
    pub outcomes: Vec<FrameworkOutcome>,
    pub statement: String,
    pub next_steps: Vec<NextStep>,
    pub next_steps_text: String,
}

/// The conclusion asked for, checked against the mapping's criteria and the judgements that
/// stand: every criterion judged (or explicitly left open with "not possible yet"), every
/// framework given an outcome that fits its judgements, a statement written. What comes back
/// has the remaining criteria filled in and the texts tidied.
pub fn conclude(
    record: &MappingRecord,
    judgements: &[Judgement],
    asked: &Concluding,
) -> Result<Concluding, Vec<ConclusionProblem>> {
    let standing = current(judgements);
    let mut problems = vec![];
    let mut out = vec![];
    for f in &record.frameworks {
        let mut verdicts = vec![];
        let mut remaining = vec![];
        for c in f.criteria() {
            match standing.get(&c.id) {
                Some(j) => {
                    verdicts.push(j.verdict);
                    if j.verdict != Verdict::Met {
                        remaining.push(c.id);
                    }
                }
                None => problems.push(ConclusionProblem::NotJudged(c.id)),
            }
        }
        match asked.outcomes.iter().find(|o| o.framework == f.id) {
            None => problems.push(ConclusionProblem::NoOutcome(f.id)),
            Some(o) if !o.outcome.fits(&verdicts) && verdicts.len() == f.criteria().count() => {
                problems.push(ConclusionProblem::DoesNotFit(f.id, o.outcome))
            }
            Some(o) => out.push(FrameworkOutcome {
                framework: f.id,
                outcome: o.outcome,
                remaining,
            }),
        }
    }
    let statement = match note(&asked.statement) {
        Ok(s) if s.is_empty() => {
            problems.push(ConclusionProblem::NoStatement);
            s
        }
        Ok(s) => s,
        Err(e) => {
            problems.push(ConclusionProblem::Statement(e));
            String::new()
        }
    };
    let next_steps_text = note(&asked.next_steps_text).unwrap_or_else(|e| {
        problems.push(ConclusionProblem::NextSteps(e));
        String::new()
    });
    let mut next_steps = asked.next_steps.clone();
    next_steps.sort();
    next_steps.dedup();
    if problems.is_empty() {
        Ok(Concluding {
            outcomes: out,
            statement,
            next_steps,
            next_steps_text,
        })
    } else {
        Err(problems)
    }
}

/// What a requested item is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Target {
    /// The case as a whole.
    Case,
    Criterion(CriterionId),
    /// An experience of the portfolio, by its id.
    Experience(i64),
    /// A piece of evidence, by its number (Bilaga 3).
    Evidence(i64),
}

impl Target {
    pub fn kind(self) -> &'static str {
        match self {
            Target::Case => "case",
            Target::Criterion(_) => "criterion",
            Target::Experience(_) => "experience",
            Target::Evidence(_) => "evidence",
        }
    }

    pub fn id(self) -> i64 {
        match self {
            Target::Case => 0,
            Target::Criterion(c) => c.0,
            Target::Experience(e) | Target::Evidence(e) => e,
        }
    }

    /// From how it is stored and posted: `case`, `criterion:12`, `experience:4`,
    /// `evidence:3`.
    pub fn parse(s: &str) -> Option<Target> {
        let (kind, id) = s.split_once(':').unwrap_or((s, ""));
        let id: Option<i64> = id.parse().ok().filter(|n| *n > 0);
        match (kind, id) {
            ("case", _) if s == "case" => Some(Target::Case),
            ("criterion", Some(n)) => Some(Target::Criterion(CriterionId(n))),
            ("experience", Some(n)) => Some(Target::Experience(n)),
            ("evidence", Some(n)) => Some(Target::Evidence(n)),
            _ => None,
        }
    }

    pub fn from_stored(kind: &str, id: i64) -> Option<Target> {
        match kind {
            "case" => Some(Target::Case),
            "criterion" if id > 0 => Some(Target::Criterion(CriterionId(id))),
            "experience" if id > 0 => Some(Target::Experience(id)),
            "evidence" if id > 0 => Some(Target::Evidence(id)),
            _ => None,
        }
    }

    /// Whether the target is part of the handed-in version `record`.
    pub fn within(self, record: &MappingRecord) -> bool {
        match self {
            Target::Case => true,
            Target::Criterion(c) => record.criteria().any(|k| k.id == c),
            Target::Experience(e) => record.portfolio.iter().any(|p| p.id == e),
            Target::Evidence(n) => record.evidence.iter().any(|e| e.number == n),
        }
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Case => f.write_str("case"),
            other => write!(f, "{}:{}", other.kind(), other.id()),
        }
    }
}

/// At most this many items in one list of requested additions.
pub const MAX_ITEMS: usize = 30;

/// One requested addition: what it is about, what is missing, in which form, and whether the
/// person has marked it done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestItem {
    pub id: i64,
    pub target: Target,
    pub missing: String,
    pub form: String,
    pub done_at: Option<super::Timestamp>,
}

/// A list of requested additions with its deadline; `sent_at` is `None` while staff still
/// build it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdditionRequest {
    pub id: i64,
    /// The handed-in version it asks additions to.
    pub version: i64,
    pub deadline: Option<super::Day>,
    pub by: String,
    pub created_at: super::Timestamp,
    pub sent_at: Option<super::Timestamp>,
    /// When the person handed the case in again with the additions.
    pub answered_at: Option<super::Timestamp>,
    pub items: Vec<RequestItem>,
}

impl AdditionRequest {
    /// Whether the deadline has passed on `today` without the person handing in again.
    pub fn overdue(&self, today: super::Day) -> bool {
        self.sent_at.is_some()
            && self.answered_at.is_none()
            && self.deadline.is_some_and(|d| d < today)
    }
}

/// Why a deadline is refused: not a day, or not after today, or more than a year away.
pub fn deadline(raw: &str, today: super::Day) -> Result<super::Day, &'static str> {
    let day: super::Day = raw.parse().map_err(|_| "invalid")?;
    if day <= today {
        return Err("in-past");
    }
    if today.days_until(day) > 366 {
        return Err("too-far");
    }
    Ok(day)
}

/// Which organisation a mapping handed in becomes a case of: for a course the person's home
/// municipality; for an occupation a provider that assesses it (the one the person chose when
/// there are several); the home municipality when no provider assesses it, since it is
/// responsible for the person's adult education and can pass the case on.
pub fn route(
    kind: FrameworkKind,
    home: Option<OrganisationId>,
    providers: &[OrganisationId],
    chosen: Option<OrganisationId>,
) -> Result<OrganisationId, RouteProblem> {
    match kind {
        FrameworkKind::Occupation if !providers.is_empty() => match chosen {
            Some(c) if providers.contains(&c) => Ok(c),
            Some(_) => Err(RouteProblem::NotAProvider),
            None if providers.len() == 1 => Ok(providers[0]),
            None => Err(RouteProblem::Choose),
        },
        _ => home.ok_or(RouteProblem::NoHome),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RouteProblem {
    #[error("the person has no home municipality")]
    NoHome,
    #[error("several providers assess it: the person chooses one")]
    Choose,
    #[error("the organisation chosen does not assess it")]
    NotAProvider,
}

/// What changed in one criterion's answer between two handed-in versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionChange {
    pub criterion: CriterionId,
    pub rating: Option<(Option<Rating>, Option<Rating>)>,
    pub text: bool,
    /// Evidence numbers now pointed to that were not before.
    pub evidence_added: Vec<i64>,
    /// Experiences now drawn on that were not before, by id.
    pub experiences_added: Vec<i64>,
    pub evidence_missing: Option<bool>,
}

/// What changed between two handed-in versions: criterion by criterion, the goal, evidence
/// added to the list, experiences added or changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionChanges {
    pub criteria: Vec<CriterionChange>,
    pub goal: bool,
    pub evidence_added: Vec<i64>,
    pub experiences_changed: Vec<i64>,
}

impl VersionChanges {
    pub fn is_empty(&self) -> bool {
        self.criteria.is_empty()
            && !self.goal
            && self.evidence_added.is_empty()
            && self.experiences_changed.is_empty()
    }
}

/// Compare two handed-in versions of one mapping.
pub fn changes(before: &MappingRecord, after: &MappingRecord) -> VersionChanges {
    let number_of =
        |r: &MappingRecord, id: i64| r.evidence.iter().find(|e| e.id == id).map(|e| e.number);
    let mut out = VersionChanges {
        goal: before.goal != after.goal,
        ..VersionChanges::default()
    };
    for c in after.criteria() {
        let (a, b) = (before.answer(c.id), after.answer(c.id));
        let rating = (a.and_then(|x| x.rating), b.and_then(|x| x.rating));
        let text = a.map(|x| x.text.as_str()) != b.map(|x| x.text.as_str());
        let numbers = |r: &MappingRecord, x: Option<&super::Answer>| -> Vec<i64> {
            x.map(|x| {
                x.evidence
                    .iter()
                    .filter_map(|id| number_of(r, *id))
                    .collect()
            })
            .unwrap_or_default()
        };
        let (was, now) = (numbers(before, a), numbers(after, b));
        let evidence_added: Vec<i64> = now.into_iter().filter(|n| !was.contains(n)).collect();
        let drawn =
            |x: Option<&super::Answer>| x.map(|x| x.experiences.clone()).unwrap_or_default();
        let (was_x, now_x) = (drawn(a), drawn(b));
        let experiences_added: Vec<i64> =
            now_x.into_iter().filter(|e| !was_x.contains(e)).collect();
        let missing = (
            a.is_some_and(|x| x.evidence_missing),
            b.is_some_and(|x| x.evidence_missing),
        );
        let change = CriterionChange {
            criterion: c.id,
            rating: (rating.0 != rating.1).then_some(rating),
            text,
            evidence_added,
            experiences_added,
            evidence_missing: (missing.0 != missing.1).then_some(missing.1),
        };
        if change.rating.is_some()
            || change.text
            || !change.evidence_added.is_empty()
            || !change.experiences_added.is_empty()
            || change.evidence_missing.is_some()
        {
            out.criteria.push(change);
        }
    }
    out.evidence_added = after
        .evidence
        .iter()
        .filter(|e| !before.evidence.iter().any(|b| b.id == e.id))
        .map(|e| e.number)
        .collect();
    out.experiences_changed = after
        .portfolio
        .iter()
        .filter(|p| !before.portfolio.contains(p))
        .map(|p| p.id)
        .collect();
    out
}

/// What a handed-in version holds of the person's file: the answers and goal as they were, and
/// of the portfolio and evidence only what the answers draw on (an experience an answer draws
/// on, evidence an answer points to or that belongs to such an experience). A validator sees
/// this and no more of the person's file.
pub fn frozen(mut record: MappingRecord) -> MappingRecord {
    let drawn: std::collections::BTreeSet<i64> = record
        .answers
        .iter()
        .flat_map(|a| a.experiences.iter().copied())
        .collect();
    let pointed: std::collections::BTreeSet<i64> = record
        .answers
        .iter()
        .flat_map(|a| a.evidence.iter().copied())
        .collect();
    record.portfolio.retain(|p| drawn.contains(&p.id));
    record
        .evidence
        .retain(|e| pointed.contains(&e.id) || e.experiences.iter().any(|x| drawn.contains(x)));
    record
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Answer, AnswerText, Evidence, Experience, ExperienceKind, MediaType, Month, PortfolioEntry,
        Timestamp,
    };
    use CaseState::*;

    #[test]
    fn every_move_from_every_state_is_allowed_exactly_where_the_process_says() {
        // (state, move, with a validator) → the state after, or refused.
        let legal = |s: CaseState, m: Move, assigned: bool| -> Option<CaseState> {
            match (s, m, assigned) {
                (New, Move::Take, _) => Some(Checking),
                (New | Checking | Assigned, Move::Assign, _) => Some(Assigned),
                (Checking | Assigned, Move::Return, _) => Some(Returned),
                (Returned, Move::HandInAgain, true) => Some(Assigned),
                (Returned, Move::HandInAgain, false) => Some(New),
                (Assigned, Move::HandBack, _) => Some(Checking),
                (Assigned, Move::Conclude, _) => Some(Concluded),
                _ => None,
            }
        };
        let mut allowed = 0;
        for &s in CaseState::ALL {
            for m in Move::ALL {
                for assigned in [false, true] {
                    let got = apply(s, m, assigned);
                    assert_eq!(got.ok(), legal(s, m, assigned), "{s:?} {m:?} {assigned}");
                    if let Err(e) = got {
                        assert_eq!(e, IllegalMove(m, s));
                    } else {
                        allowed += 1;
                    }
                }
            }
        }
        assert_eq!(allowed, 18);
        // A concluded case is final; a new one can be neither returned nor concluded.
        for m in Move::ALL {
            assert!(apply(Concluded, m, true).is_err());
        }
        assert!(apply(New, Move::Return, false).is_err());
        assert!(apply(New, Move::Conclude, false).is_err());
        assert!(apply(Checking, Move::Conclude, false).is_err());
        assert!(!keeps_validator(Move::HandBack));
        assert!(keeps_validator(Move::Return));
    }

    #[test]
    fn each_move_needs_its_own_permission() {
        assert_eq!(Move::Take.action(), (Kind::Case, Action::Edit));
        assert_eq!(Move::Conclude.action(), (Kind::Case, Action::Assess));
        assert_eq!(
            Move::Return.action(),
            (Kind::AdditionRequest, Action::Create)
        );
        assert_eq!(Move::HandInAgain.action(), (Kind::Case, Action::HandIn));
    }

    #[test]
    fn names_round_trip_and_name_their_messages() {
        for s in CaseState::ALL {
            assert_eq!(s.as_str().parse::<CaseState>(), Ok(*s));
        }
        for v in Verdict::ALL {
            assert_eq!(v.as_str().parse::<Verdict>(), Ok(*v));
        }
        assert_eq!(Verdict::PartlyMet.label_key(), "verdict-partly-met");
        assert_eq!(Method::PracticalTest.label_key(), "method-practical-test");
        assert_eq!(NextStep::Exam.label_key(), "next-step-exam");
        assert_eq!(Outcome::FullyMet.label_key(), "outcome-fully-met");
        assert_eq!(CaseState::New.label_key(), "case-state-new");
        assert!("nope".parse::<Method>().is_err());
    }

    fn input(verdict: Verdict, methods: Vec<Method>) -> JudgementInput {
        JudgementInput {
            criterion: CriterionId(1),
            verdict,
            methods,
            comment: "  Visade  \r\nvid provet ".into(),
            reason: String::new(),
        }
    }

    #[test]
    fn a_judgement_names_its_method_and_a_late_change_its_reason() {
        let ok = input(
            Verdict::Met,
            vec![Method::Interview, Method::Documents, Method::Interview],
        )
        .check(false)
        .unwrap();
        assert_eq!(ok.methods, [Method::Documents, Method::Interview]);
        assert_eq!(ok.comment, "Visade  \nvid provet");
        assert_eq!(
            input(Verdict::PartlyMet, vec![]).check(false),
            Err(vec![JudgementProblem::NoMethod])
        );
        // Left open: no method needed.
        assert!(input(Verdict::NotYet, vec![]).check(false).is_ok());
        assert_eq!(
            input(Verdict::Met, vec![Method::Documents]).check(true),
            Err(vec![JudgementProblem::NoReason])
        );
        let mut late = input(Verdict::NotMet, vec![Method::Documents]);
        late.reason = "Nytt intyg visade annat".into();
        assert!(late.check(true).is_ok());
        let mut long = input(Verdict::Met, vec![Method::Documents]);
        long.comment = "x".repeat(MAX_NOTE_CHARS + 1);
        long.reason = "\u{7}".into();
        assert_eq!(
            long.check(false),
            Err(vec![
                JudgementProblem::Comment(NoteProblem::TooLong),
                JudgementProblem::Reason(NoteProblem::Control)
            ])
        );
    }

    #[test]
    fn an_outcome_must_fit_the_judgements() {
        use Verdict::*;
        assert!(Outcome::FullyMet.fits(&[Met, Met]));
        assert!(!Outcome::FullyMet.fits(&[Met, PartlyMet]));
        assert!(!Outcome::FullyMet.fits(&[]));
        assert!(Outcome::PartlyMet.fits(&[Met, NotMet]));
        assert!(Outcome::PartlyMet.fits(&[PartlyMet, NotYet]));
        assert!(!Outcome::PartlyMet.fits(&[NotMet, NotYet]));
        assert!(!Outcome::PartlyMet.fits(&[Met, Met]));
        assert!(Outcome::NotMet.fits(&[Met, NotMet]));
        assert!(!Outcome::NotMet.fits(&[Met]));
        assert_eq!(Outcome::suggested(&[Met, Met]), Outcome::FullyMet);
        assert_eq!(Outcome::suggested(&[Met, NotYet]), Outcome::PartlyMet);
        assert_eq!(Outcome::suggested(&[NotMet, NotYet]), Outcome::NotMet);
    }

    fn record() -> MappingRecord {
        serde_json::from_str(include_str!(
            "../../../server/tests/fixtures/profile/demo-export.json"
        ))
        .unwrap()
    }

    fn judged(r: &MappingRecord, verdict: impl Fn(usize) -> Verdict) -> Vec<Judgement> {
        r.criteria()
            .enumerate()
            .map(|(i, c)| Judgement {
                criterion: c.id,
                verdict: verdict(i),
                methods: vec![Method::Documents],
                comment: String::new(),
                reason: String::new(),
                version: 1,
                by: "V".into(),
                at: Timestamp::default(),
            })
            .collect()
    }

    fn asking(
        f: crate::domain::FrameworkId,
        outcome: Option<Outcome>,
        statement: &str,
        next_steps: &[NextStep],
    ) -> Concluding {
        Concluding {
            outcomes: outcome
                .map(|outcome| FrameworkOutcome {
                    framework: f,
                    outcome,
                    remaining: vec![],
                })
                .into_iter()
                .collect(),
            statement: statement.into(),
            next_steps: next_steps.to_vec(),
            next_steps_text: String::new(),
        }
    }

    #[test]
    fn concluding_needs_every_criterion_judged_and_a_fitting_outcome() {
        let r = record();
        let f = r.frameworks[0].id;
        let n = r.criteria().count();
        assert!(n >= 3);
        let mut some = judged(&r, |_| Verdict::Met);
        let last = some.pop().unwrap();
        let got = conclude(&r, &some, &asking(f, Some(Outcome::PartlyMet), "Bra", &[]));
        assert_eq!(
            got.unwrap_err(),
            vec![ConclusionProblem::NotJudged(last.criterion)]
        );
        // Left open counts as judged; it remains.
        let all = judged(&r, |i| {
            if i == 0 {
                Verdict::NotYet
            } else {
                Verdict::Met
            }
        });
        let done = conclude(
            &r,
            &all,
            &asking(
                f,
                Some(Outcome::PartlyMet),
                " Det mesta visat. ",
                &[NextStep::Exam, NextStep::Exam],
            ),
        )
        .unwrap();
        assert_eq!(done.outcomes[0].remaining, vec![all[0].criterion]);
        assert_eq!(done.statement, "Det mesta visat.");
        assert_eq!(done.next_steps, [NextStep::Exam]);
        let got = conclude(&r, &all, &asking(f, Some(Outcome::FullyMet), "", &[]));
        assert_eq!(
            got.unwrap_err(),
            vec![
                ConclusionProblem::DoesNotFit(f, Outcome::FullyMet),
                ConclusionProblem::NoStatement
            ]
        );
        assert_eq!(
            conclude(&r, &all, &asking(f, None, "x", &[])).unwrap_err(),
            vec![ConclusionProblem::NoOutcome(f)]
        );
        // The last judgement of a criterion is the one that stands.
        let mut changed = judged(&r, |_| Verdict::Met);
        let mut again = changed[0].clone();
        again.verdict = Verdict::NotMet;
        changed.push(again);
        assert!(conclude(&r, &changed, &asking(f, Some(Outcome::FullyMet), "x", &[])).is_err());
        assert!(conclude(&r, &changed, &asking(f, Some(Outcome::PartlyMet), "x", &[])).is_ok());
    }

    #[test]
    fn targets_round_trip_and_must_be_part_of_the_version() {
        let r = record();
        let c = r.criteria().next().unwrap().id;
        for t in [
            Target::Case,
            Target::Criterion(c),
            Target::Experience(4),
            Target::Evidence(3),
        ] {
            assert_eq!(Target::parse(&t.to_string()), Some(t));
            assert_eq!(Target::from_stored(t.kind(), t.id()), Some(t));
        }
        for bad in [
            "",
            "case:1x",
            "criterion",
            "criterion:0",
            "evidence:-1",
            "x:1",
        ] {
            assert_eq!(Target::parse(bad), None, "{bad}");
        }
        assert!(Target::Criterion(c).within(&r));
        assert!(!Target::Criterion(CriterionId(999_999)).within(&r));
        assert!(!Target::Evidence(999).within(&r));
    }

    #[test]
    fn a_deadline_is_a_day_after_today_within_a_year() {
        let today: crate::domain::Day = "2026-12-01".parse().unwrap();
        assert_eq!(
            deadline("2026-12-15", today).unwrap().to_string(),
            "2026-12-15"
        );
        assert_eq!(deadline("2026-12-01", today), Err("in-past"));
        assert_eq!(deadline("2028-01-01", today), Err("too-far"));
        assert_eq!(deadline("15/12", today), Err("invalid"));
        let request = AdditionRequest {
            id: 1,
            version: 1,
            deadline: Some(today),
            by: "K".into(),
            created_at: Timestamp::default(),
            sent_at: Some(Timestamp::default()),
            answered_at: None,
            items: vec![],
        };
        assert!(!request.overdue(today));
        assert!(request.overdue(today.plus_days(1)));
    }

    #[test]
    fn a_course_goes_home_and_an_occupation_to_a_provider_that_assesses_it() {
        let home = Some(OrganisationId(2));
        let (p1, p2) = (OrganisationId(7), OrganisationId(8));
        use FrameworkKind::*;
        assert_eq!(route(Course, home, &[p1], None), Ok(OrganisationId(2)));
        assert_eq!(route(Course, None, &[], None), Err(RouteProblem::NoHome));
        assert_eq!(route(Occupation, home, &[p1], None), Ok(p1));
        assert_eq!(
            route(Occupation, home, &[p1, p2], None),
            Err(RouteProblem::Choose)
        );
        assert_eq!(route(Occupation, home, &[p1, p2], Some(p2)), Ok(p2));
        assert_eq!(
            route(Occupation, home, &[p1, p2], Some(OrganisationId(2))),
            Err(RouteProblem::NotAProvider)
        );
        // Nobody assesses it: the home municipality is responsible.
        assert_eq!(route(Occupation, home, &[], None), Ok(OrganisationId(2)));
    }

    fn portfolio_record() -> MappingRecord {
        let mut r = record();
        let exp = |id: i64, role: &str| PortfolioEntry {
            id,
            experience: Experience {
                kind: ExperienceKind::Work,
                role: role.into(),
                place: String::new(),
                country: String::new(),
                start: Month::parse("2020-01").unwrap(),
                end: None,
                tasks: String::new(),
            },
        };
        let ev = |id: i64, number: i64, experiences: Vec<i64>| Evidence {
            id,
            number,
            title: format!("E{number}"),
            file_name: "x.pdf".into(),
            media_type: MediaType::Pdf,
            size: 1,
            created_at: Timestamp::default(),
            experiences,
        };
        r.portfolio = vec![exp(10, "Lager"), exp(11, "Kök")];
        r.evidence = vec![ev(20, 1, vec![]), ev(21, 2, vec![10]), ev(22, 3, vec![])];
        let c = r.criteria().next().unwrap().id;
        r.answers = vec![Answer {
            criterion_id: c,
            rating: Some(Rating::Independently),
            text: AnswerText::parse("Jag gjorde det").unwrap(),
            not_relevant: false,
            updated_at: Timestamp::default(),
            experiences: vec![10],
            evidence: vec![20],
            evidence_missing: false,
        }];
        r
    }

    #[test]
    fn a_version_holds_only_what_the_answers_draw_on() {
        let v = frozen(portfolio_record());
        assert_eq!(v.portfolio.iter().map(|p| p.id).collect::<Vec<_>>(), [10]);
        // Pointed to (1), and belonging to a drawn-on experience (2); not 3.
        assert_eq!(
            v.evidence.iter().map(|e| e.number).collect::<Vec<_>>(),
            [1, 2]
        );
    }

    #[test]
    fn changes_between_versions_are_told_criterion_by_criterion() {
        let before = frozen(portfolio_record());
        assert!(changes(&before, &before).is_empty());
        let mut after = portfolio_record();
        let c = after.answers[0].criterion_id;
        after.answers[0].rating = Some(Rating::CanTeach);
        after.answers[0].evidence.push(22);
        after.portfolio[0].experience.tasks = "Truck".into();
        after.goal = crate::domain::Goal::parse("Jobb").unwrap();
        let after = frozen(after);
        let d = changes(&before, &after);
        assert_eq!(d.criteria.len(), 1);
        let change = &d.criteria[0];
        assert_eq!(change.criterion, c);
        assert_eq!(
            change.rating,
            Some((Some(Rating::Independently), Some(Rating::CanTeach)))
        );
        assert!(!change.text);
        assert_eq!(change.evidence_added, [3]);
        assert!(d.goal);
        assert_eq!(d.evidence_added, [3]);
        assert_eq!(d.experiences_changed, [10]);
    }
}
