//! Guidance sessions: the counsellor starts one on a mapping shared with them, the person joins
//! it (with its code or from their list), both see one section and each other's changes, the
//! counsellor proposes and the person decides (or lets the counsellor write), notes are
//! written, either ends it. Every form posts here and comes back to the session's page.
use crate::domain::{CriterionId, MappingId, SessionId};
use crate::error::AppError;
use crate::view_model::SectionPageView;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A proposal waiting for the person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposalView {
    pub id: i64,
    pub criterion: CriterionId,
    /// 1–5, [`super::NOT_RELEVANT`], or none.
    pub rating: Option<u8>,
    pub text: String,
    pub by: String,
}

/// A note, as both read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteView {
    pub author: String,
    pub at: crate::domain::Timestamp,
    pub text: String,
}

/// A step of the trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepView {
    pub who: String,
    /// The message naming the step (`session-event-…`).
    pub key: String,
    /// The criterion's code, where the step is about one.
    pub criterion: Option<String>,
    pub at: crate::domain::Timestamp,
}

/// A session as one of its two people sees it, at one section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: SessionId,
    pub person: String,
    pub counsellor: String,
    /// The reader leads it (else the reader is the person).
    pub leading: bool,
    /// The code to join with, for the counsellor to give, while it is open.
    pub code: Option<String>,
    pub open: bool,
    pub direct_write: bool,
    /// The section shown, with the answers as they are now.
    pub page: SectionPageView,
    /// The section the other one looks at, once they have joined.
    pub other_at: Option<usize>,
    pub proposals: Vec<ProposalView>,
    pub notes: Vec<NoteView>,
    pub trail: Vec<StepView>,
}

impl SessionView {
    /// Where the session's page is, at section `n`.
    pub fn href(id: SessionId, n: usize) -> String {
        format!("/sessions/{id}?section={n}")
    }
}

