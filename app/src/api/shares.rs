//! Sharing mappings with a study and career counsellor: the person shares one mapping or all
//! of them with a named counsellor of their municipality, sees with whom, and withdraws at any
//! time; the counsellor sees their caseload.
use crate::domain::{MappingId, UserId};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One share, in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShareView {
    pub id: i64,
    pub person: String,
    pub counsellor: String,
    /// The mapping shared and its title; `None` for every mapping.
    pub mapping: Option<(MappingId, String)>,
    /// Shared as one of all the person's mappings.
    #[serde(default)]
    pub all: bool,
    pub since: crate::domain::Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharingView {
    /// The counsellors of the person's municipality.
    pub counsellors: Vec<(UserId, String)>,
    /// The person's mappings, to choose from.
    pub mappings: Vec<(MappingId, String)>,
    pub shares: Vec<ShareView>,
}

#[cfg(feature = "ssr")]
fn view(s: crate::db::shares::Share, lang: &str) -> ShareView {
    ShareView {
        id: s.id,
        person: s.owner_name,
        counsellor: s.counsellor_name,
        mapping: s
            .mapping
            .map(|(id, titles)| (id, crate::domain::localized::joined(&titles, lang))),
        all: false,
        since: s.created_at,
    }
}

/// The person's sharing: whom they can share with, what, and what they share now.
#[server(prefix = "/api", endpoint = "my_sharing")]
pub async fn my_sharing() -> Result<SharingView, AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::access::require_own(Kind::Share, Action::View).await?;
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let counsellors = crate::db::shares::counsellors_for(&st.db, user.id)
        .await?
        .into_iter()
        .map(|(id, name, _)| (id, name))
        .collect();
    let mappings = crate::db::mappings::list_for_owner(&st.db, user.id)
        .await?
        .into_iter()
        .map(|m| {
            (
                m.id,
                crate::domain::localized::joined(&m.framework_titles, lang.tag()),
            )
        })
        .collect();
    let shares = crate::db::shares::of_owner(&st.db, user.id)
        .await?
        .into_iter()
        .map(|s| view(s, lang.tag()))
        .collect();
    Ok(SharingView {
        counsellors,
        mappings,
        shares,
    })
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ShareInput {
    #[serde(default)]
    pub counsellor: String,
    /// A mapping's id, or `all`.
    #[serde(default)]
    pub mapping: String,
}

/// The person shares a mapping (or all of them) with a counsellor of their municipality.
#[server(prefix = "/api", endpoint = "share")]
pub async fn share(input: ShareInput) -> Result<(), AppError> {
    use crate::db::shares::{self, NotShared};
    use crate::domain::policy::{Action, Kind};
    let counsellor: UserId = input
        .counsellor
        .parse()
        .map_err(|_| AppError::field("counsellor", "required"))?;
    let mapping: Option<MappingId> = match input.mapping.as_str() {
        "all" => None,
        m => Some(
            m.parse()
                .map_err(|_| AppError::field("mapping", "required"))?,
        ),
    };
    let user = crate::access::require_own(Kind::Share, Action::Create).await?;
    let st = crate::auth::state()?;
    match shares::share(&st.db, user.id, counsellor, mapping).await? {
        Ok(_) => {}
        Err(NotShared::NotACounsellor) => return Err(AppError::field("counsellor", "invalid")),
        Err(NotShared::NotTheirs) => return Err(AppError::field("mapping", "invalid")),
    }
    leptos_axum::redirect("/account?saved=shared#sharing");
    Ok(())
}

/// The person withdraws a share.
#[server(prefix = "/api", endpoint = "withdraw_share")]
pub async fn withdraw_share(id: i64) -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::access::require_own(Kind::Share, Action::Delete).await?;
    let st = crate::auth::state()?;
    if !crate::db::shares::withdraw(&st.db, user.id, id).await? {
        return Err(AppError::NotFound);
    }
    // A session on what is no longer shared with its counsellor ends at once, and its pages
    // hear so.
    for s in crate::db::guidance::open_of(&st.db, user.id)
        .await?
        .into_iter()
        .filter(|s| s.owner_id == user.id)
    {
        let shared = crate::db::shares::facts_of_mapping(&st.db, user.id, s.mapping_id).await?;
        if !shared.iter().any(|f| f.counsellor == s.counsellor_id)
            && crate::db::guidance::end(&st.db, s.id, user.id).await?
        {
            st.live.announce(&st.db, s.id).await;
        }
    }
    leptos_axum::redirect("/account?saved=withdrawn#sharing");
    Ok(())
}

