//! Acting on a case: take, assign, hand back; judge a criterion; build, send and answer a
//! list of additions; conclude. Each parses its input into domain types, asks the policy,
//! acts, and sends the browser back to the case.
use crate::domain::CaseId;
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[cfg(feature = "ssr")]
fn refused(e: crate::db::cases::CaseError) -> AppError {
    use crate::db::cases::CaseError;
    match e {
        CaseError::Illegal(_) => AppError::Conflict("case-moved".into()),
        CaseError::NotFound => AppError::NotFound,
        CaseError::Route(_) | CaseError::Refused(_) => AppError::Conflict("case-moved".into()),
        CaseError::NotListed => AppError::field("validator", "not-listed"),
        CaseError::Db(e) => e.into(),
    }
}

/// Tell the person, in their language and where the installation sends mail, that their case
/// needs them (`mail-additions`) or is concluded (`mail-concluded`). Sent after the answer;
/// a failure is logged without the address.
#[cfg(feature = "ssr")]
async fn notify(head: &crate::db::cases::CaseHead, key: &'static str) -> Result<(), AppError> {
    let st = crate::auth::state()?;
    let Some(mailer) = st.mailer.clone() else {
        return Ok(());
    };
    let Some(person) = crate::db::users::find(&st.db, head.owner_id).await? else {
        return Ok(());
    };
    let url = super::invitations::link(&st, &format!("/mappings/{}", head.mapping_id));
    let (subject, body) = {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("name", person.name.clone());
        args.set("link", url);
        crate::mail::compose(person.locale, key, &args)
    };
    tokio::spawn(async move {
        if mailer.send(&person.email, subject, body).await.is_err() {
            tracing::warn!(mail = key, "a case notice could not be sent");
        }
    });
    Ok(())
}

/// The most of one form's input kept to give back.
#[cfg(feature = "ssr")]
const MAX_KEPT: usize = 32 * 1024;

/// Keep what was posted to `form` of case `case` when it is refused (invalid, or the case moved
/// meanwhile), to give it back on the page sent again; forget it once saved. Only for someone
/// the policy lets see the case, and only so much.
#[cfg(feature = "ssr")]
async fn kept<T: Serialize>(
    case: CaseId,
    form: String,
    input: &T,
    result: Result<(), AppError>,
) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let st = crate::auth::state()?;
    let Some(user) = crate::auth::current_user().await? else {
        return result;
    };
    match &result {
        Err(AppError::Validation(_) | AppError::Conflict(_)) => {
            let Some(head) = crate::db::cases::head(&st.db, case).await? else {
                return result;
            };
            if !super::case::may(&user, &head, Kind::Case, Action::View) {
                return result;
            }
            let json = serde_json::to_string(input).map_err(|_| AppError::Internal)?;
            if json.len() <= MAX_KEPT {
                crate::db::kept::keep(&st.db, user.id, &form, &json).await?;
            }
        }
        Ok(()) => crate::db::kept::forget(&st.db, user.id, &form).await?,
        Err(_) => {}
    }
    result
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MoveCaseInput {
    pub case_id: CaseId,
    /// `take`, `assign` or `hand_back`.
    pub action: String,
    #[serde(default)]
    pub validator: String,
    #[serde(default)]
    pub reason: String,
}

/// A coordinator takes or assigns the case; its validator hands it back.
#[server(prefix = "/api", endpoint = "move_case")]
pub async fn move_case(input: MoveCaseInput) -> Result<(), AppError> {
    let form = format!("case-{}-move", input.case_id);
    let result = move_case_inner(input.clone()).await;
    kept(input.case_id, form, &input, result).await
}