/// The session and its record's facts, when `user` may do `action` to `kind` in it (the
/// session itself, a proposal, a note, the permission to write).
#[cfg(feature = "ssr")]
pub async fn session_for(
    db: &crate::db::Db,
    user: &crate::db::users::UserRow,
    id: SessionId,
    kind: crate::domain::policy::Kind,
    action: crate::domain::policy::Action,
) -> Result<crate::db::guidance::Session, AppError> {
    use crate::domain::policy;
    // Nobody whose roles open no sessions learns whether this one exists.
    if policy::scope(&user.actor(), kind, action).is_empty() {
        return Err(AppError::Forbidden);
    }
    let s = crate::db::guidance::head(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // Only its two people, whatever else the policy lets them see.
    if user.id != s.owner_id && user.id != s.counsellor_id {
        return Err(AppError::NotFound);
    }
    let record = crate::access::Record::mapping(db, user, kind, s.mapping_id, s.owner_id).await?;
    crate::access::check_person(db, user, action, record).await?;
    Ok(s)
}

/// The signed-in person, the server's state and the session, when they may do `action` to
/// `kind` in it: how each of the session's server functions begins.
#[cfg(feature = "ssr")]
async fn acting(
    id: SessionId,
    kind: crate::domain::policy::Kind,
    action: crate::domain::policy::Action,
) -> Result<
    (
        crate::db::users::UserRow,
        crate::state::AppState,
        crate::db::guidance::Session,
    ),
    AppError,
> {
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    let s = session_for(&st.db, &user, id, kind, action).await?;
    Ok((user, st, s))
}

/// A change made: announced to every page of the session, and the page that made it goes
/// back to section `n` (at `anchor`, an element's id, when given).
#[cfg(feature = "ssr")]
async fn changed(id: SessionId, n: usize, anchor: Option<String>) -> Result<(), AppError> {
    let st = crate::auth::state()?;
    st.live.announce(&st.db, id).await;
    let href = SessionView::href(id, n);
    match anchor {
        Some(a) => leptos_axum::redirect(&format!("{href}#{a}")),
        None => leptos_axum::redirect(&href),
    }
    Ok(())
}

/// The session at section `section` (else where the reader was, else the first); looking at
/// it moves the reader there, which the other one sees.
#[server(prefix = "/api", endpoint = "get_session")]
pub async fn get_session(id: SessionId, section: Option<usize>) -> Result<SessionView, AppError> {
    use crate::db::guidance;
    use crate::domain::policy::{Action, Kind};
    let (user, st, s) = acting(id, Kind::GuidanceSession, Action::View).await?;
    let presence = guidance::presence(&st.db, id).await?;
    let mine = presence
        .iter()
        .find(|(u, _, _)| *u == user.id)
        .and_then(|(_, n, _)| usize::try_from(*n).ok());
    let number = section.or(mine).unwrap_or(1).max(1);
    let mut page = super::get_section(s.mapping_id, number).await?;
    let leading = user.id == s.counsellor_id;
    if leading {
        // The counsellor changes the choice and the text; what the person's file holds is
        // theirs.
        page.portfolio.clear();
        page.evidence.clear();
        page.editable = s.open()
            && s.direct_write.0
            && crate::db::mappings::owner_and_status(&st.db, s.mapping_id)
                .await?
                .is_some_and(|(_, status)| status.editable_by_owner());
    }
    if s.open() && guidance::be_at(&st.db, id, user.id, number).await? {
        st.live.announce(&st.db, id).await;
    }
    let other_at = presence
        .iter()
        .find(|(u, _, _)| *u != user.id)
        .and_then(|(_, n, _)| usize::try_from(*n).ok());
    let proposals = guidance::open_proposals(&st.db, id)
        .await?
        .into_iter()
        .map(|p| ProposalView {
            id: p.id,
            criterion: p.criterion_id,
            rating: if p.not_relevant.0 {
                Some(super::NOT_RELEVANT)
            } else {
                p.rating().map(crate::domain::Rating::value)
            },
            text: p.body,
            by: p.proposer_name,
        })
        .collect();
    let notes = guidance::notes(&st.db, s.mapping_id)
        .await?
        .into_iter()
        .map(|n| NoteView {
            author: n.author_name,
            at: n.written_at,
            text: n.body,
        })
        .collect();
    let trail = guidance::trail(&st.db, id, 30)
        .await?
        .into_iter()
        .map(|t| StepView {
            who: t.actor_name,
            key: t.kind.label_key(),
            criterion: t.criterion_code,
            at: t.at,
        })
        .collect();
    Ok(SessionView {
        id,
        person: s.owner_name.clone(),
        counsellor: s.counsellor_name.clone(),
        leading,
        code: (leading && s.open())
            .then(|| s.code().map(|c| c.shown()))
            .flatten(),
        open: s.open(),
        direct_write: s.direct_write.0,
        page,
        other_at,
        proposals,
        notes,
        trail,
    })
}

/// The counsellor starts a session on a mapping shared with them (or goes back to theirs).
#[server(prefix = "/api", endpoint = "start_session")]
pub async fn start_session(mapping_id: MappingId) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    if crate::domain::policy::scope(&user.actor(), Kind::GuidanceSession, Action::Create).is_empty()
    {
        return Err(AppError::Forbidden);
    }
    let (owner, _) = crate::db::mappings::owner_and_status(&st.db, mapping_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record =
        crate::access::Record::mapping(&st.db, &user, Kind::GuidanceSession, mapping_id, owner)
            .await?;
    crate::access::check_person(&st.db, &user, Action::Create, record).await?;
    let id = crate::db::guidance::start(&st.db, mapping_id, user.id).await?;
    leptos_axum::redirect(&SessionView::href(id, 1));
    Ok(())
}

/// The person joins a session with the code the counsellor gave them.
#[server(prefix = "/api", endpoint = "join_session")]
pub async fn join_session(code: String) -> Result<(), AppError> {
    use crate::domain::guidance::JoinCode;
    use crate::domain::policy::{Action, Kind};
    let code = JoinCode::parse(&code).ok_or_else(|| AppError::field("code", "no-such-session"))?;
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    // A code of someone else's session is as unknown as a code of none.
    let s = crate::db::guidance::open_by_code(&st.db, &code)
        .await?
        .filter(|s| s.owner_id == user.id)
        .ok_or_else(|| AppError::field("code", "no-such-session"))?;
    session_for(&st.db, &user, s.id, Kind::GuidanceSession, Action::View).await?;
    leptos_axum::redirect(&SessionView::href(s.id, 1));
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposeInput {
    pub session_id: SessionId,
    pub section: usize,
    pub criterion_id: CriterionId,
    /// 1–5, [`super::NOT_RELEVANT`], or empty for no choice.
    #[serde(default)]
    pub rating: String,
    #[serde(default)]
    pub text: String,
}

/// The counsellor proposes a change to an answer.
#[server(prefix = "/api", endpoint = "propose_answer")]
pub async fn propose_answer(input: ProposeInput) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let choice = match input.rating.trim() {
        "" => None,
        r => Some(r.parse::<u8>().map_err(|_| {
            AppError::field(format!("rating-{}", input.criterion_id), "invalid-rating")
        })?),
    };
    let (rating, not_relevant, text) = super::parse_answer(input.criterion_id, choice, &input.text)
        .map_err(|e| AppError::Validation(vec![e]))?;
    let (user, st, s) = acting(input.session_id, Kind::Proposal, Action::Create).await?;
    if !crate::db::mappings::has_criterion(&st.db, s.mapping_id, input.criterion_id).await? {
        return Err(AppError::field(
            format!("criterion-{}", input.criterion_id),
            "unknown-criterion",
        ));
    }
    crate::db::guidance::propose(
        &st.db,
        s.id,
        user.id,
        input.criterion_id,
        rating,
        not_relevant,
        text.as_str(),
    )
    .await?
    .ok_or_else(|| AppError::Conflict("session-ended".into()))?;
    changed(
        s.id,
        input.section,
        Some(format!("criterion-{}", input.criterion_id)),
    )
    .await
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecideInput {
    pub session_id: SessionId,
    pub section: usize,
    pub proposal: i64,
    /// `accept` or `reject`.
    pub decision: String,
}

/// The person accepts a proposal (it becomes their answer) or rejects it.
#[server(prefix = "/api", endpoint = "decide_proposal")]
pub async fn decide_proposal(input: DecideInput) -> Result<(), AppError> {
    use crate::db::mappings::{self, AnswerWrite};
    use crate::domain::policy::{Action, Kind};
    let accept = match input.decision.as_str() {
        "accept" => true,
        "reject" => false,
        _ => return Err(AppError::field("decision", "invalid")),
    };
    let (user, st, s) = acting(input.session_id, Kind::Proposal, Action::Edit).await?;
    // What an accepted proposal needs is checked before it is decided: the answers can still
    // change, and its text is an answer's.
    if accept {
        let (_, status) = crate::db::mappings::owner_and_status(&st.db, s.mapping_id)
            .await?
            .ok_or(AppError::NotFound)?;
        if !status.editable_by_owner() {
            return Err(AppError::Conflict("not-editable".into()));
        }
        let waiting = crate::db::guidance::open_proposals(&st.db, s.id)
            .await?
            .into_iter()
            .find(|p| p.id == input.proposal)
            .ok_or_else(|| AppError::Conflict("proposal-decided".into()))?;
        crate::domain::AnswerText::parse(&waiting.body)
            .map_err(|_| AppError::Conflict("proposal-decided".into()))?;
    }
    let p = crate::db::guidance::decide(&st.db, s.id, input.proposal, user.id, accept)
        .await?
        .ok_or_else(|| AppError::Conflict("proposal-decided".into()))?;
    if accept {
        let text = crate::domain::AnswerText::parse(&p.body)
            .map_err(|_| AppError::Conflict("proposal-decided".into()))?;
        let write = AnswerWrite {
            not_relevant: p.not_relevant.0,
            evidence_missing: None,
            ..AnswerWrite::new(p.criterion_id, p.rating(), text)
        };
        mappings::save_answers(&st.db, s.mapping_id, &[write], &[])
            .await?
            .ok_or_else(|| AppError::Conflict("not-editable".into()))?;
    }
    changed(
        s.id,
        input.section,
        Some(format!("criterion-{}", p.criterion_id)),
    )
    .await
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectWriteInput {
    pub session_id: SessionId,
    pub section: usize,
    /// `on` or `off`.
    pub direct: String,
}

/// The person lets the counsellor write in their answers for this session, or takes it back.
#[server(prefix = "/api", endpoint = "set_direct_write")]
pub async fn set_direct_write(input: DirectWriteInput) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let on = match input.direct.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::field("direct", "invalid")),
    };
    let (user, st, s) = acting(input.session_id, Kind::DirectWrite, Action::Edit).await?;
    if !crate::db::guidance::set_direct_write(&st.db, s.id, user.id, on).await? {
        return Err(AppError::Conflict("session-ended".into()));
    }
    changed(s.id, input.section, None).await
}