/// A counsellor's caseload: what people share with them.
#[server(prefix = "/api", endpoint = "caseload")]
pub async fn caseload() -> Result<Vec<ShareView>, AppError> {
    use crate::domain::policy::{Action, Kind};
    let (user, scope) = crate::access::require_scope(Kind::Share, Action::View).await?;
    if scope.shared_in.is_empty() {
        return Err(AppError::Forbidden);
    }
    let st = crate::auth::state()?;
    let lang = crate::auth::request_locale();
    let mut out = vec![];
    // Only while they still counsel there.
    for s in crate::db::shares::with_counsellor(&st.db, user.id)
        .await?
        .into_iter()
        .filter(|s| scope.shared_in.contains(&s.organisation))
    {
        if s.mapping.is_some() {
            out.push(view(s, lang.tag()));
            continue;
        }
        // Everything of the person's: each of their mappings.
        for m in crate::db::mappings::list_for_owner(&st.db, s.owner).await? {
            let title = crate::domain::localized::joined(&m.framework_titles, lang.tag());
            out.push(ShareView {
                mapping: Some((m.id, title)),
                all: true,
                ..view(s.clone(), lang.tag())
            });
        }
    }
    Ok(out)
}

/// A counsellor's open invitations to connect: (code as shown, until).
#[server(prefix = "/api", endpoint = "connect_codes")]
pub async fn connect_codes() -> Result<Vec<(String, crate::domain::Timestamp)>, AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::access::require_own(Kind::ShareInvitation, Action::View).await?;
    let st = crate::auth::state()?;
    Ok(crate::db::share_invitations::open_of(&st.db, user.id)
        .await?
        .into_iter()
        .map(|(code, until)| {
            let shown = crate::domain::guidance::JoinCode::parse(&code)
                .map(|c| c.shown())
                .unwrap_or(code);
            (shown, until)
        })
        .collect())
}

/// A counsellor makes a code for a participant to connect with them.
#[server(prefix = "/api", endpoint = "invite_to_connect")]
pub async fn invite_to_connect() -> Result<(), AppError> {
    use crate::domain::policy::{Action, Kind};
    let user = crate::access::require_own(Kind::ShareInvitation, Action::Create).await?;
    let st = crate::auth::state()?;
    crate::db::share_invitations::create(&st.db, user.id).await?;
    leptos_axum::redirect("/caseload#invite");
    Ok(())
}

/// A person connects with the counsellor whose code they were given: everything of theirs is
/// shared with the counsellor (withdrawn as any sharing is).
#[server(prefix = "/api", endpoint = "connect_with_code")]
pub async fn connect_with_code(code: String) -> Result<(), AppError> {
    use crate::db::share_invitations::{self, NotAccepted};
    use crate::domain::policy::{Action, Kind};
    let code = crate::domain::guidance::JoinCode::parse(&code)
        .ok_or_else(|| AppError::field("connect-code", "no-such-invitation"))?;
    let user = crate::access::require_own(Kind::Share, Action::Create).await?;
    let st = crate::auth::state()?;
    match share_invitations::accept(&st.db, user.id, &code).await? {
        Ok(_) => {}
        Err(NotAccepted::Unknown) => {
            return Err(AppError::field("connect-code", "no-such-invitation"))
        }
        Err(NotAccepted::NotTheirCounsellor) => {
            return Err(AppError::field("connect-code", "not-your-counsellor"))
        }
    }
    leptos_axum::redirect("/account?saved=shared#sharing");
    Ok(())
}
