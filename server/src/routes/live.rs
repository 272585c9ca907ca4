//! `GET /sessions/{id}/events`: the push channel of a guidance session's page (server-sent
//! events). Each change announced in the session (see `kartla_app::live`) goes out as a
//! `change` event, once the policy has been asked again whether the reader may still follow
//! it; when they may not (the person withdrew what they shared), a `closed` event ends it.
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use kartla_app::api::guidance::session_for;
use kartla_app::db::users::UserRow;
use kartla_app::domain::policy::{Action, Kind};
use kartla_app::domain::SessionId;
use kartla_app::error::AppError;
use kartla_app::state::AppState;
use std::convert::Infallible;
use tokio::sync::broadcast::error::RecvError;

pub async fn events(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    match follow(&state, &id, &headers).await {
        Ok((user, id)) => stream(state, user, id).into_response(),
        Err(e) => super::plain::error(&headers, &e),
    }
}

async fn follow(
    state: &AppState,
    id: &str,
    headers: &HeaderMap,
) -> Result<(UserRow, SessionId), AppError> {
    let id: SessionId = id.parse().map_err(|_| AppError::NotFound)?;
    let user = kartla_app::auth::user_from_headers(&state.db, headers)
        .await?
        .ok_or(AppError::Unauthorized)?;
    may_follow(state, &user, id).await?;
    Ok((user, id))
}

async fn may_follow(state: &AppState, user: &UserRow, id: SessionId) -> Result<(), AppError> {
    session_for(&state.db, user, id, Kind::GuidanceSession, Action::View)
        .await
        .map(|_| ())
}

fn stream(
    state: AppState,
    user: UserRow,
    id: SessionId,
) -> Sse<impl futures::Stream<Item = Result<Event, Infallible>>> {
    let rx = state.live.subscribe();
    let events = futures::stream::unfold(Some((rx, state, user)), move |open| async move {
        let (mut rx, state, user) = open?;
        loop {
            match rx.recv().await {
                Ok(s) if s != id => continue,
                // Fell behind: whatever was missed, one reading catches up.
                Ok(_) | Err(RecvError::Lagged(_)) => {
                    // A browser never dispatches an event without data: it carries the id.
                    let data = id.to_string();
                    return Some(if may_follow(&state, &user, id).await.is_ok() {
                        let change = Event::default().event("change").data(data);
                        (Ok(change), Some((rx, state, user)))
                    } else {
                        (Ok(Event::default().event("closed").data(data)), None)
                    });
                }
                Err(RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(events).keep_alive(KeepAlive::default())
}