/// Either of the two ends the session.
#[server(prefix = "/api", endpoint = "end_session")]
pub async fn end_session(session_id: SessionId) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let (user, st, s) = acting(session_id, Kind::GuidanceSession, Action::Edit).await?;
    crate::db::guidance::end(&st.db, s.id, user.id).await?;
    changed(s.id, 1, None).await
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteInput {
    pub session_id: SessionId,
    pub section: usize,
    #[serde(default)]
    pub text: String,
}

/// The counsellor writes a note about the person's mapping during the session.
#[server(prefix = "/api", endpoint = "add_note")]
pub async fn add_note(input: NoteInput) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let text = crate::domain::guidance::parse_note(&input.text)
        .map_err(|code| AppError::field("note", code))?;
    let (user, st, s) = acting(input.session_id, Kind::GuidanceNote, Action::Create).await?;
    if !s.open() {
        return Err(AppError::Conflict("session-ended".into()));
    }
    crate::db::guidance::add_note(&st.db, s.mapping_id, Some(s.id), user.id, &text).await?;
    changed(s.id, input.section, Some("notes".into())).await
}

/// One open session, for the lists of the two people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenSession {
    pub id: SessionId,
    /// The other one: the counsellor for the person, the person for the counsellor.
    pub with: String,
    pub since: crate::domain::Timestamp,
}