#[cfg(feature = "ssr")]
async fn move_case_inner(input: MoveCaseInput) -> Result<(), AppError> {
    use crate::db::cases;
    use crate::domain::case::{note, Move};
    use crate::domain::UserId;
    let m = match input.action.as_str() {
        "take" => Move::Take,
        "assign" => Move::Assign,
        "hand_back" => Move::HandBack,
        _ => return Err(AppError::BadRequest),
    };
    let validator = if m == Move::Assign {
        Some(
            input
                .validator
                .parse::<UserId>()
                .map_err(|_| AppError::field("validator", "required"))?,
        )
    } else {
        None
    };
    let reason = note(&input.reason).map_err(|e| AppError::field("reason", e.code()))?;
    if m == Move::HandBack && reason.is_empty() {
        return Err(AppError::field("reason", "required"));
    }
    let (kind, action) = m.action();
    let (user, head) = super::case::case_for(input.case_id, kind, action).await?;
    let st = crate::auth::state()?;
    let id = head.id;
    match (m, validator) {
        (Move::Take, _) => cases::take(&st.db, id, user.id).await,
        (Move::Assign, Some(v)) => cases::assign(&st.db, id, user.id, v).await,
        _ => cases::hand_back(&st.db, id, user.id, &reason).await,
    }
    .map_err(refused)?;
    // Handed back, the case is no longer the validator's to see.
    if m == Move::HandBack {
        leptos_axum::redirect("/cases?saved=handed-back");
    } else {
        leptos_axum::redirect(&format!("/cases/{id}?saved={}", m.as_str()));
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JudgeInput {
    pub case_id: CaseId,
    pub criterion: String,
    #[serde(default)]
    pub verdict: String,
    /// Each ticked method as `methods[NAME]=on`.
    #[serde(default)]
    pub methods: BTreeMap<String, String>,
    #[serde(default)]
    pub comment: String,
    #[serde(default)]
    pub reason: String,
}

/// The validator judges one criterion (again, with a reason, once the case is concluded).
#[server(prefix = "/api", endpoint = "judge_criterion")]
pub async fn judge_criterion(input: JudgeInput) -> Result<(), AppError> {
    let form = format!("case-{}-judge-{}", input.case_id, input.criterion.trim());
    let result = judge_criterion_inner(input.clone()).await;
    kept(input.case_id, form, &input, result).await
}

#[cfg(feature = "ssr")]
async fn judge_criterion_inner(input: JudgeInput) -> Result<(), AppError> {
    use crate::domain::case::{JudgementInput, JudgementProblem, Method, Verdict};
    use crate::domain::policy::{Action, Kind};
    use crate::domain::{CaseState, CriterionId};
    use crate::error::FieldError;
    let criterion: CriterionId = input.criterion.parse().map_err(|_| AppError::BadRequest)?;
    let field = |name: &str, code: &str| FieldError {
        field: format!("{name}-{criterion}"),
        code: code.into(),
    };
    let verdict: Option<Verdict> = input.verdict.parse().ok();
    let methods: Vec<Method> = input
        .methods
        .keys()
        .map(|m| m.parse().map_err(|_| AppError::BadRequest))
        .collect::<Result<_, _>>()?;
    let (user, head) =
        super::case::case_for(input.case_id, Kind::Judgement, Action::Create).await?;
    let concluded = head.state == CaseState::Concluded;
    let mut errors = vec![];
    if verdict.is_none() {
        errors.push(field("verdict", "required"));
    }
    let checked = JudgementInput {
        criterion,
        verdict: verdict.unwrap_or(Verdict::NotYet),
        methods,
        comment: input.comment,
        reason: input.reason,
    }
    .check(concluded);
    let judgement = match checked {
        Ok(j) if errors.is_empty() => j,
        Ok(_) => return Err(AppError::Validation(errors)),
        Err(problems) => {
            for p in problems {
                errors.push(match p {
                    JudgementProblem::NoMethod => field("methods", "required"),
                    JudgementProblem::Comment(e) => field("comment", e.code()),
                    JudgementProblem::Reason(e) => field("reason", e.code()),
                    JudgementProblem::NoReason => field("reason", "required"),
                });
            }
            return Err(AppError::Validation(errors));
        }
    };
    let st = crate::auth::state()?;
    crate::db::cases::judge(&st.db, head.id, user.id, &judgement)
        .await
        .map_err(refused)?;
    leptos_axum::redirect(&format!("/cases/{}#criterion-{criterion}", head.id));
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdditionsInput {
    pub case_id: CaseId,
    /// `add`, `remove` or `send`.
    pub op: String,
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub missing: String,
    #[serde(default)]
    pub form: String,
    #[serde(default)]
    pub item: String,
    #[serde(default)]
    pub deadline: String,
}

/// Staff build the list of additions item by item and send it with a deadline.
#[server(prefix = "/api", endpoint = "request_additions")]
pub async fn request_additions(input: AdditionsInput) -> Result<(), AppError> {
    // One kept form per kind of press: a removal that works forgets no refused item.
    let form = format!("case-{}-additions-{}", input.case_id, input.op);
    let result = request_additions_inner(input.clone()).await;
    kept(input.case_id, form, &input, result).await
}

#[cfg(feature = "ssr")]
async fn request_additions_inner(input: AdditionsInput) -> Result<(), AppError> {
    use crate::db::cases;
    use crate::domain::case::{self, note, Target};
    use crate::domain::policy::{Action, Kind};
    use crate::error::FieldError;
    let action = match input.op.as_str() {
        "add" | "send" => Action::Create,
        "remove" => Action::Delete,
        _ => return Err(AppError::BadRequest),
    };
    let (user, head) = super::case::case_for(input.case_id, Kind::AdditionRequest, action).await?;
    let st = crate::auth::state()?;
    let id = head.id;
    let back = format!("/cases/{id}#additions");
    // A coordinator of the case asks as such; otherwise the validator it is assigned to.
    let asking = if super::case::may(&user, &head, Kind::Case, Action::Edit) {
        cases::Asking::Coordinator(user.id)
    } else {
        cases::Asking::Validator(user.id)
    };
    match input.op.as_str() {
        "add" => {
            let mut errors = vec![];
            let target = Target::parse(&input.target);
            if target.is_none() {
                errors.push(FieldError {
                    field: "target".into(),
                    code: "required".into(),
                });
            }
            let mut text = |name: &str, raw: &str| match note(raw) {
                Ok(t) if t.is_empty() => {
                    errors.push(FieldError {
                        field: name.into(),
                        code: "required".into(),
                    });
                    t
                }
                Ok(t) => t,
                Err(e) => {
                    errors.push(FieldError {
                        field: name.into(),
                        code: e.code().into(),
                    });
                    String::new()
                }
            };
            let missing = text("missing", &input.missing);
            let form = text("form", &input.form);
            let Some(target) = target.filter(|_| errors.is_empty()) else {
                return Err(AppError::Validation(errors));
            };
            // Only what is part of the version handed in.
            let record = cases::version(&st.db, &st.published, id, head.version)
                .await?
                .ok_or(AppError::NotFound)?;
            if !target.within(&record) {
                return Err(AppError::field("target", "invalid"));
            }
            cases::add_item(&st.db, id, asking, target, &missing, &form)
                .await
                .map_err(|e| match e {
                    cases::CaseError::Refused("too many items") => {
                        AppError::field("target", "too-many")
                    }
                    e => refused(e),
                })?;
        }
        "remove" => {
            let item: i64 = input.item.parse().map_err(|_| AppError::BadRequest)?;
            if !cases::remove_item(&st.db, id, asking, item)
                .await
                .map_err(refused)?
            {
                return Err(AppError::NotFound);
            }
        }
        _ => {
            let today = crate::domain::Day::of(crate::db::now());
            let deadline = case::deadline(&input.deadline, today)
                .map_err(|code| AppError::field("deadline", code))?;
            cases::send_request(&st.db, id, asking, deadline)
                .await
                .map_err(|e| match e {
                    cases::CaseError::Refused("no items") => {
                        AppError::field("deadline", "no-items")
                    }
                    e => refused(e),
                })?;
            notify(&head, "mail-additions").await?;
            leptos_axum::redirect(&format!("/cases/{id}?saved=sent#additions"));
            return Ok(());
        }
    }
    leptos_axum::redirect(&back);
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MarkItemInput {
    pub case_id: CaseId,
    pub item: String,
    /// `done` or `not-done`.
    pub done: String,
}

/// The person marks an item of the list sent to them done, or not done after all.
#[server(prefix = "/api", endpoint = "mark_item")]
pub async fn mark_item(input: MarkItemInput) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let item: i64 = input.item.parse().map_err(|_| AppError::BadRequest)?;
    let done = match input.done.as_str() {
        "done" => true,
        "not-done" => false,
        _ => return Err(AppError::BadRequest),
    };
    let (user, head) =
        super::case::case_for(input.case_id, Kind::AdditionRequest, Action::Edit).await?;
    let st = crate::auth::state()?;
    crate::db::cases::mark_item(&st.db, head.id, user.id, item, done)
        .await
        .map_err(refused)?;
    leptos_axum::redirect(&format!("/mappings/{}#additions", head.mapping_id));
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConcludeInput {
    pub case_id: CaseId,
    /// Per framework id, the outcome's name.
    #[serde(default)]
    pub outcomes: BTreeMap<String, String>,
    #[serde(default)]
    pub statement: String,
    /// Each ticked next step as `next_steps[NAME]=on`.
    #[serde(default)]
    pub next_steps: BTreeMap<String, String>,
    #[serde(default)]
    pub next_steps_text: String,
}

/// The validator concludes the case with the statement.
#[server(prefix = "/api", endpoint = "conclude_case")]
pub async fn conclude_case(input: ConcludeInput) -> Result<(), AppError> {
    let form = format!("case-{}-conclude", input.case_id);
    let result = conclude_case_inner(input.clone()).await;
    kept(input.case_id, form, &input, result).await
}

#[cfg(feature = "ssr")]
async fn conclude_case_inner(input: ConcludeInput) -> Result<(), AppError> {
    use crate::domain::case::{self, Concluding, ConclusionProblem, FrameworkOutcome, NextStep};
    use crate::domain::policy::{Action, Kind};
    use crate::domain::FrameworkId;
    use crate::error::FieldError;
    let mut outcomes = vec![];
    for (framework, outcome) in &input.outcomes {
        outcomes.push(FrameworkOutcome {
            framework: framework
                .parse::<FrameworkId>()
                .map_err(|_| AppError::BadRequest)?,
            outcome: outcome.parse().map_err(|_| AppError::BadRequest)?,
            remaining: vec![],
        });
    }
    let next_steps: Vec<NextStep> = input
        .next_steps
        .keys()
        .map(|s| s.parse().map_err(|_| AppError::BadRequest))
        .collect::<Result<_, _>>()?;
    let asked = Concluding {
        outcomes,
        statement: input.statement,
        next_steps,
        next_steps_text: input.next_steps_text,
    };
    let (user, head) = super::case::case_for(input.case_id, Kind::Case, Action::Assess).await?;
    let st = crate::auth::state()?;
    let record = crate::db::cases::version(&st.db, &st.published, head.id, head.version)
        .await?
        .ok_or(AppError::NotFound)?;
    let judgements = crate::db::cases::judgements(&st.db, head.id).await?;
    let field = |field: String, code: &str| FieldError {
        field,
        code: code.into(),
    };
    let checked = case::conclude(&record, &judgements, &asked).map_err(|problems| {
        AppError::Validation(
            problems
                .into_iter()
                .map(|p| match p {
                    ConclusionProblem::NotJudged(c) => field(format!("judgement-{c}"), "required"),
                    ConclusionProblem::NoOutcome(f) => field(format!("outcome-{f}"), "required"),
                    ConclusionProblem::DoesNotFit(f, _) => {
                        field(format!("outcome-{f}"), "does-not-fit")
                    }
                    ConclusionProblem::NoStatement => field("statement".into(), "required"),
                    ConclusionProblem::Statement(e) => field("statement".into(), e.code()),
                    ConclusionProblem::NextSteps(e) => field("next_steps_text".into(), e.code()),
                })
                .collect(),
        )
    })?;
    crate::db::cases::conclude(&st.db, &st.published, head.id, user.id, &checked)
        .await
        .map_err(refused)?;
    notify(&head, "mail-concluded").await?;
    leptos_axum::redirect(&format!("/cases/{}?saved=concluded", head.id));
    Ok(())
}