#[cfg(feature = "ssr")]
impl OpenSession {
    /// A session as `reader` lists it: with the other one of the two.
    fn seen_by(s: crate::db::guidance::Session, reader: crate::domain::UserId) -> Self {
        Self {
            id: s.id,
            with: if s.owner_id == reader {
                s.counsellor_name
            } else {
                s.owner_name
            },
            since: s.started_at,
        }
    }
}

/// The reader's open sessions: those on their mappings, and those they lead.
#[server(prefix = "/api", endpoint = "my_sessions")]
pub async fn my_sessions() -> Result<Vec<OpenSession>, AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    // Their own sessions as far as their roles reach them: the person's on their mappings,
    // a counsellor's while they counsel.
    let scope = crate::domain::policy::scope(&user.actor(), Kind::GuidanceSession, Action::View);
    Ok(crate::db::guidance::open_of(&st.db, user.id)
        .await?
        .into_iter()
        .filter(|s| {
            (s.owner_id == user.id && scope.own)
                || (s.counsellor_id == user.id && !scope.shared_in.is_empty())
        })
        .map(|s| OpenSession::seen_by(s, user.id))
        .collect())
}

/// What the overview of a mapping shows of guidance: the open sessions on it and every note
/// about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GuidanceOfMapping {
    pub sessions: Vec<OpenSession>,
    pub notes: Vec<NoteView>,
}

#[server(prefix = "/api", endpoint = "mapping_guidance")]
pub async fn mapping_guidance(mapping_id: MappingId) -> Result<GuidanceOfMapping, AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::auth::require_user().await?;
    let st = crate::auth::state()?;
    let (owner, _) = crate::db::mappings::owner_and_status(&st.db, mapping_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let record =
        crate::access::Record::mapping(&st.db, &user, Kind::GuidanceNote, mapping_id, owner)
            .await?;
    crate::access::check_person(&st.db, &user, Action::View, record).await?;
    let sessions = crate::db::guidance::open_of(&st.db, user.id)
        .await?
        .into_iter()
        .filter(|s| s.mapping_id == mapping_id)
        .map(|s| OpenSession::seen_by(s, user.id))
        .collect();
    let notes = crate::db::guidance::notes(&st.db, mapping_id)
        .await?
        .into_iter()
        .map(|n| NoteView {
            author: n.author_name,
            at: n.written_at,
            text: n.body,
        })
        .collect();
    Ok(GuidanceOfMapping { sessions, notes })
}
